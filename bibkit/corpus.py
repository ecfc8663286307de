"""Annotated text (docs/ANNOTATION.md): read, validate and write the files the models learn from.

A file is one publication: a header (``# key: value``), then one ``LABEL | text`` line per source
line, with inline tags (``<author>…</author>``) on the words of notes and entries. Reading gives
the plain source lines, their line labels, and each note or entry as text with labelled spans,
assembled by the same rules (:func:`bibkit.find.lines.assemble`) that follow the finder at run time.
Every problem is an :class:`AnnotationError` naming the file and line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bibkit.errors import BibkitError
from bibkit.find.lines import LINE_LABELS, STARTS, Block, assemble
from bibkit.tables import load

TOKEN_LABELS: tuple[str, ...] = tuple(load("labels")["token"])
REQUIRED_HEADER = ("source", "publication", "language", "kind")
KINDS = ("list", "notes", "document")
_TAG = re.compile(r"<(/?)(" + "|".join(re.escape(t) for t in TOKEN_LABELS) + r")>")
# Tag-shaped text that is none of the labels: a typo such as <titel> would otherwise pass as text.
_TAG_LIKE = re.compile(r"</?([a-z][a-z-]{1,14})>")
_HTML_TAGS = frozenset({"sup", "sub", "i", "b", "em", "strong", "br", "span", "u", "small", "a", "p"})
_HEADER = re.compile(r"^#\s*([a-z-]+)\s*:\s*(.*?)\s*$")


class AnnotationError(BibkitError):
    """A malformed annotated file: ``path:line: message``."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.message = path, line, message


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str


@dataclass
class Sequence:
    """One annotated note or entry: its text as the pipeline assembles it, and the labelled spans."""

    kind: str  # "note" | "ref"
    line: int  # first source line, 1-based
    text: str
    spans: list[Span]
    marker: str = ""


@dataclass
class Annotated:
    """One annotated publication."""

    path: str
    header: dict[str, str]
    lines: list[str]
    labels: list[str]
    sequences: list[Sequence] = field(default_factory=list)

    @property
    def group(self) -> str:
        """The cross-validation group: the file's stem (one publication per file)."""
        return Path(self.path).stem

    @property
    def language(self) -> str:
        return self.header.get("language", "other")


@dataclass
class _Event:
    line: int  # 0-based source line
    column: int
    closing: bool
    label: str
    file_line: int


def _split_line(raw: str, path: str, file_line: int) -> tuple[str, str]:
    if "|" not in raw:
        raise AnnotationError(path, file_line, f"expected 'LABEL | text', got {raw[:60]!r}")
    label, _, text = raw.partition("|")
    label = label.strip()
    if label not in LINE_LABELS:
        raise AnnotationError(
            path, file_line, f"unknown line label {label!r} (one of {', '.join(LINE_LABELS)})"
        )
    if text.startswith(" "):
        text = text[1:]
    if not text.strip() and label != "blank":
        raise AnnotationError(
            path, file_line, f"empty text on a '{label}' line (leave the line empty instead)"
        )
    return label, text


def _strip_tags(text: str, line: int, path: str, file_line: int) -> tuple[str, list[_Event]]:
    events: list[_Event] = []
    plain: list[str] = []
    size = 0
    last = 0
    for m in _TAG.finditer(text):
        plain.append(text[last : m.start()])
        size += m.start() - last
        events.append(_Event(line, size, m.group(1) == "/", m.group(2), file_line))
        last = m.end()
    plain.append(text[last:])
    out = "".join(plain)
    for m in _TAG_LIKE.finditer(out):
        if m.group(1) not in _HTML_TAGS:
            raise AnnotationError(
                path, file_line, f"unknown tag <{m.group(1)}> (tags: {', '.join(TOKEN_LABELS)})"
            )
    return out, events


def parse(text: str, path: str = "<annotated>") -> Annotated:
    """Read one annotated file's text.

    :raises AnnotationError: on the first problem, with its file line.
    """
    header: dict[str, str] = {}
    lines: list[str] = []
    labels: list[str] = []
    file_lines: list[int] = []
    events: list[_Event] = []
    body = False
    for file_line, raw in enumerate(text.splitlines(), start=1):
        if not body:
            m = _HEADER.match(raw)
            if m:
                header[m.group(1)] = m.group(2)
                continue
            if raw.startswith("#"):
                continue
            if not raw.strip():
                continue
            body = True
        if not raw.strip():
            label, plain, line_events = "blank", "", []
        else:
            label, tagged = _split_line(raw, path, file_line)
            plain, line_events = _strip_tags(tagged, len(lines), path, file_line)
            if line_events and label not in STARTS and not label.endswith("-cont"):
                raise AnnotationError(
                    path, file_line, f"tags on a '{label}' line: only notes and entries are tagged"
                )
        events.extend(line_events)
        lines.append(plain)
        labels.append(label)
        file_lines.append(file_line)
    for key in REQUIRED_HEADER:
        if not header.get(key):
            raise AnnotationError(path, 1, f"missing header line '# {key}: …'")
    if header["kind"] not in KINDS:
        raise AnnotationError(path, 1, f"kind must be one of {', '.join(KINDS)}, not {header['kind']!r}")
    _check_continuations(labels, file_lines, path)
    doc = Annotated(path, header, lines, labels)
    blocks = assemble(lines, labels)
    by_line = {line: block for block in blocks for line in block.lines}
    pending: dict[int, list[_Event]] = {}
    for event in events:
        block = by_line.get(event.line)
        if block is None:  # a tag on a marker-only line is outside every block
            raise AnnotationError(path, event.file_line, "tag outside the text of a note or entry")
        pending.setdefault(id(block), []).append(event)
    for block in blocks:
        doc.sequences.append(_sequence(block, pending.get(id(block), []), lines, file_lines, path))
    return doc


def _check_continuations(labels: list[str], file_lines: list[int], path: str) -> None:
    seen: set[str] = set()
    for label, file_line in zip(labels, file_lines, strict=True):
        if label in STARTS:
            seen.add(STARTS[label])
        elif label.endswith("-cont") and label.split("-")[0] not in seen:
            raise AnnotationError(path, file_line, f"'{label}' before any {label.split('-')[0]} starts")


def _sequence(
    block: Block, events: list[_Event], lines: list[str], file_lines: list[int], path: str
) -> Sequence:
    text = block.text
    first = file_lines[block.line]
    spans: list[Span] = []
    open_event: _Event | None = None
    start = 0
    for event in events:
        if block.marker and event.line == block.line and event.column < block.marker.end:
            raise AnnotationError(
                path, event.file_line, "tag inside the note or entry marker (leave markers untagged)"
            )
        offset = block.offset_of(event.line, event.column)
        if not event.closing:
            if open_event is not None:
                raise AnnotationError(
                    path,
                    event.file_line,
                    f"<{event.label}> opened inside <{open_event.label}> (tags do not nest)",
                )
            open_event, start = event, offset
            continue
        if open_event is None or open_event.label != event.label:
            inside = f"<{open_event.label}>" if open_event else "no open tag"
            raise AnnotationError(path, event.file_line, f"</{event.label}> closes {inside}")
        if not text[start:offset].strip():
            raise AnnotationError(path, event.file_line, f"empty <{event.label}>")
        spans.append(Span(start, offset, event.label))
        open_event = None
    if open_event is not None:
        raise AnnotationError(
            path, open_event.file_line, f"<{open_event.label}> is never closed in its note or entry"
        )
    _check_coverage(block, spans, path, file_lines)
    marker = lines[block.line][: block.marker.end].strip() if block.marker else ""
    return Sequence(block.kind, first, text, spans, marker)


def _check_coverage(block: Block, spans: list[Span], path: str, file_lines: list[int]) -> None:
    text = block.text
    covered = bytearray(len(text))
    for span in spans:
        covered[span.start : span.end] = b"\1" * (span.end - span.start)
    for m in re.finditer(r"[^\W_]+", text):
        if not all(covered[m.start() : m.end()]):
            line = next((p.line for p in reversed(block.pieces) if p.offset <= m.start()), block.line)
            context = text[max(0, m.start() - 30) : m.end() + 30]
            raise AnnotationError(path, file_lines[line], f"untagged word {m.group()!r} in …{context}…")


def read(path: str | Path) -> Annotated:
    """Read and validate one annotated file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise AnnotationError(str(path), 1, f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise AnnotationError(str(path), 0, exc.strerror or "cannot be read") from None
    return parse(text, str(path))


def files(paths: Iterable[str | Path]) -> list[Path]:
    """The annotated files named, directories expanded to their ``*.txt`` files, sorted."""
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(p.rglob("*.txt")) if p.is_dir() else [p])
    return out


def read_all(paths: Iterable[str | Path]) -> Iterator[Annotated]:
    for path in files(paths):
        yield read(path)


def write_sequence(text: str, spans: list[Span]) -> str:
    """Inline-tagged text of one sequence (for pre-annotation and ``bibkit check`` output)."""
    out: list[str] = []
    last = 0
    for span in sorted(spans, key=lambda s: s.start):
        out.append(text[last : span.start])
        out.append(f"<{span.label}>{text[span.start : span.end]}</{span.label}>")
        last = span.end
    out.append(text[last:])
    return "".join(out)


def main(argv: list[str] | None = None) -> int:
    """``python -m bibkit.corpus FILE…``: validate annotated files and print their counts."""
    import sys
    from collections import Counter

    args = sys.argv[1:] if argv is None else argv
    totals: Counter[str] = Counter()
    status = 0
    for path in files(args):
        try:
            doc = read(path)
        except AnnotationError as exc:
            print(exc, file=sys.stderr)
            status = 1
            continue
        kinds = Counter(s.kind for s in doc.sequences)
        print(
            f"{path}: {doc.language} {doc.header['kind']}: {len(doc.lines)} lines, "
            f"{kinds['ref']} entries, {kinds['note']} notes"
        )
        totals[f"{doc.language} ref"] += kinds["ref"]
        totals[f"{doc.language} note"] += kinds["note"]
        totals["files"] += 1
    print(", ".join(f"{k}: {v}" for k, v in sorted(totals.items())))
    return status


if __name__ == "__main__":
    raise SystemExit(main())
