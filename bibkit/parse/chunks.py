"""Cleaning an entry and cutting it into chunks at the separators of the conventions.

Separators are ``,`` ``;`` ``//`` `` / `` `` — `` and the period that ends a sentence (not the
one of an abbreviation, an initial or an ordinal such as ``2. Baskı``). Quoted and italic titles
and URLs are never cut; a parenthesised group of publication data (``(Ankara: X, 1990)``) is read
as chunks of its own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from bibkit.parse import fields as F
from bibkit.read import repair_mojibake
from bibkit.tables import load

# Patterns used on every entry, compiled once.
_NUMBER_MARK_NEXT = re.compile(r"\s*(?:no\.|nos\.|No\.|№)\s*\d")
_EDITION_QUALIFIER_NEXT = re.compile(r"\s*(?:испр|перераб|доп|rev|enl)\.")
_YEAR_NEXT = re.compile(r"\s*\d{4}(?!\d)")
_US_STATE_NEXT = re.compile(
    r"\s*(?:[A-Z]{2}|Mass\.|Calif\.|Conn\.|Ill\.|Penn\.|N\.J\.|N\.Y\.)(?=[:;,)]|\s*$)"
)
_ABBREVIATED_END = re.compile(r"(?:^|[\s.])(?:[^\W\d_]{1,4}|Yayın|Изд-во|изд-во)$")

QUOTES = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "”": "”"}
_LINK_LABEL_WORDS = (
    "Google Scholar", "Crossref", "CrossRef", "PubMed", "Web of Science", "WorldCat", "Scopus", "ADS",
    "View Article", "Full Text", "PDF",
)  # fmt: skip
_LINK_LABELS = re.compile(r"(?:\s*\[?(?:" + "|".join(_LINK_LABEL_WORDS) + r")\]?)+\s*$")
_GLUED_LINK_LABEL = re.compile(r"(?<=\S)(?:Google Scholar|CrossRef|Crossref)(?=\s|$)")
_HTML_TAG = re.compile(r"<(?:/?(?:i|em|b|strong|sup|sub|span)[^>]{0,80})>")
_LIST_MARKER = re.compile(
    r"^\s*(?:[-•–]\s+|\[\d{1,4}\]\s*|\d{1,4}[.)]\s+(?=\D)|\d{1,3}\s+(?=[^\W\d_])|[¹²³⁰⁴-⁹]+\s*)"
)
_LIGATURE_CHAR = re.compile("[ﬁﬂﬀﬃﬄ\u00ad\u200b]")
_ABBREVIATION_BEFORE_PERIOD = re.compile(
    r"(?:^|[\s(\[.])(?:[^\W\d_]|[^\W\d_]{1,2}|\d{1,3}|[IVXLC]{1,6}|(?i:çev|trc|haz|der|yay\.\s?haz)|"
    r"Ed|ed|eds|Eds|trans|Trans|transl|vol|Vol|Vols|vols|No|no|Nr|nr|pp|ss|sy|bs|Bs|vd|vb|krş|Krş|"
    r"Bk|bk|Bkz|bkz|Yay|yay|Univ|Üniv|Dr|Prof|Doç|Yrd|Mr|Mrs|Jr|Sr|St|Ste|Mt|rev|Rev|enl|repr|comp|trad|Übers|"
    r"Hrsg|hrsg|Aufl|Bd|Hg|Изд|изд|Вып|вып|Т|т|С|с|Сс|М|Л|СПб|Пг|Мн|К|сб|Сб|ст|Ст|ред|Ред|пер|Пер|англ|нем|"
    r"фр|рус|г|гг|ист|канд|докт|дис|дисс|автореф|ун-та|ин-та|Изд-во|изд-во|Izd|izd|Vyp|vyp|Tom|Ch|ch|Sh|Ya|Yu|"
    r"Zh|Kh|Ts|Iu|Ia|междунар|науч|конф|испр|доп|перераб|a\.g|a\.e|a\.g\.e|a\.g\.m|op|cit|ibid|Ibid|Op|loc)$"
)
# A number or numeral that is a field's value, not an ordinal: "Cilt I. Ankara", "s. 401-425. https".
_VALUE_BEFORE_PERIOD = re.compile(
    r"(?:(?:Cilt|C\.|Vol\.|vol\.|Т\.|т\.|Tom|Band|Bd\.|Part|Kısım|No\.|no\.|Sayı|№)\s*(?:[IVXLC]{1,7}|\d{1,4})"
    r"|[-–]\s*\d{1,5}|\(\d{1,4}\))$"
)
URL_START = re.compile(r"(?:https?://|www\.)\S")
_IMPRINT_NEXT = re.compile(r"(?:[А-ЯA-Z][а-яa-z]{0,3}\.\s*[:;,]|[А-ЯA-Z][а-яa-z]{0,3}\.\s*-\s*[А-ЯA-Z])")
_STRAY_PAGE_LINE = re.compile(r"^\s*\d{1,4}\s*$")
_LIGATURES = str.maketrans(
    {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "\u00ad": "", "\u200b": ""}
)


@dataclass(eq=False)
class Chunk:
    """A piece of an entry between separators."""

    text: str
    sep: str = ""
    quoted: bool = False
    italic: bool = False
    paren: bool = False
    rest: str = ""  # what no field pattern took
    fields: dict[str, str] = field(default_factory=dict)


def clean(text: str) -> str:
    """An entry as one clean line: PDF damage undone, list markers, HTML tags and link labels gone.

    Lines broken by a PDF layer are joined (a word hyphenated across lines is mended, a URL split
    across lines is rejoined, a line holding only a page number is dropped).
    """
    # Every entry passes here: each rewrite runs only when its cheap precondition holds.
    if _LIGATURE_CHAR.search(text):
        text = text.translate(_LIGATURES)
    text, _ = repair_mojibake(text)
    joined = ""
    for line in text.split("\n"):
        if not _STRAY_PAGE_LINE.match(line):
            joined = _join(joined, line) if joined else line.strip()
    text = joined
    if "<" in text:
        text = _HTML_TAG.sub(
            lambda m: "*" if m.group(0).lower() in ("<i>", "</i>", "<em>", "</em>") else "", text
        )
    # List markers and note numbers copied with the text: "- ", "[3] ", "12. ", "23 ", "⁴⁵ ".
    marker = _LIST_MARKER.match(text)
    if marker:
        text = text[marker.end() :]
    if "Google Scholar" in text or "Cross" in text:
        text = _GLUED_LINK_LABEL.sub("", text)
    if text.rstrip().rstrip("]").endswith(_LINK_LABEL_WORDS):
        text = _LINK_LABELS.sub("", text)
    text = " ".join(text.split())
    return unicodedata.normalize("NFC", text.replace("\\*", "*").replace("\\_", "_"))


def _join(first: str, second: str) -> str:
    """Join two lines of one entry (see :func:`bibkit.segment.line_glue`)."""
    from bibkit.segment import join_lines

    return join_lines(first, second)


_SPAN_START = re.compile(r"https?://|www\.|[*_\"“«„‘]")


def marked_spans(text: str) -> list[tuple[int, int, str]]:
    """Quoted titles, italic runs and URLs as (start, end, kind), outermost, left to right."""
    spans: list[tuple[int, int, str]] = []
    n = len(text)
    resume = 0
    for m in _SPAN_START.finditer(text):
        i = m.start()
        if i < resume:
            continue
        c = text[i]
        if c in "hw" and (i == 0 or not text[i - 1].isalnum()):
            end = i
            while end < n and not text[end].isspace() and text[end] not in '<>"“”«»':
                end += 1
            while end > i and text[end - 1] in ".,;:)":
                end -= 1
            spans.append((i, end, "url"))
            resume = end
        elif c in "*_" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < n and text[i + 1] not in " *_":
            marker = c * 2 if text.startswith(c * 2, i) else c
            close = text.find(marker, i + len(marker), i + 600)
            after = close + len(marker)
            if close > i and (after >= n or not text[after].isalnum()):
                spans.append((i, after, "italic"))
                resume = after
        elif c in QUOTES and (c not in '‘"' or i == 0 or not text[i - 1].isalnum()):
            close = text.find(QUOTES[c], i + 1, i + 600)
            if c == "„" and close < 0:
                close = text.find("”", i + 1, i + 600)
            if close > i + 1:
                spans.append((i, close + 1, "quoted"))
                resume = close + 1
    return spans


def split_swallowing_italic(inner: str) -> tuple[str, str]:
    """An italic run that wrongly swallows publication data: ``*Title, X Yayınları*`` → title, rest.

    APA italicises the volume with the journal (``*Slavic Review, 72*``): the number is split off too.
    """
    parts = inner.split(", ")
    for k in range(1, len(parts)):
        if looks_like_pubdata(parts[k]) or (
            k == len(parts) - 1 and re.fullmatch(r"\d{1,4}", parts[k].strip())
        ):
            return ", ".join(parts[:k]), ", ".join(parts[k:])
    return inner, ""


def looks_like_pubdata(text: str) -> bool:
    """Publisher, place, a single year, a volume, issue or edition: what follows a title."""
    p = F.patterns()
    text = text.strip()
    year = p.year.fullmatch(text)
    return bool(
        F.has_keyword("publisher", text)
        or (F.has_keyword("institution", text) and not F.has_keyword("journal", text))
        or F.is_place(text)
        or (year and not year.group("y2"))
        or p.volume_before.match(text)
        or p.issue.match(text)
        or p.edition.search(text)
    )


@cache
def _ordinal_markers() -> re.Pattern[str]:
    """Words an ordinal number stands before: ``2. Baskı``, ``III. Cilt``, ``I. Kısım``."""
    abbr = load("abbreviations")
    markers = [*abbr["edition_after"], *abbr["part_after"], *abbr["volume_after"]]
    return re.compile(rf"(?:{F.alternation(markers)})(?![\w])")


@cache
def _lowercase_markers() -> re.Pattern[str]:
    """Markers written in lower case after a period (``… (1300-1600). çev. Ruşen Sezer``)."""
    abbr = load("abbreviations")
    markers = [m for key in ("translator", "editor", "in_container") for m in abbr[key] if m[:1].islower()]
    return re.compile(rf"(?:{F.alternation(markers)})(?![\w])")


def is_sentence_period(text: str, i: int) -> bool:
    """A period at ``i`` followed by a space separates two chunks unless it ends an abbreviation."""
    if i + 2 > len(text) or text[i + 1] != " ":
        return False
    nxt = text[i + 2 : i + 3]
    if URL_START.match(text, i + 2):
        return True
    word_start = text.rfind(" ", max(0, i - 40), i) + 1 or max(0, i - 40)
    inside = _role_start().match(text, word_start)
    if inside and inside.end() >= i + 1:
        return False  # the period of a role marker: "Red. A. M. Şamsutdinov", "отв. ред. Н. Г. Киреев"
    if nxt.islower():
        return bool(_lowercase_markers().match(text, i + 2))
    if _IMPRINT_NEXT.match(text, i + 2):
        return True  # "… конф. М.: Наука": an abbreviation ends the title, the imprint follows
    before = text[max(0, i - 16) : i]
    last = before[-1:]
    # An ordinal or a field's value ends with a digit, a Roman numeral or ")": test that first.
    numeral = last.isdecimal() or last in "IVXLC)"
    if numeral and _ORDINAL_BEFORE.search(before) and _ordinal_markers().match(text, i + 2):
        return False  # "II. Kısım", "2. Baskı", "III. Cilt": an ordinal before its marker
    if numeral and _VALUE_BEFORE_PERIOD.search(before):
        return True
    if _ABBREVIATION_BEFORE_PERIOD.search(before):
        # "1999. 350 с." — a year is never an abbreviation; ordinals (2. Baskı) are.
        return bool(_YEAR_BEFORE.search(before))
    return True


_ORDINAL_BEFORE = re.compile(r"(?<![\w.])(?:\d{1,3}|[IVXLC]{1,7})$")
_YEAR_BEFORE = re.compile(r"(?<!\d)\d{4}$")


def first_sentence_end(text: str) -> int:
    """Where the first sentence of ``text`` ends (outside quotes, italics and parentheses), or -1."""
    spans = {start: end for start, end, _ in marked_spans(text)}
    # Only brackets, periods, slashes and marked spans matter: visit those positions, in order.
    events = sorted({m.start() for m in _SENTENCE_EVENT.finditer(text)} | spans.keys())
    resume, depth = 0, 0
    for i in events:
        if i < resume:
            continue  # inside a marked span already passed over
        if i in spans and depth == 0:
            resume = spans[i]
            continue
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "." and depth == 0 and is_sentence_period(text, i):
            return i
        elif depth == 0 and (text.startswith(" // ", i) or text.startswith(" / ", i)):
            return i  # GOST: the title ends where the container or the responsibility begins
    return -1


_SENTENCE_EVENT = re.compile(r"[.()\[\]]| //? ")


@cache
def _month_at_end() -> re.Pattern[str]:
    return re.compile(rf"(?i)(?:{F.alternation(list(F.month_names()))})$")


_DAY = re.compile(r"\d{1,2}")


def _ends_with_month_day(buf: str) -> bool:
    """``… March 18``: a month name (no month name holds a space) and a day end the text."""
    words = buf.rsplit(None, 2)
    return len(words) >= 2 and bool(_DAY.fullmatch(words[-1])) and bool(_month_at_end().search(words[-2]))


def _comma_splits(text: str, i: int, buf: str) -> bool:
    """A comma separates chunks, except inside numbers, before ``no.`` and in ``March 18, 1921``."""
    if i + 1 < len(text) and text[i + 1].isdigit() and text[i - 1 : i] != " ":
        return False
    after = text[i + 1 : i + 12]
    if _NUMBER_MARK_NEXT.match(after) and buf.rstrip()[-1:].isdigit():
        return False
    if _EDITION_QUALIFIER_NEXT.match(after):
        return False  # "Изд. 2-е, испр. и доп.": one edition statement
    if _YEAR_NEXT.match(after) and _ends_with_month_day(buf):
        return False
    if _US_STATE_NEXT.match(after):
        # "Ithaca, NY: Cornell University Press": a US state after its city is part of the place.
        tail = re.split(r"[:(]\s*", buf.rstrip()[-40:])[-1].strip()
        return not (F.place_shaped(tail) or F.known_place(tail))
    return True


@cache
def _role_start() -> re.Pattern[str]:
    abbr = load("abbreviations")
    return re.compile(rf"\s*(?:{F.alternation([*abbr['editor'], *abbr['translator']])})(?=\s)")


def semicolon_splits(text: str, i: int, buf: str) -> bool:
    """``М.; Л.: Наука`` lists two places: that semicolon stays."""
    return not (
        re.search(r"(?:^|\s)[А-ЯA-Z][а-яa-z]{0,3}\.$", buf)
        and re.match(r"\s*[А-ЯA-Z][а-яa-z]{0,3}\.", text[i + 1 :])
    )


# Characters at which a chunk may end or a group begin; everything between them is copied whole.
# A period counts only before a space: no other period ends a sentence (see is_sentence_period).
_INTERESTING = re.compile(r"[,;/—–(\[]|\.(?= )")
_GROUP_SEPARATORS = re.compile(r"[:,;]\s|\s[–—]\s")


def _ends(parts: list[str], size: int, from_end: bool) -> str:
    """The first or last ``size`` characters of the text in ``parts``, without joining all of it."""
    out: list[str] = []
    total = 0
    for part in reversed(parts) if from_end else parts:
        out.append(part)
        total += len(part)
        if total >= size:
            break
    joined = "".join(reversed(out) if from_end else out)
    return joined[-size:] if from_end else joined[:size]


def _tail(parts: list[str]) -> str:
    """The last 120 characters of the buffer: enough for every separator rule."""
    return _ends(parts, 120, True)


def chunk(text: str) -> list[Chunk]:
    """Cut ``text`` into chunks; quoted and italic spans are kept whole and flagged."""
    spans = {start: (end, kind) for start, end, kind in marked_spans(text)}
    pairs = paren_pairs(text)
    stops = sorted({m.start() for m in _INTERESTING.finditer(text)} | spans.keys())
    chunks: list[Chunk] = []
    buf: list[str] = []
    flags: dict[str, bool] = {}
    sep = ""
    i = 0
    n = len(text)
    stop_at = 0

    def flush(next_sep: str) -> None:
        nonlocal buf, sep, flags
        piece = "".join(buf).strip()
        if piece:
            chunks.append(Chunk(piece, sep=sep, **flags))
        buf, sep, flags = [], next_sep, {}

    while i < n:
        # Copy the run of ordinary characters up to the next interesting position.
        while stop_at < len(stops) and stops[stop_at] < i:
            stop_at += 1
        nxt = stops[stop_at] if stop_at < len(stops) else n
        if nxt > i:
            buf.append(text[i:nxt])
            i = nxt
            continue
        if i in spans:
            end, kind = spans[i]
            at_start = not _ends(buf, 64, False).strip() and not "".join(buf).strip()
            if kind == "url" or not at_start:
                buf.append(text[i:end].strip("*_") if kind == "italic" else text[i:end])
            else:
                inner = text[i:end].strip("*_") if kind == "italic" else text[i + 1 : end - 1]
                tail = ""
                if kind == "italic":
                    inner, tail = split_swallowing_italic(inner)
                buf.append(inner)
                flags = {kind: True}
                # A title in quotes or italics ends its chunk (Chicago: '"Title." *Journal* 12').
                flush(",")
                if tail:
                    chunks.extend(chunk(tail))
            i = end
            continue
        c = text[i]
        if c in "([":
            close = pairs.get(i, -1)
            if close > 0:
                group = text[i + 1 : close]
                # "(Ankara: Kültür Bakanlığı Yayınları, 1990)" is publication data: read it as chunks.
                if _GROUP_SEPARATORS.search(group) and not F.patterns().year_range_in_title.fullmatch(
                    text[i : close + 1]
                ):
                    flush(",")
                    for sub in chunk(group):
                        sub.paren = True
                        chunks.append(sub)
                    sep = ","
                else:
                    buf.append(text[i : close + 1])
                i = close + 1
                continue
            buf.append(c)
            i += 1
            continue
        # Only the buffer's end matters to the separator rules, and only these rules read it.
        if c == "," and sep != "/" and _comma_splits(text, i, _tail(buf)):  # "/ A, B, C": one statement
            flush(",")
        elif c == ";" and semicolon_splits(text, i, _tail(buf)):
            flush(";")
        elif text.startswith("//", i):
            flush("//")
            i += 1
        elif c == "/" and text[i - 1 : i] in (" ", "") and text[i + 1 : i + 2] == " ":
            flush("/")
        elif c in "—–" and text[i - 1 : i] == " " and text[i + 1 : i + 2] == " " and not "".join(buf).strip():
            # GOST's area dash (". – М.: Наука"): the period before it already cut the chunk.
            # A spaced dash inside a chunk stays text: "XIX – начале XX века", "London – New York".
            pass
        elif c == "." and is_sentence_period(text, i):
            if _ends_with_abbreviation(_tail(buf)):
                buf.append(".")
            flush(".")
        else:
            buf.append(c)
        i += 1
    flush("")
    return chunks


def _ends_with_abbreviation(text: str) -> bool:
    """Keep the period of ``Yay.`` or ``М.`` when a chunk ends with it, so that markers still match."""
    return bool(_ABBREVIATED_END.search(text))


_BRACKETS = re.compile(r"[()\[\]]")


def paren_pairs(text: str, window: int = 600) -> dict[int, int]:
    """Each opening ``(`` or ``[`` → its closing partner, found in one pass with a stack.

    Pairs further apart than ``window`` characters are not pairs: a reference's parentheses are
    short, and an unclosed one must not swallow the rest of a long text.
    """
    pairs: dict[int, int] = {}
    stack: list[tuple[int, str]] = []
    closing = {")": "(", "]": "["}
    for m in _BRACKETS.finditer(text):
        j, ch = m.start(), m.group(0)
        if ch in "([":
            stack.append((j, ch))
            if len(stack) > 64:
                del stack[0]
        elif ch in closing and stack and stack[-1][1] == closing[ch]:
            start, _ = stack.pop()
            if j - start <= window:
                pairs[start] = j
    return pairs
