"""Records of one work become one record, and nothing they say is lost.

Which records are one work is :mod:`bibkit.matching`'s rule. When records merge, the first list
entry's values stand; every other value a merged record gave and the first did not is kept in
``Record.variants`` with its line, every merged list entry's line and source text in
``Record.merged``, and a record kept apart from another of its title says why in
``Record.kept_apart`` (written under CSL ``custom`` by :meth:`~bibkit.model.Record.to_csl`).

Candidates are found through blocking keys — the first author's folded surname, the archival
locator, or the first title words — so merging stays near-linear: a record is compared only with
the few records of its block, never with all others.
"""

from __future__ import annotations

from dataclasses import replace

from bibkit import turkish
from bibkit.collector import cycles_unchecked
from bibkit.matching import conflict, families, identity_agrees, starts_with, title_key
from bibkit.model import CSL_KEYS, NAME_ATTRS, Date, KeptApart, MergedEntry, Name, Record, Variant


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


def _variant_form(value: object) -> object:
    """A field's value as CSL-JSON writes it, for ``Record.variants``."""
    if isinstance(value, list):
        return [n.to_csl() for n in value]
    if isinstance(value, Date):
        return value.to_csl()
    return value


def _names_agree(mine: list[Name], theirs: list[Name]) -> bool:
    """One list is the start of the other and no given name contradicts (``A.`` fits ``Ali``)."""
    if not starts_with(families(mine), families(theirs)):
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

    Each value of ``secondary`` that differs from ``primary``'s is kept in ``variants`` with
    ``secondary``'s line; a list entry's raw text is kept in ``merged``.
    """
    merged = replace(primary)
    variants: dict[str, list[Variant]] = {k: list(v) for k, v in primary.variants.items()}

    def keep(key: str, variant: Variant) -> None:
        seen = variants.setdefault(key, [])
        if all(v.value != variant.value for v in seen):
            seen.append(variant)

    for attr, key in CSL_KEYS.items():
        mine, theirs = getattr(merged, attr), getattr(secondary, attr)
        if not mine and theirs:
            setattr(merged, attr, theirs)
        elif mine and theirs and not _agrees(attr, mine, theirs):
            keep(key, Variant(_variant_form(theirs), secondary.line))
        elif attr in NAME_ATTRS and mine and theirs:
            setattr(merged, attr, _fuller_names(mine, theirs))
    for key, value in secondary.variants.items():
        for variant in value:
            keep(key, variant)
    merged.variants = {k: v for k, v in sorted(variants.items()) if v}
    merged.archival_forms = forms = list(primary.archival_forms)
    forms.extend(f for f in secondary.archival_forms if f not in forms)
    if "list" in (primary.source, secondary.source):
        merged.source = "list"
        if primary.source != "list":
            merged.line, merged.raw = secondary.line, secondary.raw
    if primary.source == "list" and secondary.source == "list":
        merged.merged = [*primary.merged, MergedEntry(secondary.line, secondary.raw), *secondary.merged]
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
        apart: list[KeptApart] = []
        if target is not None and (reason := conflict(merged[target], record)):
            apart.append(KeptApart(merged[target].line, reason))
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
                if all(a.line != candidate.line for a in apart):
                    apart.append(KeptApart(candidate.line, reason))
        if target is None:
            if apart:  # say in the record why it stands alone beside a record of its title
                record = replace(record, kept_apart=apart)
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
