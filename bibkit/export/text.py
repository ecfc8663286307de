"""Format-neutral value cleaning shared by the BibTeX, BibLaTeX and RIS writers.

Line-oriented and brace-delimited formats cannot carry line breaks or control characters
safely, so every text value is flattened to one line before a writer encodes it.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

# Categories dropped outright: controls, format characters (soft hyphen, zero-width and bidi
# marks, BOM), lone surrogates and unassigned code points: none prints, and each can split a
# RIS line or confuse a TeX engine.
_DROP = frozenset({"Cc", "Cf", "Cs", "Cn"})
_SPACES = re.compile(r"\s+")


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
    return _SPACES.sub(" ", text).strip()


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
