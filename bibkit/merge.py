"""Records of one work become one record, and nothing they say is lost.

Two records are the same work when their identity agrees after folding (Turkish-aware case,
diacritics, romanisation variants, place variants) and nothing contradicts it:

* different years or volumes: different works;
* different DOIs (case aside): different works, wherever the records come from;
* two list entries whose page ranges do not overlap (``10-20`` and ``145-167``), or whose author
  lists disagree beyond one being the start of the other (``Kaya`` and ``Kaya, Arslan`` agree;
  ``Kaya, Arslan`` and ``Kaya, Demir`` do not): different works. A list names what it cites once,
  so two entries that disagree there are two works more often than one misprinted twice. Notes
  are not held to this: they cite pages and shorten author lists by design.

When records merge, the first list entry's values stand; every other value a merged record gave
and the first did not is kept in ``custom.variants`` as ``{"value": …, "line": N}``, and every
merged list entry's source text in ``custom.merged`` (``{"line": N, "raw": …}``).

Candidates are found through blocking keys — the first author's folded surname, the archival
locator, or the first title words — so merging stays near-linear: a record is compared only with
the few records of its block, never with all others.
"""

from __future__ import annotations

import re
from dataclasses import fields, replace
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz

from bibkit import turkish
from bibkit.collector import cycles_unchecked
from bibkit.model import CSL_KEYS, NAME_ATTRS, Date, Name, Record

TITLE_SIMILARITY = 85.0
_PAGE_RANGE = re.compile(r"(\d+)\s*(?:[-–—]\s*(\d+))?")


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
    names_a, names_b = _families(a.author), _families(b.author)
    if names_a and names_b and not _starts_with(names_a, names_b):
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


def _families(names: list[Name]) -> list[str]:
    return [k for k in (turkish.skeleton(n.family or n.literal) for n in names) if k]


def _shown(names: list[Name]) -> str:
    return "; ".join(n.literal or ", ".join(p for p in (n.family, n.given) if p) for n in names)


def _starts_with(a: list[str], b: list[str]) -> bool:
    shorter, longer = sorted((a, b), key=len)
    return longer[: len(shorter)] == shorter


def _variant_form(value: object) -> object:
    """A field's value as CSL-JSON writes it, for ``custom.variants``."""
    if isinstance(value, list):
        return [n.to_csl() for n in value]
    if isinstance(value, Date):
        return value.to_csl()
    return value


def _names_agree(mine: list[Name], theirs: list[Name]) -> bool:
    """One list is the start of the other and no given name contradicts (``A.`` fits ``Ali``)."""
    if not _starts_with(_families(mine), _families(theirs)):
        return False
    for a, b in zip(mine, theirs, strict=False):
        ga, gb = turkish.skeleton(a.given), turkish.skeleton(b.given)
        if ga and gb and ga[0] != gb[0]:
            return False
    return True


def _fuller_names(mine: list[Name], theirs: list[Name]) -> list[Name]:
    """Of two agreeing name lists, the longer, each name with the longer given name
    (``Kaya, A., vd.`` in a note and ``Kaya, Ali; Arslan, Bora`` in the list give the latter)."""
    longer, shorter = (theirs, mine) if len(theirs) > len(mine) else (mine, theirs)
    out = list(longer)
    for k, name in enumerate(shorter):
        if len(name.given) > len(out[k].given):
            out[k] = name
    return out


def _agrees(attr: str, mine: object, theirs: object) -> bool:
    if attr in NAME_ATTRS:
        return _names_agree(mine, theirs)  # type: ignore[arg-type]
    if isinstance(mine, str) and isinstance(theirs, str):
        return mine.strip() == theirs.strip()
    return mine == theirs


def combine(primary: Record, secondary: Record) -> Record:
    """``primary`` (a list entry, or the first citation) filled in from ``secondary``.

    Each value of ``secondary`` that differs from ``primary``'s is kept in ``custom.variants``
    with ``secondary``'s line; a list entry's raw text is kept in ``custom.merged``.
    """
    merged = Record(**{f.name: getattr(primary, f.name) for f in fields(Record)})
    merged.custom = dict(primary.custom)
    variants: dict[str, list[dict[str, Any]]] = {
        k: list(v) for k, v in merged.custom.get("variants", {}).items()
    }

    def keep(key: str, value: object, line: int) -> None:
        seen = variants.setdefault(key, [])
        if all(v["value"] != value for v in seen):
            seen.append({"value": value, "line": line})

    for attr, key in CSL_KEYS.items():
        mine, theirs = getattr(merged, attr), getattr(secondary, attr)
        if not mine and theirs:
            setattr(merged, attr, theirs)
        elif mine and theirs and not _agrees(attr, mine, theirs):
            keep(key, _variant_form(theirs), secondary.line)
        elif attr in NAME_ATTRS and mine and theirs:
            setattr(merged, attr, _fuller_names(mine, theirs))
    for key, value in secondary.custom.get("variants", {}).items():
        for variant in value:
            keep(key, variant["value"], variant["line"])
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
    if primary.source == "list" and secondary.source == "list":
        entries = list(primary.custom.get("merged", []))
        entries.append({"line": secondary.line, "raw": secondary.raw})
        entries.extend(secondary.custom.get("merged", []))
        merged.custom["merged"] = entries
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
        apart: list[dict[str, Any]] = []
        if target is not None and (reason := conflict(merged[target], record)):
            apart.append({"line": merged[target].line, "because": reason})
            target = None
        if target is None:
            for index in reversed(buckets.get(key, ())[-MAX_FUZZY_CANDIDATES:]):
                candidate = merged[index]
                if not identity_agrees(candidate, record):
                    continue
                reason = conflict(candidate, record)
                if not reason:
                    target = index
                    break
                if all(a["line"] != candidate.line for a in apart):
                    apart.append({"line": candidate.line, "because": reason})
        if target is None:
            if apart:  # say in the record why it stands alone beside a record of its title
                record = replace(record, custom={**record.custom, "kept_apart": apart})
            buckets.setdefault(key, []).append(len(merged))
            where.append(len(merged))
            merged.append(record)
            if identity[1:2] != ("",) and identity not in exact:
                exact[identity] = len(merged) - 1
        else:
            primary, secondary = merged[target], record
            if secondary.source == "list" and primary.source != "list":
                primary, secondary = secondary, primary
            merged[target] = combine(primary, secondary)
            where.append(target)
    return merged, where
