"""Field helpers the normalisers share: Roman and Arabic numbers, month names, places and their
GOST abbreviations, keyword classes, and the patterns for dates, theses, links and ISBNs.

Every pattern is built from the word lists in ``bibkit/data`` and has bounded repetition only, so
that matching stays linear in the length of the text (no catastrophic backtracking).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bibkit import turkish
from bibkit.tables import load

# Patterns used on every entry, compiled once.
_DASH = re.compile(r"\s*[-–—]\s*")

ROMAN = r"[IVXLC]{1,7}"
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
YEAR = r"(?:1[5-9]\d\d|20\d\d)"


def alternation(markers: list[str], space: str = r"\s*", fold: bool = False, not_after: str = "") -> str:
    r"""One regex matching any of the literal ``markers``, longest first, spaces flexible.

    Built as a trie (common prefixes factored out): Python's engine tries a flat ``a|b|c`` of a
    hundred markers one by one at every position, the trie only along matching prefixes.

    :param space: what a space in a marker matches.
    :param fold: lower-case the markers (for case-insensitive patterns).
    :param not_after: a character class (``[\w.]``) the character before a marker must not match.
        The test is written after each marker's first letter rather than as a lookbehind in front:
        a pattern that opens with literal letters lets the engine skip to the positions holding
        one of them, where a lookbehind in front is tried at every position.
    """
    trie: dict[str, dict] = {}
    for marker in set(markers):
        node = trie
        # Folding keeps one code point per letter (İ stays İ), so the trie stays a trie of letters.
        for ch in (c.lower() if fold and len(c.lower()) == 1 else c for c in marker):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [
            (space if ch == " " else re.escape(ch)) + emit(node[ch]) for ch in sorted(k for k in node if k)
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    first = sorted(k for k in trie if k)
    if not_after:
        if " " in first or "" in trie or "\n" in first:
            return f"(?<!{not_after})" + emit(trie)
        branches = [re.escape(ch) + f"(?<!{not_after}.)" + emit(trie[ch]) for ch in first]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if len(first) < 4 or " " in first:
        return emit(trie)
    # A lookahead on the first letters: at most positions one set test fails the match, where
    # the engine would otherwise try every branch of the trie in turn.
    return "(?=[" + "".join(re.escape(ch) for ch in first) + "])" + emit(trie)


# What may not stand before a marker: a letter or digit (a marker inside a word), or a period too.
_ROMAN_ONLY = re.compile(ROMAN)


def roman_to_int(text: str) -> int | None:
    text = text.upper()
    if not _ROMAN_ONLY.fullmatch(text):
        return None
    total = 0
    for i, c in enumerate(text):
        value = _ROMAN_VALUES[c]
        if i + 1 < len(text) and _ROMAN_VALUES[text[i + 1]] > value:
            total -= value
        else:
            total += value
    return total


def number(text: str) -> str:
    """``XXXI`` → ``31``, ``02`` → ``2``, ``I-III`` → ``1-3``, ``121-124`` → ``121-124``."""
    parts = _DASH.split(text.strip())
    out = []
    for part in parts:
        value = roman_to_int(part) if _ROMAN_ONLY.fullmatch(part) else None
        if value is not None:
            out.append(str(value))
        else:
            out.append(part.lstrip("0") or "0" if part[:1] == "0" and part[1:2].isdigit() else part)
    return "-".join(out)


# ------------------------------------------------------------------ patterns from the tables


@dataclass(frozen=True)
class Patterns:
    thesis: re.Pattern[str]
    url: re.Pattern[str]
    doi: re.Pattern[str]
    isbn: re.Pattern[str]
    accessed: re.Pattern[str]
    electronic: re.Pattern[str]
    date: re.Pattern[str]
    special_issue: re.Pattern[str]


@cache
def patterns() -> Patterns:
    abbr = load("abbreviations")
    month_alt = alternation(list(month_names()))
    return Patterns(
        thesis=re.compile(
            rf"(?<![\w])(?P<t>(?:(?:[Аа]втореф\.\s*)?[Дд]исс?\.\s*…?\s*(?:канд|д-ра|докт)\.\s*(?:[а-я]{{2,8}}\.\s*)?наук)"
            rf"|(?:Avtoreferat\s+)?Dissertatsi[a-zı]{{0,3}}(?:\s+(?:Kandidata|Doktora)\s+[^\W\d_]+\s+Nauk)?"
            rf"|{alternation(abbr['thesis'], fold=True)})(?![\w])",
            re.IGNORECASE,
        ),
        url=re.compile(
            r"(?:(?:URL|Url|Web|Online|Режим доступа)\s*:\s*)?(?P<u>(?:https?://|www\.)[^\s<>\"'“”«»]{2,500})"
        ),
        doi=re.compile(
            r"(?:https?://(?:dx\.)?doi\.org/|doi\s*:\s*|DOI\s*:?\s*)(?P<d>10\.\d{4,9}/[^\s\"<>]{1,200})", re.I
        ),
        isbn=re.compile(r"ISBN(?:-1[03])?\s*:?\s*(?P<n>[\dXx][\dXx -]{8,20}[\dXx])"),
        accessed=re.compile(rf"(?:{alternation(abbr['accessed'])})\s*:?\s*(?:on\s+)?"),
        electronic=re.compile(rf"(?:{alternation(abbr['electronic'])})"),
        date=re.compile(
            rf"(?<![\w])(?:(?P<d1>\d{{1,2}})\.?\s+(?P<m1>{month_alt})\s+(?P<y1>{YEAR})"
            rf"|(?P<m2>{month_alt})\s+(?P<d2>\d{{1,2}}),\s+(?P<y2>{YEAR})"
            rf"|(?P<m3>{month_alt})\s+(?P<y3>{YEAR})"
            rf"|(?P<d4>\d{{1,2}})[./](?P<mo4>\d{{1,2}})[./](?P<y4>{YEAR})"
            rf"|(?P<y5>{YEAR})-(?P<mo5>\d{{2}})-(?P<d5>\d{{2}}))(?![\w])",
            re.IGNORECASE,
        ),
        special_issue=re.compile(
            r"(?i)(?=[ösсna])(?:(?<!\w)özel(?!\w)|special\s+issue|спецвыпуск|sonderheft|numéro\s+spécial|armağan)"
        ),
    )


@cache
def ordinal_words() -> dict[str, int]:
    """Edition ordinals written out: ``İkinci Baskı``, ``Second edition``, ``Второе издание``."""
    return {
        "birinci": 1,
        "ikinci": 2,
        "üçüncü": 3,
        "dördüncü": 4,
        "beşinci": 5,
        "altıncı": 6,
        "yedinci": 7,
        "sekizinci": 8,
        "dokuzuncu": 9,
        "onuncu": 10,
        "first": 1,
        "second": 2,
        "third": 3,
        "fourth": 4,
        "fifth": 5,
        "sixth": 6,
        "seventh": 7,
        "eighth": 8,
        "ninth": 9,
        "tenth": 10,
        "revised": 2,
        "второе": 2,
        "третье": 3,
        "четвертое": 4,
        "пятое": 5,
    }


@cache
def month_names() -> dict[str, int]:
    """Lower-cased month names of every language in ``months.json`` → month number."""
    out: dict[str, int] = {}
    for lang, table in load("months").items():
        if lang.startswith("_"):
            continue
        for name, value in table.items():
            out[name] = value
            if not name.endswith("."):
                out[turkish.upper(name[:1]) + name[1:]] = value
    return out


def month_number(name: str) -> int | None:
    """``Kasım`` → 11, ``марта`` → 3, ``нояб`` or ``нояб.`` → 11, ``Jan.`` → 1."""
    names = month_names()
    for candidate in (name, turkish.lower(name), name.lower()):
        for form in (candidate, candidate + ".", candidate.rstrip(".")):
            if form in names:
                return names[form]
    return None


# ------------------------------------------------------------------ places


@cache
def _place_index() -> tuple[dict[str, str], dict[str, str]]:
    """Folded spelling → group label (for merging), and GOST abbreviation → expansion."""
    data = load("places")
    groups: dict[str, str] = {}
    for group in data["groups"]:
        for spelling in group:
            groups[_fold_place(spelling)] = group[0]
    return groups, data["abbreviations"]


def _fold_place(text: str) -> str:
    return turkish.skeleton(text)


def known_place(text: str) -> str | None:
    """The group label of a known place (``Moskova`` → ``Moskva``), or None."""
    if len(text) > 60:
        return None
    groups, _ = _place_index()
    return groups.get(_fold_place(text.strip(" .,")))


def expand_place_abbreviation(text: str) -> str | None:
    """``М.`` → ``Moskva``; ``СПб.`` → ``Sankt-Peterburg``; None for anything else (``М`` as cut by a separator too)."""
    _, abbreviations = _place_index()
    text = text.strip()
    return abbreviations.get(text) or (abbreviations.get(text + ".") if not text.endswith(".") else None)


# The keyword and place questions are asked of the same short texts again and again (every
# entry of a journal's list names the same publishers, journals and places), so the answers
# are cached; the caches are bounded.
_FIELD_CACHE = 65536


_PLACE_JOINERS = re.compile(r"\s*[;–—]\s*|\s+(?:and|ve|и)\s+|\s*-\s*")


def _place_parts(text: str) -> list[str]:
    """``М.; Л.``, ``Moskva-Leningrad``, ``London – New York`` → the places."""
    parts = _PLACE_JOINERS.split(text)
    return [p for p in parts if p]


def normalise_place(text: str) -> str:
    """Places as printed, GOST abbreviations expanded (``М.`` → ``Moskva``; ``М.; Л.`` → ``Moskva; Leningrad``)."""
    text = text.strip(" ,:")
    full = expand_place_abbreviation(text)
    if full:
        return full
    parts = _place_parts(text)
    if len(parts) > 1 and all(expand_place_abbreviation(p) or known_place(p) for p in parts):
        return "; ".join(expand_place_abbreviation(p) or p for p in parts)
    return text


# ------------------------------------------------------------------ keywords


@cache
def keyword_patterns() -> dict[str, re.Pattern[str]]:
    """Whole-word patterns for the journal, publisher, institution, proceedings and encyclopedia words."""
    abbr = load("abbreviations")
    out = {}
    for key in ("journal", "publisher", "institution", "proceedings", "encyclopedia", "thesis_unpublished"):
        out[key] = re.compile(rf"(?<![\w])(?:{alternation(abbr[key], fold=True)})(?![\w])", re.IGNORECASE)
    return out


@lru_cache(maxsize=_FIELD_CACHE)
def has_keyword(kind: str, text: str) -> bool:
    return bool(keyword_patterns()[kind].search(text))


@cache
def _final_abbreviations() -> re.Pattern[str]:
    abbreviations = load("abbreviations")["title_final_abbreviations"]
    return re.compile(rf"(?:^|\s)(?:{'|'.join(re.escape(w) for w in abbreviations)})\.$")


# What opens the next field ("Title (" before "(Moscow: …)") and GOST's dash between fields
# ("Title. — М.") are separators at a field's ends.
_OPENERS = "([«„“"
_DASHES = "—–"


def strip_field(text: str) -> str:
    """Separators off both ends; a final period stays after an abbreviation (``конф.``, ``гг.``)."""
    while True:
        before = text
        text = text.strip(" ,;:")
        if text.endswith(".") and not _final_abbreviations().search(text):
            text = text.rstrip(". ,;:")
        if text and (text[-1] in _OPENERS or text[-1] in _DASHES and text[-2:-1] == " "):
            text = text[:-1]
        if text[:1] in _DASHES and text[1:2] == " ":
            text = text[1:]
        text = text.lstrip(". ")
        if text == before:
            return text
