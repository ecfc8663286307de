"""Exports: the one format table and the functions that write through it.

``FORMATS`` maps a format name to its writer, file suffix and aliases; the CLI's ``--format``
choices, suffix inference and the round-trip tests all derive from it. Each writer gives its file
in pieces from CSL-JSON items and their keys; files and encodings are handled here, once.

Records become CSL-JSON one at a time as the writer reaches them, and :func:`write_file` writes
the pieces as they come, so exporting a million records holds the records and their keys, never
a million CSL items or the whole file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from bibkit.atomic import atomic_write
from bibkit.export import biblatex, bibtex, csl, ris
from bibkit.export.keys import unique_keys


@dataclass(frozen=True)
class Format:
    """One export format.

    :param name: the canonical name (``--format`` value).
    :param pieces: ``pieces(items, keys, **opts)`` gives the file's text in order, in pieces.
    :param suffix: the file suffix bibkit writes (``.biblatex.bib`` tells the BibLaTeX file apart).
    :param aliases: other accepted names.
    :param description: one line for ``--help``.
    """

    name: str
    pieces: Callable[..., Iterator[str]]
    suffix: str
    aliases: tuple[str, ...]
    description: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("bibtex", bibtex.pieces, ".bib", ("bib",), "classic BibTeX, pure ASCII (bibtex, plain.bst)"),
        Format("biblatex", biblatex.pieces, ".biblatex.bib", ("biber",), "BibLaTeX for biber, UTF-8"),
        Format(
            "csl", csl.pieces, ".json", ("csl-json", "csljson"), "CSL-JSON array (citeproc, pandoc, Zotero)"
        ),
        Format("ris", ris.pieces, ".ris", (), "RIS as Zotero imports it"),
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


def _csl(item: Any) -> dict[str, Any]:
    """A CSL-JSON dict from a dict or from an object with ``to_csl()`` (``bibkit.model.Record``)."""
    return item.to_csl() if hasattr(item, "to_csl") else dict(item)


def _id(item: Any) -> str:
    """An item's id without building its CSL-JSON (a record's ``to_csl()`` writes ``id`` as it is)."""
    return str(item.id if hasattr(item, "to_csl") else item.get("id", ""))


# Pieces are gathered to about this many characters before they are handed on: few large writes
# to a file or a pipe, and a bounded amount of text held.
_CHUNK = 1 << 20


def pieces(format_name: str, items: Iterable[Any], **opts: Any) -> Iterator[str]:
    """``items`` in the named format, as consecutive pieces of text (about a megabyte each).

    :param format_name: a name or alias from :data:`FORMATS`.
    :param items: CSL-JSON items or records.
    :param opts: passed to the writer (``csl`` takes ``keep_custom``).
    """
    fmt = resolve(format_name)
    items = items if isinstance(items, list) else list(items)
    keys = unique_keys(_id(item) for item in items)
    held: list[str] = []
    size = 0
    for piece in fmt.pieces((_csl(item) for item in items), keys, **opts):
        held.append(piece)
        size += len(piece)
        if size >= _CHUNK:
            yield "".join(held)
            held, size = [], 0
    if held:
        yield "".join(held)


def write(format_name: str, items: Iterable[Any], **opts: Any) -> str:
    """``items`` in the named format.

    :param format_name: a name or alias from :data:`FORMATS`.
    :param items: CSL-JSON items or records.
    :param opts: passed to the writer (``csl`` takes ``keep_custom``).
    """
    return "".join(pieces(format_name, items, **opts))


def _write_pieces(fh: BinaryIO, format_name: str, items: Iterable[Any], opts: dict[str, Any]) -> None:
    for piece in pieces(format_name, items, **opts):
        fh.write(piece.encode("utf-8"))


def write_file(format_name: str, items: Iterable[Any], path: str | Path, **opts: Any) -> Path:
    """Write ``items`` to ``path`` as UTF-8, byte for byte as :func:`write` returns them (no
    newline translation, so RIS keeps its CRLF on every platform).

    :param format_name: a name or alias from :data:`FORMATS`.
    :param items: CSL-JSON items or records.
    :param path: the output file.
    :param opts: passed to the writer.
    """
    target = Path(path)
    with atomic_write(target) as fh:
        _write_pieces(fh, format_name, items, opts)
    return target


__all__ = ["FORMATS", "Format", "format_for_path", "names", "pieces", "resolve", "write", "write_file"]
