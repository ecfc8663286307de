"""One footnote → the works it cites (mentions, with pinpoint locators) and its commentary.

A note may cite several works (``…; …``), refer back to an earlier one (``a.g.e.``, ``ibid.``,
``Там же``, ``Yüceer, a.g.m., p. 105``), or be commentary that names works only after ``Bk.``,
``See`` or ``См.``. Parsing sees one note at a time; linking back is :mod:`bibkit.resolve`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bibkit.model import Mention, Name, Note, NoteText, Record
from bibkit.parse import fields as F
from bibkit.parse.archives import parse_locator
from bibkit.parse.chunks import semicolon_splits
from bibkit.parse.entries import clean, clean_title, parse_entry
from bibkit.parse.names import split_leading_names
from bibkit.tables import load

_PAGE_LABELS = (
    r"pp?\.|Pp?\.|ss?\.|sf\.|sh\.|С\.|с\.|Сс\.|стр\.|Стр\.|str\.|S\.(?=\s*\d+\s*[-–])|p(?=\d)|s(?=\d)"
)
_FOLIO_LABELS = r"vrk?\.|varak|Л\.|л\.|Лл\.|лл\.|ll?\.|ff?\.|fols?\."
_COLUMN_LABELS = r"cols?\.|стб\."
_LOC_VALUE = r"\d{1,5}[a-zаб]?(?:\s*(?:об\.|ob\.|v))?(?:\s*[-–—]\s*\d{1,5}[a-zаб]?(?:\s*(?:об\.|ob\.))?)?"
_LOC_LIST = rf"{_LOC_VALUE}(?:\s*(?:,|ve|and|и|&)\s*{_LOC_VALUE}){{0,6}}"
_TRAILING_LOCATOR = re.compile(
    rf"(?:[,.:;]\s*|\s+|^)(?P<label>{_PAGE_LABELS}|{_FOLIO_LABELS}|{_COLUMN_LABELS})\s*(?P<loc>{_LOC_LIST})"
    r"(?:\s*(?:vd\.|vdd\.|ff\.|et seq\.|и след\.))?\s*[.;]?\s*$"
)
# Chicago and İSNAD put a bare pinpoint after the closing parenthesis or after the article's range.
_BARE_LOCATOR = re.compile(
    rf"(?:(?<=\))\s*[,:]|(?<=\d)\s*,|:)\s*(?P<loc>{_LOC_VALUE})(?:\s*(?:vd\.|ff\.))?\s*\.?\s*$"
)
_LABELS = {
    "page": re.compile(_PAGE_LABELS),
    "folio": re.compile(_FOLIO_LABELS),
    "column": re.compile(_COLUMN_LABELS),
}


@cache
def _ref_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    abbr = load("abbreviations")

    # The pinpoint's separator may have taken a marker's final period ("Указ. соч. С. 40" → "Указ. соч").
    def markers(key: str) -> str:
        return F.alternation(sorted({m.rstrip(".") for m in abbr[key]}))

    ibid = re.compile(rf"^\s*(?:{markers('ibid')})\.?(?![\w])[\s.,:;]*")
    op_cit = re.compile(rf"(?<![\w])(?P<m>(?:{markers('op_cit')})\.?)(?![\w])")
    article = re.compile(rf"^(?:{markers('op_cit_article')})\.?$")
    idem = re.compile(rf"^\s*(?:{markers('idem')})\.?(?![\w])[\s.,]*")
    return ibid, op_cit, article, idem


@dataclass
class ParsedNote:
    mentions: list[Mention]
    text: NoteText
    too_long: bool = False


_TRAILING_LINK = re.compile(r"[\s,.;]*(?:https?://\S+|doi:\s*\S+|www\.\S+)\s*$", re.I)
# İSNAD gives the volume with the page after the imprint: "(İstanbul: X, 1994), 1/12." or "27: 82".
_VOLUME_LOCATOR = re.compile(rf"(?<=\))\s*,\s*(?P<vol>\d{{1,3}})\s*[/:]\s*(?P<loc>{_LOC_VALUE})\s*\.?\s*$")


def split_locator(text: str) -> tuple[str, str, str, str]:
    """Split the pinpoint off the end of a cited work.

    ``…, 1990, pp. 325-326.`` → (work, ``325-326``, ``page``, ``""``); ``… 1994), 1/12.`` → (work,
    ``12``, ``page``, volume ``1``). A URL or DOI after the pinpoint stays with the work.
    """
    link = _TRAILING_LINK.search(text)
    tail = text[link.start() :] if link else ""
    text = text[: link.start()] if link else text
    work, locator, label, volume = _split_locator(text)
    return (f"{work}{tail}" if tail else work), locator, label, volume


def _split_locator(text: str) -> tuple[str, str, str, str]:
    m = _VOLUME_LOCATOR.search(text)
    if m:
        return text[: m.start()].rstrip(" ,.:;"), _normalise_locator(m.group("loc")), "page", m.group("vol")
    m = _TRAILING_LOCATOR.search(text)
    if m:
        label = next(name for name, pattern in _LABELS.items() if pattern.fullmatch(m.group("label").strip()))
        return text[: m.start()].rstrip(" ,.:;"), _normalise_locator(m.group("loc")), label, ""
    m = _BARE_LOCATOR.search(text)
    if m and not re.fullmatch(F.YEAR, m.group("loc").strip()):
        return text[: m.start()].rstrip(" ,.:;"), _normalise_locator(m.group("loc")), "page", ""
    return text.rstrip(" .;"), "", "", ""


def _normalise_locator(value: str) -> str:
    value = re.sub(r"\s*[-–—]\s*", "-", value.strip())
    value = re.sub(r"\s*(?:об\.|ob\.)", "ob.", value)
    return re.sub(r"\s*(?:,|ve|and|и|&)\s*", ", ", value)


def _top_level_split(text: str, sep: str = ";") -> list[tuple[int, str]]:
    """Split at ``sep`` outside parentheses and quotes; returns (offset, part) pairs."""
    parts: list[tuple[int, str]] = []
    depth = 0
    quote = ""
    start = 0
    for i, c in enumerate(text):
        if quote:
            if c == quote:
                quote = ""
            continue
        if c in "“«":
            quote = "”" if c == "“" else "»"
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == sep and depth == 0 and (sep != ";" or semicolon_splits(text, i, text[start:i])):
            parts.append((start, text[start:i]))
            start = i + 1
    parts.append((start, text[start:]))
    return [(offset, part) for offset, part in parts if part.strip()]


def _citation_start(text: str) -> int:
    """Where the cited works of a commentary note begin: after its last ``Bk.``/``See``/``См.`` run."""
    pattern = F.patterns().see
    start = 0
    for m in pattern.finditer(text):
        tail = text[m.end() :]
        if re.match(r"\s*[:,]?\s*\S", tail):
            start = m.end()
    return start


def _mention(note: Note, raw: str) -> Mention | None:
    """One cited work, back-reference or archival document; None when the text is not a citation."""
    ibid, op_cit, article, idem = _ref_patterns()
    if parse_locator(raw) is not None:
        # An archival reference carries its folio inside the locator, never as a pinpoint.
        record = parse_entry(raw, line=note.line, source="note", prefer="note")
        return Mention(note=note.number, line=note.line, raw=raw.strip(), record=record)
    work, locator, label, volume = split_locator(raw)
    work = work.strip(" ,.;:")
    base = Mention(note=note.number, line=note.line, raw=raw.strip(), locator=locator, label=label)
    if not work:
        return None
    m = ibid.match(work)
    if m:
        remainder = work[m.end() :].strip(" ,.")
        if not remainder or re.fullmatch(_LOC_VALUE, remainder):
            # "Ibid., 61.": Chicago gives the pinpoint without a label.
            if remainder:
                base.locator, base.label = _normalise_locator(remainder), "page"
            base.ref = {"kind": "ibid"}
            return base
    m = op_cit.search(work)
    if m:
        prefix = work[: m.start()].strip(" ,;:")
        base.ref = {"kind": "op_cit", "article": bool(article.match(m.group("m"))), **_name_or_title(prefix)}
        return base
    record = parse_entry(work, line=note.line, source="note", prefer="note")
    if volume and not record.volume:
        record.volume = volume
    short = _SURNAME_SHORT_FORM.match(work)
    if (
        short
        and not record.author
        and not (record.issued or record.publisher or record.publisher_place or record.volume)
    ):
        # "İnalcık, *Osmanlı İmparatorluğu*, s. 60": a surname and a short title.
        record.author = [Name(family=short.group("author"))]
        record.title = clean_title(short.group("title"))
        record.container_title = ""
    if not _citation_like(record, bool(locator)):
        return None
    if _short_form(record):
        base.ref = {
            "kind": "short",
            "author": record.author[0].family if record.author else "",
            "title": record.title,
        }
    base.record = record
    return base


_SURNAME_SHORT_FORM = re.compile(
    r"^(?P<author>[^\W\d_][\w'’-]{1,40}(?:\s[^\W\d_][\w'’-]{1,40})?)\s*,\s*(?P<title>[^,]{2,200})$"
)


def _name_or_title(prefix: str) -> dict[str, str]:
    """``Yüceer`` → author; ``Atatürk'ün Söylev ve Demeçleri`` → title; ``Kurat, Türkiye ve Rusya`` → both."""
    if not prefix:
        return {"author": "", "title": ""}
    lead = split_leading_names(prefix, prefer="note")
    if lead.names:
        return {"author": lead.names[0].family, "title": lead.rest.strip(" ,.*")}
    parts = [p.strip() for p in prefix.split(",")]
    if len(parts) >= 2 and len(parts[0].split()) <= 2:
        return {"author": parts[0], "title": ", ".join(parts[1:]).strip("* ")}
    if len(prefix.split()) == 1:
        return {"author": prefix, "title": ""}
    return {"author": "", "title": prefix.strip("* ")}


def _short_form(record: Record) -> bool:
    """Author and (short) title only: a later citation of a work (Chicago/İSNAD short form)."""
    return bool(
        record.title
        and not (
            record.issued
            or record.publisher
            or record.publisher_place
            or record.container_title
            or record.volume
        )
    )


def _citation_like(record: Record, has_locator: bool) -> bool:
    """Enough bibliographic evidence to take a piece of a note for a citation, not prose."""
    signals = sum(
        bool(x)
        for x in (
            record.author or record.editor,
            record.issued,
            has_locator,
            record.publisher_place,
            record.publisher,
            record.container_title,
            record.volume or record.issue or record.edition,
            record.url,
        )
    )
    words = len(record.title.split())
    return signals >= 2 and words <= 30


# A cited work is never this long; longer text is commentary (and keeps parsing linear).
MAX_WORK_CHARS = 3000
MAX_NOTE_CHARS = 20000


def parse_note(note: Note) -> ParsedNote:
    """The mentions of one note, and its text split into commentary and cited parts.

    A note longer than :data:`MAX_NOTE_CHARS` is kept as text without citations.
    """
    if len(note.text) > MAX_NOTE_CHARS:
        return ParsedNote(
            [], NoteText(note.number, note.line, note.text, [{"text": note.text}]), too_long=True
        )
    text = clean(note.text)
    start = _citation_start(text)
    mentions: list[Mention] = []
    segments: list[dict] = []
    prefix = text[:start]
    region = text[start:]
    cursor = 0
    for offset, part in _top_level_split(region):
        mention = _mention(note, part) if len(part) <= MAX_WORK_CHARS else None
        if mention is None:
            continue
        lead = len(part) - len(part.lstrip())
        begin, end = offset + lead, offset + len(part.rstrip())
        if begin > cursor:
            segments.append({"text": region[cursor:begin]})
        segments.append({"cite": len(mentions), "text": region[begin:end]})
        mentions.append(mention)
        cursor = end
    if cursor < len(region):
        segments.append({"text": region[cursor:]})
    if prefix:
        segments.insert(0, {"text": prefix})
    segments = _merge_text_segments(segments)
    return ParsedNote(mentions, NoteText(note.number, note.line, text, segments))


def _merge_text_segments(segments: list[dict]) -> list[dict]:
    out: list[dict] = []
    for seg in segments:
        if "cite" not in seg and out and "cite" not in out[-1]:
            out[-1]["text"] += seg["text"]
        elif "cite" in seg or seg["text"]:
            out.append(dict(seg))
    return out
