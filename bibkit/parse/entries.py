"""One reference-list entry (or one work cited in a note) → one :class:`~bibkit.model.Record`.

The entry is read in four passes:

1. names at the start (:mod:`bibkit.parse.names`);
2. the rest is cut into chunks at the separators of the conventions (``,`` ``.`` ``;`` ``//`` ``/``
   ``—``), keeping quoted and italic titles whole;
3. each chunk gives up the fields its patterns recognise (volume, issue, pages, edition, part,
   date, translator, editor, thesis, URL …, :mod:`bibkit.parse.fields`);
4. what is left of the chunks is assigned by position and keywords: title, container, place,
   publisher; the CSL type follows from what was found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from bibkit import turkish
from bibkit.model import Date, Name, Record
from bibkit.parse import fields as F
from bibkit.parse.archives import archive_by_acronym, parse_locator, record_id
from bibkit.parse.language import detect_language
from bibkit.parse.names import parse_name_list, split_leading_names
from bibkit.tables import load

_QUOTES = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "”": "”"}
_LINK_LABELS = re.compile(
    r"(?:\s*\[?(?:Google Scholar|Crossref|CrossRef|PubMed|Web of Science|WorldCat|Scopus|ADS|Article|"
    r"View Article|Full Text|PDF)\]?)+\s*$"
)
_ABBREVIATION_BEFORE_PERIOD = re.compile(
    r"(?:^|[\s(\[])(?:[^\W\d_]|[^\W\d_]{1,2}|\d{1,3}|[IVXLC]{1,6}|(?i:çev|trc|haz|der|yay\.\s?haz)|"
    r"Çev|Trc|Haz|Der|Ed|ed|eds|Eds|trans|Trans|transl|vol|Vol|Vols|vols|No|no|Nr|nr|pp|ss|sy|bs|Bs|vd|vb|krş|Krş|"
    r"Bk|bk|Bkz|bkz|Yay|yay|Univ|Üniv|Dr|Prof|Doç|Yrd|Mr|Mrs|Jr|Sr|St|Ste|Mt|rev|Rev|enl|repr|comp|trad|Übers|Hrsg|hrsg|"
    r"Aufl|Bd|Hg|Изд|изд|Вып|вып|Т|т|С|с|Сс|М|Л|СПб|Пг|Мн|К|сб|Сб|ст|Ст|ред|Ред|пер|Пер|англ|нем|фр|рус|г|гг|"
    r"ист|канд|докт|наук|дис|автореф|ун-та|ин-та|Изд-во|изд-во|Izd|izd|Vyp|vyp|Tom|Ch|ch|Sh|Ya|Yu|Zh|Kh|Ts|Iu|Ia|"
    r"a\.g|a\.e|a\.g\.e|a\.g\.m|op|cit|ibid|Ibid|Op|loc)$"
)


# A number or numeral that is a field's value, not an ordinal: "Cilt I. Ankara", "s. 401-425. https".
_VALUE_BEFORE_PERIOD = re.compile(
    r"(?:(?:Cilt|C\.|Vol\.|vol\.|Т\.|т\.|Tom|Band|Bd\.|Part|Kısım|No\.|no\.|Sayı|№)\s*(?:[IVXLC]{1,7}|\d{1,4})"
    r"|[-–]\s*\d{1,5}|\(\d{1,4}\))$"
)


@dataclass
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
    """Strip list markers, link labels glued on by PDF viewers, HTML tags and doubled spaces."""
    text = re.sub(
        r"<(?:/?(?:i|em|b|strong|sup|sub|span)[^>]{0,80})>",
        lambda m: "*" if m.group(0).lower() in ("<i>", "</i>", "<em>", "</em>") else "",
        text,
    )
    text = re.sub(r"^\s*(?:[-•–]\s+|\[\d{1,4}\]\s*|\d{1,4}[.)]\s+(?=\D))", "", text)
    text = _LINK_LABELS.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace("\\*", "*").replace("\\_", "_")
    return text


# ------------------------------------------------------------------ chunking


_URL_START = re.compile(r"(?:https?://|www\.)\S")


def _marked_spans(text: str) -> list[tuple[int, int, str]]:
    """Quoted titles, italic runs and URLs as (start, end, kind), outermost, left to right.

    Separators inside them do not cut the entry (``https://doi.org``, ``"Kafkasya, Kırım"``).
    """
    spans: list[tuple[int, int, str]] = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in "hw" and (i == 0 or not text[i - 1].isalnum()) and _URL_START.match(text, i):
            end = i
            while end < n and not text[end].isspace() and text[end] not in '<>"“”«»':
                end += 1
            while end > i and text[end - 1] in ".,;:)":
                end -= 1
            spans.append((i, end, "url"))
            i = end
            continue
        if c in "*_" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < n and text[i + 1] not in " *_":
            marker = c * 2 if text.startswith(c * 2, i) else c
            close = text.find(marker, i + len(marker))
            after = close + len(marker)
            if close > i and close - i < 600 and (after >= n or not text[after].isalnum()):
                spans.append((i, after, "italic"))
                i = after
                continue
        if c in _QUOTES and (c not in '‘"' or i == 0 or not text[i - 1].isalnum()):
            close = text.find(_QUOTES[c], i + 1)
            if c == "„" and close < 0:
                close = text.find("”", i + 1)
            if close > i + 1 and close - i < 600:
                spans.append((i, close + 1, "quoted"))
                i = close + 1
                continue
        i += 1
    return spans


def _split_swallowing_italic(inner: str) -> tuple[str, str]:
    """An italic run that wrongly swallows publication data: ``*Title, X Yayınları*`` → title, rest."""
    parts = inner.split(", ")
    for k in range(1, len(parts)):
        if _looks_like_pubdata(parts[k]):
            return ", ".join(parts[:k]), ", ".join(parts[k:])
    return inner, ""


def _looks_like_pubdata(text: str) -> bool:
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


def _is_sentence_period(text: str, i: int) -> bool:
    """A period at ``i`` followed by a space separates two chunks unless it ends an abbreviation."""
    if i + 2 > len(text) or text[i + 1] != " ":
        return False
    nxt = text[i + 2 : i + 3]
    if _URL_START.match(text, i + 2):
        return True
    if nxt.islower():
        return bool(_lowercase_markers().match(text, i + 2))
    before = text[max(0, i - 16) : i]
    if re.search(r"(?<![\w.])(?:\d{1,3}|[IVXLC]{1,7})$", before) and _ordinal_markers().match(text, i + 2):
        return False  # "II. Kısım", "2. Baskı", "III. Cilt": an ordinal before its marker
    if _VALUE_BEFORE_PERIOD.search(before):
        return True
    if _ABBREVIATION_BEFORE_PERIOD.search(before):
        # "1999. 350 с." — a year is never an abbreviation; ordinals (2. Baskı) are.
        return bool(re.search(r"(?<!\d)\d{4}$", before))
    return True


def chunk(text: str) -> list[Chunk]:
    """Cut ``text`` into chunks; quoted and italic spans are kept whole and flagged."""
    spans = {start: (end, kind) for start, end, kind in _marked_spans(text)}
    chunks: list[Chunk] = []
    buf: list[str] = []
    flags: dict[str, bool] = {}
    sep = ""
    i = 0
    n = len(text)

    def flush(next_sep: str) -> None:
        nonlocal buf, sep, flags
        piece = "".join(buf).strip()
        if piece:
            chunks.append(Chunk(piece, sep=sep, **flags))
        buf, sep, flags = [], next_sep, {}

    while i < n:
        if i in spans:
            end, kind = spans[i]
            at_start = not "".join(buf).strip()
            if kind == "url":
                buf.append(text[i:end])
            elif not at_start:
                buf.append(text[i:end].strip("*_") if kind == "italic" else text[i:end])
            else:
                inner = text[i:end].strip("*_") if kind == "italic" else text[i + 1 : end - 1]
                tail = ""
                if kind == "italic":
                    inner, tail = _split_swallowing_italic(inner)
                buf.append(inner)
                flags = {kind: True}
                # A title in quotes or italics ends its chunk (Chicago: '"Title." *Journal* 12').
                flush(",")
                if tail:
                    for sub in chunk(tail):
                        chunks.append(sub)
            i = end
            continue
        c = text[i]
        if c in "([":
            close = _matching(text, i, c, ")" if c == "(" else "]")
            if close > 0:
                group = text[i + 1 : close]
                # "(Ankara: Kültür Bakanlığı Yayınları, 1990)" is publication data: read it as chunks.
                if re.search(r"[:,;]\s|\s[–—]\s", group) and not F.patterns().year_range_in_title.fullmatch(
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
        if c == "," and (i + 1 >= n or not text[i + 1].isdigit() or text[i - 1 : i] == " "):
            flush(",")
        elif c == ";":
            flush(";")
        elif text.startswith("//", i):
            flush("//")
            i += 1
        elif c == "/" and text[i - 1 : i] == " " and text[i + 1 : i + 2] == " ":
            flush("/")
        elif c in "—–" and text[i - 1 : i] == " " and text[i + 1 : i + 2] == " ":
            flush("—")
        elif c == "." and _is_sentence_period(text, i):
            buf.append(".") if _ends_with_abbreviation("".join(buf)) else None
            flush(".")
        else:
            buf.append(c)
        i += 1
    flush("")
    return chunks


def _ends_with_abbreviation(text: str) -> bool:
    """Keep the period of ``Yay.`` or ``М.`` when a chunk ends with it, so that markers still match."""
    return bool(re.search(r"(?:^|\s)(?:[^\W\d_]{1,3}|Yay|Yayın|Изд|изд)$", text))


def _matching(text: str, start: int, open_c: str, close_c: str) -> int:
    depth = 0
    limit = min(len(text), start + 600)
    for j in range(start, limit):
        if text[j] == open_c:
            depth += 1
        elif text[j] == close_c:
            depth -= 1
            if depth == 0:
                return j
    return -1


# ------------------------------------------------------------------ field extraction


@dataclass
class Found:
    """Fields recognised so far in one entry."""

    values: dict[str, str] = field(default_factory=dict)
    names: dict[str, list[Name]] = field(default_factory=dict)
    issued: Date | None = None
    accessed: Date | None = None
    in_marker: bool = False

    def put(self, key: str, value: str) -> None:
        if value and key not in self.values:
            self.values[key] = value


def _date_from_match(m: re.Match[str]) -> Date:
    g = m.groupdict()
    for k in ("1", "2", "3", "4", "5"):
        y = g.get(f"y{k}")
        if y:
            month_name = g.get(f"m{k}")
            month = (
                F.month_number(month_name) if month_name else (int(g[f"mo{k}"]) if g.get(f"mo{k}") else None)
            )
            day = g.get(f"d{k}")
            if month is not None and not 1 <= month <= 12:
                month = None
            return Date(int(y), month, int(day) if day and month else None)
    raise ValueError("no date")


_BARE_RANGE = re.compile(r"\s*:?\s*(\d{1,5})\s*[-–—]\s*(\d{1,5})\s*\.?\s*")
# Chicago's journal numbers: "45, no. 2 (1986): 215–33", "189 (1991): 111–25".
_CHICAGO_ARTICLE = re.compile(
    r"(?<![\w.])(?P<v>\d{1,4}|[IVXLC]{1,7})(?:\s*,?\s*(?:no\.|No\.|nos\.|№|sy\.)\s*(?P<i>\d{1,4}(?:[-–/]\d{1,4})?))?"
    r"\s*\((?P<d>[^()]{1,40})\)\s*[:,]\s*(?P<p>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)(?![\w])"
)


def _take(chunk_text: str, m: re.Match[str]) -> str:
    return (chunk_text[: m.start()] + " " + chunk_text[m.end() :]).strip()


def extract_fields(c: Chunk, found: Found, position: int) -> None:
    """Take every recognised field out of ``c``; what remains goes to ``c.rest``."""
    p = F.patterns()
    text = c.text
    if c.quoted or c.italic:
        c.rest = text
        return
    for pattern, handler in (
        (p.doi, lambda m: found.put("doi", m.group("d").rstrip(".,;"))),
        (p.url, lambda m: found.put("url", m.group("u").rstrip(".,;)"))),
        (p.isbn, lambda m: found.put("isbn", m.group("n").strip())),
        (p.electronic, lambda m: found.put("medium", "online")),
    ):
        m = pattern.search(text)
        if m:
            handler(m)
            text = _take(text, m)
    m = p.accessed.search(text)
    if m:
        d = p.date.search(text, m.end())
        if d:
            found.accessed = found.accessed or _date_from_match(d)
            text = (text[: m.start()] + " " + text[d.end() :]).strip()
        else:
            text = _take(text, m)
    m = p.thesis.search(text)
    if m:
        found.put("genre", m.group("t"))
        text = _take(text, m)
    m = p.translator.search(text)
    if m:
        names = parse_name_list(text[m.end() :])
        if names:
            found.names.setdefault("translator", names)
            text = text[: m.start()].strip()
    m = p.editor.search(text)
    if m and (m.start() == 0 or text[: m.start()].strip().endswith(("/", ","))):
        names = parse_name_list(text[m.end() :])
        if names:
            found.names.setdefault("editor", names)
            text = text[: m.start()].strip()
    m = p.in_container.match(text)
    if m and position > 0:
        found.in_marker = True
        c.fields["in"] = "1"
        text = text[m.end() :]
    m = p.container_after.search(text)
    if m:
        found.in_marker = True
        c.fields["in"] = "1"
        text = text[: m.start()]
    for pattern, key in ((p.edition, "edition"), (p.part, "part")):
        m = pattern.search(text)
        if m:
            value = next((v for k, v in m.groupdict().items() if v and k != "w"), None)
            if value is None and m.group("w") if "w" in m.groupdict() else False:
                value = str(F.ordinal_words().get(turkish.lower(m.group("w")), ""))
            if value:
                found.put(key, F.number(value))
                text = _take(text, m)
    m = _CHICAGO_ARTICLE.search(text)
    if m:
        found.put("volume", F.number(m.group("v")))
        if m.group("i"):
            found.put("issue", F.number(m.group("i")))
        found.put("page", F.page_range(m.group("p")))
        _extract_date(m.group("d"), found, c, 1)
        text = _take(text, m)
    m = p.vol_slash_issue.search(text)
    if m and not p.date.search(text):
        found.put("volume", F.number(m.group("v")))
        found.put("issue", F.number(m.group("i")))
        text = _take(text, m)
    m = p.volume_after.search(text)
    if m:
        found.put("volume", F.number(m.group("v")))
        text = _take(text, m)
    m = p.volume_before.search(text)
    if m:
        found.put("volume", F.number(m.group("v")))
        text = _take(text, m)
    for m in list(p.issue.finditer(text))[:2]:
        value = F.page_range(m.group("i"))
        label = m.group(0).split()[0] if m.group(0).split() else ""
        if label.startswith("S.") and "-" in value and "issue" not in found.values:
            found.put("page", value)
        elif "issue" in found.values and label.startswith("S."):
            found.put("page", value)
        else:
            found.put("issue", F.number(value))
            if m.group("cum"):
                found.put("issue_cumulative", m.group("cum"))
        text = text.replace(m.group(0), " ", 1).strip()
    m = p.vol_paren_issue.search(text)
    if m and not re.fullmatch(F.YEAR, m.group("i")):
        found.put("volume_or_issue", f"{m.group('v')}|{m.group('i')}")
        text = _take(text, m)
    m = p.pages.search(text)
    if m:
        found.put("page", F.page_range(m.group("p")))
        text = _take(text, m)
    m = p.page_count.search(text)
    if m:
        found.put("number-of-pages", m.group("n"))
        text = _take(text, m)
    # A bare page range: Chicago ": 375–413", APA ", 53-60", a chapter's "111–44".
    m = _BARE_RANGE.fullmatch(text)
    if m and position > 0 and not (re.fullmatch(F.YEAR, m.group(1)) and re.fullmatch(F.YEAR, m.group(2))):
        found.put("page", F.page_range(f"{m.group(1)}-{m.group(2)}"))
        text = ""
    text = _extract_date(text, found, c, position)
    bare = text.strip(" ,;")
    if any(
        pattern.fullmatch(candidate)
        for pattern in (p.no_place, p.no_date)
        for candidate in (bare, bare + ".")
    ):
        text = ""
    c.rest = text.strip(" ,.;:")


def _extract_date(text: str, found: Found, c: Chunk, position: int) -> str:
    """Take the publication date out of ``text``; a title (position 0) keeps the years it contains."""
    p = F.patterns()
    m = p.date.search(text)
    if m and m.group(0) and _date_context_ok(_take(text, m), position):
        found.issued = found.issued or _date_from_match(m)
        return _take(text, m)
    stripped = p.year_range_in_title.sub(" ", text) if len(text) > 12 else text
    for m in p.year.finditer(stripped):
        remainder = _take(stripped, m)
        if not _date_context_ok(remainder, position, bool(m.group("y2"))):
            continue
        # "(1914-1980)" attached to title words is part of the title, not the date.
        year = int(m.group("y"))
        end_year = None
        if m.group("y2"):
            y2 = m.group("y2")
            end_year = int(y2) if len(y2) == 4 else int(str(year)[:2] + y2)
        if found.issued is None:
            found.issued = Date(year, end_year=end_year if end_year and end_year > year else None)
            if m.group("suffix"):
                found.put("year-suffix", m.group("suffix"))
        return remainder
    return text


def _date_context_ok(remainder: str, position: int, is_range: bool = False) -> bool:
    """A year is the publication date when what stands beside it is a place, a month or nothing.

    In the title's chunk, or for a range of years, only nothing or a known place will do:
    ``Osmanlı Harpleri 1700-1870`` is a title.
    """
    rest = re.sub(r"[\s,.;:()\[\]]+", " ", remainder).strip()
    if not rest:
        return True
    if F.is_place(rest):
        return True
    if position == 0 or is_range:
        return False
    if F.place_shaped(rest):
        return True
    return F.month_number(rest) is not None


# ------------------------------------------------------------------ assignment


def _role(c: Chunk, record: Record, found: Found, after_title: bool) -> str:
    text = c.rest
    if c.fields.get("in") or c.sep == "//":
        return "container"
    if F.patterns().special_issue.search(text):
        return "volume-title"
    if (
        F.last_word_is("journal", text)
        or F.has_keyword("proceedings", text)
        or F.has_keyword("encyclopedia", text)
    ):
        return "container"
    if F.is_place(text):
        return "place"
    if F.last_word_is("publisher", text) or F.has_keyword("publisher", text):
        return "publisher"
    if F.has_keyword("institution", text):
        return "publisher"
    if c.italic or c.quoted:
        return "container"
    if F.has_keyword("journal", text):
        return "container"
    return "unknown"


_PLACE_PUBLISHER = re.compile(r"^(?P<place>[^:]{1,60}?)\s*:\s*(?P<publisher>.+)$")


def _split_place_publisher(c: Chunk) -> tuple[str, str] | None:
    m = _PLACE_PUBLISHER.match(c.rest)
    if not m:
        return None
    place = m.group("place").strip()
    if F.is_place(place) or (F.place_shaped(place) and len(place.split()) <= 3):
        return F.normalise_place(place), m.group("publisher").strip()
    return None


def _bare_volume(text: str) -> str | None:
    """A chunk that is only a volume: ``I-III``, ``XXXI``, or a container's trailing ``31``."""
    m = re.fullmatch(rf"({F.ROMAN}(?:\s*[-–]\s*{F.ROMAN})?)", text)
    if m:
        return F.number(m.group(1))
    return None


def assign(chunks: list[Chunk], found: Found, record: Record) -> None:
    """Give each leftover chunk its role: title, container, place, publisher, volume-title."""
    free = [c for c in chunks if c.rest]
    if not free:
        return
    title_index = 0
    # A chunk that is the place and publisher of a book cannot be its title.
    first = free[0]
    record.title = first.rest
    unknown: list[Chunk] = []
    for position, c in enumerate(free[1:], start=1):
        pp = _split_place_publisher(c) if not (c.quoted or c.italic) else None
        if pp:
            place, publisher = pp
            if not record.publisher_place:
                record.publisher_place = place
            if not record.publisher:
                record.publisher = publisher
            continue
        bare = _bare_volume(c.rest)
        if bare and not record.volume:
            record.volume = bare
            continue
        role = _role(c, record, found, position > title_index)
        if role == "container" and not record.container_title:
            record.container_title = _container_with_volume(c.rest, record)
        elif role == "volume-title" and not record.volume_title:
            record.volume_title = c.rest
        elif role == "place" and not record.publisher_place:
            record.publisher_place = F.normalise_place(c.rest)
        elif role == "publisher" and not record.publisher:
            record.publisher = c.rest
        elif (
            role == "publisher"
            and F.has_keyword("institution", record.publisher)
            and F.has_keyword("publisher", c.rest)
        ):
            record.publisher = c.rest
        else:
            unknown.append(c)
    _assign_unknown(unknown, chunks, found, record)


def _container_with_volume(text: str, record: Record) -> str:
    """Chicago writes the volume after the journal: ``Slavic Review 45`` → container, volume 45."""
    m = re.fullmatch(r"(.+?[^\W\d_].*?)\s+(\d{1,4}|[IVXLC]{1,6})", text)
    if m and not record.volume:
        record.volume = F.number(m.group(2))
        return m.group(1)
    return text


def _assign_unknown(unknown: list[Chunk], chunks: list[Chunk], found: Found, record: Record) -> None:
    """Chunks no keyword explained: a container before volume/issue/pages, else a place or publisher by shape."""
    article_signals = any(k in found.values for k in ("volume", "issue", "page", "volume_or_issue"))
    for c in unknown:
        idx = chunks.index(c)
        followed_by_year = any(
            ch.fields.get("year") or (not ch.rest and found.issued) for ch in chunks[idx + 1 : idx + 2]
        )
        if not record.container_title and c.sep == "//":
            record.container_title = _container_with_volume(c.rest, record)
        elif record.container_title and F.patterns().special_issue.search(c.rest) and not record.volume_title:
            record.volume_title = c.rest
        elif (
            not record.container_title
            and article_signals
            and not F.is_place(c.rest)
            and not (F.place_shaped(c.rest) and followed_by_year and len(c.rest.split()) == 1)
        ):
            record.container_title = _container_with_volume(c.rest, record)
        elif (
            not record.container_title
            and article_signals
            and F.place_shaped(c.rest)
            and not record.publisher_place
            and followed_by_year
        ):
            record.publisher_place = c.rest
        elif not record.container_title and article_signals and c.italic:
            record.container_title = c.rest
        elif not record.publisher_place and F.place_shaped(c.rest) and len(c.rest.split()) <= 2:
            record.publisher_place = F.normalise_place(c.rest)
        elif not record.publisher and not c.quoted:
            record.publisher = c.rest
        elif not record.container_title and article_signals:
            record.container_title = c.rest
        else:
            record.custom.setdefault("unassigned", []).append(c.rest)


# ------------------------------------------------------------------ the record


def _resolve_volume_or_issue(found: Found, record: Record) -> None:
    """``3(1)``: volume 3, issue 1 (APA); ``2 (219)`` in Russian journals: issue 2 of cumulative 219."""
    pair = found.values.get("volume_or_issue")
    if not pair:
        return
    first, second = pair.split("|")
    cumulative = load("abbreviations")["cumulative_issue_languages"]
    if record.language in cumulative and not record.issue and "-" not in second and int(second) > int(first):
        record.issue = F.number(first)
        record.custom["issue_cumulative"] = second
    else:
        if not record.volume:
            record.volume = F.number(first)
        if not record.issue:
            record.issue = F.page_range(second)


def infer_type(record: Record, found: Found) -> str:
    """The CSL type from the fields the entry has."""
    container = record.container_title
    if record.genre or found.values.get("genre"):
        return "thesis"
    if container:
        if F.has_keyword("proceedings", container):
            return "paper-conference"
        if F.has_keyword("encyclopedia", container):
            return "entry-encyclopedia"
        if (
            re.search(
                r"(?i)gazete|newspaper|газета|gazeta|times\b|daily|herald|post\b|правда|известия", container
            )
            and not record.volume
        ):
            return "article-newspaper"
        if found.in_marker or record.editor:
            return "chapter"
        if (
            (record.publisher_place and record.publisher)
            and not (record.volume or record.issue)
            and record.page
        ):
            return "chapter"
        return "article-journal"
    if record.url and not (record.publisher or record.publisher_place):
        return "webpage"
    return "book"


def parse_entry(text: str, line: int = 0, source: str = "list", prefer: str | None = None) -> Record:
    """Parse one reference-list entry (or the text of one work cited in a note).

    :param text: the entry, list marker and surrounding whitespace allowed.
    :param line: its first line in the source, kept in the record.
    :param source: ``list`` or ``note``.
    :param prefer: name order to try first (``list`` or ``note``); defaults to ``source``.
    :returns: the record; fields the entry does not give stay empty.
    """
    raw = text
    text = clean(text)
    record = Record(source=source, line=line, raw=raw.strip())
    archival = parse_locator(text)
    if archival is not None:
        return _archival_record(text, archival, record)
    lead = split_leading_names(_unmarked_head(text), prefer or source)
    rest = text
    if lead.names:
        rest = _rest_after_names(text, lead.rest)
        if lead.role == "editor":
            record.editor = lead.names
        elif lead.role == "translator":
            record.translator = lead.names
        else:
            record.author = lead.names
        if lead.et_al:
            record.custom["et_al"] = True
    chunks = chunk(rest)
    found = Found()
    for position, c in enumerate(chunks):
        extract_fields(c, found, position)
    _apply_found(found, record)
    assign(chunks, found, record)
    _finish(record, found)
    return record


def _unmarked_head(text: str) -> str:
    """The entry with italic markers blanked, so that names are read before ``*Title*``."""
    return re.sub(r"(?<![\w*])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?![\w*])", " ", text).replace("  ", " ")


def _rest_after_names(text: str, rest_unmarked: str) -> str:
    """Map the rest found in the unmarked text back to the original (with its italics)."""
    target = rest_unmarked.strip()[:20]
    if not target:
        return ""
    head = re.sub(r"[*_]", "", target)
    # Find the first position in ``text`` whose unmarked form starts with the rest.
    for i in range(len(text)):
        if re.sub(r"[*_]", "", text[i : i + 60]).lstrip().startswith(head):
            if i == 0 or not text[i - 1].isalnum():
                return text[i:].lstrip(" ,.;:")
    return rest_unmarked


def _apply_found(found: Found, record: Record) -> None:
    v = found.values
    record.volume = v.get("volume", "")
    record.issue = v.get("issue", "")
    record.part = v.get("part", "")
    record.edition = v.get("edition", "")
    record.page = v.get("page", "")
    record.number_of_pages = v.get("number-of-pages", "")
    record.genre = v.get("genre", "")
    record.url = v.get("url", "")
    record.doi = v.get("doi", "")
    record.isbn = v.get("isbn", "")
    record.medium = v.get("medium", "")
    if "issue_cumulative" in v:
        record.custom["issue_cumulative"] = v["issue_cumulative"]
    record.issued = found.issued
    record.accessed = found.accessed
    for role, names in found.names.items():
        if not getattr(record, role):
            setattr(record, role, names)


def _finish(record: Record, found: Found) -> None:
    record.title = _clean_title(record.title)
    record.container_title = _clean_title(record.container_title)
    if record.doi and record.url and "doi.org" in record.url:
        record.url = ""
    record.language = detect_language(
        " ".join(filter(None, [record.title, record.container_title, record.volume_title])),
        fallback=" ".join(filter(None, [record.publisher, record.publisher_place])),
    )
    _resolve_volume_or_issue(found, record)
    record.type = infer_type(record, found)
    if record.type == "thesis" and not record.publisher and record.container_title:
        record.publisher, record.container_title = record.container_title, ""


def _clean_title(text: str) -> str:
    text = text.strip().strip("*_").strip()
    text = re.sub(r"^[\"“«„‘]+|[\"”»“’]+$", "", text).strip()
    return text.rstrip(" .,;:")


def _archival_record(text: str, archival: tuple, record: Record) -> Record:
    locator, start, end = archival
    archive = archive_by_acronym(locator.archive)
    record.type = "manuscript"
    record.locator = locator
    record.archive = locator.archive
    record.archive_location = locator.canonical()
    record.archive_place = archive.place if archive else ""
    record.language = archive.language if archive else "ru"
    record.id = record_id(locator)
    if locator.qualifier:
        record.custom["qualifier"] = locator.qualifier
    record.custom["archival_forms"] = [locator.raw]
    # Text around the locator may name the document ("Chicherin to Lenin, 27 September 1920").
    around = (text[:start] + " " + text[end:]).strip(" ,.;:")
    _describe_archival(around, record)
    return record


def _describe_archival(text: str, record: Record) -> None:
    """Title and date of an archival document, from the words around its locator."""
    found = Found()
    chunks = chunk(text)
    for position, c in enumerate(chunks):
        extract_fields(c, found, position)
    record.issued = found.issued
    names = []
    for c in chunks:
        if not c.rest:
            continue
        if _is_archive_name(c.rest):
            continue
        names.append(c.rest)
    if names:
        record.title = _clean_title(", ".join(names))


def _is_archive_name(text: str) -> bool:
    from bibkit.parse.archives import find_archive

    found = find_archive(text)
    if found is None:
        return False
    _, m = found
    leftover = (text[: m.start()] + text[m.end() :]).strip(" ,.;:()[]")
    return not leftover or bool(re.fullmatch(r"[\w\s.-]{0,12}", leftover) and leftover.isupper())
