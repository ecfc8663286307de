"""Escaping text for BibTeX and BibLaTeX field values.

Two encodings share one rule for the characters that could leave a field or run a command:
``\\`` ``{`` ``}`` become ``\\textbackslash{}`` ``\\textbraceleft{}`` ``\\textbraceright{}`` (BibTeX,
btparse and biber count braces without regard to backslashes, so ``\\{`` would unbalance the
value), and ``%`` ``#`` ``&`` ``$`` ``_`` ``^`` ``~`` are escaped. Every backslash in the output is
then one we wrote, so no value can spell ``\\input`` or ``\\write18``, and every brace is balanced.

* :func:`utf8_text` (BibLaTeX) keeps all other characters as they are.
* :func:`ascii_text` (classic BibTeX) writes pure ASCII: Latin letters with diacritics as LaTeX accent
  commands (``ş`` → ``{\\c{s}}``, ``ı`` → ``{\\i}``, ``İ`` → ``{\\.I}``), Cyrillic transliterated
  with the shared ``transliteration.json`` table (``Финансовая`` → ``Finansovaia``: classic BibTeX
  styles run under OT1/T1, where Cyrillic commands would not compile), typographic punctuation as
  LaTeX ligatures (guillemets as English quotes: ``\\guillemotleft`` does not exist in OT1), and
  anything else as its compatibility decomposition or ``?`` (so ``ą`` loses its ogonek, which OT1
  cannot set either).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from anyascii import anyascii

from bibkit.export.text import clean
from bibkit.tables import load

SPECIALS: dict[str, str] = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "%": r"\%",
    "#": r"\#",
    "&": r"\&",
    "$": r"\$",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
    # A grave accent prints as an opening quote and pairs into a “ ligature; write the character.
    "`": r"\textasciigrave{}",
}

# Character pairs TeX fonts turn into one glyph (-- en dash, '' and ,, quotes, << >> guillemets in
# T1/T2A). Where the source has them side by side they are kept apart with {}, so the text prints
# and reads back as written.
_LIGATURES = frozenset({"--", "''", ",,", "<<", ">>"})

# OT1, the default font encoding of a classic BibTeX document, prints < > | as ¡ ¿ —.
_ASCII_SYMBOLS: dict[str, str] = {"<": r"\textless{}", ">": r"\textgreater{}", "|": r"\textbar{}"}

_LETTERS: dict[str, str] = {
    "ı": r"{\i}",
    "ȷ": r"{\j}",
    "ß": r"{\ss}",
    "æ": r"{\ae}",
    "Æ": r"{\AE}",
    "ø": r"{\o}",
    "Ø": r"{\O}",
    "œ": r"{\oe}",
    "Œ": r"{\OE}",
    "ł": r"{\l}",
    "Ł": r"{\L}",
    "å": r"{\aa}",
    "Å": r"{\AA}",
}

# Combining marks that have a LaTeX accent command (NFD order: the base letter comes first).
_ACCENTS: dict[str, str] = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0302": "^",
    "\u0303": "~",
    "\u0304": "=",
    "\u0306": "u",
    "\u0307": ".",
    "\u0308": '"',
    "\u030a": "r",
    "\u030b": "H",
    "\u030c": "v",
    "\u0323": "d",
    "\u0327": "c",
    "\u0331": "b",
}
_ABOVE = frozenset("\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c")

_PUNCTUATION: dict[str, str] = {
    "\u2018": "`",
    "\u2019": "'",
    "\u201a": ",",
    "\u201c": "``",
    "\u201d": "''",
    "\u201e": ",,",
    # \guillemotleft and \k exist only in T1; classic BibTeX documents often run in OT1.
    "«": "``",
    "»": "''",
    "\u2039": "`",
    "\u203a": "'",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "--",
    "\u2013": "--",
    "\u2014": "---",
    "\u2015": "---",
    "\u2212": "-",
    "\u2026": r"\ldots{}",
    "\u2116": "No.",
    "§": r"\S{}",
    "¶": r"\P{}",
    "©": r"\copyright{}",
    "°": r"\textdegree{}",
    "·": r"\textperiodcentered{}",
    "×": r"\texttimes{}",
    "£": r"\pounds{}",
    "¡": r"\textexclamdown{}",
    "¿": r"\textquestiondown{}",
    "\u02b9": "'",
    "\u02ba": "''",
    "\u02bc": "'",
    "\u2032": "'",
    "\u2033": "''",
}

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _glue(pieces: Iterable[str]) -> str:
    """Concatenate encoded pieces, breaking any ligature two neighbouring pieces would form."""
    out: list[str] = []
    last = ""
    for piece in pieces:
        if not piece:
            continue
        if last + piece[0] in _LIGATURES:
            out.append("{}")
        out.append(piece)
        last = piece[-1]
    return "".join(out)


def utf8_text(text: object) -> str:
    """A BibLaTeX (UTF-8) field value: cleaned, LaTeX specials escaped, all else kept.

    :param text: the CSL value.
    """
    return _glue(SPECIALS.get(ch, ch) for ch in clean(text))


def transliterate(text: str) -> str:
    """Cyrillic letters to ASCII with the shared table; capitals stay capitals (``Ж`` → ``Zh``,
    ``ЖУК`` → ``ZHUK``). Other characters pass through.

    :param text: any text.
    """
    if not _CYRILLIC.search(text):
        return text  # only Cyrillic letters change
    table: dict[str, str] = load("transliteration")["ascii"]
    out: list[str] = []
    for i, ch in enumerate(text):
        low = ch.lower()
        if low not in table or not _CYRILLIC.match(ch):
            out.append(ch)
            continue
        latin = table[low]
        if ch != low:
            nxt = text[i + 1] if i + 1 < len(text) else ""
            prev = text[i - 1] if i else ""
            shout = nxt.isupper() or (not nxt.isalpha() and prev.isupper())
            latin = latin.upper() if shout else latin.capitalize()
        out.append(latin)
    return "".join(out)


def _ascii_char(ch: str) -> str:
    """One character of already-transliterated text as ASCII LaTeX."""
    if ch in SPECIALS:
        return SPECIALS[ch]
    if ch in _ASCII_SYMBOLS:
        return _ASCII_SYMBOLS[ch]
    if " " <= ch <= "~":
        return ch
    if ch in _LETTERS:
        return _LETTERS[ch]
    if ch in _PUNCTUATION:
        return _PUNCTUATION[ch]
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    if (
        marks
        and all(m in _ACCENTS for m in marks)
        and (base.isascii() and base.isalpha() or base in _LETTERS)
    ):
        # i and j lose their dot under an accent above: \^{\i}, as classic LaTeX expects.
        out = r"\i" if base == "i" and marks[0] in _ABOVE else _LETTERS.get(base, base)
        for mark in marks:
            command = _ACCENTS[mark]
            # A symbol accent takes a lone letter without braces ({\.I}, {\"o}): the form
            # Zotero's BibTeX importer decodes (it leaves \.{I} as it is); a letter accent
            # needs them (\c{s}: \cs would be another command).
            single = len(out) == 1 and out.isascii() and out.isalpha() and not command.isalpha()
            out = f"\\{command}{out}" if single else f"\\{command}{{{out}}}"
        return "{" + out + "}"
    latin = load("transliteration")["latin_ascii"].get(ch)
    if latin is not None:
        return latin
    folded = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    if folded and all(" " <= c <= "~" for c in folded):
        return "".join(_ascii_char(c) for c in folded)
    # A script without a table of bibkit's (Georgian, Armenian, Greek …): romanised by anyascii,
    # each resulting character escaped as usual; "?" only where even that has nothing.
    romanised = anyascii(ch)
    if romanised and all(" " <= c <= "~" for c in romanised):
        return "".join(_ascii_char(c) for c in romanised)
    return "?"


def ascii_text(text: object, protect: bool = False) -> str:
    """A classic BibTeX field value in pure ASCII.

    :param text: the CSL value.
    :param protect: wrap each word that holds a capital in braces, so that styles which change
        case (``plain.bst`` lower-cases titles) keep the capitals as printed.
    """
    words = transliterate(clean(text)).split(" ")
    out = []
    for word in words:
        # ASCII letters and digits are written as they are and form no ligature.
        encoded = word if word.isascii() and word.isalnum() else _glue(_ascii_char(ch) for ch in word)
        out.append("{" + encoded + "}" if protect and any(ch.isupper() for ch in word) else encoded)
    return " ".join(out)


_AND = re.compile(r"(?i)(?:^|\s)and(?:\s|$)")


def _part(value: str, encode: Callable[[str], str]) -> str:
    """One name part, braced when BibTeX name parsing would split it (a comma, a bare ``and``)."""
    encoded = encode(value)
    if "," in value or _AND.search(value) or value.strip().lower() == "others":
        return "{" + encoded + "}"
    return encoded


def name(csl_name: dict[str, object], encode: Callable[[str], str]) -> str:
    """A CSL name as one BibTeX name: ``Family, Given``, ``{Institution}`` for literals and for
    names with a family part only (which BibTeX would otherwise split into first and last).

    :param csl_name: ``{family, given, …}`` or ``{literal}``.
    :param encode: :func:`ascii_text` or :func:`utf8_text`.
    """
    literal = clean(csl_name.get("literal", ""))
    family = clean(
        " ".join(str(csl_name.get(k) or "") for k in ("dropping-particle", "non-dropping-particle", "family"))
    )
    given = clean(csl_name.get("given", ""))
    suffix = clean(csl_name.get("suffix", ""))
    # A part that folds to nothing in ASCII (Cyrillic "Ъ") counts as missing.
    if encode(given).strip() == "":
        given = ""
    if encode(family).strip() == "":
        family = ""
    if literal or not family or not given:
        whole = encode(literal or family or given)
        return "{" + whole + "}" if whole.strip() else ""  # "Ъ" folds to nothing in ASCII
    parts = [_part(family, encode)]
    if suffix:
        parts.append(_part(suffix, encode))
    parts.append(_part(given, encode))
    return ", ".join(parts)


def names(csl_names: list[dict[str, object]], encode: Callable[[str], str]) -> str:
    """A BibTeX name list (``A and B``); empty names are left out.

    :param csl_names: CSL name objects.
    :param encode: :func:`ascii_text` or :func:`utf8_text`.
    """
    return " and ".join(n for n in (name(x, encode) for x in csl_names) if n)
