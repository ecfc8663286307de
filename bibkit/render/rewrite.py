"""A copy of a Markdown article with its notes and reference list replaced by rendered ones.

The Document says where each part came from: ``notes[i].spans`` (1-based inclusive line ranges
of the note, one per page it runs over) and ``bibliography`` (``heading_line`` and one span per
entry). A note's first line keeps its marker (``<sup>N</sup>``, ``[^N]:``, ``¹``, ``N.``) and
gets the rendered text; its other lines go. The reference list goes line by line, and the
rendered bibliography takes the place of its first entry; lines inside its spans that are not
entry text stay where they are: page breaks, blank lines, and footnotes printed at a page foot
inside the list (those are rewritten as notes).
"""

from __future__ import annotations

import re
from typing import Any

from bibkit.render.notes import Rendering
from bibkit.render.output import md_bibliography, md_line_start

_MARKER = re.compile(
    r"^(?P<m>[ \t]*(?:\\?<sup>[ \t]*(?P<a>\d+)[ \t]*</sup>|\[\^(?P<b>\d+)\]:|(?P<c>[¹²³⁰⁴⁵⁶⁷⁸⁹]+)|(?P<d>\d+)[.)]?(?=[ \t])))[ \t]*"
)
_SUPERSCRIPT = str.maketrans("¹²³⁰⁴⁵⁶⁷⁸⁹", "1230456789")
# Lines that are page furniture, never entry text: breaks and bare page numbers.
_FURNITURE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,}|\f+|\d{1,4})?[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•][ \t]|\d{1,4}[.)][ \t])")


def rewrite_markdown(source: str, document: dict[str, Any], rendering: Rendering) -> tuple[str, list[str]]:
    """``source`` with notes and reference list replaced from ``rendering`` (Markdown output).

    :param source: the article's text, decoded as the parser decoded it (same line numbers).
    :returns: the new text and the problems met (a note whose marker is not where its span
        says is left as it was).
    """
    if rendering.output != "markdown":
        raise ValueError("rewrite needs a rendering in markdown")
    lines = source.split("\n")
    problems: list[str] = []
    replace: dict[int, list[str]] = {}  # 1-based line → lines to put there
    drop: set[int] = set()
    protected = _rewrite_notes(lines, document, rendering, replace, drop, problems)
    _rewrite_bibliography(lines, document, rendering, protected, replace, drop, problems)
    return _emit(lines, replace, drop), problems


def _in_range(span: Any, count: int) -> tuple[int, int] | None:
    try:
        first, last = int(span[0]), int(span[1])
    except (TypeError, ValueError, IndexError):
        return None
    return (first, last) if 1 <= first <= last <= count else None


def _marker_number(m: re.Match[str]) -> int:
    if m["c"]:
        return int(m["c"].translate(_SUPERSCRIPT))
    return int(m["a"] or m["b"] or m["d"])


def _rewrite_notes(
    lines: list[str],
    document: dict[str, Any],
    rendering: Rendering,
    replace: dict[int, list[str]],
    drop: set[int],
    problems: list[str],
) -> set[int]:
    rendered = {n.number: n.text for n in rendering.notes}
    protected: set[int] = set()
    for note in document.get("notes") or []:
        number = int(note["number"])
        spans = note.get("spans")
        if not spans and note.get("line"):
            problems.append(f"note {number}: no spans in the Document; only its first line is rewritten")
            spans = [[note["line"], note["line"]]]
        ranges = [r for r in (_in_range(s, len(lines)) for s in spans or []) if r]
        if not ranges or number not in rendered:
            problems.append(f"note {number}: no usable source lines; left as it was")
            continue
        lines_of_note = {n for first, last in ranges for n in range(first, last + 1)}
        protected |= lines_of_note
        anchor = ranges[0][0]
        m = _MARKER.match(lines[anchor - 1])
        if not m or _marker_number(m) != number:
            problems.append(f"note {number}: line {anchor} does not start with its marker; left as it was")
            continue
        replace[anchor] = [f"{m['m']} {rendered[number]}"]
        drop |= {n for n in lines_of_note - {anchor} if not _FURNITURE.match(lines[n - 1])}
    return protected


def _rewrite_bibliography(
    lines: list[str],
    document: dict[str, Any],
    rendering: Rendering,
    protected: set[int],
    replace: dict[int, list[str]],
    drop: set[int],
    problems: list[str],
) -> None:
    bib = document.get("bibliography")
    if not bib:
        if rendering.bibliography:
            problems.append("the article has no reference list; the rendered bibliography is not inserted")
        return
    if rendering.bibliography is None:
        problems.append("the style has no bibliography; the reference list is left as it was")
        return
    ranges = [r for r in (_in_range(s, len(lines)) for s in bib.get("spans") or []) if r]
    entry_lines = sorted(
        n
        for first, last in ranges
        for n in range(first, last + 1)
        if n not in protected and not _FURNITURE.match(lines[n - 1])
    )
    if not entry_lines:
        problems.append("the Document gives no lines for the reference list; left as it was")
        return
    # Written as the source wrote most entries: list items or paragraphs.
    starts = [lines[first - 1] for first, _ in ranges]
    as_list = 2 * sum(bool(_LIST_ITEM.match(line)) for line in starts) > len(starts)
    if as_list:
        block = md_bibliography(e.text for e in rendering.bibliography)
    else:
        block = []
        for entry in rendering.bibliography:
            block += [md_line_start(" ".join(entry.text.split())), ""]
        block.pop()
    replace[entry_lines[0]] = block
    drop.update(entry_lines[1:])


def _emit(lines: list[str], replace: dict[int, list[str]], drop: set[int]) -> str:
    out: list[str] = []
    removed = False  # a line was dropped since the last one written
    for number, line in enumerate(lines, start=1):
        if number in drop:
            removed = True
            continue
        for new in replace.get(number, [line]):
            # Dropping lines leaves their blank neighbours side by side: keep one.
            if removed and not new.strip() and out and not out[-1].strip():
                continue
            out.append(new)
            removed = False
    return "\n".join(out)
