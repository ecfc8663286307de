"""BibLaTeX for biber: UTF-8, ``langid`` from the language, entry types and fields that pass
``biber --validate-datamodel`` (biblatex's default data model), all from the shared mapping.

Archival documents. The standard styles print neither ``library`` nor any archive field, so the
archive and its canonical locator go, joined, into ``howpublished`` — printed by the ``misc`` and
``unpublished`` drivers of every standard style (``RGASPI, f. 159, op. 2, d. 57, l. 3``) — while
``library`` keeps the archive alone for styles and tools that read it (biblatex-mla, Better
BibTeX's convention). ``@unpublished`` needs an author and a title, so documents without either
are ``@misc``. Every entry type needs a title: an untitled document (most archival ones) takes its
archive-and-locator designation as the title, which is how such documents are cited and sorted in
the sources (``RGASPI, …, 159-2-57-003`` in a reference list), and ``howpublished`` is then left
out so the designation is printed once. ``archive-place`` fills ``location`` when the document has
no place of its own. Undated documents are left undated: biber then warns that ``date`` is
missing, which is true, and the styles print them without a date (``n.d.`` in author-year).
"""

from __future__ import annotations

from typing import Any

from bibkit.export import latex, mapping
from bibkit.export.bib import braced, common_value, date_parts, write_entries


def _iso(parts: list[int]) -> str:
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts))


def _date(target: mapping.Target) -> list[tuple[str, str]]:
    # A literal date ("Summer 1920") has no form biber accepts in a date field; it is dropped.
    parts = date_parts(target.value)
    if not parts:
        return []
    text = _iso(parts[0])
    if len(parts) > 1 and parts[1] != parts[0]:
        text += "/" + _iso(parts[1])
    return [(target.name, braced(text))]


def _encode(target: mapping.Target) -> list[tuple[str, str]]:
    if target.kind == "date":
        return _date(target)
    if target.kind == "language":
        lang = mapping.babel_language(str(target.value))
        return [(target.name, braced(lang))] if lang else []
    return [(target.name, braced(common_value(target, latex.utf8_text)))]


def write(items: list[dict[str, Any]], **opts: Any) -> str:
    """CSL-JSON items as a BibLaTeX file (UTF-8) for biber.

    :param items: CSL-JSON items (``Record.to_csl()``).
    :param opts: accepted for the common writer signature; none are used.
    """
    return write_entries("biblatex", items, _encode)
