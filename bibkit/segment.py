"""Text → footnotes and reference-list entries, with their source lines.

An article converted from PDF arrives as pages: body text, a page break (``---``), the page's
footnotes, then the next page's body. A note may run on past a page break, and a list entry may
be split by one, sometimes with the continuation printed as a new list item after a footnote.
Whether two fragments belong together is decided by a sum of small named scores
(:func:`note_continuation_score`, :func:`entry_continuation_score`), each unit-tested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bibkit import turkish
from bibkit.model import Entry, Note
from bibkit.tables import load

PAGE_BREAK = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,}|(?:[-*_][ \t]){2,}[-*_]|\f+)[ \t]*$")
STRAY_PAGE_NUMBER = re.compile(r"^[ \t]*(?:\d{1,4}|[-–]\s*\d{1,4}\s*[-–])[ \t]*$")
SUP_NOTE = re.compile(r"^[ \t]*\\?<sup>[ \t]*(\d{1,4})[ \t]*</sup>[ \t]*")
MD_NOTE = re.compile(r"^[ \t]{0,3}\[\^([^\]\s]{1,20})\]:[ \t]*")
UNICODE_SUP = re.compile(r"^[ \t]*([¹²³⁰⁴-⁹]{1,4})[ \t]*")
PLAIN_NOTE = re.compile(r"^[ \t]*(\d{1,4})(?:[.)])?[ \t]+(?=[^\W\d_]|[\"“«*(\[])")
AUTHOR_NOTE = re.compile(r"^[ \t]*(?:\\\*|\*(?=[ \t])|†|‡|\\\*\\\*)[ \t]*")
LIST_MARKER = re.compile(r"^[ \t]*(?:[-•*+–][ \t]+|\d{1,4}[.)][ \t]+|\[\d{1,4}\][ \t]*)")
MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$")
BOLD_HEADING = re.compile(r"^[ \t]*(\*\*|__)(.+?)\1[ \t]*:?[ \t]*$")
_SUPERSCRIPT_DIGITS = str.maketrans("¹²³⁰⁴⁵⁶⁷⁸⁹", "1230456789")
_TERMINAL = re.compile(r"[.!?…][\"”»’)\]*_]*\s*$")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)|\b(?:n\.d\.|t\.y\.|ts\.|b\.t\.|s\.a\.)")
_QUOTED = re.compile(r"[“«\"][^”»\"]{0,400}[”»\"]")
_ENTRY_START = re.compile(
    # SURNAME in capitals, "Surname, G." / "Surname, Given", or an archive acronym with a comma.
    r"^[ \t]*(?:[-•*+–][ \t]+|\d{1,4}[.)][ \t]+)?(?:"
    r"[^\W\d_a-zçğıöşüа-я]{2,}[,\s]"
    r"|[^\W\d_]{2,}(?:[-'’][^\W\d_]+)?(?:[ \t][^\W\d_]{2,})?,[ \t]*[^\W\d_]"
    r")"
)


@dataclass
class Segments:
    """The parts of a document bibkit parses, in source order."""

    kind: str
    notes: list[Note] = field(default_factory=list)
    entries: list[Entry] = field(default_factory=list)
    heading_line: int | None = None
    skipped: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class _Block:
    lines: list[tuple[int, str]]
    after_break: bool


def _headings() -> dict[str, set[str]]:
    data = load("headings")
    return {key: set(values) for key, values in data.items() if not key.startswith("_")}


def heading_text(line: str) -> str | None:
    """The text of a Markdown (``## References``) or bold (``**Kaynakça**``) heading, else None."""
    m = MD_HEADING.match(line)
    if m:
        return m.group(1)
    m = BOLD_HEADING.match(line)
    if m:
        return m.group(2)
    return None


def normalise_heading(text: str) -> str:
    """``**5. KAYNAKÇA:**`` → ``kaynakça`` (markup, numbering and colons stripped, Turkish lower case)."""
    text = re.sub(r"[*_#`]", "", text).strip()
    text = re.sub(r"^(?:\d{1,2}|[IVXLC]{1,5}|[A-Z])[.)]\s+", "", text)
    text = text.rstrip(" :.").strip()
    return re.sub(r"\s+", " ", turkish.lower(text))


def heading_kind(line: str, alone: bool) -> str | None:
    """``bibliography``, ``bibliography_parts``, ``end``, ``notes`` or ``other`` for a heading line.

    :param alone: the line is a block by itself, so a plain line (no markup) may be a heading.
    """
    text = heading_text(line)
    marked = text is not None
    if text is None:
        if not alone or len(line.strip()) > 60:
            return None
        text = line
    key = normalise_heading(text)
    for kind in ("bibliography", "bibliography_parts", "notes", "end"):
        if key in _headings()[kind]:
            return kind
    return "other" if marked else None


def _note_marker(line: str) -> tuple[int, int] | None:
    """(number, end of marker) for the explicit footnote forms ``<sup>N</sup>``, ``[^N]:``, ``¹``."""
    m = SUP_NOTE.match(line)
    if m:
        return int(m.group(1)), m.end()
    m = MD_NOTE.match(line)
    if m and m.group(1).isdigit():
        return int(m.group(1)), m.end()
    m = UNICODE_SUP.match(line)
    if m:
        return int(m.group(1).translate(_SUPERSCRIPT_DIGITS)), m.end()
    return None


def _plain_marker(line: str, expected: int) -> tuple[int, int] | None:
    """``N text`` at a page foot: accepted only for the next expected note number."""
    m = PLAIN_NOTE.match(line)
    if m and int(m.group(1)) == expected:
        return expected, m.end()
    return None


def _ends_unfinished(text: str) -> bool:
    return not _TERMINAL.search(text.rstrip())


def _starts_lower(text: str) -> bool:
    stripped = LIST_MARKER.sub("", text, count=1).lstrip('*_ \t"“«(')
    return bool(stripped) and (stripped[0].islower() or stripped[0].isdigit())


def note_continuation_score(note_text: str, block_text: str, after_break: bool, before_note: bool) -> int:
    """How strongly a block after a page break continues the last note rather than the body.

    Scores: the note is unfinished (+2, or -1 when it ends a sentence); the block starts in lower
    case (+1); it comes straight after the break (+1); a footnote follows it, so it sits at the
    page foot (+1). Three or more joins it to the note.
    """
    score = 2 if _ends_unfinished(note_text) else -1
    score += 1 if _starts_lower(block_text) else 0
    score += 1 if after_break else -2
    score += 1 if before_note else 0
    return score


NOTE_JOIN_THRESHOLD = 3


def entry_continuation_score(prev: str, nxt: str, page_break: bool, wrapped_mode: bool) -> int:
    """How strongly the line (or block) ``nxt`` continues the entry ``prev``.

    Scores: ``prev`` does not end a sentence (+1) or ends with a joining mark ``, : ; - (`` (+2,
    instead); ``prev`` has no year yet (+1); ``nxt`` starts in lower case (+2); ``nxt`` starts
    like an entry — a surname in capitals, ``Surname, Given`` — (-2); ``nxt`` is a list item
    (-1); ``nxt`` starts with an imprint, ``Ankara: …`` (+4), or is a fragment of three words or
    fewer without a number, ``University Press.`` (+1); a page break lies between (+1); the
    list prints one entry per paragraph and both lines are in one paragraph (+4). Years inside
    quoted titles do not count. Two or more joins the two.
    """
    prev = prev.rstrip()
    if re.search(r"[,:;(\[/–-]$|\b(?:and|ve|и|und|et|ile)$", prev):
        score = 2
    elif _ends_unfinished(prev):
        score = 1
    else:
        score = -2
    score += 0 if _YEAR.search(_QUOTED.sub(" ", prev)) else 1
    score += 2 if _starts_lower(nxt) else 0
    score += 4 if _starts_with_imprint(nxt) else 0
    score += 1 if _FRAGMENT.fullmatch(nxt.strip()) else 0
    score -= 1 if LIST_MARKER.match(nxt) else 0
    score += 1 if page_break else 0
    score += 4 if wrapped_mode else 0
    # The name parser is the costly test and can only lower the score: ask it only when it matters.
    if score >= ENTRY_JOIN_THRESHOLD and not _starts_lower(nxt) and _starts_like_entry(nxt):
        score -= 2
    return score


ENTRY_JOIN_THRESHOLD = 2
# "Ankara: Berikan Yayınevi." or "М.: Наука, 1999.": the imprint, never the start of an entry.
_FRAGMENT = re.compile(r"[^\d\s,;:]{1,30}(?:\s[^\d\s,;:]{1,30}){0,2}")
_IMPRINT_START = re.compile(
    r"[ \t]*(?:[A-ZÇĞİÖŞÜА-ЯЁ][\w'’.-]{0,20}(?:[ -][A-ZÇĞİÖŞÜА-ЯЁ][\w'’-]{1,20})?)\s*:\s+\S"
)


def _starts_with_imprint(line: str) -> bool:
    """``Ankara: Berikan Yayınevi.``, ``М.: Наука, 1999.``: a place, a colon and a publisher.

    The place must be known, or the words after the colon must name a publisher or be followed by
    the year: ``BOA: DH.KMS`` and ``Turkey: A Modern History.`` start entries, not imprints.
    """
    m = _IMPRINT_START.match(line)
    if not m:
        return False
    from bibkit.parse import fields as F

    place, _, rest = line.strip().partition(":")
    if F.is_place(place) or F.expand_place_abbreviation(place):
        return True
    publisher = re.split(r"[,.]\s", rest.strip(), maxsplit=1)
    return F.place_shaped(place) and (
        F.has_keyword("publisher", publisher[0])
        or bool(re.match(r"\s*\d{4}\b", publisher[1] if len(publisher) > 1 else ""))
    )


def _starts_like_entry(line: str) -> bool:
    """A surname in capitals, or a name a reader would take for an author (``İnalcık, Halil``).

    ``Kurumu Yayınları, Ankara`` or ``Vostok, No. 4`` have the shape but are no names: the
    shape is confirmed by the name parser.
    """
    if not _ENTRY_START.match(line):
        return False
    head = LIST_MARKER.sub("", line, count=1).lstrip()
    first = head.split(" ", 1)[0].rstrip(",")
    if len(first) >= 2 and first.isupper():
        return True
    from bibkit.parse.names import split_leading_names

    return bool(split_leading_names(head[:160], "list").names)


def join_lines(first: str, second: str) -> str:
    """Join two fragments, undoing end-of-line hyphenation (``Kafkas-`` + ``ya`` → ``Kafkasya``)."""
    first, second = first.rstrip(), second.strip()
    if not first:
        return second
    drop, sep = line_glue(first, second)
    return first[: len(first) - drop] + sep + second


_URL_TAIL = re.compile(r"(?:https?://|www\.)\S*$")
_CODE_TAIL = re.compile(r"(?<![\w.])[A-ZÇĞİÖŞÜ]{1,6}\.$")
_CODE_HEAD = re.compile(r"[A-ZÇĞİÖŞÜ]{2,}[.,]")


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
    word = first[first.rfind(" ", 0, len(first)) + 1 :] if len(first) < 4000 else tail
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
    if _URL_TAIL.search(word) and not second[0].isupper() and not second.startswith(("(", "[")):
        # A URL continues when the URL was cut after a separator or the next token looks like a URL part.
        token = second.split(None, 1)[0]
        if last in "/-_=.?&" or re.search(r"[/=_?&%\d]", token):
            return 0, ""
    if _CODE_TAIL.search(tail) and _CODE_HEAD.match(second):
        return 0, ""
    return 0, " "


def _glue(first: str, second: str) -> str:
    drop, sep = line_glue(first, second)
    return sep if not drop else ""


class _Text:
    """Text built from many lines without quadratic string copies; the lines are joined once."""

    def __init__(self, first: str) -> None:
        self.parts = [first.strip()]

    def add(self, line: str) -> None:
        line = line.strip()
        if not line:
            return
        if self.parts and not self.parts[-1]:
            self.parts[-1] = line
            return
        last = self.parts[-1]
        drop, sep = line_glue(last, line)
        if drop:
            self.parts[-1] = last[:-drop]
        self.parts.append(line if sep else "\0" + line)  # "\0": joined without a space

    def tail(self, size: int = 400) -> str:
        out: list[str] = []
        total = 0
        for part in reversed(self.parts):
            out.append(part.lstrip("\0"))
            total += len(part) + 1
            if total >= size:
                break
        return " ".join(reversed(out))

    def text(self) -> str:
        return "".join(
            p[1:] if p.startswith("\0") else (" " + p if i else p) for i, p in enumerate(self.parts)
        ).strip()


def _blocks(lines: list[str]) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[tuple[int, str]] = []
    after_break = False
    pending_break = False
    for number, line in enumerate(lines, start=1):
        if STRAY_PAGE_NUMBER.match(line):
            continue  # a page number alone on its line: neither text nor a break between paragraphs
        if PAGE_BREAK.match(line):
            if current:
                blocks.append(_Block(current, after_break))
                current = []
            pending_break = True
            continue
        if not line.strip():
            if current:
                blocks.append(_Block(current, after_break))
                current = []
            continue
        if not current:
            after_break = pending_break
            pending_break = False
        current.append((number, line))
    if current:
        blocks.append(_Block(current, after_break))
    return blocks


def _strip_list_marker(text: str) -> str:
    return LIST_MARKER.sub("", text, count=1)


def _document_kind(text: str, has_notes: bool, has_heading: bool) -> str:
    if re.search(r"<sup>|\[\^|^#{1,6} |\*\*", text, re.M):
        return "markdown"
    return "text" if has_notes or has_heading else "list"


def segment(text: str) -> Segments:
    """Find the notes and the reference-list entries of ``text``.

    :param text: decoded document text (see :mod:`bibkit.read`).
    :returns: notes and entries in source order, with line numbers and spans.
    """
    lines = text.split("\n")
    blocks = _blocks(lines)
    explicit_notes = any(_note_marker(line) for line in lines)
    heading_at = _find_bibliography_heading(blocks)
    kind = _document_kind(text, explicit_notes, heading_at is not None)
    seg = Segments(kind=kind, heading_line=heading_at)
    bare_list = not explicit_notes and heading_at is None and not _has_plain_foot_notes(blocks)
    state = _State(
        seg, zone="bibliography" if bare_list else "body", bare=bare_list, plain_notes=not explicit_notes
    )
    state.wrapped_mode = _wrapped_mode(blocks, heading_at, bare_list)
    for index, block in enumerate(blocks):
        next_block = blocks[index + 1] if index + 1 < len(blocks) else None
        state.feed(block, next_block)
    state.close()
    return seg


def _has_plain_foot_notes(blocks: list[_Block]) -> bool:
    """Plain-text footnotes: ``1 text`` right after a page break, numbered from 1 on."""
    return any(b.after_break and _plain_marker(b.lines[0][1], 1) for b in blocks)


def _find_bibliography_heading(blocks: list[_Block]) -> int | None:
    found = None
    for block in blocks:
        for number, line in block.lines:
            if heading_kind(line, alone=len(block.lines) == 1) == "bibliography":
                found = number  # the last such heading: tables of contents name it earlier
    return found


def _wrapped_mode(blocks: list[_Block], heading_at: int | None, bare: bool) -> bool:
    """True when the list prints one entry per paragraph, wrapped over several lines."""
    start = 0 if bare else (heading_at or 0)
    body = [b for b in blocks if b.lines[0][0] > start and not _note_marker(b.lines[0][1])]
    if len(body) < 2:
        return False
    multi = [b for b in body if len(b.lines) > 1]
    if not multi:
        return False
    # In a one-entry-per-line list, most lines of a multi-line block start like an entry.
    starts = sum(
        1 for b in multi for _, line in b.lines[1:] if LIST_MARKER.match(line) or _starts_like_entry(line)
    )
    rest = sum(len(b.lines) - 1 for b in multi)
    return starts < 0.5 * rest


@dataclass
class _State:
    seg: Segments
    zone: str
    bare: bool
    plain_notes: bool = True
    wrapped_mode: bool = False
    note: Note | None = None
    entry: Entry | None = None
    entry_page_break: bool = False
    note_text: _Text | None = None
    entry_text: _Text | None = None

    def feed(self, block: _Block, next_block: _Block | None) -> None:
        first_number, first_line = block.lines[0]
        kind = heading_kind(first_line, alone=len(block.lines) == 1)
        if kind is not None and not self._starts_note(first_line):
            self._heading(kind, first_number)
            rest = block.lines[1:]
            if not rest:
                return
            block = _Block(rest, block.after_break)
            first_number, first_line = block.lines[0]
        if block.after_break and self.entry is not None:
            self.entry_page_break = True
        if not self._starts_note(first_line):
            before_note = next_block is not None and self._starts_note(next_block.lines[0][1])
            text = " ".join(line.strip() for _, line in block.lines[:4])
            if (
                self.note is not None
                and note_continuation_score(self._note_tail(), text[:400], block.after_break, before_note)
                >= NOTE_JOIN_THRESHOLD
            ):
                for number, line in block.lines:
                    self._extend_note(number, line)
                return
            if block.after_break and AUTHOR_NOTE.match(first_line):
                self.seg.skipped.append((first_number, "author note"))
                return
            if self.zone == "bibliography":
                self._entry_block(block)
            return
        for number, line in block.lines:
            marker = self._marker(line)
            if marker is not None:
                self._start_note(number, marker[0], line[marker[1] :])
            elif self.note is not None and self.note.spans and self.note.spans[-1][1] >= number - 1:
                self._extend_note(number, line)
            elif self.zone == "bibliography":
                self._entry_block(_Block([(number, line)], False))

    def _starts_note(self, line: str) -> bool:
        return self._marker(line) is not None

    def _marker(self, line: str) -> tuple[int, int] | None:
        marker = _note_marker(line)
        if marker:
            return marker
        if self.plain_notes and self.zone in ("body", "notes") and not self.bare:
            expected = self.note.number + 1 if self.note else 1
            return _plain_marker(line, expected)
        return None

    def _heading(self, kind: str, number: int) -> None:
        if kind == "bibliography":
            self.zone = "bibliography"
            self._close_entry()
        elif kind == "notes":
            self._close_entry()
            self.zone = "notes"
        elif kind == "end" and self.zone == "bibliography":
            self._close_entry()
            self.zone = "after"

    def _start_note(self, number: int, value: int, text: str) -> None:
        self._finish_note()
        self.note = Note(number=value, text="", line=number, spans=[(number, number)])
        self.note_text = _Text(text)
        self.seg.notes.append(self.note)

    def _finish_note(self) -> None:
        if self.note is not None and self.note_text is not None:
            self.note.text = self.note_text.text()
            self.note_text = None

    def _note_tail(self) -> str:
        return self.note_text.tail() if self.note_text is not None else self.note.text if self.note else ""

    def _extend_note(self, number: int, line: str) -> None:
        assert self.note is not None
        if self.note_text is None:
            self.note_text = _Text(self.note.text)
        self.note_text.add(line)
        last = self.note.spans[-1]
        if last[1] >= number - 1:
            self.note.spans[-1] = (last[0], number)
        else:
            self.note.spans.append((number, number))

    def _entry_block(self, block: _Block) -> None:
        for position, (number, line) in enumerate(block.lines):
            if self.entry is not None and self.entry_text is not None:
                page_break = self.entry_page_break and position == 0
                wrapped = self.wrapped_mode and position > 0 and not LIST_MARKER.match(line)
                score = entry_continuation_score(self.entry_text.tail(), line, page_break, wrapped)
                if score >= ENTRY_JOIN_THRESHOLD:
                    self.entry_text.add(_strip_list_marker(line))
                    last = self.entry.spans[-1]
                    if last[1] == number - 1:
                        self.entry.spans[-1] = (last[0], number)
                    else:
                        self.entry.spans.append((number, number))
                    self.entry_page_break = False
                    continue
            self._close_entry()
            self.entry = Entry(text="", line=number, spans=[(number, number)])
            self.entry_text = _Text(_strip_list_marker(line))
            self.entry_page_break = False

    def _close_entry(self) -> None:
        if self.entry is not None and self.entry_text is not None:
            self.entry.text = self.entry_text.text()
            if self.entry.text:
                self.seg.entries.append(self.entry)
        self.entry = None
        self.entry_text = None
        self.entry_page_break = False

    def close(self) -> None:
        self._close_entry()
        self._finish_note()
