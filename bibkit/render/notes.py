"""A Document's notes and bibliography, rendered in a CSL style.

Each note is cut into pieces: commentary (kept as written) and clusters of cited works. Cites
that follow each other, or are separated only by punctuation (``X, p. 12; Y, p. 3``), form one
cluster, i.e. one CSL citation, so the style joins and orders them; cites separated by words
(``See X; on the treaty, see also Y``) become separate citations of the same note, so the words
stay between them. All citations go to the engine in note order, so the style's first /
subsequent / ibid logic sees the article's real sequence.

Nothing is dropped: a cite the engine cannot render (unknown record, a style that prints nothing
for it, an engine error) keeps the note's source text and is reported in
:attr:`Rendering.problems`.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

from bibkit.render.engine import CiteprocJS, EngineResult
from bibkit.render.styles import Style, find_locale, locales_dir

_WORDY = re.compile(r"\w")
_STYLE_ERROR = "[CSL STYLE ERROR"
_TAG = re.compile(r"<[^>]+>")
# A bibliography entry's own number (``1. ``, ``[1] ``), printed by numeric styles.
_ENTRY_NUMBER = re.compile(r"^\s*\[?\d+[.\]]?\s*")
_NOTE_ID = re.compile(r"note-(\d+)")


@dataclass
class Piece:
    """Part of a note: commentary (``items`` empty) or a cluster of cited works.

    :param text: the commentary, or for a cluster the source text of its works (the fallback).
    :param items: the cluster's citation items, as CSL citation items.
    """

    text: str
    items: list[dict[str, Any]] = field(default_factory=list)
    citation_id: str = ""

    @property
    def is_cite(self) -> bool:
        return bool(self.items)


@dataclass
class RenderedNote:
    """One note in the output format.

    :param positions: ``(record id, CSL position)`` of every rendered cite, in printed order.
    :param clusters: the engine's text of each cluster (empty for a note without citations).
    """

    number: int
    text: str
    positions: list[tuple[str, str | None]] = field(default_factory=list)
    clusters: list[str] = field(default_factory=list)


@dataclass
class BibEntry:
    id: str
    text: str


@dataclass
class Rendering:
    """The notes and bibliography of one Document in one style, locale and output format."""

    style: Style
    lang: str
    output: str
    style_class: str
    notes: list[RenderedNote]
    bibliography: list[BibEntry] | None
    problems: list[str] = field(default_factory=list)

    def note(self, number: int) -> RenderedNote:
        return next(n for n in self.notes if n.number == number)


def render_document(
    document: dict[str, Any],
    style: Style,
    locale: str | None = None,
    output: str = "text",
    engine: CiteprocJS | None = None,
) -> Rendering:
    """Render the notes and bibliography of ``document`` (a ``Document.to_json()`` dict).

    :param locale: a CSL locale (``tr-TR``…); ``None`` takes the style's default, else en-US.
    :param output: ``text``, ``html`` or ``markdown``.
    :raises bibkit.errors.BibkitError: the engine is missing or rejects the style.
    """
    problems: list[str] = []
    items = _engine_items(document.get("records") or [], problems)
    known = {item["id"] for item in items}
    plans = _plan_notes(document, known, problems)
    citations = [
        {"citationID": p.citation_id, "properties": {"noteIndex": number}, "citationItems": p.items}
        for number, pieces in plans
        for p in pieces
        if p.is_cite
    ]
    lang = find_locale(locale, style)
    result = (engine or CiteprocJS()).render(
        style_xml=style.xml,
        lang=lang if locale else None,
        locales_dir=locales_dir(),
        output=output,
        items=items,
        citations=citations,
    )
    problems.extend(f"citeproc-js: {w}" for w in result.warnings)
    records = {str(r.get("id", "")): r for r in document.get("records") or []}
    notes = [_assemble(number, pieces, result, style, output, problems, records) for number, pieces in plans]
    problems.extend(_unread_notes(document))
    bibliography = _bibliography(document, result, style, output, problems)
    return Rendering(
        style=style,
        lang=result.lang or lang,
        output=output,
        style_class=result.style_class,
        notes=notes,
        bibliography=bibliography,
        problems=problems,
    )


def _unread_notes(document: dict[str, Any]) -> list[str]:
    """Notes the parser could not read and kept only in ``unparsed``: said, since they are not printed."""
    lines: set[int] = set()
    for note in document.get("notes") or []:
        lines.add(int(note.get("line") or 0))
        for first, last in note.get("spans") or []:
            lines.update(range(int(first), int(last) + 1))
    return [
        f"line {u.get('line')}: a note bibkit could not read ({u.get('reason', 'no reason given')}); not printed"
        for u in document.get("unparsed") or []
        if u.get("kind") == "note" and int(u.get("line") or 0) not in lines
    ]


def _engine_items(records: list[dict[str, Any]], problems: list[str]) -> list[dict[str, Any]]:
    """CSL-JSON items for the engine: ``custom`` (bibkit's own data) removed, ids as strings."""
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for record in records:
        item = {k: v for k, v in record.items() if k != "custom"}
        item["id"] = str(item.get("id", ""))
        if item["id"] in seen:
            problems.append(f"record {item['id']}: id used twice; the first record is rendered")
            continue
        seen.add(item["id"])
        items.append(item)
    return items


def _note_number(citation: dict[str, Any]) -> int | None:
    index = (citation.get("properties") or {}).get("noteIndex")
    if isinstance(index, int) and index > 0:
        return index
    m = _NOTE_ID.fullmatch(str(citation.get("citationID", "")))
    return int(m.group(1)) if m else None


def _plan_notes(
    document: dict[str, Any], known: set[str], problems: list[str]
) -> list[tuple[int, list[Piece]]]:
    """Every note, in number order, cut into commentary and clusters with citation ids."""
    cites: dict[int, list[dict[str, Any]]] = {}
    for citation in document.get("citations") or []:
        number = _note_number(citation)
        if number is None:
            problems.append(f"citation {citation.get('citationID', '?')}: no note number; not rendered")
            continue
        cites.setdefault(number, []).extend(citation.get("citationItems") or [])
    notes = {int(n["number"]): n for n in document.get("notes") or []}
    plans = []
    for number in sorted(set(notes) | set(cites)):
        note = notes.get(number, {})
        pieces = _pieces(number, note, cites.get(number, []), known, problems)
        clusters = [p for p in pieces if p.is_cite]
        for i, piece in enumerate(clusters):
            piece.citation_id = f"note-{number}" if i == 0 else f"note-{number}-{i + 1}"
        plans.append((number, pieces))
    return plans


def _pieces(
    number: int,
    note: dict[str, Any],
    items: list[dict[str, Any]],
    known: set[str],
    problems: list[str],
) -> list[Piece]:
    segments = note.get("segments") or []
    if not items:
        return [Piece(text=note.get("text", ""))]
    if not any("cite" in s for s in segments):
        # No record of where the cites sit in the note: the note is its citation.
        segments = [{"cite": k, "text": ""} for k in range(len(items))]
    tokens: list[Piece] = []
    used: set[int] = set()
    for seg in segments:
        k = seg.get("cite")
        text = seg.get("text", "")
        if k is None:
            tokens.append(Piece(text=text))
        elif not (isinstance(k, int) and 0 <= k < len(items)):
            problems.append(
                f"note {number}: a segment names cite {k!r}, which the citation lacks; kept as written"
            )
            tokens.append(Piece(text=text))
        elif str(items[k].get("id", "")) not in known:
            problems.append(
                f"note {number}: cites {items[k].get('id')!r}, which is not among the records; kept as written"
            )
            tokens.append(Piece(text=text))
            used.add(k)
        else:
            tokens.append(Piece(text=text, items=[_cite_item(items[k])]))
            used.add(k)
    for k in range(len(items)):
        if k not in used and str(items[k].get("id", "")) in known:
            tokens.append(Piece(text="", items=[_cite_item(items[k])]))
    return _merge_clusters(tokens)


def _cite_item(item: dict[str, Any]) -> dict[str, Any]:
    out = dict(item)
    out["id"] = str(item.get("id", ""))
    return out


def _merge_clusters(tokens: list[Piece]) -> list[Piece]:
    """Join cites that touch or are parted by punctuation only into one cluster."""
    merged: list[Piece] = []
    for tok in tokens:
        if tok.is_cite and merged and merged[-1].is_cite:
            merged[-1].items += tok.items
            merged[-1].text += tok.text
        elif tok.is_cite and len(merged) >= 2 and merged[-2].is_cite and not _WORDY.search(merged[-1].text):
            sep = merged.pop()
            merged[-1].items += tok.items
            merged[-1].text += sep.text + tok.text
        else:
            merged.append(tok)
    return merged


def _escape(text: str, output: str) -> str:
    """Source text (Markdown or plain) for the output: HTML needs escaping, the others do not."""
    return html.escape(text, quote=False) if output == "html" else text


def _usable(text: str | None, output: str) -> str | None:
    if text is None:
        return None
    plain = _TAG.sub("", text) if output == "html" else text
    if _STYLE_ERROR in plain or not _WORDY.search(plain):
        return None
    return text.strip()


def _assemble(
    number: int,
    pieces: list[Piece],
    result: EngineResult,
    style: Style,
    output: str,
    problems: list[str],
    records: dict[str, dict[str, Any]] | None = None,
) -> RenderedNote:
    note = RenderedNote(number=number, text="")
    parts: list[tuple[str, bool]] = []  # (text, is a rendered cluster)
    for piece in pieces:
        if not piece.is_cite:
            parts.append((_escape(piece.text, output), False))
            continue
        res = result.citations.get(piece.citation_id)
        text = _usable(res.text if res else None, output)
        archival = _archival_lines([(records or {}).get(i["id"], {}) for i in piece.items])
        if (res is None or text is None) and archival:
            # The style prints no archive fields (GOST): the canonical locator, not the source's notation.
            problems.append(f"note {number}: {style.name} prints no archival fields; canonical locator used")
            note.clusters.append(archival)
            parts.append((_escape(archival, output), True))
            continue
        if res is None or text is None:
            ids = ", ".join(i["id"] for i in piece.items)
            why = (res.error if res and res.error else None) or (
                f"{style.name} printed nothing for it" if res and res.text is not None else "no output"
            )
            problems.append(f"note {number}: {ids} not rendered ({why}); the note's source text is kept")
            parts.append((_escape(piece.text, output), False))
            continue
        note.clusters.append(text)
        note.positions += res.positions
        parts.append((text, True))
    _keep_final_stop(pieces, parts)
    note.text = _join(parts)
    return note


def _keep_final_stop(pieces: list[Piece], parts: list[tuple[str, bool]]) -> None:
    """A note of commentary that ends with a citation ends as its author ended it: an author-date
    style's ``[Volkova, 2015]`` has no full stop of its own, but the note's sentence had one."""
    commentary = any(not p.is_cite and _WORDY.search(p.text) for p in pieces)
    if not (commentary and parts and parts[-1][1] and pieces[-1].text.rstrip().endswith(".")):
        return
    text = parts[-1][0]
    if not re.search(r"[.!?…][\"”’»)\]*_]*(?:</[a-z]+>)*$", text):
        parts[-1] = (text + ".", True)


def _join(parts: list[tuple[str, bool]]) -> str:
    """Join commentary and clusters, mending the seams where the style's punctuation meets the
    commentary's (``… 217.`` + ``.`` → ``… 217.``; ``… 12.`` + ``; also`` → ``… 12; also``)."""
    out = ""
    for i, (text, cluster) in enumerate(parts):
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if cluster and nxt and not nxt[1]:
            following = nxt[0].lstrip()
            if following.startswith(".") and text.endswith("."):
                parts[i + 1] = (following[1:], False)
            elif following[:1] in (",", ";", ":") and re.search(r"[\d)\]”\"»*]\.$", text):
                text = text[:-1]
        if out and text and (cluster or parts[i - 1][1]) and not out[-1].isspace() and not text[0].isspace():
            if (cluster and out[-1] not in "([“\"«'‘") or (not cluster and text[0].isalnum()):
                out += " "
        out += text
    return " ".join(out.split())


def _bibliography(
    document: dict[str, Any], result: EngineResult, style: Style, output: str, problems: list[str]
) -> list[BibEntry] | None:
    if result.bibliography_error:
        problems.append(f"bibliography: citeproc-js failed ({result.bibliography_error})")
    if result.bibliography is None:
        problems.append(f"bibliography: {style.name} defines none; only the notes are printed")
        return None
    records = {str(r.get("id", "")): r for r in document.get("records") or []}
    if result.bibliography_error and not result.bibliography:
        # Nothing rendered at all: the records as the source printed them, rather than nothing.
        return [BibEntry(rid, _plain_entry(_describe(r), output)) for rid, r in records.items()]
    entries = []
    for rid, text in result.bibliography:
        plain = _TAG.sub("", text) if output == "html" else text
        body = _ENTRY_NUMBER.sub("", plain, count=1)
        if _STYLE_ERROR not in plain and _WORDY.search(body):
            entries.append(BibEntry(rid, text))
            continue
        number = plain[: len(plain) - len(body)]
        fallback = number + (
            _archival_lines([records.get(rid, {})]) or _describe(records.get(rid, {"id": rid}))
        )
        problems.append(f"bibliography: {style.name} printed nothing for {rid}; the source's entry is kept")
        entries.append(BibEntry(rid, _plain_entry(fallback, output)))
    return entries


def _plain_entry(text: str, output: str) -> str:
    escaped = _escape(text, output)
    return f'<div class="csl-entry">{escaped}</div>' if output == "html" else escaped


def _archival_lines(records: list[dict[str, Any]]) -> str:
    """``RGASPI, f. 159, op. 2, d. 57, l. 3, Moscow.`` for archival records, "" if any record is not one."""
    lines = []
    for record in records:
        if not (record.get("archive") and record.get("archive_location")):
            return ""
        parts = [
            record.get("title"),
            record["archive"],
            record["archive_location"],
            record.get("archive-place"),
        ]
        lines.append(", ".join(str(p) for p in parts if p))
    return "; ".join(lines) + "." if lines else ""


def _describe(record: dict[str, Any]) -> str:
    """The record as the source printed it, or failing that its main fields."""
    raw = (record.get("custom") or {}).get("raw")
    if raw:
        return " ".join(str(raw).split())
    fields = [record.get("title"), record.get("archive"), record.get("archive_location")]
    return ", ".join(str(f) for f in fields if f) or str(record.get("id", ""))
