"""The pipeline, written down once: read → segment → parse → resolve → merge → Document.

``parse_file`` and ``parse_text`` are the public entry points; each stage is a plain function in
its own module, so a caller can stop after any of them.
"""

from __future__ import annotations

from bibkit.collector import cycles_unchecked
from bibkit.keys import assign_ids
from bibkit.merge import merge
from bibkit.model import Citation, CitationItem, Document, Mention, NoteText, Record, Unparsed
from bibkit.parse.entries import parse_entry
from bibkit.parse.notes import parse_note
from bibkit.read import Text, read_path
from bibkit.resolve import resolve
from bibkit.segment import segment

# A reference-list entry is never this long: longer "entries" are prose or junk, reported unparsed.
MAX_ENTRY_CHARS = 3000


def parse_file(path: str) -> Document:
    """Parse a document file (``-`` for standard input).

    :raises bibkit.errors.BibkitError: when the input cannot be read as text.
    """
    return parse_decoded(read_path(path))


def parse_text(text: str, source: str = "<text>") -> Document:
    """Parse a document given as a string."""
    return parse_decoded(Text(text=text, encoding="str", source=source))


def _is_reference(record: Record) -> bool:
    """Enough of a reference to keep as a record: an archival locator, or a title with one more field."""
    if record.locator is not None:
        return True
    if not record.title:
        return False
    support = (
        record.author,
        record.editor,
        record.issued,
        record.publisher,
        record.publisher_place,
        record.container_title,
        record.url,
        record.volume,
        record.genre,
    )
    return any(support) and len(record.title.split()) <= 60


def parse_decoded(decoded: Text) -> Document:
    """Run every stage on decoded text."""
    with cycles_unchecked():  # one document's records, names and chunks form no cycles
        return _parse_decoded(decoded)


def _parse_decoded(decoded: Text) -> Document:
    seg = segment(decoded.text)
    doc = Document(source=decoded.source, kind=seg.kind)

    listed: list[Record] = []
    for entry in seg.entries:
        if len(entry.text) > MAX_ENTRY_CHARS:
            reason = f"too long for one reference ({len(entry.text)} characters)"
            doc.unparsed.append(Unparsed(entry.text, entry.line, reason, kind="entry"))
            continue
        record = parse_entry(entry.text, line=entry.line, source="list")
        record.custom["spans"] = [list(s) for s in entry.spans]
        if _is_reference(record):
            listed.append(record)
        else:
            doc.unparsed.append(
                Unparsed(entry.text, entry.line, "not recognised as a reference", kind="entry")
            )

    mentions: list[Mention] = []
    note_texts: list[NoteText] = []
    owner: dict[int, tuple[NoteText, int]] = {}
    for note in seg.notes:
        parsed = parse_note(note)
        note_texts.append(parsed.text)
        if parsed.too_long:
            reason = f"note too long to parse ({len(note.text)} characters); kept as text"
            doc.unparsed.append(Unparsed(note.text, note.line, reason, kind="note"))
        for k, mention in enumerate(parsed.mentions):
            owner[id(mention)] = (parsed.text, k)
            mentions.append(mention)
    for note, note_text in zip(seg.notes, note_texts, strict=True):
        note_text.spans = list(note.spans)

    resolution = resolve(mentions, listed)
    doc.unparsed.extend(resolution.unparsed)

    pool: list[Record] = list(listed)
    seen = {id(r) for r in pool}
    for mention in resolution.mentions:
        if mention.record is not None and id(mention.record) not in seen:
            seen.add(id(mention.record))
            pool.append(mention.record)
    merged, where = merge(pool)
    index_of = {id(record): where[i] for i, record in enumerate(pool)}
    assign_ids(merged)

    citations: dict[int, Citation] = {}
    kept: dict[int, dict[int, int]] = {}
    for mention in resolution.mentions:
        assert mention.record is not None
        target = merged[index_of[id(mention.record)]]
        cited = target.custom.setdefault("notes", [])
        if mention.note not in cited:
            cited.append(mention.note)
        citation = citations.setdefault(mention.note, Citation(mention.note, []))
        note_text, k = owner[id(mention)]
        kept.setdefault(mention.note, {})[k] = len(citation.items)
        citation.items.append(CitationItem(target.id, mention.locator, mention.label))

    for note_text in note_texts:
        _renumber_segments(note_text, kept.get(note_text.number, {}))
    doc.records = merged
    doc.citations = [citations[n] for n in sorted(citations)]
    doc.notes = note_texts
    if seg.entries:
        doc.bibliography = {
            "heading_line": seg.heading_line,
            "spans": [list(span) for entry in seg.entries for span in entry.spans],
        }
    doc.counts = {
        "notes": len(seg.notes),
        "entries": len(seg.entries),
        "records": len(doc.records),
        "citations": sum(len(c.items) for c in doc.citations),
        "unparsed": len(doc.unparsed),
    }
    return doc


def _renumber_segments(note_text: NoteText, kept: dict[int, int]) -> None:
    """Point cite segments at the citation's items; a mention that was not resolved becomes text."""
    for segment_ in note_text.segments:
        if "cite" in segment_:
            k = segment_["cite"]
            if k in kept:
                segment_["cite"] = kept[k]
            else:
                del segment_["cite"]
