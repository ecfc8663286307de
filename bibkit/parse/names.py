"""Personal names in every order the conventions use.

- ``ORTAYLI İlber``, ``ALİYEF, Hamit``, ``LENİN V. İ.`` — surname in capitals first (Turkish lists);
- ``İnalcık, Halil``, ``İnalcık, H.`` — inverted with a comma (Chicago, İSNAD, APA lists);
- ``Halil İnalcık``, ``Yu.A. Polyakov``, ``A.M.Şamsutdinov`` — given names first (notes);
- ``Иванов И. И.`` — surname then initials without a comma (GOST).

Capitals are cased with Turkish rules when the text is Turkish; initials are spaced (``V. A.``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from bibkit import turkish
from bibkit.model import Name
from bibkit.tables import load

# Patterns used on every entry, compiled once.
_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")
_WORD_WITH_SUFFIX = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)?")
_SPACED_HYPHEN = re.compile(r"\s+-\s*")
_PERIOD_HYPHEN = re.compile(r"\.\s+-")
_MC_PREFIX = re.compile(r"(Mc|Mac)(?=[A-Z]{2})")
_VOWEL = re.compile(r"[AEIOUÖÜıİaeiouöüАЕИОУЫЭЮЯаеиоуыэюя]")
_NAME_END = re.compile(r"\s*(?:[,.;:(&]|$|\s[-–—]|(?:and|ve|и)\b)")
_FIELD_SEPARATOR = re.compile(r"[,;:]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽƏА-ЯЁІЇЄҐЎ"
_LO = "a-zß-öø-ÿāăąćčďđēėęěğīıķĺļľłńņňōőœŕřśşšţťūůűųźżžəа-яёіїєґў"
UP = f"[{_UP}]"
LO = f"[{_LO}]"
_APOS = "'’´ʹʼ`"
# A capitalised word, with inner hyphens or apostrophes (Abu-Lughod, O'Neil, Gor´kii, Mel'tiukhov).
# A romanised soft sign may end the word: "Dzhamil'".
WORD = rf"{UP}{LO}+(?:{UP}{LO}+)?(?:[-{_APOS}]{UP}?{LO}+){{0,2}}[{_APOS}]?"
CAPS = rf"(?:Mc|Mac)?{UP}{{2,}}(?:[-{_APOS}]{UP}+){{0,2}}"
# An initial is one capital, or one of the digraphs romanised Russian and English names use (G. Ya., Yu., Sh.).
INITIAL = rf"(?:Shch|Sch|Dzh|Ya|Yu|Yo|Ye|Sh|Ch|Zh|Kh|Ts|Th|Ph|Gh|Dj|Iu|Ia|Ju|Ja|Je|Jo|Дж|{UP})\."
INITIALS = rf"{INITIAL}(?:\s?-?\s?{INITIAL}){{0,3}}"
PARTICLE = r"(?:de|da|di|du|del|della|van|von|der|den|la|le|al-|el-|ibn|bin|ben|ter|zu)"
SURNAME = rf"(?:{PARTICLE}\s)?{WORD}(?:[-\s]{WORD})?"
GIVEN_WORDS = rf"{WORD}(?:\s{WORD}){{0,2}}(?:\s{INITIAL})?"
GIVEN = rf"(?:{INITIALS}|{GIVEN_WORDS}(?:\s{INITIALS})?)"
_INITIAL_THEN_LETTER = re.compile(rf"(?<=\.)(?=-?{UP})")
_INITIALS_ONLY = re.compile(INITIALS)

_END = (
    r"(?:(?<=\.)(?=\s)|(?=\s*(?:[,;:]|\.\s|\.$|$|\s\(|\s&|\s(?:and|ve|и|und|et)\s|\s[-–—]\s"
    r"|\s(?:vd\.|v\.d\.|et\s+al\.|и\s+др\.))))"
)
_CAPS_FIRST = re.compile(rf"(?P<family>{CAPS}(?:\s{CAPS})?)(?P<comma>,)?\s+(?P<given>{GIVEN}){_END}")
_CAPS_ONLY_INITIALS = re.compile(rf"(?P<family>{CAPS}),?\s*(?P<given>{INITIALS})")
_INVERTED = re.compile(rf"(?P<family>{SURNAME}),\s*(?P<given>{GIVEN}){_END}")
_GIVEN_FIRST = re.compile(
    rf"(?P<given>(?:{INITIALS}\s?|{WORD}\s)(?:{INITIALS}\s?|{WORD}\s){{0,2}})(?P<family>(?:{PARTICLE}\s)?{WORD}){_END}"
)
_GOST = re.compile(
    rf"(?P<family>{WORD}(?:-{WORD})?),?\s+(?P<given>{INITIALS})(?=\s*(?:[,;]|\s{UP}|\s[«\"“]|$))"
)
_CONNECTOR = re.compile(
    r"\s*(?:,\s*(?:and|&|ve|и|und|et)\s+|,\s*|\s+(?:and|&|ve|и|und|et)\s+|\s*;\s*|\s+[-–—]\s+)"
)
# Given-first names (notes) are joined by a word, never by a bare comma: a comma there precedes the title.
_WORD_CONNECTOR = re.compile(r"\s*(?:,\s*)?(?:and|&|ve|и|und|et)\s+|\s+[-–—]\s+")
_ET_AL = re.compile(
    r"\s*,?\s*(?:et\s+al\.?|vd\.|v\.d\.|v\.dğr\.|ve\s+diğerleri|ve\s+dğr\.|и\s+др\.|i\s+dr\.|u\.\s?a\.)"
)
_ROLE_AFTER = re.compile(
    r"\s*(?:,\s*|\s)(?:\((?P<p>ed|eds|Ed|Eds|haz|Haz|der|Der|Hrsg|Hg|éd|éds|dir|ред|Ред|сост|Red|red|Sost|comp|comps)\.?\)|"
    r"(?P<b>eds?|Eds?|haz|der|Hrsg|comp)\.)(?=[\s,.:]|$)"
)
_TRANSLATOR_ROLE = re.compile(r"\s*(?:,\s*|\s)\((?:çev|Çev|trans|Trans|trc|Trc|пер)\.?\)")


@cache
def _not_name_words() -> frozenset[str]:
    """Words that never form part of a personal name: markers, journal/publisher words, months, places."""
    abbr = load("abbreviations")
    words: set[str] = set()
    for key in ("journal", "publisher", "institution", "encyclopedia", "proceedings", "thesis"):
        for phrase in abbr[key]:
            words.update(turkish.lower(w) for w in re.findall(r"[^\W\d_]+", phrase))
    for key in (
        "volume_before",
        "issue",
        "page",
        "edition_after",
        "translator",
        "editor",
        "see",
        "ibid",
        "op_cit",
    ):
        for marker in abbr[key]:
            if len(marker.rstrip(".")) > 2:
                words.add(turkish.lower(marker.rstrip(".:")))
    for names in load("months").values():
        if isinstance(names, dict):
            words.update(k for k in names if not k.endswith("."))
    words = {w for w in words if len(w) >= 3}
    words.update(
        {
            "the",
            "of",
            "and",
            "in",
            "on",
            "an",
            "for",
            "to",
            "ve",
            "ile",
            "bir",
            "için",
            "history",
            "tarih",
            "türk",
            "türkiye",
            "osmanlı",
            "rus",
            "rusya",
            "sovyet",
            "soviet",
            "russian",
            "turkish",
            "empire",
            "war",
            "revolution",
            "politics",
            "policy",
            "state",
            "cilt",
            "sayı",
        }
    )
    return frozenset(words)


@cache
def _given_names() -> frozenset[str]:
    return frozenset(turkish.skeleton(n) for n in load("given_names")["names"])


def _starts_with_given_name(given: str) -> bool:
    """True when the first word of ``given`` is an initial or a known given name."""
    first = given.split()[0] if given.split() else ""
    return bool(re.match(INITIAL, first)) or turkish.skeleton(first) in _given_names()


# Turkish inflections that mark a word of a title rather than a name (İlişkileri, Atatürk'ün).
_TITLE_SUFFIX = re.compile(
    r"(?:[^\W\d_]{3}(?:ları|leri|ların|lerin|ının|inin|unun|ünün|ında|inde|ması|mesi|lığı|liği)|"
    r"['’](?:ın|in|un|ün|nın|nin|nun|nün|ya|ye|da|de|dan|den|ta|te|tan|ten|a|e|ı|i|u|ü))$"
)


@cache
def _place_words() -> frozenset[str]:
    return frozenset(turkish.lower(p) for group in load("places")["groups"] for p in group if " " not in p)


@lru_cache(maxsize=65536)
def _plausible(*parts: str) -> bool:
    """True when no word of the candidate name is a known non-name word or a title inflection.

    A place alone (``Kafkas Cephesi, Ankara.``) is no given name; ``Shaw, Stanford J.`` is one.
    Cached: the same names recur from entry to entry.
    """
    bad = _not_name_words()
    for part in parts:
        words = _LETTER_RUN.findall(part)
        if len(words) == 1 and len(part.split()) == 1 and turkish.lower(words[0]) in _place_words():
            return False
        for word in _WORD_WITH_SUFFIX.findall(part):
            low = turkish.lower(word)
            if low in bad or _TITLE_SUFFIX.search(low):
                return False
    return True


def normalise_initials(given: str) -> str:
    """``V.A.`` → ``V. A.``; ``G.Ya.`` → ``G. Ya.``; ``S.İ.`` → ``S. İ.``; ``A.-M.`` → ``A.-M.``."""
    if "." in given:
        given = _INITIAL_THEN_LETTER.sub(" ", given)
    if "-" in given:
        given = _PERIOD_HYPHEN.sub(".-", _SPACED_HYPHEN.sub("-", given))
    return " ".join(given.split())


class _Lazy:
    """A flag computed on first use: whether a text is Turkish costs a language guess, and only
    names in capitals with an ``I`` or ``İ`` need the answer."""

    def __init__(self, compute: Callable[[], bool]) -> None:
        self._compute: Callable[[], bool] | None = compute
        self._value = False

    def __bool__(self) -> bool:
        if self._compute is not None:
            self._value, self._compute = self._compute(), None
        return self._value


def case_name(text: str, turkish_rules: bool | _Lazy) -> str:
    """``KILIÇ`` → ``Kılıç``; words already in mixed case stay as printed."""
    words = []
    for word in text.split(" "):
        prefix = _MC_PREFIX.match(word)
        if prefix and turkish.is_caps_word(word[prefix.end() :]):
            words.append(
                prefix.group(1) + turkish.capitalize_word(word[prefix.end() :], _rules(word, turkish_rules))
            )
        elif turkish.is_caps_word(word) and not _INITIALS_ONLY.fullmatch(word):
            words.append(turkish.capitalize_word(word, _rules(word, turkish_rules)))
        else:
            words.append(word)
    return " ".join(words)


def _rules(word: str, turkish_rules: bool | _Lazy) -> bool:
    # Turkish and default casing differ only on the letters I and İ.
    return bool(turkish_rules) if ("I" in word or "İ" in word) else True


def make_name(family: str, given: str, turkish_rules: bool | _Lazy) -> Name:
    family = case_name(family.strip(" ,"), turkish_rules)
    given = normalise_initials(case_name(given.strip(" ,"), turkish_rules))
    return Name(family=family, given=given)


@dataclass
class LeadingNames:
    """Names found at the start of an entry, their role, and the text that follows them."""

    names: list[Name]
    role: str
    rest: str
    et_al: bool = False
    # The names end with a period or a space, not a comma: fields are separated by periods
    # (Chicago, İSNAD and APA lists, GOST), so commas inside the title do not cut it.
    period_style: bool = False


_NEXT_WORD = re.compile(rf"\s({WORD})(?=\s*(?:[,;:(]|\.\s|\.$|$))")


def _extend_given(text: str, end: int, given: str) -> tuple[str, int]:
    """``Hanioğlu, M. Şükrü.``: a known given name after the initials still belongs to the name."""
    if not given.endswith("."):
        return given, end
    m = _NEXT_WORD.match(text, end)
    if m and (_starts_with_given_name(m.group(1)) or _MARKED_AFTER.match(text, m.end())):
        return f"{given} {m.group(1)}", m.end()
    return given, end


# "Price, M. Philips. "The Soviet Road…"": a quoted or italic title right after the word shows it ends the name.
_MARKED_AFTER = re.compile(r"\.\s*[\"“«*_]")


def _match_one(
    text: str,
    pos: int,
    styles: tuple[str, ...],
    turkish_rules: bool | _Lazy,
    relaxed: bool = False,
    first: bool = True,
) -> tuple[Name, int, str] | None:
    """The first name at ``pos`` in one of ``styles``.

    :param relaxed: the position itself says a name stands here (after ``Çev.``, ``and``), so a
        given-names-first name need not start with a known given name.
    """
    for style in styles:
        if style == "caps":
            m = _CAPS_FIRST.match(text, pos) or _CAPS_ONLY_INITIALS.match(text, pos)
            if (
                m
                and _plausible(m.group("given"))
                and not _caps_is_acronym(m.group("family"), m.group("given"))
            ):
                given, end = _extend_given(text, m.end(), m.group("given"))
                return make_name(m.group("family"), given, turkish_rules), end, style
        elif style == "inverted":
            m = _INVERTED.match(text, pos)
            if m and _plausible(m.group("family"), m.group("given")):
                given, end = _extend_given(text, m.end(), m.group("given"))
                return make_name(m.group("family"), given, turkish_rules), end, style
        elif style == "gost":
            m = _GOST.match(text, pos)
            if m and _plausible(m.group("family")):
                return make_name(m.group("family"), m.group("given"), turkish_rules), m.end(), style
        elif style == "given_first":
            m = _GIVEN_FIRST.match(text, pos)
            if (
                m
                and _plausible(m.group("given"), m.group("family"))
                and (
                    relaxed or _starts_with_given_name(m.group("given")) or (first and _work_follows(text, m))
                )
            ):
                given = m.group("given").strip()
                return make_name(m.group("family"), given, turkish_rules), m.end(), style
    return None


_MARKED_TITLE_NEXT = re.compile(
    r"(?:\s*,?\s*(?:and|ve|&|и)\s+[^,*\"“«]{3,60}?)?\s*(?:\((?:ed|eds|haz|der|Hrsg|çev|trans)\.?\)\s*)?,\s*[*_\"“«„‘]"
)
_NEXT_SEGMENT = re.compile(r",\s*([^,(]{3,200}?)\s*(?=[,(]|$)")


def _work_follows(text: str, m: re.Match[str]) -> bool:
    """After ``Stefanos Yerasimos,`` comes a title, not publication data: the words were a name.

    A two- or three-word candidate is accepted when a quoted or italic title follows it, or when
    the next segment is neither a place, a year, nor a volume or edition, and more text follows.
    """
    if len(m.group(0).split()) > 3:
        return False
    if _MARKED_TITLE_NEXT.match(text, m.end()):
        return True
    nxt = _NEXT_SEGMENT.match(text, m.end())
    if not nxt:
        return False
    segment = nxt.group(1)
    if re.match(r"\s*\d", segment) or len(segment.split()) < 2:
        return False
    from bibkit.parse import fields as F

    first_word = segment.split()[0].rstrip(".,:")
    if (
        F.is_place(first_word)
        or F.expand_place_abbreviation(first_word + ".")
        or not _plausible_title(segment)
    ):
        return False
    return bool(text[nxt.end() :].strip(" ."))


def _plausible_title(segment: str) -> bool:
    from bibkit.parse import fields as F

    p = F.patterns()
    return not (p.volume_before.search(segment) or p.issue.search(segment) or p.edition.search(segment))


def _caps_is_acronym(family: str, given: str) -> bool:
    """``TDV İslâm Ansiklopedisi`` or ``NATO Review``: an acronym before title words, not a surname."""
    return len(family) <= 4 and not _VOWEL.search(family[1:])


_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|ve|&|и|und|et)\s|\s*,[^,]{3,40},?\s*(?:and|ve|&|и)\s")
_COMMA = re.compile(r"\s*,\s*(?!(?:and|ve|и|&)\s)")


def split_leading_names(text: str, prefer: str = "list", relaxed: bool = False) -> LeadingNames:
    """Find the authors (or editors) at the start of ``text``.

    :param text: an entry or a cited work, markup removed.
    :param prefer: ``"list"`` (surname first is likelier) or ``"note"`` (given names first).
    :param relaxed: a marker before ``text`` says names follow (``Çev.``, ``edited by``).
    :returns: the names, their role (``author`` or ``editor``), and the rest of the text.
    """
    turkish_rules = _Lazy(lambda: turkish_context(text))
    if prefer == "note":
        order = ("caps", "given_first", "inverted", "gost")
    else:
        order = ("caps", "inverted", "gost", "given_first")
    first = _match_one(text, 0, order, turkish_rules, relaxed)
    if first is None:
        return LeadingNames([], "author", text)
    name, pos, style = first
    names = [name]
    # Chicago's second author is written given-first after "and": "Smith, John, and Jane Doe".
    follow = {
        "inverted": ("inverted", "given_first"),
        "caps": ("caps",),
        "gost": ("gost",),
        "given_first": ("given_first",),
    }[style]
    et_al = False
    while len(names) < 40:
        m = _ET_AL.match(text, pos)
        if m:
            et_al = True
            pos = m.end()
            break
        word = _WORD_CONNECTOR.match(text, pos)
        if style == "given_first":
            # "A, B and C": names joined by a bare comma must start with a known given name, and the
            # list must end with "and": a comma alone after a name precedes the title.
            c = word or _COMMA.match(text, pos)
            nxt = (
                _match_one(text, c.end(), follow, turkish_rules, relaxed=bool(word), first=False)
                if c
                else None
            )
            if nxt and not word and not relaxed and not _LIST_GOES_ON.match(text, nxt[1]):
                nxt = None
        else:
            c = _CONNECTOR.match(text, pos)
            nxt = _match_one(text, c.end(), follow, turkish_rules, relaxed=True) if c else None
        if nxt is None:
            break
        # A title may follow a name with a comma; accept a further name only if a separator follows it too.
        after = text[nxt[1] : nxt[1] + 8]
        if not _NAME_END.match(after) and style != "gost":
            break
        names.append(nxt[0])
        pos = nxt[1]
    role = "author"
    r = _ROLE_AFTER.match(text, pos)
    if r:
        role = "editor"
        pos = r.end()
    elif _TRANSLATOR_ROLE.match(text, pos):
        role = "translator"
        pos = _TRANSLATOR_ROLE.match(text, pos).end()  # type: ignore[union-attr]
    rest = text[pos:].lstrip(" ,.;:")
    gap = text[pos : len(text) - len(rest)]
    return LeadingNames(names, role, rest, et_al, period_style=not _FIELD_SEPARATOR.search(gap))


def turkish_context(text: str) -> bool:
    """Whether capitals in ``text`` are cased with Turkish rules: Turkish letters, or Turkish words."""
    if turkish.looks_turkish(text) or not _ASCII_LETTER.search(text):
        return True
    from bibkit.parse.language import detect_language

    return detect_language(text) in ("tr", "az")


def parse_name_list(text: str, prefer: str = "note", known_role: bool = False) -> list[Name]:
    """Names after a translator or editor marker: ``Hasan Ali Ediz``, ``J. Smith and A. Doe``, ``А. Д. Ноздрачева``.

    :param known_role: a marker said names follow, so unknown given names are accepted.
    """
    text = text.strip(" ,.;:")
    if not text:
        return []
    lead = split_leading_names(text, prefer=prefer, relaxed=known_role)
    if lead.names and not lead.rest.strip(" .,"):
        return lead.names
    # A single name in an unusual shape: take the last word as the family name.
    words = text.split()
    if 1 <= len(words) <= 4 and all(re.fullmatch(rf"{WORD}|{INITIALS}|{CAPS}", w) for w in words):
        turkish_rules = turkish_context(text)
        if len(words) == 1:
            return [Name(family=case_name(words[0], turkish_rules))]
        if re.fullmatch(INITIALS, words[-1]) and not re.fullmatch(INITIALS, words[0]):
            return [make_name(words[0], " ".join(words[1:]), turkish_rules)]
        return [make_name(words[-1], " ".join(words[:-1]), turkish_rules)]
    return lead.names
