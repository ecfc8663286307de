"""Pre-annotate a document for the corpus with bibkit's current parser; a person then corrects it.

    .venv/bin/python scripts/preannotate.py references/korkmaz2018.md --source URL --language tr > draft.txt

Line labels come from the current finder, tags from aligning each parsed record's field values
with the tokens of its note or entry (the parser says *what* a field is, the alignment finds
*where*). The draft is never gold: every line and tag is read and corrected before the file joins
``tests/corpus/real/``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bibkit.corpus import Span, write_sequence  # noqa: E402
from bibkit.find.lines import read_marker  # noqa: E402
from bibkit.lexicon import fold, phrases  # noqa: E402
from bibkit.model import Note  # noqa: E402
from bibkit.parse.entries import parse_entry  # noqa: E402
from bibkit.parse.notes import parse_note  # noqa: E402
from bibkit.parse.tokens import Token, tokenize  # noqa: E402
from bibkit.pipeline import parse_text  # noqa: E402

_NUMBER_WORDS = {
    "volume": "volume",
    "issue": "issue",
    "page": "pages",
    "edition": "edition",
    "folio": "pinpoint",
}


def _needles(item: dict) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for key, label in (("author", "author"), ("editor", "editor"), ("translator", "translator")):
        for name in item.get(key, []):
            for part in (name.get("family", ""), name.get("given", ""), name.get("literal", "")):
                out.extend((label, w) for w in part.split() if w)
    for key, label in (
        ("title", "title"),
        ("container-title", "container"),
        ("collection-title", "collection"),
        ("volume-title", "other"),
        ("publisher", "publisher"),
        ("publisher-place", "place"),
        ("genre", "genre"),
        ("URL", "url"),
        ("DOI", "url"),
        ("archive", "archive"),
        ("archive_location", "locator"),
        ("volume", "volume"),
        ("issue", "issue"),
        ("page", "pages"),
        ("number-of-pages", "pages"),
        ("edition", "edition"),
    ):
        value = item.get(key)
        if value:
            out.append((label, str(value)))
    raw = item.get("custom", {}).get("locator_raw") or ""
    if raw:
        out.append(("locator", raw))
    issued = item.get("issued", {}).get("date-parts", [[]])
    for part in issued:
        out.extend(("date", str(p)) for p in part[:1])
    return out


def _label_tokens(text: str, item: dict, locator: str) -> list[str]:
    tokens = tokenize(text)
    folded = [fold(t.text) for t in tokens]
    labels = [""] * len(tokens)
    needles = sorted(_needles(item), key=lambda n: -len(n[1]))
    if locator:
        needles.insert(0, ("pinpoint", locator))
    for label, needle in needles:
        words = [fold(t.text) for t in tokenize(needle)]
        if not words:
            continue
        for i in range(len(tokens) - len(words) + 1):
            if folded[i : i + len(words)] == words and not any(labels[i : i + len(words)]):
                for k in range(i, i + len(words)):
                    labels[k] = label
                break
    marks = phrases().mark(folded)
    # keywords before a number take the number's label (Cilt 34, s. 45, 2. Baskı)
    for i, classes in enumerate(marks):
        if labels[i]:
            continue
        for cls, target in _NUMBER_WORDS.items():
            if cls in classes:
                j = i + 1
                while j < len(tokens) and tokens[j].text in ".:":
                    j += 1
                if j < len(tokens) and labels[j] in (target, "pinpoint", "pages", "volume", "issue"):
                    for k in range(i, j):
                        labels[k] = labels[j]
                elif i > 0 and labels[i - 1] == target:
                    labels[i] = target
        if not labels[i] and ("ibid" in classes or "opcit" in classes):
            labels[i] = "backref"
        if not labels[i] and "see" in classes:
            labels[i] = "prefix"
    for i, tok in enumerate(tokens):
        if labels[i] or not any(ch.isalnum() for ch in tok.text):
            continue
        before = next((labels[k] for k in range(i - 1, -1, -1) if labels[k]), "")
        after = next((labels[k] for k in range(i + 1, len(tokens)) if labels[k]), "")
        labels[i] = before if before and before == after else "other"
    return labels


def _spans(tokens: list[Token], labels: list[str]) -> list[Span]:
    spans: list[Span] = []
    for tok, label in zip(tokens, labels, strict=True):
        if not label or not any(ch.isalnum() for ch in tok.text):
            continue
        if spans and spans[-1].label == label:
            spans[-1] = Span(spans[-1].start, tok.end, label)
        else:
            spans.append(Span(tok.start, tok.end, label))
    return spans


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--source", default="")
    parser.add_argument("--publication", default="")
    parser.add_argument("--language", default="other")
    parser.add_argument("--kind", default="document")
    args = parser.parse_args()
    text = Path(args.path).read_text(encoding="utf-8")
    doc = parse_text(text, args.path)
    data = doc.to_json()
    lines = text.splitlines()
    labels = ["text" if line.strip() else "blank" for line in lines]
    tagged = list(lines)
    for note in data["notes"]:
        for k, (first, last) in enumerate(note["spans"]):
            for n in range(first, last + 1):
                labels[n - 1] = "note-start" if (k == 0 and n == first) else "note-cont"
    if data["bibliography"]:
        heading = data["bibliography"]["heading_line"]
        if heading:
            labels[heading - 1] = "refs-head"
        for first, last in data["bibliography"]["spans"]:
            for n in range(first, last + 1):
                labels[n - 1] = "ref-cont"
    for record in data["records"]:
        spans = record["custom"].get("spans")
        if spans:
            labels[spans[0][0] - 1] = "ref-start"
    for n, line in enumerate(lines):
        if labels[n] == "text" and line.lstrip().startswith("#"):
            labels[n] = "head"
        if labels[n] == "text" and line.strip() in ("---", "***"):
            labels[n] = "furniture"
    # tag one-line notes and entries (multi-line ones are left for the annotator)
    for n, line in enumerate(lines):
        if labels[n] not in ("note-start", "ref-start"):
            continue
        if n + 1 < len(lines) and labels[n + 1].endswith("-cont"):
            continue
        marker = read_marker(line)
        start = marker.end if marker else 0
        body = line[start:]
        tokens = tokenize(body)
        token_labels = [""] * len(tokens)
        if labels[n] == "ref-start":
            token_labels = _label_tokens(body, parse_entry(body).to_csl(), "")
        else:
            parsed = parse_note(Note(number=1, text=body, line=n + 1))
            offset = 0
            for segment in parsed.text.segments:
                piece = segment["text"]
                at = body.find(piece.strip(), offset)
                if "cite" in segment and at >= 0:
                    mention = parsed.mentions[segment["cite"]]
                    item = mention.record.to_csl() if mention.record else {}
                    sub = _label_tokens(piece.strip(), item, mention.locator)
                    for tok, lab in zip(tokenize(piece.strip()), sub, strict=True):
                        for i, t in enumerate(tokens):
                            if t.start == tok.start + at:
                                token_labels[i] = lab
                offset = max(offset, at + len(piece.strip()) if at >= 0 else offset)
            token_labels = [
                lab or ("commentary" if any(c.isalnum() for c in t.text) else "")
                for t, lab in zip(tokens, token_labels, strict=True)
            ]
        tagged[n] = line[:start] + write_sequence(body, _spans(tokens, token_labels))
    print(f"# source: {args.source}")
    print(f"# publication: {args.publication}")
    print(f"# language: {args.language}")
    print(f"# kind: {args.kind}")
    print("# note: pre-annotated by scripts/preannotate.py, then corrected by reading")
    print()
    for label, line in zip(labels, tagged, strict=True):
        print(f"{label:10} | {line}" if label != "blank" else "")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
