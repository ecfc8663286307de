"""Citation keys for the exports: the records' ids, made BibTeX-safe and unique.

Ids from the parser are already ASCII (Better-BibTeX style, ``kurat1967brest``,
``rgaspi-495-154-12-3``) and pass through unchanged. Anything else is folded with the shared
transliteration tables; characters BibTeX or babel could misread become ``-``. A key that is
already taken (BibTeX compares keys without regard to case) gets ``-2``, ``-3`` … in input order,
so the same input always gives the same keys.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from anyascii import anyascii

from bibkit.export.latex import transliterate
from bibkit.tables import load

# biblatex §2.3 calls a-z, A-Z, 0-9 and . / - _ : ; ! ? safe; "/" and ";!?" are left out here as
# well, since file systems, pandoc and babel shorthands each dislike one of them.
_UNSAFE = re.compile(r"[^A-Za-z0-9_.:-]+")


def safe_key(raw: str) -> str:
    """One id as a BibTeX-safe key (``""`` when nothing usable is left).

    :param raw: a record id.
    """
    latin: dict[str, str] = load("transliteration")["latin_ascii"]
    text = "".join(latin.get(ch, ch) for ch in transliterate(unicodedata.normalize("NFC", raw)))
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    # Scripts bibkit has no table for are romanised, as in ids (bibkit.turkish.to_ascii).
    text = "".join(c if c.isascii() else anyascii(c) for c in text)
    return _UNSAFE.sub("-", text).strip("-.:")


def assign(items: list[dict[str, Any]]) -> list[str]:
    """Keys for ``items`` in order: safe, unique (case-insensitively), stable.

    :param items: CSL-JSON items; their ``id`` is the preferred key.
    """
    return unique_keys(str(item.get("id", "")) for item in items)


def unique_keys(ids: Iterable[str]) -> list[str]:
    """Keys for items with these ``ids``, in order (see :func:`assign`).

    :param ids: the items' ids (``""`` where an item has none).
    """
    taken: set[str] = set()
    keys: list[str] = []
    for index, raw in enumerate(ids, 1):
        base = safe_key(raw) or f"item{index}"
        key, n = base, 2
        while key.lower() in taken:
            key, n = f"{base}-{n}", n + 1
        taken.add(key.lower())
        keys.append(key)
    return keys
