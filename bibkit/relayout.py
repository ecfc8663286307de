"""Annotated documents laid out again: more layouts of the same real text for the finder to learn.

The finder learns where notes and entries start from how lines look: markers, indentation,
blank lines, where a line breaks. The real corpus has each text in the one layout it was copied
in, so the finder learned those layouts and split entries wrapped in any other (a PDF's column,
a journal's hanging indent, entries separated by blank lines): on unseen real text two thirds of
the continuation lines were read as new entries. A re-laid copy keeps every word, marker and
label of the annotated text and changes only the layout of its notes and entries: each is
re-wrapped at another width or given one line of its own, with or without a hanging indent,
with or without a blank line between them. Headings, body text and page furniture stay as they
were. The first copy always gives each note and entry one line, unindented and unspaced: copies
that are all wrapped taught the finder to join one-line entries (a line ending in a full stop
followed by a surname was read as a continuation).

Re-laid copies are training data only: they are made from the documents a model is trained
on, never counted in an evaluation (``bench/crossval.py`` tests each fold on the real text).
"""

from __future__ import annotations

import textwrap
import zlib
from collections.abc import Iterator

from bibkit.corpus import Annotated

_CONTINUATION = {"note-start": "note-cont", "ref-start": "ref-cont"}
_WIDTHS = (55, 65, 78)
# Wrapped notes and entries show where they start by a hanging indent or not at all (flush, as
# PDF text is), with or without a blank line between them. Flush copies alone taught the finder to
# read a one-line entry that ends in a full stop, right after another, as that one's continuation
# (the commonest paste of all); with the ``fit`` feature (would the next line's first word have
# fitted on this one?) and a bulleted copy of each list they no longer do. Finder-only grouped
# cross-validation on 283 publications, line accuracy (real text; one line each; three-entry
# excerpts): hanging copies only 0.856, 0.862, 0.887; with flush and bulleted copies and ``fit``
# 0.899, 0.880, 0.892.
_SHOWN = ((True, False), (True, True), (False, False), (False, True))
_FLUSH = 2  # index in _SHOWN of flush, unspaced
# Copies per document: the one-line layout, then layouts (a width, an indent, a spacing) chosen
# from the document's name, so that the same corpus always gives the same copies.
COPIES = 3


def relaid(lines: list[str], labels: list[str], layout: int, bullet: str = "") -> tuple[list[str], list[str]]:
    """``lines`` and their ``labels`` with each note and entry laid out as ``layout`` says: 0 one
    line each, flush and unspaced; any other number a width, an indent, and a spacing. ``bullet``
    is put before every list entry (a list pasted from a page that shows its entries as bullets)."""
    width = _WIDTHS[layout % 3] if layout else 0
    indented, spaced = _SHOWN[(layout // 3) % len(_SHOWN)] if layout else (False, False)
    indent = "    " if indented else ""
    out: list[str] = []
    out_labels: list[str] = []
    i = 0
    while i < len(lines):
        label = labels[i]
        cont = _CONTINUATION.get(label)
        if cont is None:
            out.append(lines[i])
            out_labels.append(label if lines[i].strip() else "blank")
            i += 1
            continue
        parts = [lines[i].strip()]
        i += 1
        while i < len(lines) and labels[i] == cont:
            parts.append(lines[i].strip())
            i += 1
        text = " ".join(part for part in parts if part)
        if bullet and label == "ref-start":
            text = bullet + text
        wrapped = [text]
        if width:
            wrapped = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [text]
        if spaced and out and out[-1].strip():
            out.append("")
            out_labels.append("blank")
        out.append(wrapped[0])
        out_labels.append(label)
        out.extend(indent + line for line in wrapped[1:])
        out_labels.extend(cont for _ in wrapped[1:])
    return out, out_labels


def excerpts(
    lines: list[str], labels: list[str], size: int = 3, count: int = 2
) -> Iterator[tuple[list[str], list[str]]]:
    """Runs of ``size`` notes or entries cut from the document as they stand, as a user pastes a
    few entries of a list: the finder must read a three-line paste without the document around it."""
    starts = [i for i, label in enumerate(labels) if label in _CONTINUATION]
    for first in range(0, min(len(starts) - size, size * count), size):
        begin, end = starts[first], starts[first + size]
        yield lines[begin:end] + [""], labels[begin:end] + ["blank"]


def copies(doc: Annotated) -> Iterator[tuple[list[str], list[str]]]:
    """The re-laid copies of a document that has notes or entries (none for one without), a
    bulleted flush copy of a list, and short excerpts of it."""
    if not any(label in _CONTINUATION for label in doc.labels):
        return
    named = zlib.crc32(doc.group.encode("utf-8"))
    for copy in range(COPIES):
        yield relaid(doc.lines, doc.labels, 0 if copy == 0 else named + 5 * copy)
    if "ref-start" in doc.labels:
        yield relaid(doc.lines, doc.labels, 3 * _FLUSH + named % 3, bullet="- ")
    yield from excerpts(doc.lines, doc.labels)
