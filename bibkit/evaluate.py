"""How well bibkit reads annotated documents: the same document read with the annotation's labels
(gold) and with the models' (predicted), compared field by field.

The gold reading runs the annotated line and token labels through the same rules that follow the
models (assembly, normalisers, resolution), so a difference is always a labelling difference.
Three things are scored:

- **fields** of every list entry's record and every note's first citation (a record the note
  describes fully): a field is right when its normalised value equals the gold one
  (:func:`compare`); a record is *whole* when every field is right;
- **cited items**: each note's citations after resolution, as (cited work, pinpoint) pairs — the
  work compared by first author and title (or archive and locator);
- **lines**: the finder's label of every non-blank line.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bibkit import turkish
from bibkit.corpus import Annotated
from bibkit.crf import load
from bibkit.find import label_lines
from bibkit.parse.label import label_tokens
from bibkit.parse.spans import token_labels
from bibkit.pipeline import Analysis, analyse
from bibkit.resolve import resolve
from bibkit.tokens import tokenize

SCORED_FIELDS = (
    "type", "title", "container-title", "volume-title", "collection-title", "collection-number", "original-date", "author", "editor", "translator",
    "volume", "issue", "part", "edition", "page", "number-of-pages", "number-of-volumes", "publisher",
    "publisher-place", "issued", "accessed", "genre", "language", "archive", "archive_location", "archive-place",
    "URL", "DOI", "locator", "label",
)  # fmt: skip


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _normalise(key: str, value: Any) -> Any:
    if value in (None, "", [], {}):
        return None
    if key in ("author", "editor", "translator"):
        return tuple((n.get("family", ""), n.get("given", ""), n.get("literal", "")) for n in value)
    if key in ("issued", "accessed"):
        return json.dumps(value.get("date-parts"), sort_keys=True)
    return " ".join(str(value).split())


def compare(
    expected: dict[str, Any], got: dict[str, Any], fields: Iterable[str] = SCORED_FIELDS
) -> dict[str, Counts]:
    """Per-field counts for one case."""
    out: dict[str, Counts] = {}
    for key in fields:
        want, have = _normalise(key, expected.get(key)), _normalise(key, got.get(key))
        if want is None and have is None:
            continue
        c = Counts()
        if want == have:
            c.tp = 1
        else:
            c.fp = int(have is not None)
            c.fn = int(want is not None)
        out[key] = c
    return out


RECORD_FIELDS = tuple(f for f in SCORED_FIELDS if f not in ("locator", "label"))
LineLabeller = Callable[[list[str]], list[str]]
TokenLabeller = Callable[[str, str], list[str]]


def gold_labellers(doc: Annotated) -> tuple[LineLabeller, TokenLabeller]:
    """Labellers that answer with the annotation's own labels."""
    by_text = {(s.kind, s.text): token_labels(tokenize(s.text), s.spans) for s in doc.sequences}

    def lines(_: list[str]) -> list[str]:
        return list(doc.labels)

    def tokens(text: str, kind: str) -> list[str]:
        return by_text[(kind, text)]

    return lines, tokens


def model_labellers(directory: Path) -> tuple[LineLabeller, TokenLabeller]:
    """Labellers that answer with the models trained into ``directory``."""
    finder, labeller, relabeller = (load(name, directory) for name in ("finder", "labeller", "relabeller"))

    def lines(text_lines: list[str]) -> list[str]:
        return label_lines(text_lines, finder)

    def tokens(text: str, kind: str) -> list[str]:
        return label_tokens(tokenize(text), kind, labeller, relabeller)

    return lines, tokens


def document_text(doc: Annotated) -> str:
    return "\n".join(doc.lines)


def work_key(item: dict[str, Any] | None) -> tuple[str, int, str]:
    """Which work a citation points at: the list entry or the note passage its record was read from
    (source, line, first letters), so that a citation counts as right when it reaches the same
    source text; how well that text's fields were read is scored separately."""
    if not item:
        return ("", 0, "")
    custom = item.get("custom", {})
    return (
        custom.get("source", ""),
        int(custom.get("line", 0)),
        turkish.skeleton(custom.get("raw", ""))[:12],
    )


def summarise(analysis: Analysis) -> dict[str, Any]:
    """What scoring needs of an analysis, as plain data: records by entry line, mentions by note."""
    resolution = resolve([m for n in analysis.notes for m in n.mentions], analysis.listed)
    targets = iter(resolution.targets)
    entries = {str(r.line): r.to_csl() for r in analysis.listed}
    notes: dict[str, Any] = {}
    for parsed in analysis.notes:
        items = []
        for mention in parsed.mentions:
            index = next(targets)
            target = resolution.works[index] if index is not None else None
            items.append(
                {
                    "record": mention.record.to_csl()
                    if mention.record is not None and mention.ref is None
                    else None,
                    "target": target.to_csl() if target is not None else None,
                    "locator": mention.locator,
                    "span": list(mention.span),
                }
            )
        notes[f"{parsed.note.line}"] = items
    return {"entries": entries, "notes": notes}


@dataclass
class Scores:
    fields: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    records: int = 0
    whole: int = 0
    items: int = 0
    items_right: int = 0
    items_predicted: int = 0
    lines: int = 0
    lines_right: int = 0
    confusion: Counter = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Scores) -> None:
        for name, counts in other.fields.items():
            self.fields[name].add(counts)
        self.records += other.records
        self.whole += other.whole
        self.items += other.items
        self.items_right += other.items_right
        self.items_predicted += other.items_predicted
        self.lines += other.lines
        self.lines_right += other.lines_right
        self.confusion.update(other.confusion)
        self.errors.extend(other.errors)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.fields.values():
            total.add(counts)
        return total


def _score_record(want: dict[str, Any], have: dict[str, Any] | None, scores: Scores, where: str) -> None:
    scores.records += 1
    counts = compare(want, have or {}, RECORD_FIELDS)
    wrong = {}
    for name, c in counts.items():
        scores.fields[name].add(c)
        if not c.tp:
            wrong[name] = {"want": want.get(name), "got": (have or {}).get(name)}
    if not wrong:
        scores.whole += 1
    elif len(scores.errors) < 400:
        scores.errors.append({"where": where, "raw": want.get("custom", {}).get("raw", ""), "wrong": wrong})


def _overlapping(item: dict[str, Any], predicted: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The predicted mention that shares most text with a gold one (none if no text is shared)."""
    start, end = item["span"]
    best, most = None, 0
    for other in predicted:
        shared = min(end, other["span"][1]) - max(start, other["span"][0])
        if shared > most:
            best, most = other, shared
    return best


def score(gold: dict[str, Any], got: dict[str, Any], where: str = "") -> Scores:
    """Compare a predicted summary with the gold one (both from :func:`summarise`).

    Records are matched by the line they start on; a list entry the finder took for a note (or the
    other way round) is compared with what it became, since its fields reach the user either way.
    """
    scores = Scores()
    for line, want in gold["entries"].items():
        have = got["entries"].get(line)
        if have is None:  # read as a note: its first full citation is what the user gets
            have = next((i["record"] for i in got["notes"].get(line, []) if i["record"]), None)
        _score_record(want, have, scores, f"{where}:{line}")
    for line, items in gold["notes"].items():
        predicted = got["notes"].get(line, [])
        for item in items:
            if item["record"] is not None:
                match = _overlapping(item, predicted)
                have = match["record"] if match else None
                if not predicted and len(items) == 1:  # read as a list entry
                    have = got["entries"].get(line)
                _score_record(item["record"], have, scores, f"{where}:{line}")
        want_items = Counter((work_key(i["target"]), i["locator"]) for i in items if i["target"] is not None)
        have_items = Counter(
            (work_key(i["target"]), i["locator"]) for i in predicted if i["target"] is not None
        )
        scores.items += sum(want_items.values())
        scores.items_predicted += sum(have_items.values())
        scores.items_right += sum((want_items & have_items).values())
    return scores


def score_lines(doc: Annotated, labels: list[str], scores: Scores) -> None:
    for want, have, line in zip(doc.labels, labels, doc.lines, strict=True):
        if not line.strip():
            continue
        scores.lines += 1
        scores.lines_right += want == have
        scores.confusion[(want, have)] += 1


def evaluate_document(
    doc: Annotated, lines: LineLabeller | None, tokens: TokenLabeller | None
) -> tuple[Scores, Scores]:
    """(labeller on gold lines, whole pipeline) scores of one annotated document."""
    text = document_text(doc)
    gold_lines, gold_tokens = gold_labellers(doc)
    gold = summarise(analyse(text, gold_lines, gold_tokens))
    labelled = score(gold, summarise(analyse(text, gold_lines, tokens)), doc.group)
    end_to_end_analysis = analyse(text, lines, tokens)
    end_to_end = score(gold, summarise(end_to_end_analysis), doc.group)
    score_lines(doc, end_to_end_analysis.found.labels, end_to_end)
    return labelled, end_to_end


def by_language(results: Iterable[tuple[str, Scores]]) -> dict[str, Scores]:
    out: dict[str, Scores] = defaultdict(Scores)
    for language, scores in results:
        out[language].add(scores)
        out["all"].add(scores)
    return dict(out)
