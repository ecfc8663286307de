"""Resolved mentions → the Document's citations and note texts: the cite stage.

Each note's resolved mentions become the items of one CSL citation, pointing at the merged record
each names. A note's text keeps its segments (commentary and cited parts); its cited parts are
numbered by the citation item they became, and a part whose mention found no work becomes plain
commentary, so the text stays whole. Everything is returned as new values: the parsed notes and
the mentions are left as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from bibkit.model import Citation, CitationItem, NoteText, Record
from bibkit.parse.label import ParsedNote
from bibkit.resolve import Resolved


@dataclass(frozen=True)
class Cited:
    """What the cite stage makes of a document's notes."""

    citations: list[Citation]  # one per note number that cites anything, in number order
    notes: list[NoteText]  # every note's text, cited parts numbered by their citation item
    notes_citing: dict[str, list[int]]  # record id → the numbers of the notes that cite it


def _segments(segments: list[dict[str, Any]], item_of: dict[int, int]) -> list[dict[str, Any]]:
    """Copies of ``segments`` with the k-th cited part pointing at citation item ``item_of[k]``;
    a cited part with no item is commentary."""
    out = []
    for segment in segments:
        if "cite" not in segment:
            out.append(dict(segment))
        elif segment["cite"] in item_of:
            out.append({**segment, "cite": item_of[segment["cite"]]})
        else:
            out.append({k: v for k, v in segment.items() if k != "cite"})
    return out


def cite(notes: list[ParsedNote], resolved: list[Resolved], target: Callable[[Record], Record]) -> Cited:
    """Citations and note texts of ``notes``.

    :param notes: the parsed notes, in document order.
    :param resolved: their mentions that were resolved, each with the work it names.
    :param target: the record a named work became (after merging).
    """
    work_of = {id(r.mention): r.record for r in resolved}
    by_note: dict[int, Citation] = {}  # notes that share a number share one citation
    texts: list[NoteText] = []
    notes_citing: dict[str, list[int]] = {}
    for parsed in notes:
        item_of: dict[int, int] = {}
        for k, mention in enumerate(parsed.mentions):
            work = work_of.get(id(mention))
            if work is None:
                continue
            record = target(work)
            citing = notes_citing.setdefault(record.id, [])
            if mention.note not in citing:
                citing.append(mention.note)
            citation = by_note.setdefault(mention.note, Citation(mention.note, []))
            item_of[k] = len(citation.items)
            citation.items.append(CitationItem(record.id, mention.locator, mention.label))
        texts.append(replace(parsed.text, segments=_segments(parsed.text.segments, item_of)))
    return Cited([by_note[n] for n in sorted(by_note)], texts, notes_citing)
