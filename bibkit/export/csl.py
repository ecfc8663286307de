"""CSL-JSON: an array of items valid against the CSL data schema, for citeproc, pandoc and Zotero.

Values pass through as they are (JSON escapes whatever it must), ``archive``,
``archive_location``, ``archive-place`` and ``language`` included, but for the characters no
writer passes on (:func:`bibkit.export.text.visible`: controls, bidi overrides, zero-width
characters, lone surrogates). Ids become the same unique keys the
BibTeX exports use, so a document cites ``@kurat1967brest`` whichever file it is given.
Zotero's CSL-JSON importer drops every variable its item type has no field for (a manuscript's
``archive-place``, a book's ``volume-title``, a journal's ``publisher``, an editor of a
manuscript). Those are written instead as ``variable: value`` lines at the head of ``note``, as
Zotero's own CSL-JSON export writes them: Zotero keeps ``note`` as Extra, and citeproc-js and
pandoc's citeproc read such lines back as the variables (and print none of them as a note).
``custom`` is kept by default: it is schema-valid, citeproc-js, citeproc-py and pandoc ignore it,
and it carries each record's provenance (raw source text, line, variants, locator qualifiers) to
anyone re-reading the export; ``keep_custom=False`` drops it. Keys the schema does not know are
moved under ``custom`` so the array always validates.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from bibkit.export import extra as extra_lines
from bibkit.export.keys import assign
from bibkit.export.text import visible_deep
from bibkit.export.zotero_fields import unheld
from bibkit.model import CSL_KEYS

# id and type first, then bibkit's own field order, then any other schema key alphabetically.
_ORDER = {key: i for i, key in enumerate(["id", "type", *CSL_KEYS.values()])}
# Top-level keys of the CSL data schema (csl-data.json, CSL 1.0.2) that bibkit does not produce
# itself but passes through when an item carries them.
_OTHER_SCHEMA_KEYS = frozenset(
    """citation-key categories journalAbbreviation shortTitle chair collection-editor compiler
    composer contributor curator director editorial-director executive-producer guest host
    interviewer illustrator narrator organizer original-author performer producer recipient
    reviewed-author script-writer series-creator available-date event-date original-date submitted
    abstract annote authority call-number chapter-number citation-number citation-label
    container-title-short dimensions division event event-title event-place
    first-reference-note-number ISSN jurisdiction keyword locator original-publisher
    original-publisher-place original-title page-first part-title PMCID PMID printing references
    reviewed-genre reviewed-title scale section source status supplement title-short version
    volume-title-short year-suffix""".split()
)
SCHEMA_KEYS = frozenset(_ORDER) | _OTHER_SCHEMA_KEYS


def _note(item: dict[str, Any], moved: list[str]) -> str:
    """``note`` with a ``variable: value`` line for each moved variable first, then the note's own text."""
    lines = [line for variable in moved for line in extra_lines.lines(variable, visible_deep(item[variable]))]
    return "\n".join([*lines, *([item["note"]] if item.get("note") else [])])


def _item(item: dict[str, Any], key: str, keep_custom: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    moved = [name for name in unheld(item) if name in SCHEMA_KEYS]
    for name, value in item.items():
        if name in ("id", "custom") or name in moved:
            continue
        (out if name in SCHEMA_KEYS else extra)[name] = value
    note = _note(item, moved) if moved else ""
    if note:  # moved values that are all blank leave no empty note behind
        out["note"] = note
    out["id"] = key
    out.setdefault("type", "document")
    ordered = dict(sorted(out.items(), key=lambda kv: (_ORDER.get(kv[0], len(_ORDER)), kv[0])))
    custom = {**dict(item.get("custom") or {}), **extra}
    if keep_custom and custom:
        ordered["custom"] = {k: custom[k] for k in sorted(custom)}
    return visible_deep(ordered)  # type: ignore[return-value]


def pieces(
    items: Iterable[dict[str, Any]], keys: Iterable[str], keep_custom: bool = True, **opts: Any
) -> Iterator[str]:
    """The JSON array of :func:`write`, one item at a time, so that no whole file is ever held.

    Byte for byte ``json.dumps(array, indent=2)``: each item dumped at indent 2 and shifted one
    level in (JSON strings hold no raw line break, so every line break is layout).

    :param items: CSL-JSON items (``Record.to_csl()``).
    :param keys: their citation keys, in order.
    :param keep_custom: keep each item's ``custom`` object.
    :param opts: accepted for the common writer signature; none are used.
    """
    opening = "[\n  "
    for item, key in zip(items, keys, strict=True):
        dumped = json.dumps(_item(item, key, keep_custom), ensure_ascii=False, indent=2)
        yield opening + dumped.replace("\n", "\n  ")
        opening = ",\n  "
    yield "[]\n" if opening == "[\n  " else "\n]\n"


def write(items: list[dict[str, Any]], keep_custom: bool = True, **opts: Any) -> str:
    """CSL-JSON items as a JSON array (UTF-8, two-space indent, newline at the end).

    :param items: CSL-JSON items (``Record.to_csl()``).
    :param keep_custom: keep each item's ``custom`` object.
    :param opts: accepted for the common writer signature; none are used.
    """
    return "".join(pieces(items, assign(items), keep_custom))
