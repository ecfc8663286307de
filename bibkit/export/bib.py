"""What the BibTeX and BibLaTeX writers share: field values from the mapping, and layout.

The layout (``@type{key,`` one field per line, blank line between entries) is bibtexparser v2's
writer; values are encoded here, enclosed in braces, before they reach it, so bibtexparser never
sees unescaped text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

import bibtexparser
from bibtexparser.library import Library
from bibtexparser.model import Entry, Field
from bibtexparser.writer import BibtexFormat

from bibkit.export import latex, mapping
from bibkit.export.text import clean, clean_verbatim, range_parts

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")

# Gives the (field, enclosed value) pairs of one target: a value is braced text or a bare macro
# name such as ``sep``; an empty list drops the target.
Encoder = Callable[[mapping.Target], list[tuple[str, str]]]


def date_parts(value: Any) -> list[list[int]]:
    """The numeric ``date-parts`` of a CSL date (strings coerced, malformed parts dropped).

    :param value: a CSL date object.
    """
    out: list[list[int]] = []
    for part in (value or {}).get("date-parts") or []:
        nums: list[int] = []
        for p in part or []:
            try:
                nums.append(int(p))
            except (TypeError, ValueError):
                break
        if nums:
            out.append(nums)
    return out


def braced(text: str) -> str:
    """A value enclosed in braces (already escaped: its braces are balanced)."""
    return "{" + text + "}"


def common_value(target: mapping.Target, encode: Callable[[str], str], ascii_only: bool = False) -> str:
    """The encoded text of a target whose kind both BibTeX flavours write the same way.

    :param target: the mapped field.
    :param encode: :func:`latex.ascii_text` or :func:`latex.utf8_text`.
    :param ascii_only: whether verbatim fields (URL, DOI) must be ASCII too.
    """
    if target.kind == "names":
        return latex.names(target.value, encode)
    if target.kind in ("pages", "range"):
        # Ranges take BibTeX's en dash, "--", which the ligature guard must not split.
        return "--".join(encode(part) for part in range_parts(target.value))
    if target.kind == "verbatim":
        return clean_verbatim(target.value, ascii_only)
    return encode(clean(target.value))


def render(entries: list[tuple[str, str, list[tuple[str, str]]]]) -> str:
    """Lay out entries with bibtexparser's writer.

    :param entries: ``(entry type, key, [(field, enclosed value), …])``.
    """
    library = Library()
    for etype, key, fields in entries:
        library.add(Entry(etype, key, [Field(name, value) for name, value in fields]))
    fmt = BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n"
    fmt.trailing_comma = True
    return bibtexparser.write_string(library, unparse_stack=[], bibtex_format=fmt)


# Entries laid out per call of bibtexparser's writer: enough to amortise its set-up, few enough
# that a large export never holds more than this many entries' text at once.
_BATCH = 500


def entry_pieces(
    fmt: str,
    items: Iterable[dict[str, Any]],
    keys: Iterable[str],
    encode_target: Encoder,
    finish: Callable[[list[tuple[str, str]]], list[tuple[str, str]]] = lambda fields: fields,
) -> Iterator[str]:
    """Map, encode and lay out ``items`` for ``bibtex`` or ``biblatex``, a batch of entries at a time.

    The writer puts one blank line between entries, so batches joined with a blank line are
    byte for byte the file one call would write.

    :param fmt: ``bibtex`` or ``biblatex``.
    :param items: CSL-JSON items.
    :param keys: their citation keys, in order.
    :param encode_target: gives ``[(field, enclosed value), …]`` for one target (empty to drop it).
    :param finish: a last format-specific touch to an entry's fields.
    """
    batch: list[tuple[str, str, list[tuple[str, str]]]] = []
    separator = ""
    for entry in _entries(fmt, items, keys, encode_target, finish):
        batch.append(entry)
        if len(batch) == _BATCH:
            yield separator + render(batch)
            batch, separator = [], "\n"
    if batch:
        yield separator + render(batch)


def _entries(
    fmt: str,
    items: Iterable[dict[str, Any]],
    keys: Iterable[str],
    encode_target: Encoder,
    finish: Callable[[list[tuple[str, str]]], list[tuple[str, str]]],
) -> Iterator[tuple[str, str, list[tuple[str, str]]]]:
    stand_ins = mapping.untitled_targets(fmt)
    for item, key in zip(items, keys, strict=True):
        etype = mapping.entry_type(fmt, item)
        fields: list[tuple[str, str]] = []
        for target in mapping.targets(fmt, item, etype):
            fields.extend((n, v) for n, v in encode_target(target) if v not in ("", "{}"))
        names = [n for n, _ in fields]
        stand_in = next((n for n in stand_ins if n in names), None)
        if stand_in and "title" not in names:
            # An untitled archival document is named by its archive and locator; that becomes
            # the title (which every entry type needs) instead of being printed twice.
            fields.insert(0, ("title", fields.pop(names.index(stand_in))[1]))
        yield etype, key, finish(fields)
