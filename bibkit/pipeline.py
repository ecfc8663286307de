"""The pipeline, written down once: read → find → label and normalise → resolve → merge → Document.

``parse_file`` and ``parse_text`` are the public entry points. :func:`analyse` runs the first
stages and can be given other line labels or token labels than the models' (the evaluation gives
the annotated ones, to score each model alone and the rules that follow it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import TypeVar

from bibkit.cite import cite
from bibkit.collector import cycles_unchecked
from bibkit.errors import BibkitError
from bibkit.find import Found, blocks_to_found, label_lines
from bibkit.keys import assign_ids
from bibkit.merge import merge
from bibkit.model import Document, Record, Unparsed
from bibkit.parse import label as labeller
from bibkit.parse.label import MAX_ENTRY_CHARS, ParsedNote, parse_entry, parse_note
from bibkit.read import Text, read_path
from bibkit.resolve import Resolved, resolve

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
    """Enough of a reference to keep as a record: an archive, or a title or author with one more field."""
    if record.archive or record.archive_location:
        return True
    if not (record.title or record.container_title):
        return False
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


def _guarded(parse: Callable[[], T], raw: str, line: int, kind: str, unparsed: list[Unparsed]) -> T | None:
    """``parse()``, or ``None`` with the text kept as an ``internal:`` unparsed item when it fails:
    one entry's or note's bug must not lose the rest of the document. A missing or broken model
    (a BibkitError) still stops the document, which cannot be read without it."""
    try:
        return parse()
    except BibkitError:
        raise
    except Exception as exc:  # noqa: BLE001 - the last guard around one entry or note
        reason = f"internal: {type(exc).__name__}: {exc}; the text is kept, please report it"
        unparsed.append(Unparsed(raw, line, reason, kind=kind))
        return None


def analyse(text: str, lines: LineLabeller | None = None, tokens: TokenLabeller | None = None) -> Analysis:
    """Find the notes and entries of ``text`` and parse each.

    :param lines: labels the lines instead of the finder model.
    :param tokens: labels the tokens of a note or entry instead of the labeller model.
    """
    split = text.split("\n")
    found = blocks_to_found(split, (lines or label_lines)(split), text)
    out = Analysis(found)
    tag = tokens or labeller.tag
    previous: Record | None = None
    for entry in found.entries:
        if len(entry.text) > MAX_ENTRY_CHARS:
            reason = f"too long for one reference ({len(entry.text)} characters)"
            out.unparsed.append(Unparsed(entry.text, entry.line, reason, kind="entry"))
            continue
        record = _guarded(
            partial(parse_entry, entry.text, entry.line, "list", previous, tag),
            entry.text,
            entry.line,
            "entry",
            out.unparsed,
        )
        if record is None:
            continue
        record = replace(record, spans=list(entry.spans))
        if _is_reference(record):
            out.listed.append(record)
            previous = record
        else:
            out.unparsed.append(
                Unparsed(entry.text, entry.line, "not recognised as a reference", kind="entry")
            )
    for note in found.notes:
        parsed = _guarded(partial(parse_note, note, tag), note.text, note.line, "note", out.unparsed)
        if parsed is None:
            continue
        parsed.text.spans = list(note.spans)
        out.notes.append(parsed)
        if parsed.too_long:
            reason = f"note too long to parse ({len(note.text)} characters); kept as text"
            out.unparsed.append(Unparsed(note.text, note.line, reason, kind="note"))
    return out


def parse_decoded(decoded: Text) -> Document:
    """Run every stage on decoded text."""
    with cycles_unchecked():  # one document's records, names and chunks form no cycles
        doc = build_document(analyse(decoded.text), decoded.source)
    doc.encoding = decoded.encoding
    doc.warnings = list(decoded.warnings)
    return doc


def _line_ranges(labels: list[str], used: set[int]) -> list[list]:
    """``[first, last, label]`` runs (1-based) of the lines that are in no note or entry, blank ones left out."""
    out: list[list] = []
    for i, label in enumerate(labels):
        if i in used or label == "blank":
            continue
        if out and out[-1][2] == label and out[-1][1] == i:
            out[-1][1] = i + 1
        else:
            out.append([i + 1, i + 1, label])
    return out


def _works(analysis: Analysis, resolved: list[Resolved]) -> list[Record]:
    """The list's records, then each work the notes name that is not one of them, once each."""
    pool = list(analysis.listed)
    seen = {id(r) for r in pool}
    for r in resolved:
        if id(r.record) not in seen:
            seen.add(id(r.record))
            pool.append(r.record)
    return pool


def _bibliography(found: Found, became: dict[int, str]) -> dict | None:
    """Where the reference list is, and the record each of its entries became (None: unparsed)."""
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


def build_document(analysis: Analysis, source: str) -> Document:
    """Resolve back-references, merge what names one work, and write citations: the Document."""
    found = analysis.found
    resolution = resolve([m for parsed in analysis.notes for m in parsed.mentions], analysis.listed)
    pool = _works(analysis, resolution.resolved)
    merged, where = merge(pool)
    assign_ids(merged)
    index_of = {id(record): where[i] for i, record in enumerate(pool)}
    cited = cite(analysis.notes, resolution.resolved, lambda work: merged[index_of[id(work)]])

    doc = Document(source=source, kind=found.kind)
    doc.records = [replace(r, cited_in=cited.notes_citing.get(r.id, [])) for r in merged]
    doc.citations = cited.citations
    doc.notes = cited.notes
    doc.unparsed = [*analysis.unparsed, *resolution.unparsed]
    doc.bibliography = _bibliography(found, {r.line: merged[index_of[id(r)]].id for r in analysis.listed})
    used = {n - 1 for item in (*found.entries, *found.notes) for a, b in item.spans for n in range(a, b + 1)}
    doc.lines = _line_ranges(found.labels, used)
    doc.counts = {
        "notes": len(found.notes),
        "entries": len(found.entries),
        "records": len(doc.records),
        "citations": sum(len(c.items) for c in doc.citations),
        "unparsed": len(doc.unparsed),
    }
    return doc
