"""The finder: what each line of a document is, and the notes and list entries those lines make.

The line model (:mod:`bibkit.find.features`, ``finder`` in :mod:`bibkit.crf`) labels every
non-blank line; :mod:`bibkit.find.lines` turns the labels into notes and entries. A note's number
is its marker's (``[^12]:``, ``<sup>12</sup>``, ``12.``); a note without a readable number takes
the next one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bibkit.crf import Model, model
from bibkit.find.features import document_features
from bibkit.find.lines import Block, assemble
from bibkit.model import Entry, Note

_MARKDOWN = re.compile(r"<sup>|\[\^|^#{1,6} |\*\*", re.M)


@dataclass
class Found:
    """The notes and entries of a document, and the label of every line (0-based)."""

    kind: str  # "markdown" | "text" | "list"
    labels: list[str]
    notes: list[Note] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    heading_line: int | None = None  # 1-based line of the reference list's heading


def label_lines(lines: list[str], finder: Model | None = None) -> list[str]:
    """The finder's label for every line; blank lines are ``blank``.

    :param finder: the line model (the installed one unless given).
    """
    labels = ["blank"] * len(lines)
    index, features = document_features(lines)
    if index:
        for i, label in zip(index, (finder or model("finder")).tag(features), strict=True):
            labels[i] = label
    return labels


def _spans(block: Block) -> list[tuple[int, int]]:
    """1-based inclusive line ranges of a block's consecutive lines."""
    spans: list[tuple[int, int]] = []
    for line in block.lines:
        n = line + 1
        if spans and spans[-1][1] + 1 == n:
            spans[-1] = (spans[-1][0], n)
        else:
            spans.append((n, n))
    return spans


def blocks_to_found(lines: list[str], labels: list[str], text: str) -> Found:
    """Notes and entries from labelled lines (shared by the finder and the annotated corpus)."""
    found = Found(kind="list", labels=labels)
    number = 0
    for block in assemble(lines, labels):
        spans = _spans(block)
        if block.kind == "note":
            marked = block.marker.number if block.marker else ""
            number = int(marked) if marked.isdecimal() else number + 1
            found.notes.append(Note(number=number, text=block.text, line=block.line + 1, spans=spans))
        else:
            found.entries.append(Entry(text=block.text, line=block.line + 1, spans=spans))
    heads = [i for i, label in enumerate(labels) if label == "refs-head"]
    found.heading_line = heads[0] + 1 if heads else None
    if _MARKDOWN.search(text):
        found.kind = "markdown"
    elif found.notes or found.heading_line or any(label in ("text", "head") for label in labels):
        found.kind = "text"
    return found


def find(text: str) -> Found:
    """Label the lines of ``text`` and assemble its notes and list entries."""
    lines = text.split("\n")
    return blocks_to_found(lines, label_lines(lines), text)
