"""Turkish-aware casing and folding.

Python's ``str.lower`` maps ``I`` to ``i`` and ``İ`` to ``i̇`` (two code points); Turkish needs
``I → ı`` and ``İ → i``. Names printed in capitals (``KILIÇ``, ``KARABEKİR``) are cased with
Turkish rules when the text is Turkish, and with the default rules otherwise (``SMITH``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

from bibkit.tables import load

# Letters only Turkish (and Azerbaijani) print; their presence means Turkish casing applies.
_TURKISH_MARKS = re.compile("[İıŞşĞğ]")


def lower(text: str, turkish: bool = True) -> str:
    """Lower-case ``text``; with ``turkish`` the dotted and dotless i follow Turkish rules."""
    if turkish:
        # Two replaces are much faster than a translate table, and equal to it: ı and i are neither I nor İ.
        return text.replace("I", "ı").replace("İ", "i").lower()
    return text.lower()


def upper(text: str, turkish: bool = True) -> str:
    """Upper-case ``text``; with ``turkish`` the dotted and dotless i follow Turkish rules."""
    if turkish:
        return text.replace("i", "İ").replace("ı", "I").upper()
    return text.upper()


def looks_turkish(text: str) -> bool:
    """True when ``text`` holds a letter that only the Turkish alphabet has (dotted İ, ı, ş, ğ)."""
    return bool(_TURKISH_MARKS.search(text))


_FRONT = set("EÖÜİeöüi")
_BACK = set("AOUaouıIÂâÛû")


def dotted_i_likely(word: str) -> bool:
    """In a word printed in capitals without dots on its I's, is each ``I`` an ``i``?

    Turkish vowel harmony: a native word has front vowels (e, i, ö, ü) or back vowels (a, ı, o,
    u), not both; a capital ``I`` among front vowels (``ERKIN``, ``ÖZDEMIR``) is an ``i``. Letters
    the Turkish alphabet lacks (q, w, x) mark a foreign name (``LEWIS``, ``WILLIAMS``).
    """
    letters = set(word)
    if letters & set("QWXqwx") or "CH" in word or "ch" in word:
        return True  # no Turkish word has q, w, x or the digraph ch
    others = {c for c in word if c in _FRONT or c in _BACK} - {"I"}
    return bool(others) and others <= _FRONT


@lru_cache(maxsize=65536)
def capitalize_word(word: str, turkish: bool = True) -> str:
    """``KILIÇ`` → ``Kılıç``, ``ALİYEF`` → ``Aliyef``, ``O'NEIL`` → ``O'Neil``, ``ABU-LUGHOD`` → ``Abu-Lughod``."""
    if turkish and "I" in word and dotted_i_likely(word):
        word = word.replace("I", "İ")
    parts = re.split(r"([-'’])", word)
    out = []
    after_apostrophe = False
    for part in parts:
        if part in ("-", "'", "’"):
            out.append(part)
            after_apostrophe = part != "-"
            continue
        if not part:
            continue
        # A Turkish suffix after an apostrophe stays lower case (ATATÜRK'ÜN → Atatürk'ün),
        # a one-letter prefix before it (O'NEIL, D'ARCY) keeps the following capital.
        low = lower(part, turkish)
        if after_apostrophe and len(out) >= 2 and len(out[-2]) > 1:
            out.append(low)
        else:
            out.append(upper(low[:1], turkish) + low[1:])
        after_apostrophe = False
    return "".join(out)


def is_caps_word(word: str) -> bool:
    """True for a word written in capitals with at least two letters (``KURAT``, ``ALİYEF``)."""
    if not word.isupper():
        return False  # a lower-case letter, or no cased letter at all: the common case, decided in C
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_ASCII_LATIN = None
_CYRILLIC = None


def _tables() -> tuple[dict[int, str], dict[int, str]]:
    global _ASCII_LATIN, _CYRILLIC
    if _ASCII_LATIN is None:
        data = load("transliteration")
        _ASCII_LATIN = {ord(k): v for k, v in data["latin_ascii"].items()}
        cyr: dict[int, str] = {}
        for k, v in data["ascii"].items():
            cyr[ord(k)] = v
            cyr[ord(k.upper())] = v[:1].upper() + v[1:]
        _CYRILLIC = cyr
    return _ASCII_LATIN, _CYRILLIC  # type: ignore[return-value]


def to_ascii(text: str) -> str:
    """Fold to ASCII the Turkish way (``ı→i``, ``ş→s``, ``ğ→g``), Cyrillic romanised with bibkit's
    table, other marks dropped; a letter of any other script (Georgian, Armenian, Greek, Arabic …)
    romanised by ``anyascii`` rather than lost (``ჯავახიშვილი`` → ``javakhishvili``)."""
    latin, cyrillic = _tables()
    text = text.translate(latin).translate(cyrillic)
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    return "".join(c if ord(c) < 128 else anyascii(c) for c in decomposed if not unicodedata.combining(c))


_VARIANTS: list[tuple[str, str]] | None = None


@lru_cache(maxsize=131072)
def skeleton(text: str) -> str:
    """A comparison key equal for romanisation and spelling variants of one word or title.

    ``Vyaçeslav``, ``Vyacheslav`` and ``Вячеслав`` give the same skeleton; so do ``Jizn`` and
    ``Zhizn``. Used by merging and resolution, never shown to users.
    """
    global _VARIANTS
    if _VARIANTS is None:
        _VARIANTS = [(a, b) for a, b in load("transliteration")["fold_variants"]]
    _, cyrillic = _tables()
    s = lower(text).translate(cyrillic)
    s = lower(s)
    for a, b in _VARIANTS:
        if a in s:
            s = s.replace(a, b)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^0-9a-z]+", " ", s).strip()
