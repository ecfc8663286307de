"""Labelled lines → notes and list entries: the rules that follow the finder's line labels.

The finder (or an annotator) says what each line is; this module turns the labels into blocks of
text: a note or an entry starts at a ``note-start``/``ref-start`` line, whose leading marker is read
by rule (:func:`read_marker`), and runs on over its ``*-cont`` lines, also across page furniture
and, for footnotes continued on the next page, across that page's body text. Lines are joined by
:func:`line_glue`, which mends end-of-line hyphenation. Every piece of a block remembers the
source line it came from, so spans and the annotated corpus can map offsets both ways.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from bibkit.tables import load

LINE_LABELS: tuple[str, ...] = tuple(load("labels")["line"])
STARTS = {"note-start": "note", "ref-start": "ref"}
CONTINUATIONS = {"note-cont": "note", "ref-cont": "ref"}


@dataclass(frozen=True)
class Marker:
    """The marker that opens a line: its kind (``md``, ``sup``, ``dot`` …), number and length."""

    kind: str
    number: str
    end: int
    group: str = ""


@cache
def _markers() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    table = load("markers")
    return tuple((m["kind"], m["group"], re.compile(m["pattern"])) for m in table["markers"])


@cache
def _superscripts() -> dict[int, str]:
    source, target = load("markers")["superscript_digits"]
    return str.maketrans(source, target)


def read_marker(line: str) -> Marker | None:
    """The note or list marker at the start of ``line`` (``[^12]:``, ``<sup>3</sup>``, ``12.``, ``- `` …)."""
    for kind, group, pattern in _markers():
        m = pattern.match(line)
        if m:
            number = m.group(1) if m.re.groups and m.group(1) else ""
            return Marker(kind, number.translate(_superscripts()), m.end(), group)
    return None


_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*$")
_CODE_TAIL = re.compile(r"(?<![\w.])[A-ZÇĞİÖŞÜ]{1,6}\.$")
_CODE_HEAD = re.compile(r"[A-ZÇĞİÖŞÜ]{2,}[.,]")
_URL_PART = re.compile(r"[/=_?&%\d]")


def line_glue(first: str, second: str) -> tuple[int, str]:
    """How two lines of one text join: characters to drop from ``first``'s end, and the separator.

    A PDF breaks lines anywhere: ``Kafkas-`` + ``ya`` mends to ``Kafkasya``; ``2533-`` + ``2548``,
    ``R-`` + ``8406``, ``HR.`` + ``SYS,`` and a URL cut at the line end join without a space; all
    else joins with one. Only the two ends are looked at, so joining many lines stays linear.
    """
    if not first or not second:
        return 0, ""
    tail = first[-80:]
    last = tail[-1]
    if last == "-" and len(tail) > 1:
        before = tail[-2]
        if (
            before.isalpha()
            and second[0].islower()
            and not (before.isupper() and len(tail) > 2 and not tail[-3].isalnum())
        ):
            return 1, ""
        if (before.isdigit() or (before in "RР" and (len(tail) < 3 or not tail[-3].isalnum()))) and second[
            0
        ].isdigit():
            return 0, ""
    space = tail.rfind(" ")
    word = tail[space + 1 :]
    if _URL_TAIL.search(word) and not second[0].isupper() and not second.startswith(("(", "[")):
        # A URL continues when it was cut after a separator or the next token looks like a URL part.
        token = second.split(None, 1)[0]
        if last in "/-_=.?&" or _URL_PART.search(token):
            return 0, ""
    if _CODE_TAIL.search(tail) and _CODE_HEAD.match(second):
        return 0, ""
    return 0, " "


@dataclass(frozen=True)
class Piece:
    """Characters ``start:end`` of source line ``line`` (0-based) sit at ``offset`` in the block text."""

    line: int
    start: int
    end: int
    offset: int


@dataclass
class Block:
    """One note or list entry assembled from its lines; ``line`` is its first source line (0-based)."""

    kind: str  # "note" | "ref"
    marker: Marker | None
    line: int
    pieces: list[Piece] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    size: int = 0

    @property
    def text(self) -> str:
        return "".join(self.parts)

    @property
    def lines(self) -> list[int]:
        """Source lines (0-based) the block was read from, in order, without repeats."""
        seen = [self.line]
        for piece in self.pieces:
            if seen[-1] != piece.line:
                seen.append(piece.line)
        return seen

    def add(self, line: int, text: str, start: int) -> None:
        """Append characters ``start:`` of a source line, trimmed, joined to what came before."""
        end = len(text.rstrip())
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            return
        chunk = text[start:end]
        if self.parts:
            drop, sep = line_glue(self.parts[-1], chunk)
            if drop:
                last = self.pieces[-1]
                self.parts[-1] = self.parts[-1][:-drop]
                self.pieces[-1] = Piece(last.line, last.start, last.end - drop, last.offset)
                self.size -= drop
            if sep:
                self.parts.append(sep)
                self.size += len(sep)
        self.pieces.append(Piece(line, start, end, self.size))
        self.parts.append(chunk)
        self.size += len(chunk)

    def offset_of(self, line: int, column: int) -> int:
        """The block-text offset of a column of one of its source lines (clamped to the piece)."""
        for piece in self.pieces:
            if piece.line == line:
                return piece.offset + min(max(column - piece.start, 0), piece.end - piece.start)
        return self.size if any(p.line < line for p in self.pieces) else 0


def assemble(lines: list[str], labels: list[str]) -> list[Block]:
    """Notes and entries from labelled lines, in order of their first line.

    A ``*-cont`` line joins the last block of its kind, even across body text (a footnote that runs
    on at the foot of the next page); one with no block before it starts a block.
    """
    blocks: list[Block] = []
    last: dict[str, Block] = {}
    for number, (line, label) in enumerate(zip(lines, labels, strict=True)):
        kind = STARTS.get(label)
        if kind is not None:
            marker = read_marker(line)
            block = Block(kind, marker, number)
            block.add(number, line, marker.end if marker else 0)
            blocks.append(block)
            last[kind] = block
            continue
        kind = CONTINUATIONS.get(label)
        if kind is None:
            continue
        block = last.get(kind)
        if block is None:
            block = Block(kind, None, number)
            blocks.append(block)
            last[kind] = block
        # A continuation printed as a new list item after a page break keeps no bullet ("- Üniversitesi …").
        bullet = read_marker(line)
        block.add(number, line, bullet.end if bullet and bullet.kind == "bullet" else 0)
    return blocks
