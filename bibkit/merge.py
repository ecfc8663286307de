"""Records of one work become one record.

Two records are the same work when their identity agrees after folding (Turkish-aware case,
diacritics, romanisation variants, place variants) and nothing contradicts it (different years or
volumes). Candidates are found through blocking keys — the first author's folded surname, the
archival locator, or the first title words — so merging stays near-linear: a record is compared
only with the few records of its block, never with all others.
"""

from __future__ import annotations

import re
from dataclasses import fields
from functools import lru_cache

from rapidfuzz import fuzz

from bibkit import turkish
from bibkit.collector import cycles_unchecked
from bibkit.model import CSL_KEYS, NAME_ATTRS, Record

# Fields compared for variants; their other spellings are kept in custom.variants.
VARIANT_FIELDS = ("title", "container_title", "publisher_place", "publisher")
TITLE_SIMILARITY = 85.0


@lru_cache(maxsize=65536)
def title_key(title: str) -> str:
    """The folded comparison key of a title (cached: merging compares the same titles often)."""
    return turkish.skeleton(re.sub(r"[*_\"“”«»]", "", title))


def block_key(record: Record) -> tuple[str, ...]:
    """The block a record is compared within."""
    if record.locator is not None:
        return ("archive", *record.locator.key())
    names = record.author or record.editor
    if names:
        first = names[0]
        return ("name", turkish.skeleton(first.family or first.literal))
    words = title_key(record.title).split()
    return ("title", *words[:2])


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


def combine(primary: Record, secondary: Record) -> Record:
    """``primary`` (a list entry, or the first citation) filled in from ``secondary``.

    Every differing spelling of a text field is kept in ``custom.variants``.
    """
    merged = Record(**{f.name: getattr(primary, f.name) for f in fields(Record)})
    merged.custom = dict(primary.custom)
    variants: dict[str, list[str]] = {k: list(v) for k, v in merged.custom.get("variants", {}).items()}
    for attr in CSL_KEYS:
        mine, theirs = getattr(merged, attr), getattr(secondary, attr)
        if not mine and theirs:
            setattr(merged, attr, theirs)
        elif attr in VARIANT_FIELDS and mine and theirs and mine != theirs:
            key = CSL_KEYS[attr]
            seen = variants.setdefault(key, [])
            if theirs not in seen:
                seen.append(theirs)
    for key, value in secondary.custom.get("variants", {}).items():
        seen = variants.setdefault(key, [])
        seen.extend(v for v in value if v not in seen)
    if variants:
        merged.custom["variants"] = {k: v for k, v in sorted(variants.items()) if v}
    forms = list(primary.custom.get("archival_forms", []))
    forms.extend(f for f in secondary.custom.get("archival_forms", []) if f not in forms)
    if forms:
        merged.custom["archival_forms"] = forms
    if "list" in (primary.source, secondary.source):
        merged.source = "list"
        if primary.source != "list":
            merged.line, merged.raw = secondary.line, secondary.raw
    for name_attr in NAME_ATTRS:
        # A list entry's full names beat a note's initials, but only if the list has names at all.
        if not getattr(merged, name_attr) and getattr(secondary, name_attr):
            setattr(merged, name_attr, getattr(secondary, name_attr))
    return merged


# Fuzzy comparisons per record are capped: a block's candidates are the records that share the
# first letters of the title key (and a compatible year); only the most recent few are compared.
MAX_FUZZY_CANDIDATES = 64


def _sub_key(record: Record) -> str:
    """Within a block, records whose titles could be variants of each other share this key."""
    if record.locator is not None:
        return ""
    return title_key(record.title)[:3]


def merge(records: list[Record]) -> tuple[list[Record], list[int]]:
    """Merge ``records`` (list entries first, then note records in citation order).

    Each record is compared only with the records of its block (first author or archival
    locator) that share its title's first letters: exact keys are found by dictionary, variants
    among at most :data:`MAX_FUZZY_CANDIDATES` candidates, so the whole merge stays linear.

    :returns: the merged records, and for each input record the index of its merged record.
    """
    with cycles_unchecked():  # millions of small objects, no cycles among them
        return _merge(records)


def _merge(records: list[Record]) -> tuple[list[Record], list[int]]:
    merged: list[Record] = []
    buckets: dict[tuple[str, ...], list[int]] = {}
    exact: dict[tuple[object, ...], int] = {}
    where: list[int] = []
    for record in records:
        key = (*block_key(record), _sub_key(record))
        year = record.issued.year if record.issued else None
        identity = (key, title_key(record.title), year, record.volume) if record.locator is None else key
        target = exact.get(identity)
        if target is None:
            for index in reversed(buckets.get(key, ())[-MAX_FUZZY_CANDIDATES:]):
                if same_work(merged[index], record):
                    target = index
                    break
        if target is None:
            buckets.setdefault(key, []).append(len(merged))
            where.append(len(merged))
            merged.append(record)
            if identity[1:2] != ("",):
                exact[identity] = len(merged) - 1
        else:
            primary, secondary = merged[target], record
            if secondary.source == "list" and primary.source != "list":
                primary, secondary = secondary, primary
            merged[target] = combine(primary, secondary)
            where.append(target)
    return merged, where
