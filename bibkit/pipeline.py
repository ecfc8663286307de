"""The pipeline, written down once: read → find → label and normalise → resolve → merge → cite → Document.

``parse_file`` and ``parse_text`` are the public entry points. :func:`analyse` runs the first
stages and can be given other line labels or token labels than the models' (the evaluation gives
the annotated ones, to score each model alone and the rules that follow it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, TypeVar

from bibkit.cite import Cited, cite
from bibkit.collector import cycles_unchecked
from bibkit.errors import BibkitError
from bibkit.find import Found, blocks_to_found, label_lines
from bibkit.keys import unique_ids
from bibkit.merge import merge
from bibkit.model import Document, Entry, Note, Record, Unparsed
from bibkit.parse import label as labeller
from bibkit.parse.label import MAX_ENTRY_CHARS, ParsedNote, parse_entry, parse_note
from bibkit.read import Text, read_path
from bibkit.resolve import resolve

T = TypeVar("T")
LineLabeller = Callable[[list[str]], list[str]]
TokenLabeller = Callable[[str, str], list[str]]


def parse_file(path: str) -> Document:
    """Parse a document file (``-`` for standard input).

    :raises bibkit.errors.BibkitError: when the input cannot be read as text, or a model cannot be loaded.
    """
    return parse_decoded(read_path(path))


def parse_text(text: str, source: str = "<text>") -> Document:
    """Parse a document given as a string."""
    return parse_decoded(Text(text=text, encoding="str", source=source))


def _is_reference(record: Record) -> bool:
    """Enough of a reference to keep as a record: an archive, a title with one more field, or,
    where the labeller found no title, a name with a date or an imprint."""
    if record.archive or record.archive_location:
        return True
    if not (record.title or record.container_title):
        # An entry of a list whose title the labeller missed still gives its author and imprint,
        # which the user keeps (with the raw text) rather than an unparsed line.
        return bool(
            (record.author or record.editor) and (record.issued or record.publisher or record.publisher_place)
        )
    support = (
        record.author,
        record.editor,
        record.issued,
        record.publisher,
        record.publisher_place,
        record.container_title if record.title else "",
        record.url,
        record.volume,
        record.genre,
        record.page,
    )
    return any(support) and len(record.title.split()) <= 80


@dataclass
class Analysis:
    """A document after finding and labelling: its parts, before resolution and merging."""

    found: Found
    listed: list[Record] = field(default_factory=list)
    notes: list[ParsedNote] = field(default_factory=list)
    unparsed: list[Unparsed] = field(default_factory=list)


def _guarded(parse: Callable[[], T], raw: str, line: int, kind: str) -> T | Unparsed:
    """``parse()``, or the text kept as an ``internal:`` unparsed item when it fails: one entry's
    or note's bug must not lose the rest of the document. A missing or broken model (a
    BibkitError) still stops the document, which cannot be read without it."""
    try:
        return parse()
    except BibkitError:
        raise
    except Exception as exc:  # noqa: BLE001 - the last guard around one entry or note
        reason = f"internal: {type(exc).__name__}: {exc}; the text is kept, please report it"
        return Unparsed(raw, line, reason, kind=kind)


def _parse_entries(entries: list[Entry], tag: TokenLabeller) -> tuple[list[Record], list[Unparsed]]:
    """The records of the reference list's entries, and the entries that are none."""
    listed: list[Record] = []
    unparsed: list[Unparsed] = []
    previous: Record | None = None
    for entry in entries:
        if len(entry.text) > MAX_ENTRY_CHARS:
            reason = f"too long for one reference ({len(entry.text)} characters)"
            unparsed.append(Unparsed(entry.text, entry.line, reason, kind="entry"))
            continue
        parse = partial(parse_entry, entry.text, entry.line, "list", previous, tag, entry.spans)
        record = _guarded(parse, entry.text, entry.line, "entry")
        if isinstance(record, Unparsed):
            unparsed.append(record)
        elif _is_reference(record):
            listed.append(record)
            previous = record
        else:
            unparsed.append(Unparsed(entry.text, entry.line, "not recognised as a reference", kind="entry"))
    return listed, unparsed


def _parse_notes(notes: list[Note], tag: TokenLabeller) -> tuple[list[ParsedNote], list[Unparsed]]:
    """The parsed notes, and the notes or their text that could not be parsed."""
    parsed_notes: list[ParsedNote] = []
    unparsed: list[Unparsed] = []
    for note in notes:
        parsed = _guarded(partial(parse_note, note, tag), note.text, note.line, "note")
        if isinstance(parsed, Unparsed):
            unparsed.append(parsed)
            continue
        parsed_notes.append(parsed)
        if parsed.too_long:
            reason = f"note too long to parse ({len(note.text)} characters); kept as text"
            unparsed.append(Unparsed(note.text, note.line, reason, kind="note"))
    return parsed_notes, unparsed


def analyse(text: str, lines: LineLabeller | None = None, tokens: TokenLabeller | None = None) -> Analysis:
    """Find the notes and entries of ``text`` and parse each.

    :param lines: labels the lines instead of the finder model.
    :param tokens: labels the tokens of a note or entry instead of the labeller and relabeller models.
    """
    split = text.split("\n")
    found = blocks_to_found(split, (lines or label_lines)(split), text)
    listed, bad_entries = _parse_entries(found.entries, tokens or labeller.tag)
    notes, bad_notes = _parse_notes(found.notes, tokens or labeller.tag)
    return Analysis(found, listed, notes, [*bad_entries, *bad_notes])


def parse_decoded(decoded: Text) -> Document:
    """Run every stage on decoded text."""
    with cycles_unchecked():  # one document's records, names and chunks form no cycles
        doc = build_document(analyse(decoded.text), decoded.source)
    return replace(doc, encoding=decoded.encoding, warnings=list(decoded.warnings))


def build_document(analysis: Analysis, source: str) -> Document:
    """Resolve back-references, merge what names one work, and write citations: the Document."""
    resolution = resolve([m for note in analysis.notes for m in note.mentions], analysis.listed)
    records, where = merge(resolution.works)
    targets = [None if t is None else where[t] for t in resolution.targets]
    cited = cite(analysis.notes, targets, records, unique_ids(records))
    unparsed = [*analysis.unparsed, *resolution.unparsed]
    found = analysis.found
    return Document(
        source=source,
        kind=found.kind,
        records=cited.records,
        citations=cited.citations,
        notes=cited.notes,
        unparsed=unparsed,
        counts=_counts(found, cited, unparsed),
        # The list's records are the first works: listed[i] became records[where[i]].
        bibliography=_bibliography(
            found, {r.line: cited.records[where[i]].id for i, r in enumerate(analysis.listed)}
        ),
        lines=_line_ranges(found),
    )


def _counts(found: Found, cited: Cited, unparsed: list[Unparsed]) -> dict[str, int]:
    return {
        "notes": len(found.notes),
        "entries": len(found.entries),
        "records": len(cited.records),
        "citations": sum(len(c.items) for c in cited.citations),
        "unparsed": len(unparsed),
    }


def _bibliography(found: Found, became: dict[int, str]) -> dict[str, Any] | None:
    """Where the reference list is, and the record each entry became (``None``: it is among the
    unparsed items); ``became`` gives the record id by the entry's line."""
    if not found.entries:
        return None
    return {
        "heading_line": found.heading_line,
        "spans": [list(span) for entry in found.entries for span in entry.spans],
        "entries": [
            {"line": e.line, "spans": [list(s) for s in e.spans], "record": became.get(e.line)}
            for e in found.entries
        ],
    }


def _line_ranges(found: Found) -> list[list]:
    """``[first, last, label]`` runs (1-based) of the lines that are in no note or entry, blank ones left out."""
    used = {n - 1 for item in (*found.entries, *found.notes) for a, b in item.spans for n in range(a, b + 1)}
    out: list[list] = []
    for i, label in enumerate(found.labels):
        if i in used or label == "blank":
            continue
        if out and out[-1][2] == label and out[-1][1] == i:
            out[-1][1] = i + 1
        else:
            out.append([i + 1, i + 1, label])
    return out
