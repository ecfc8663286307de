"""When two records are one work: shared by resolution (which work does ``a.g.e.`` name?) and
merging (which records become one?), below both.

Two records are the same work when their identity agrees after folding (Turkish-aware case,
diacritics, romanisation variants, place variants) and nothing contradicts it:

* different years or volumes: different works;
* different DOIs (case aside): different works, wherever the records come from;
* two list entries whose page ranges do not overlap (``10-20`` and ``145-167``), or whose author
  lists disagree beyond one being the start of the other (``Kaya`` and ``Kaya, Arslan`` agree;
  ``Kaya, Arslan`` and ``Kaya, Demir`` do not): different works. A list names what it cites once,
  so two entries that disagree there are two works more often than one misprinted twice. Notes
  are not held to this: they cite pages and shorten author lists by design.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from bibkit import turkish
from bibkit.model import Name, Record

TITLE_SIMILARITY = 85.0
_PAGE_RANGE = re.compile(r"(\d+)\s*(?:[-–—]\s*(\d+))?")


@lru_cache(maxsize=65536)
def title_key(title: str) -> str:
    """The folded comparison key of a title (cached: merging compares the same titles often)."""
    return turkish.skeleton(re.sub(r"[*_\"“”«»]", "", title))


def titles_match(a: str, b: str) -> bool:
    """Equal after folding, a short title of the other, or close enough to be a misprint."""
    ka, kb = title_key(a), title_key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    shorter, longer = sorted((ka, kb), key=len)
    if len(shorter.split()) >= 2 and longer.startswith(shorter):
        return True
    return fuzz.ratio(ka, kb) >= TITLE_SIMILARITY


def same_work(a: Record, b: Record) -> bool:
    """True when ``a`` and ``b`` describe one work (see the module docstring)."""
    return identity_agrees(a, b) and not conflict(a, b)


def identity_agrees(a: Record, b: Record) -> bool:
    """Locator, or year, volume and title, agree: the records could be one work."""
    if (a.locator is None) != (b.locator is None):
        return False
    if a.locator is not None and b.locator is not None:
        return a.locator.key() == b.locator.key()
    if a.issued and b.issued and a.issued.year != b.issued.year:
        return False
    if a.volume and b.volume and a.volume != b.volume:
        return False
    if a.title and b.title:
        return titles_match(a.title, b.title)
    return False


def conflict(a: Record, b: Record) -> str:
    """Why records whose identity agrees are still two works, or ``""`` (the module docstring)."""
    if a.doi and b.doi and a.doi.strip().lower() != b.doi.strip().lower():
        return f"DOIs {a.doi} and {b.doi} differ"
    if a.source != "list" or b.source != "list":
        return ""
    if a.page and b.page and not _pages_overlap(a.page, b.page):
        return f"pages {a.page} and {b.page} do not overlap"
    names_a, names_b = families(a.author), families(b.author)
    if names_a and names_b and not starts_with(names_a, names_b):
        return f"authors {_shown(a.author)} and {_shown(b.author)} differ"
    return ""


def _pages_overlap(a: str, b: str) -> bool:
    ra, rb = _page_range(a), _page_range(b)
    if ra is None or rb is None:
        return turkish.skeleton(a) == turkish.skeleton(b)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def _page_range(page: str) -> tuple[int, int] | None:
    match = _PAGE_RANGE.search(page)
    if match is None:
        return None
    first = int(match.group(1))
    last = int(match.group(2)) if match.group(2) else first
    if last < first and len(match.group(2) or "") < len(match.group(1)):  # 145-67: 145-167
        digits = match.group(1)
        last = int(digits[: len(digits) - len(match.group(2))] + match.group(2))
    return first, max(first, last)


def families(names: list[Name]) -> list[str]:
    return [k for k in (turkish.skeleton(n.family or n.literal) for n in names) if k]


def _shown(names: list[Name]) -> str:
    return "; ".join(n.literal or ", ".join(p for p in (n.family, n.given) if p) for n in names)


def starts_with(a: list[str], b: list[str]) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return longer[: len(shorter)] == shorter
