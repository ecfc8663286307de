"""Format-neutral value cleaning shared by every writer.

One character rule for all of them (:func:`visible`): text is NFC, and control characters
other than line breaks and tabs, format characters (zero-width spaces and joiners, bidi marks
and overrides such as U+202E, soft hyphens, BOMs) and lone surrogates are removed: none of them
prints, and each can reorder what a reader sees, split a RIS line, stop a TeX engine or make
UTF-8 encoding fail. Code points this Python's Unicode tables do not know are kept: they may be
letters of a newer Unicode. CSL-JSON and the Document JSON keep line breaks (JSON
escapes them); line-oriented and brace-delimited formats (BibTeX, BibLaTeX, RIS) also flatten
every whitespace run to one space (:func:`clean`).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

# Categories dropped outright: controls, format characters (soft hyphen, zero-width and bidi
# marks, BOM) and lone surrogates.
_DROP = frozenset({"Cc", "Cf", "Cs"})
_SPACES = re.compile(r"\s+")


_KEPT_WHITESPACE = frozenset("\n\t")


def visible(value: object) -> str:
    """``value`` as NFC text without the characters no writer passes on (the module docstring)."""
    text = unicodedata.normalize("NFC", str(value))
    if text.isprintable():
        return text
    kept = "".join(
        ch for ch in text if ch in _KEPT_WHITESPACE or ch == " " or unicodedata.category(ch) not in _DROP
    )
    # Normalised again: a dropped character may have stood between a letter and its combining mark.
    return unicodedata.normalize("NFC", kept)


def visible_deep(value: object) -> object:
    """:func:`visible` applied to every string in a JSON value, keys included."""
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, dict):
        return {visible(k): visible_deep(v) for k, v in value.items()}
    if isinstance(value, list):
        return [visible_deep(v) for v in value]
    return value


def clean(value: object) -> str:
    """One-line NFC text: every whitespace run (line breaks, tabs, U+2028, NBSP …) becomes one
    space, other control and format characters are removed, ends are stripped.

    :param value: any scalar CSL value (numbers are written with ``str``).
    """
    text = unicodedata.normalize("NFC", str(value))
    if text.isprintable():
        # No control, format, surrogate or unassigned character, and no whitespace but the
        # space (str.isprintable rejects all of them): only space runs are left to fold.
        return " ".join(text.split())
    text = "".join(
        " " if ch.isspace() else ch for ch in text if ch.isspace() or unicodedata.category(ch) not in _DROP
    )
    # Normalised again: a dropped character may have stood between a letter and its combining mark
    # ("¨", ESC, U+0300 is "῭" once the ESC is gone).
    return unicodedata.normalize("NFC", _SPACES.sub(" ", text).strip())


# In a verbatim field (URL, DOI) TeX must never meet a character that could start a control
# sequence or end the field: the escape character, braces, TeX's ``^^xx`` notation (``^^5c`` is a
# backslash), a comment sign that is not a URL escape, and spaces. Each is percent-encoded, which
# leaves the URL the same resource (RFC 3986 2.1). "#" and "~" stay: they are a URL's fragment
# and home-directory marks, and neither can form a control sequence.
_VERBATIM_UNSAFE = re.compile(r"[\\{}^ ]|%(?![0-9A-Fa-f]{2})")


def clean_verbatim(value: object, ascii_only: bool = False) -> str:
    """A URL or DOI fit for a verbatim field: cleaned, then ``\\`` ``{`` ``}`` ``^``, spaces and a
    ``%`` that does not start a ``%XX`` escape percent-encoded, so that no control sequence, TeX
    ``^^`` character code or comment can form in it under any style.

    :param value: the URL or DOI.
    :param ascii_only: also percent-encode non-ASCII characters as UTF-8 (an IRI becomes a URI),
        for classic BibTeX.
    """
    text = _VERBATIM_UNSAFE.sub(lambda m: f"%{ord(m.group()):02X}", clean(value))
    return "".join(ch if ch.isascii() else quote(ch, safe="") for ch in text) if ascii_only else text


def range_parts(value: object) -> list[str]:
    """The ends of a page or number range, split at any dash run (``375-413``, ``375–413``,
    ``375 — 413`` → ``["375", "413"]``); a single page or a list such as ``45, 47`` is one part.

    :param value: a CSL ``page``, ``volume`` or ``issue`` value.
    """
    # A dash with nothing beside it ends no range: "- -" has no parts, "45-" one.
    return [p for p in re.split(r"\s*[-\u2010-\u2015\u2212]+\s*", clean(value)) if p]
