"""Resolved mentions → citations and note texts: the stage after resolution and merging.

A note's mentions that name a work become the items of its CSL citation, in order; the note's
cited segments are numbered by those items, and the text of a mention that names no work becomes
commentary. Every record gets its id and learns which notes cite it. Nothing given is changed:
the records, citations and note texts returned are new values.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bibkit.model import Citation, CitationItem, NoteText, Record, Segment
from bibkit.parse.label import ParsedNote


@dataclass
class Cited:
    records: list[Record]  # the records given, each with its id and the notes that cite it
    citations: list[Citation]  # one per note number that cites a work, in note order
    notes: list[NoteText]  # every note, in order


def cite(notes: list[ParsedNote], targets: list[int | None], records: list[Record], ids: list[str]) -> Cited:
    """The citations and note texts of ``notes``.

    :param notes: the parsed notes, in order.
    :param targets: for each mention of ``notes``, in order, the index in ``records`` of the work
        it names, or ``None`` when it names none.
    :param records: the document's records.
    :param ids: each record's id (:func:`bibkit.keys.unique_ids`), which its citations give.
    """
    citing: list[list[int]] = [[] for _ in records]
    citations: dict[int, Citation] = {}
    texts: list[NoteText] = []
    next_target = iter(targets)
    for parsed in notes:
        item_of: dict[int, int] = {}  # mention index → item index in the note's citation
        for k, mention in enumerate(parsed.mentions):
            target = next(next_target)
            if target is None:
                continue
            if mention.note not in citing[target]:
                citing[target].append(mention.note)
            citation = citations.setdefault(mention.note, Citation(mention.note, []))
            item_of[k] = len(citation.items)
            citation.items.append(CitationItem(ids[target], mention.locator, mention.label))
        note = parsed.note
        segments = [_numbered(segment, item_of) for segment in parsed.segments]
        texts.append(NoteText(note.number, note.line, note.text, segments, list(note.spans)))
    return Cited(
        [
            replace(record, id=id_, cited_in=cited) if cited or record.id != id_ else record
            for record, id_, cited in zip(records, ids, citing, strict=True)
        ],
        [citations[number] for number in sorted(citations)],
        texts,
    )


def _numbered(segment: Segment, item_of: dict[int, int]) -> Segment:
    """A segment citing the note's k-th mention → citing its item; commentary if it has none."""
    if segment.cite is None:
        return segment
    return Segment(segment.text, item_of.get(segment.cite))
