"""Field extractors: each takes the fields it recognises out of a chunk's text.

The extractors are small functions run in the order of :data:`EXTRACTORS`; each returns the text
it leaves. One that fails adds a reason to ``Found.problems`` and the others still run.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from bibkit import turkish
from bibkit.model import Date, Name
from bibkit.parse import fields as F
from bibkit.parse.chunks import Chunk
from bibkit.parse.names import parse_name_list
from bibkit.tables import load

# Patterns used on every entry, compiled once.
_YEAR_ONLY = re.compile(F.YEAR)
_PAREN_NUMBER = re.compile(r"\s*\((\d{1,4}(?:[-–]\d{1,4})?)\)\s*")
_LONE_NUMBER = re.compile(r"\s*(\d{1,4})\s*\.?\s*")


@dataclass
class Found:
    """Fields recognised so far in one entry."""

    values: dict[str, str] = field(default_factory=dict)
    names: dict[str, list[Name]] = field(default_factory=dict)
    years: list[tuple[Date, bool]] = field(default_factory=list)  # (date, is a range of years)
    accessed: Date | None = None
    day_month: tuple[int, int | None] | None = None  # "18 марта": month and day of a dated year
    in_marker: bool = False
    reprint: bool = False
    problems: list[str] = field(default_factory=list)

    def put(self, key: str, value: str) -> None:
        if value and key not in self.values:
            self.values[key] = value

    def add_date(self, date: Date, is_range: bool = False) -> None:
        self.years.append((date, is_range))

    def issued(self) -> Date | None:
        """The publication date: a full date if one was given, else the last single year, else a range."""
        if not self.years:
            return None
        dated = [d for d, _ in self.years if d.month]
        singles = [d for d, is_range in self.years if not is_range]
        chosen = dated[-1] if dated else singles[-1] if singles else self.years[0][0]
        if self.day_month and not chosen.month:
            month, day = self.day_month
            chosen = Date(chosen.year, month, day)
        return chosen


@dataclass
class Context:
    found: Found
    chunk: Chunk
    position: int


def date_from_match(m: re.Match[str]) -> Date:
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
    raise ValueError("no date in match")


def take(text: str, m: re.Match[str]) -> str:
    """``text`` without the match (and without parentheses left empty by it)."""
    out = (text[: m.start()] + " " + text[m.end() :]).strip()
    return _EMPTY_GROUPS.sub(" ", out).strip()


# ------------------------------------------------------------------ extractors

_LINK_HINT = re.compile(r"(?i)http|www\.|doi|isbn|\[")


def _links(text: str, ctx: Context) -> str:
    if not _LINK_HINT.search(text):
        return text
    p = F.patterns()
    for pattern, key, group in ((p.doi, "doi", "d"), (p.url, "url", "u"), (p.isbn, "isbn", "n")):
        m = pattern.search(text)
        if m:
            ctx.found.put(key, m.group(group).rstrip(".,;)"))
            text = take(text, m)
    m = p.electronic.search(text)
    if m:
        ctx.found.put("medium", "online")
        text = take(text, m)
    return text


_TURKISH_ACCESS = re.compile(r"(?P<date>.{4,30}?)\s+tarihinde\b(?:.*?adresinden\s+erişildi\.?)?", re.I)


def _accessed(text: str, ctx: Context) -> str:
    p = F.patterns()
    m = p.accessed.search(text)
    if m:
        d = p.date.search(text, m.end())
        if d and d.start() - m.end() < 4:
            ctx.found.accessed = ctx.found.accessed or date_from_match(d)
            return (text[: m.start()] + " " + text[d.end() :]).strip()
        return take(text, m)
    m = _TURKISH_ACCESS.search(text)  # APA Turkish: "12 Mart 2021 tarihinde … adresinden erişildi"
    if m:
        d = p.date.search(m.group("date"))
        if d:
            ctx.found.accessed = ctx.found.accessed or date_from_match(d)
            return take(text, m)
    return text


def _thesis(text: str, ctx: Context) -> str:
    m = F.patterns().thesis.search(text)
    if m:
        ctx.found.put("genre", m.group("t").strip())
        return take(text, m)
    return text


def _roles(text: str, ctx: Context) -> str:
    """``Çev. Hasan Ali Ediz``, ``trans. Max Eastman``, ``/ под ред. А. Б. Смирнова``, ``edited by X and Y``."""
    p = F.patterns()
    for pattern, role in ((p.translator, "translator"), (p.editor, "editor")):
        m = pattern.search(text)
        if not m or (m.start() > 0 and not text[: m.start()].rstrip().endswith(("/", ",", ";"))):
            continue
        rest = text[m.end() :]
        both = _AND_EDITED.match(rest) if role == "translator" else None
        names = parse_name_list(rest[both.end() :] if both else rest, known_role=True)
        if names:
            if any(_CYRILLIC_LOWER.search(n.family) for n in names):
                names = [nominative(n) for n in names]
            ctx.found.names.setdefault(role, names)
            if both:  # "trans. and ed. Sidney Harcave": one person in both roles
                ctx.found.names.setdefault("editor", names)
            text = text[: m.start()].rstrip(" /,;")
    return text


_CYRILLIC_LOWER = re.compile("[а-яё]")
_AND_EDITED = re.compile(r"\s*(?:and|&|ve)\s+(?:ed|haz|edited by)\.?\s*", re.I)


def _responsibility(text: str, ctx: Context) -> str:
    """GOST's ``/ Б. В. Соколов`` after the title repeats the authors: names, not a field of their own."""
    if ctx.chunk.sep != "/":
        return text
    names = parse_name_list(text, known_role=True)
    if names and len(" ".join(n.family + n.given for n in names)) >= len(re.sub(r"[\s.,]", "", text)) - 2:
        ctx.found.names.setdefault("responsibility", names)
        return ""
    return text


def _in_markers(text: str, ctx: Context) -> str:
    p = F.patterns()
    m = p.in_container.match(text)
    if m and ctx.position > 0:
        ctx.found.in_marker = True
        ctx.chunk.fields["in"] = "1"
        text = text[m.end() :]
    m = p.container_after.search(text)
    if m:
        ctx.found.in_marker = True
        ctx.chunk.fields["in" if text[: m.start()].strip() else "in_previous"] = "1"
        text = text[: m.start()]
    return text


_REPORT_NUMBER = re.compile(
    r"(?i)(?<![\w])(?:Yayın|Rapor|Report|Working Paper|Doküman)\s+(?:No|Nr|Sayı)\s*[.:]?\s*(\d[\w/-]{0,12})"
)


def _report_number(text: str, ctx: Context) -> str:
    m = _REPORT_NUMBER.search(text)
    if m:
        ctx.found.put("number", m.group(1))
        ctx.found.put("report", "1")
        return take(text, m)
    return text


_EDITION_QUALIFIER = re.compile(
    r"^[\s,]*(?:(?:испр|перераб|доп|rev|enl|genişletilmiş|gözden geçirilmiş)\.?\s*(?:и|and|ve|,)?\s*)+", re.I
)


def _edition_part(text: str, ctx: Context) -> str:
    p = F.patterns()
    m = p.edition.search(text)
    if m:
        groups = m.groupdict()
        value = groups.get("e1") or groups.get("e2") or groups.get("e3")
        if not value and groups.get("w"):
            value = str(F.ordinal_words().get(turkish.lower(groups["w"]), ""))
        if value:
            ctx.found.put("edition", F.number(value))
            rest = text[m.end() :]
            q = _EDITION_QUALIFIER.match(rest)
            text = (text[: m.start()] + " " + (rest[q.end() :] if q else rest)).strip()
    m = p.part.search(text)
    if m:
        ctx.found.put("part", F.number(m.group("p1") or m.group("p2")))
        text = take(text, m)
    return text


_VOLUME_COUNT = re.compile(
    r"(?<![\w.])(\d{1,2})\s+(?:vols?\.|volumes|[Cc]ilt\b(?!\s*\d)|тт?\.|томах|tomakh|Bde\.)(?![\w])"
)


def _volume_count(text: str, ctx: Context) -> str:
    m = _VOLUME_COUNT.search(text)
    if m:
        ctx.found.put("number-of-volumes", m.group(1))
        return take(text, m)
    return text


# Journal numbers with the date in parentheses: Chicago "45, no. 2 (1986): 215–33", İSNAD "3/1 (2000)",
# "Dergisi 7 (1979)", Chicago multi-volume "26:312–15".
_JOURNAL_NUMBERS = re.compile(
    r"(?<![\w.])(?:(?P<v>\d{1,4}|[IVXLC]{1,7})(?:\s*/\s*(?P<i2>\d{1,4}(?:-\d{1,4})?))?\s*,?\s*)?"
    r"(?:(?:no\.|No\.|nos\.|№|sy\.)\s*(?P<i>\d{1,4}(?:[-–/]\d{1,4})?)\s*)?"
    r"\((?P<d>[^()]{0,30}\d{4}[^()]{0,12})\)(?:\s*[:,]\s*(?P<p>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?))?(?![\w])"
)
_VOLUME_PAGE = re.compile(r"^(?P<v>\d{1,3})\s*:\s*(?P<p>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)$")


_SPECIAL_ISSUE = re.compile(r"(?i)special\s+issue\s*:\s*(?P<t>[^()]{2,200}?)\s*(?=\(|$)")
_DATE_PAGES = re.compile(
    r"^\s*\((?P<d>[^()]{0,30}\d{4}[^()]{0,12})\)\s*:\s*(?P<p>\d{1,5}(?:\s*[-–—]\s*\d{1,5})?)\s*$"
)


def _special_issue(text: str, ctx: Context) -> str:
    """``special issue: Gender and Nation (2013): 45–67`` → volume title, then date and pages."""
    m = _SPECIAL_ISSUE.search(text) if "ssue" in text else None
    if m:
        ctx.found.put("volume-title", m.group("t").strip())
        text = take(text, m)
        dp = _DATE_PAGES.match(text)
        if dp:
            ctx.found.put("page", F.page_range(dp.group("p")))
            _dates(dp.group("d"), Context(ctx.found, ctx.chunk, 1))
            return ""
    return text


def _reprint(text: str, ctx: Context) -> str:
    """``1953; repr., Cambridge``, ``Reprint, London``: the earlier year is the original date."""
    m = F.patterns().reprint.search(text)
    if m:
        ctx.found.reprint = True
        return take(text, m)
    return text


def _journal_numbers(text: str, ctx: Context) -> str:
    m = _JOURNAL_NUMBERS.search(text)
    if m and (m.group("v") or m.group("i")) and F.patterns().year.search(m.group("d")):
        found = ctx.found
        if m.group("v"):
            found.put("volume", F.number(m.group("v")))
        issue = m.group("i") or m.group("i2")
        if issue:
            found.put("issue", F.number(issue))
        if m.group("p"):
            found.put("page", F.page_range(m.group("p")))
        _dates(m.group("d"), Context(found, ctx.chunk, 1))
        return take(text, m)
    m = _VOLUME_PAGE.match(text)
    if m and ctx.position > 0:
        ctx.found.put("volume", m.group("v"))
        ctx.found.put("page", F.page_range(m.group("p")))
        return ""
    return text


def _volume_issue(text: str, ctx: Context) -> str:
    p = F.patterns()
    found = ctx.found
    m = p.vol_slash_issue.search(text)
    if m and not p.date.search(text):
        found.put("volume", F.number(m.group("v")))
        found.put("issue", F.number(m.group("i")))
        text = take(text, m)
    for pattern in (p.volume_after, p.volume_before):
        m = pattern.search(text)
        if m:
            found.put("volume", F.number(m.group("v")))
            ctx.chunk.fields["volume"] = "1"
            text = take(text, m)
    for m in list(p.issue.finditer(text))[:2]:
        value = F.page_range(m.group("i"))
        label = m.group(0).split()[0] if m.group(0).split() else ""
        if label.startswith("S.") and ("-" in value or "issue" in found.values):
            found.put("page", value)
        else:
            found.put("issue", F.number(value))
            if m.group("cum"):
                found.put("issue_cumulative", m.group("cum"))
        text = text.replace(m.group(0), " ", 1).strip()
    m = p.vol_paren_issue.search(text)
    if m and not _YEAR_ONLY.fullmatch(m.group("i")):
        found.put("volume_or_issue", f"{m.group('v')}|{m.group('i')}")
        text = take(text, m)
    m = _PAREN_NUMBER.fullmatch(text)
    if m and ctx.position > 0 and not _YEAR_ONLY.fullmatch(m.group(1)):
        found.put("issue", F.number(m.group(1)))  # APA: "(11)" after the journal, without a volume
        text = ""
    return text


_BARE_RANGE = re.compile(r"\s*:?\s*(\d{1,5})\s*[-–—]\s*(\d{1,5})\s*\.?\s*")


def _pages(text: str, ctx: Context) -> str:
    p = F.patterns()
    m = p.pages.search(text)
    if m:
        ctx.found.put("page", F.page_range(m.group("p")))
        text = take(text, m)
    m = p.page_count.search(text)
    if m:
        ctx.found.put("number-of-pages", m.group("n"))
        text = take(text, m)
    # A bare page range: Chicago ": 375–413", APA ", 53-60", a chapter's "111–44".
    m = _BARE_RANGE.fullmatch(text)
    if m and ctx.position > 0 and not (_YEAR_ONLY.fullmatch(m.group(1)) and _YEAR_ONLY.fullmatch(m.group(2))):
        ctx.found.put("page", F.page_range(f"{m.group(1)}-{m.group(2)}"))
        text = ""
    return text


def _bare_number(text: str, ctx: Context) -> str:
    """A number alone after the journal (APA ``Bilig, 46``; Chicago ``Slavic Review 53``): a volume candidate."""
    m = _LONE_NUMBER.fullmatch(text)
    if m and ctx.position > 0 and not _YEAR_ONLY.fullmatch(m.group(1)):
        ctx.chunk.fields["bare_number"] = m.group(1)
        return ""
    return text


_DAY_MONTH = re.compile(r"\s*(\d{1,2})\s+([^\W\d_]{3,10}\.?)\s*")
_MONTH_DAY = re.compile(r"\s*([^\W\d_]{3,10}\.?)\s+(\d{1,2})\s*")


def _day_month(text: str, ctx: Context) -> str:
    """``18 марта`` or ``8 нояб.`` after the year (GOST newspapers), ``November 5`` without a year."""
    m = _DAY_MONTH.fullmatch(text) or _MONTH_DAY.fullmatch(text)
    if m:
        day, name = (m.group(1), m.group(2)) if m.group(1).isdigit() else (m.group(2), m.group(1))
        month = F.month_number(name)
        if month and 1 <= int(day) <= 31:
            ctx.found.day_month = (month, int(day))
            return ""
    return text


def _dates(text: str, ctx: Context) -> str:
    """The publication date; a title (position 0) keeps the years it contains."""
    p = F.patterns()
    m = p.date.search(text)
    if m and _date_context_ok(take(text, m), ctx.position):
        ctx.found.add_date(date_from_match(m))
        return take(text, m)
    stripped = p.year_range_in_title.sub(" ", text) if len(text) > 12 else text
    for m in p.year.finditer(stripped):
        remainder = take(stripped, m)
        is_range = bool(m.group("y2"))
        if not _date_context_ok(remainder, ctx.position, is_range):
            continue
        if is_range and not remainder.strip(" ,.;:()"):
            ctx.chunk.fields["year_range"] = m.group(0).strip("() ")
        year = int(m.group("y"))
        end_year = None
        if m.group("y2"):
            y2 = m.group("y2")
            end_year = int(y2) if len(y2) == 4 else int(str(year)[:2] + y2)
        ctx.found.add_date(Date(year, end_year=end_year if end_year and end_year > year else None), is_range)
        if m.group("suffix"):
            ctx.found.put("year-suffix", m.group("suffix"))
        return remainder
    return text


_YEAR_WORD = re.compile(r"(?<!\w)(?:гг?|yılı|g)\.?(?!\w)")
_PUNCTUATION_RUN = re.compile(r"[\s,.;:()\[\]]+")


def _date_context_ok(remainder: str, position: int, is_range: bool = False) -> bool:
    """A year is the publication date when what stands beside it is a place, a month or nothing.

    In the title's chunk, or for a range of years, only nothing or a known place will do:
    ``Osmanlı Harpleri 1700-1870`` is a title.
    """
    if len(remainder) > 80:
        return False  # no place name is that long
    rest = _PUNCTUATION_RUN.sub(" ", _YEAR_WORD.sub(" ", remainder)).strip()
    if not rest:
        return True
    if F.is_place(rest):
        return True
    if position == 0 or is_range:
        return False
    if F.place_shaped(rest):
        return True
    return F.month_number(rest) is not None


def _no_place_no_date(text: str, ctx: Context) -> str:
    p = F.patterns()
    bare = text.strip(" ,;")
    longest = _longest_no_place_or_date()
    if len(bare) > longest and len("".join(bare.split())) > longest:
        return text  # longer than any marker: most chunks end here, before four full matches
    if any(
        pattern.fullmatch(candidate)
        for pattern in (p.no_place, p.no_date)
        for candidate in (bare, bare + ".")
    ):
        return ""
    return text


@cache
def _longest_no_place_or_date() -> int:
    """Characters (spaces aside) of the longest ``s.l.``/``n.d.`` marker, with a period added."""
    abbr = load("abbreviations")
    return max(len("".join(m.split())) for m in abbr["no_place"] + abbr["no_date"]) + 1


_HAS_DIGIT = re.compile(r"\d")
_ROMAN_WORD = re.compile(r"(?<![\w])[IVXLC]{1,7}(?![\w])")
_LONE_VOLUME = re.compile(r"\s*(\d{1,4})\s*")
_PARENTHESISED = re.compile(r"\((.{2,60})\)")
_EMPTY_GROUPS = re.compile(r"\(\s*[,;:.]?\s*\)|\[\s*\]")

EXTRACTORS: tuple[Callable[[str, Context], str], ...] = (
    _links,
    _special_issue,
    _reprint,
    _accessed,
    _thesis,
    _roles,
    _responsibility,
    _in_markers,
    _report_number,
    _edition_part,
    _volume_count,
    _journal_numbers,
    _volume_issue,
    _pages,
    _bare_number,
    _day_month,
    _dates,
    _no_place_no_date,
)


# Extractors that look for digits: a chunk without any digit skips them, and without a Roman
# numeral either, the volume/issue extractor too.
_NUMERIC = (
    _accessed,
    _report_number,
    _volume_count,
    _journal_numbers,
    _pages,
    _bare_number,
    _day_month,
    _dates,
)
_WITHOUT_DIGITS = tuple(e for e in EXTRACTORS if e not in _NUMERIC)
_WITHOUT_NUMBERS = tuple(e for e in _WITHOUT_DIGITS if e is not _volume_issue)
# A chunk of digits and punctuation only ("1990", "45(2)", "3/1", "12.05.1921") can hold no
# marker, name or month: only the extractors that read bare numbers and ranges can take anything.
_WITHOUT_LETTERS = tuple(
    e for e in EXTRACTORS if e in (_journal_numbers, _volume_issue, _pages, _bare_number, _dates)
)


def _extractors_for(text: str) -> tuple[Callable[[str, Context], str], ...]:
    """The extractors that can take anything from ``text``, in order."""
    if not F.LETTER.search(text):
        return _WITHOUT_LETTERS if _HAS_DIGIT.search(text) else ()
    if _HAS_DIGIT.search(text):
        return EXTRACTORS
    return _WITHOUT_DIGITS if _ROMAN_WORD.search(text) else _WITHOUT_NUMBERS


def extract_fields(c: Chunk, found: Found, position: int) -> None:
    """Take every recognised field out of ``c``; what remains goes to ``c.rest``."""
    if c.quoted or c.italic:
        c.rest = c.text
        if c.italic and position > 0:
            m = _LONE_VOLUME.fullmatch(c.text)  # APA: "*203*(1)" — an italic volume
            if m:
                c.fields["bare_number"] = m.group(1)
                c.rest = ""
        return
    text = c.text
    ctx = Context(found, c, position)
    for extractor in _extractors_for(text):
        if not text or text.isspace():
            break
        try:
            text = extractor(text, ctx)
        except (ValueError, IndexError, KeyError) as exc:  # one bad field must not lose the entry
            found.problems.append(f"{extractor.__name__}: {exc}")
    rest = F.strip_field(_EMPTY_GROUPS.sub(" ", text))
    inner = _PARENTHESISED.fullmatch(rest) if rest[:1] == "(" else None
    c.rest = inner.group(1) if inner and F.is_place(inner.group(1)) else rest  # "*Times* (London)"


# ------------------------------------------------------------------ Russian names after markers

_GENITIVE = (
    ("овой", "ова"), ("евой", "ева"), ("ёвой", "ёва"), ("иной", "ина"), ("ыной", "ына"), ("ской", "ская"),
    ("цкой", "цкая"), ("ского", "ский"), ("цкого", "цкий"), ("ова", "ов"), ("ева", "ев"), ("ёва", "ёв"),
    ("ина", "ин"), ("ына", "ын"),
)  # fmt: skip


def nominative(name: Name) -> Name:
    """A Russian surname after ``под ред.`` or ``пер.`` is in the genitive: ``Сахарова`` → ``Сахаров``."""
    for ending, replacement in _GENITIVE:
        if name.family.endswith(ending) and len(name.family) > len(ending) + 1:
            return Name(family=name.family[: -len(ending)] + replacement, given=name.given)
    return name
