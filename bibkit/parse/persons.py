"""The names in one labelled span (author, editor, translator) → :class:`~bibkit.model.Name` values.

The labeller has already said *that* the span is a list of names; this module reads *how* it is
written, in every order the conventions use:

- ``KURAT Akdes Nimet``, ``Akdes Nimet KURAT`` — the word in capitals is the surname;
- ``Kurat, Akdes Nimet``, ``İnalcık, H.`` — inverted with a comma;
- ``Иванов И. И.``, ``И. И. Иванов``, ``V.A. Perfilov`` — initials and a surname, either order;
- ``Akdes Nimet Kurat`` — given names first; ``Fitz Sheila`` — surname first when only the last
  word is a known given name (GOST with Latin names).

Role words (``Çev.``, ``ed. by``, ``под ред.``) and ``et al.`` are dropped; capitals are cased with
Turkish rules in Turkish text; initials are spaced (``V. A.``); institutions stay whole (``literal``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from bibkit import turkish
from bibkit.lexicon import fold, phrases
from bibkit.model import Name
from bibkit.tables import load
from bibkit.tokens import tokenize

_ROLES = frozenset({"editor", "translator"})
_DITTO = re.compile(r"^[\s\-–—_.]+$")
_SEPARATORS = re.compile(
    r"\s*;\s*|,?\s+(?:and|ve|и|und|et|&)\s+|\s*&\s*|\s+[-–—]\s+|(?<=\.)\s*[-–—]\s*(?=\w)|,\s*(?:and|ve|и)\s+"
)
# An initial: one capital or a digraph of romanised Russian (Ya., Yu., Sh.), with its period.
_INITIAL = re.compile(
    r"^(?:(?:Shch|Sch|Dzh|Ya|Yu|Yo|Ye|Sh|Ch|Zh|Kh|Ts|Th|Iu|Ia|Ju|Ja|Дж|[^\W\d_a-zа-яё])\.\s?-?){1,4}$"
)
_GLUED = re.compile(r"(?<=\.)(?=[^\W\d_][^\W\d_.])")  # "V.A.Perfilov" → "V.A. Perfilov"
_INITIAL_SPACING = re.compile(r"(?<=\.)(?=[^\W\d_])")
_PARTICLES = frozenset(
    {"de", "da", "di", "du", "del", "della", "van", "von", "der", "den", "la", "le", "ibn", "bin"}
)


@dataclass(frozen=True)
class Persons:
    """The names of a span; ``et_al`` when the span ends in ``et al.``/``vd.``/``и др.``; ``ditto``
    when the span is a dash standing for the previous entry's names (``———``)."""

    names: tuple[Name, ...] = ()
    et_al: bool = False
    ditto: bool = False


@cache
def _given_names() -> frozenset[str]:
    return frozenset(fold(n) for n in load("given_names")["names"])


@cache
def _institution_words() -> frozenset[str]:
    words = load("abbreviations")["institution"] + load("abbreviations")["publisher"]
    return frozenset(fold(w) for w in words if " " not in w)


def _drop_roles(text: str) -> tuple[str, bool]:
    """The span without role words and et al.; whether et al. was there."""
    tokens = tokenize(text)
    marks = phrases().mark([fold(t.text) for t in tokens])
    keep: list[str] = []
    et_al = False
    for tok, classes in zip(tokens, marks, strict=True):
        if "etal" in classes:
            et_al = True
            continue
        if _ROLES & set(classes):
            continue
        keep.append((" " if tok.space and keep else "") + tok.text)
    out = "".join(keep)
    out = re.sub(r"\(\s*\)|\[\s*\]", "", out)
    out = re.sub(r"\s*\(\s*\.?\s*\)", "", out)
    return out.strip(" ,;:()[]/"), et_al


def _is_initials(word: str) -> bool:
    return bool(_INITIAL.match(word))


def _words(text: str) -> list[str]:
    return _GLUED.sub(" ", text).split()


def _lone_family(part: str) -> bool:
    words = _words(part)
    return 1 <= len(words) <= 3 and not any(_is_initials(w) for w in words)


def _given_like(part: str) -> bool:
    words = _words(part)
    if not 1 <= len(words) <= 4:
        return False
    others = [w for w in words if not _is_initials(w)]
    # After a lone surname, "Stanford J." and "Richard G." are given names with an initial.
    return all(w[:1].isupper() for w in others)


def _surname_in_capitals(words: list[str]) -> bool:
    caps = [turkish.is_caps_word(w) and len(w) > 1 for w in words]
    return any(caps) and not all(caps)


def _two_full_names(part: str, nxt: str) -> bool:
    """``Andy Byford, Connor Doak`` or ``KAYA Ali, ARSLAN Mehmet``: two whole names, not one
    inverted (``Byford, Andy``).

    An inverted surname is one word, or carries a particle (``Van Dyke``, ``de la Cruz``); when
    both sides have two or more words and none is an initial or in capitals, each is a whole name
    (notes list co-authors so: ``A B, C D, and E F``).
    """
    first, second = _words(part), _words(nxt)
    if len(first) < 2 or len(second) < 2:
        return False
    if _surname_in_capitals(first) and _surname_in_capitals(second):
        return True  # KAYA Ali, ARSLAN Mehmet
    if any(w.lower() in _PARTICLES for w in first) or any(_is_initials(w) for w in second):
        return False
    return not any(turkish.is_caps_word(w) for w in (*first, *second))


def _case(word: str, turkish_rules: bool) -> str:
    if turkish.is_caps_word(word):
        return turkish.capitalize_word(word, turkish_rules or "I" not in word and "İ" not in word)
    return word


def _spaced(initials: str) -> str:
    return " ".join(_INITIAL_SPACING.sub(" ", initials).split())


def _name(family: list[str], given: list[str], turkish_rules: bool) -> Name:
    fam = " ".join(_case(w, turkish_rules) for w in family).strip(" ,").rstrip(".")
    giv = " ".join(w if _is_initials(w) else _case(w, turkish_rules) for w in given)
    return Name(family=fam, given=_spaced(giv).strip(" ,"))


def _plain(part: str, turkish_rules: bool) -> Name:
    """One name written without a comma."""
    words = _words(part)
    if len(words) == 1:
        return Name(family=_case(words[0], turkish_rules).strip(" ,."))
    initials = [w for w in words if _is_initials(w)]
    others = [w for w in words if not _is_initials(w)]
    if not others:
        return Name(family=" ".join(words))
    caps = [w for w in others if turkish.is_caps_word(w)]
    if caps and len(caps) < len(others):
        return _name(caps, [w for w in words if w not in caps], turkish_rules)
    if initials:
        if not _is_initials(words[-1]) and len(others) > 1:
            return _name(words[-1:], words[:-1], turkish_rules)  # "Haluk F. Gürsel"
        return _name(others, initials, turkish_rules)
    # Particles join the surname: "Charles de Gaulle", "Joseph von Hammer".
    for i, word in enumerate(others[:-1]):
        if i and word.lower() in _PARTICLES:
            return _name(others[i:], others[:i], turkish_rules)
    first_given = fold(others[0]) in _given_names()
    last_given = fold(others[-1]) in _given_names()
    if (last_given and not first_given) or (caps and len(caps) == len(others)):
        return _name(others[:1], others[1:], turkish_rules)
    return _name(others[-1:], others[:-1], turkish_rules)


def _trim(part: str) -> str:
    """A name part without separators, leading role words (``by``, ``yay.``) or a final period
    that is not an initial's."""
    words = part.strip(" ;:").split()
    while words and words[0][:1].islower() and words[0].lower() not in _PARTICLES:
        words.pop(0)
    if words and words[-1].endswith(".") and not _is_initials(words[-1]):
        words[-1] = words[-1].rstrip(".")
    return " ".join(words).strip(" ,")


@lru_cache(maxsize=65536)
def parse_persons(text: str, turkish_rules: bool = True) -> Persons:
    """The names of one author, editor or translator span (cached: a list names its authors often).

    :param turkish_rules: case capitals with Turkish rules (``KILIÇ`` → ``Kılıç``).
    """
    text = text.strip()
    if _DITTO.match(text):
        return Persons(ditto=True)
    text, et_al = _drop_roles(text)
    text = text.strip(" ,;:")
    if not text:
        return Persons(et_al=et_al)
    words = text.split()
    if {fold(w.strip(".,")) for w in words} & _institution_words() and not any(
        _is_initials(w) for w in words
    ):
        return Persons((Name(literal=text),), et_al)
    names: list[Name] = []
    for group in _SEPARATORS.split(text):
        parts = [_trim(p) for p in group.split(",")]
        parts = [p for p in parts if p]
        i = 0
        while i < len(parts):
            part = parts[i]
            nxt = parts[i + 1] if i + 1 < len(parts) else ""
            if nxt and _lone_family(part) and _given_like(nxt) and not _two_full_names(part, nxt):
                names.append(_name(_words(part), _words(nxt), turkish_rules))
                i += 2
            else:
                names.append(_plain(part, turkish_rules))
                i += 1
    return Persons(tuple(n for n in names if n.family or n.literal), et_al)
