"""Exports: the one format table and the functions that write through it.

``FORMATS`` maps a format name to its writer, file suffix and aliases; the CLI's ``--format``
choices, suffix inference and the round-trip tests all derive from it. Each writer takes
CSL-JSON items and returns text; files and encodings are handled here, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bibkit.export import biblatex, bibtex, csl, ris


@dataclass(frozen=True)
class Format:
    """One export format.

    :param name: the canonical name (``--format`` value).
    :param writer: ``write(items, **opts) -> str``.
    :param suffix: the file suffix bibkit writes (``.biblatex.bib`` tells the BibLaTeX file apart).
    :param aliases: other accepted names.
    :param description: one line for ``--help``.
    """

    name: str
    writer: Callable[..., str]
    suffix: str
    aliases: tuple[str, ...]
    description: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("bibtex", bibtex.write, ".bib", ("bib",), "classic BibTeX, pure ASCII (bibtex, plain.bst)"),
        Format("biblatex", biblatex.write, ".biblatex.bib", ("biber",), "BibLaTeX for biber, UTF-8"),
        Format(
            "csl", csl.write, ".json", ("csl-json", "csljson"), "CSL-JSON array (citeproc, pandoc, Zotero)"
        ),
        Format("ris", ris.write, ".ris", (), "RIS as Zotero imports it"),
    )
}


def names() -> list[str]:
    """Every accepted format name and alias, canonical names first (for ``--format`` choices)."""
    return [*FORMATS, *(a for f in FORMATS.values() for a in f.aliases)]


def resolve(name: str) -> Format:
    """The format called ``name`` or one of its aliases (case-insensitive).

    :param name: a format name or alias.
    :raises KeyError: for an unknown name.
    """
    wanted = name.strip().lower()
    for fmt in FORMATS.values():
        if wanted == fmt.name or wanted in fmt.aliases:
            return fmt
    raise KeyError(f"unknown export format {name!r}; choose one of {', '.join(names())}")


def format_for_path(path: str | Path) -> Format | None:
    """The format a file name implies by its suffix (the longest matching suffix wins), or None.

    :param path: an output file name.
    """
    name = str(path).lower()
    matches = [f for f in FORMATS.values() if name.endswith(f.suffix)]
    return max(matches, key=lambda f: len(f.suffix)) if matches else None


def _items(items: Iterable[Any]) -> list[dict[str, Any]]:
    """CSL-JSON dicts from dicts or from objects with ``to_csl()`` (``bibkit.model.Record``)."""
    return [x.to_csl() if hasattr(x, "to_csl") else dict(x) for x in items]


def write(format_name: str, items: Iterable[Any], **opts: Any) -> str:
    """``items`` in the named format.

    :param format_name: a name or alias from :data:`FORMATS`.
    :param items: CSL-JSON items or records.
    :param opts: passed to the writer (``csl`` takes ``keep_custom``).
    """
    return resolve(format_name).writer(_items(items), **opts)


def write_file(format_name: str, items: Iterable[Any], path: str | Path, **opts: Any) -> Path:
    """Write ``items`` to ``path`` as UTF-8, byte for byte as :func:`write` returns them (no
    newline translation, so RIS keeps its CRLF on every platform).

    :param format_name: a name or alias from :data:`FORMATS`.
    :param items: CSL-JSON items or records.
    :param path: the output file.
    :param opts: passed to the writer.
    """
    target = Path(path)
    target.write_bytes(write(format_name, items, **opts).encode("utf-8"))
    return target


__all__ = ["FORMATS", "Format", "format_for_path", "names", "resolve", "write", "write_file"]
