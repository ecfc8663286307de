"""Tokens of a note or entry: the units the labeller labels.

Words and numbers are split from punctuation, so that ``f.159,op.2``, ``s.45`` and ``XXXI/121-124``
can be labelled part by part; a few shapes stay whole because their parts mean nothing alone:
URLs and DOIs, dotted abbreviations and initials (``a.g.e.``, ``V.A.``, ``G.Ya.``), and number
runs joined by ``-``, ``.`` or ``:`` (``375-413``, ``159-2-57-003``, ``12.05.2019``).
Each token knows its offsets and whether a space precedes it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_TOKEN = re.compile(
    r"(?P<link>(?:https?://|www\.)[^\s<>\"«»“”]+"  # URL
    r"|(?:doi:\s?)?10\.\d{4,9}/[^\s<>\"«»“”]+)"  # DOI
    r"|(?:[^\W\d_]{1,3}\.){2,}"  # a.g.e., V.A., G.Ya., op.cit.
    r"|\d+(?:[-–—.:]\d+)+"  # 375-413, 159-2-57-003, 12.05.2019 (a slash splits: 36/1-4, 371/152)
    r"|[^\W_]+"  # a word or a number
    r"|\S"  # any other character
)
# A URL or DOI does not end in the punctuation that closes the sentence around it.
_LINK_TAIL = re.compile(r"[.,;:)\]}»”’'\"]+$")


class Token(NamedTuple):
    """A token of a note or entry (a named tuple: millions are made, and a tuple is made fastest)."""

    text: str
    start: int
    end: int
    space: bool  # whitespace right before the token


@lru_cache(maxsize=8192)
def tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of ``text`` in order; whitespace separates tokens and is not one.

    Cached: a note or entry is tokenized for labelling and again for reading its fields.
    """
    out: list[Token] = []
    prev_end = 0
    for m in _TOKEN.finditer(text):
        start, end = m.span()
        word = m.group()
        if m.lastgroup == "link":
            tail = _LINK_TAIL.search(word)
            if tail and tail.start() > 0:
                cut = start + tail.start()
                out.append(Token(text[start:cut], start, cut, start > prev_end or start == 0))
                for k in range(cut, end):
                    out.append(Token(text[k], k, k + 1, False))
                prev_end = end
                continue
        out.append(Token(word, start, end, start > prev_end or start == 0))
        prev_end = end
    return tuple(out)
