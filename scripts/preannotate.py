"""Pre-annotate a document with bibkit's models; a person then corrects every line and tag.

    .venv/bin/python scripts/preannotate.py DOC --source URL --publication "…" --language tr > draft.txt

Line labels come from the finder, tags from the labeller, written in the format of
docs/ANNOTATION.md. The draft is never gold: it joins the corpus only after it has been read and
corrected, and ``bibkit check`` on the corrected file shows what the models got wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bibkit.find import label_lines  # noqa: E402
from bibkit.find.lines import Block, assemble  # noqa: E402
from bibkit.parse.label import tag  # noqa: E402
from bibkit.parse.spans import runs  # noqa: E402
from bibkit.tokens import tokenize  # noqa: E402


def _position(block: Block, offset: int, closing: bool) -> tuple[int, int]:
    """(line, column) of a block-text offset; a closing offset stays on the line it ends."""
    for piece in block.pieces:
        size = piece.end - piece.start
        inside = (
            piece.offset < offset <= piece.offset + size
            if closing
            else piece.offset <= offset < piece.offset + size
        )
        if inside:
            return piece.line, piece.start + offset - piece.offset
    last = block.pieces[-1]
    return last.line, last.end


def tagged_lines(lines: list[str], labels: list[str]) -> list[str]:
    """The lines with the labeller's tags inserted into every note and entry."""
    inserts: dict[int, list[tuple[int, str]]] = {}
    for block in assemble(lines, labels):
        text = block.text
        tokens = tokenize(text)
        for run in runs(tokens, tag(text, block.kind)):
            words = [t for t in tokens[run.first : run.last + 1] if any(c.isalnum() for c in t.text)]
            if not words:
                continue
            line, col = _position(block, words[0].start, False)
            inserts.setdefault(line, []).append((col, f"<{run.label}>"))
            line, col = _position(block, words[-1].end, True)
            inserts.setdefault(line, []).append((col, f"</{run.label}>"))
    out = list(lines)
    for line, marks in inserts.items():
        text = out[line]
        for col, mark in sorted(
            marks, key=lambda m: (m[0], m[1].startswith("<") and not m[1].startswith("</")), reverse=True
        ):
            text = text[:col] + mark + text[col:]
        out[line] = text
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--source", default="")
    parser.add_argument("--publication", default="")
    parser.add_argument("--language", default="other")
    parser.add_argument("--kind", default="document")
    args = parser.parse_args()
    lines = Path(args.path).read_text(encoding="utf-8").split("\n")
    labels = label_lines(lines)
    print(f"# source: {args.source}")
    print(f"# publication: {args.publication}")
    print(f"# language: {args.language}")
    print(f"# kind: {args.kind}")
    print("# note: pre-annotated by scripts/preannotate.py, then corrected by reading")
    print()
    for label, line in zip(labels, tagged_lines(lines, labels), strict=True):
        print(f"{label:10} | {line}" if label != "blank" else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
