"""RIS as Zotero's RIS importer (RIS.js) reads it, written with rispy.

Types and tags follow RIS.js's ``fieldMap``: archival documents are ``TY  - MANSCPT`` with the
archive in ``DB`` and the canonical locator in ``AN``; editors are ``A3`` for books and ``A2`` for
chapters, articles, papers and encyclopedia entries; translators ``A4``; a tag is only written
for types where Zotero has the field (otherwise Zotero would turn it into a note, or, for ``M3``
on a journal article, into the DOI). What no tag of the type holds is written as ``M2`` lines
``variable: value``: Zotero appends them to Extra, where it reads CSL variables back.

Safety. A value never holds a line break (rispy and Zotero start a new tag on any line that
looks like one), and Zotero runs every value through ``unescapeHTML``, which decodes entities and
drops tags once a value holds ``&`` or ``<``: such values are therefore HTML-escaped, so Zotero
reads back exactly the text written. Names are
``Family, Given``; Zotero splits them at the first comma, so commas inside a family name, a given
name or an institution's name are written as spaces.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any, ClassVar

from rispy import RisWriter

from bibkit.export import extra, mapping
from bibkit.export.bib import date_parts
from bibkit.export.text import clean, range_parts

LIST_TAGS = ("AU", "A2", "A3", "A4", "C2", "M2")


class _Writer(RisWriter):
    """rispy's writer, keyed by the tags themselves, without the ``1.`` counter lines between
    records (Zotero would append them to the previous ``ER``), CRLF as the RIS spec asks."""

    NEWLINE = "\r\n"
    DEFAULT_MAPPING: ClassVar[dict[str, str]] = {}

    def set_header(self, count: int) -> str:
        return ""


def _value(text: object) -> str:
    value = clean(text)
    return html.escape(value, quote=False) if "&" in value or "<" in value else value


def _name(csl_name: dict[str, Any]) -> str:
    def part(key: str) -> str:
        return re.sub(r"\s*,\s*", " ", clean(csl_name.get(key, ""))).strip()

    family = " ".join(p for p in (part("non-dropping-particle"), part("family")) if p)
    given = " ".join(p for p in (part("given"), part("dropping-particle")) if p)
    if csl_name.get("literal") or not family or not given:
        return _value(part("literal") or family or given)
    return _value(f"{family}, {given}")


def _date(parts: list[int]) -> str:
    """RIS ``YYYY/MM/DD/`` with empty parts left blank, as Zotero writes and reads it."""
    padded = [f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:3]]
    return "/".join(padded + [""] * (3 - len(padded))) + "/"


def _extra_lines(item: dict[str, Any], written: set[str]) -> list[str]:
    """``variable: value`` for each CSL value no tag of this type holds: written as ``M2``, which
    Zotero's importer appends to Extra, where Zotero reads CSL variables back
    (:mod:`bibkit.export.extra`). Nothing of a record is left out."""
    out: list[str] = []
    for key, value in item.items():
        if key not in _NOT_DATA and key not in written and mapping.present(item, key):
            out.extend(_value(line) for line in extra.lines(key, value))
    return out


_NOT_DATA = frozenset({"id", "type", "custom"})


def _tags(item: dict[str, Any]) -> dict[str, Any]:
    ty = mapping.entry_type("ris", item)
    record: dict[str, Any] = {"TY": ty}  # rispy writes TY first, from its reference-type key
    written: set[str] = set()
    for target in mapping.targets("ris", item, ty):
        written.update(target.csl)
        tag, kind, value = target.name, target.kind, target.value
        if kind == "names":
            names = [n for n in (_name(x) for x in value) if n]
            if names:
                record.setdefault(tag, []).extend(names)
        elif kind == "date":
            parts = date_parts(value)
            if not parts:
                continue
            if tag == "PY":
                record["PY"] = f"{parts[0][0]:04d}"
                if len(parts[0]) > 1:
                    record["DA"] = _date(parts[0])
            else:
                record[tag] = _date(parts[0])
        elif kind == "pages":
            first, *rest = range_parts(value) or [""]
            last = "-".join(rest)
            if first:
                record["SP"] = _value(first)
            if last:
                record["EP"] = _value(last)
        else:
            text = _value(value)
            if text:
                record[tag] = text
    extra = _extra_lines(item, written)
    if extra:
        record["M2"] = extra
    return record


def _record(item: dict[str, Any]) -> str:
    """One item's RIS lines, ``TY`` to ``ER``, each ending in CRLF."""
    record = _tags(item)
    writer = _writer(frozenset(record) - {"TY"})
    return writer.formats(
        [{(_Writer.REFERENCE_TYPE_KEY if t == "TY" else t.lower()): v for t, v in record.items()}]
    )


@lru_cache(maxsize=1024)
def _writer(tags: frozenset[str]) -> _Writer:
    """A writer knowing ``tags`` (records of one type share their tags, so few are ever built).

    rispy looks fields up by lower-case key, and its reference-type key carries TY. The mapping
    is made from the record's own tags, not rispy's table, which lacks some bibkit writes (SV).
    """
    return _Writer(
        mapping={"TY": _Writer.REFERENCE_TYPE_KEY, **{tag: tag.lower() for tag in sorted(tags)}},
        list_tags=list(LIST_TAGS),
        delimiter_tags_mapping={},
    )


def pieces(items: Iterable[dict[str, Any]], keys: Iterable[str] = (), **opts: Any) -> Iterator[str]:
    """The file :func:`write` returns, one record at a time (a blank line between records).

    :param items: CSL-JSON items (``Record.to_csl()``).
    :param keys: accepted for the common signature; RIS carries no citation key.
    :param opts: accepted for the common writer signature; none are used.
    """
    separator = ""
    for item in items:
        yield separator + _record(item)
        separator = _Writer.NEWLINE


def write(items: list[dict[str, Any]], **opts: Any) -> str:
    """CSL-JSON items as RIS (UTF-8, CRLF line ends).

    :param items: CSL-JSON items (``Record.to_csl()``).
    :param opts: accepted for the common writer signature; none are used.
    """
    return "".join(pieces(items))
