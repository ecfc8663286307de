"""Field-level accuracy of the parser on a gold corpus (``tests/corpus/*.json``).

Each case is an entry or a first-citation note with its expected CSL record (and, for notes, the
pinpoint locator). A field counts as a true positive when the parsed value equals the expected
one; a wrong value is both a false positive and a false negative; a missing value is a false
negative; a value the gold record does not have is a false positive.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

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


@dataclass
class Report:
    by_convention: dict[str, Counts] = field(default_factory=dict)
    by_field: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    cases: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for counts in self.by_convention.values():
            total.add(counts)
        return total


def _normalise(key: str, value: Any) -> Any:
    if value in (None, "", [], {}):
        return None
    if key in ("author", "editor", "translator"):
        return tuple((n.get("family", ""), n.get("given", ""), n.get("literal", "")) for n in value)
    if key in ("issued", "accessed"):
        return json.dumps(value.get("date-parts"), sort_keys=True)
    return " ".join(str(value).split())


def predict(case: dict[str, Any]) -> dict[str, Any]:
    """What bibkit makes of one corpus case, as a flat CSL dict (with ``locator``/``label`` for notes)."""
    from bibkit.model import Note
    from bibkit.parse.entries import parse_entry
    from bibkit.parse.notes import parse_note

    if case["kind"] == "note":
        parsed = parse_note(Note(number=1, text=case["text"], line=1))
        if not parsed.mentions or parsed.mentions[0].record is None:
            return {}
        mention = parsed.mentions[0]
        out = mention.record.to_csl()
        if mention.locator:
            out["locator"], out["label"] = mention.locator, mention.label or "page"
        return out
    return parse_entry(case["text"]).to_csl()


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


def score(paths: Iterable[Path]) -> Report:
    """Score every case of every corpus file."""
    report = Report()
    for path in sorted(paths):
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        convention = data.get("convention", Path(path).stem)
        total = report.by_convention.setdefault(convention, Counts())
        for case in data["cases"]:
            expected = dict(case["expected"])
            if case.get("locator"):
                expected["locator"], expected["label"] = case["locator"], case.get("label", "page")
            got = predict(case)
            report.cases += 1
            wrong = {}
            for key, counts in compare(expected, got).items():
                total.add(counts)
                report.by_field[key].add(counts)
                if counts.tp == 0:
                    wrong[key] = {"expected": expected.get(key), "got": got.get(key)}
            if wrong:
                report.errors.append({"convention": convention, "text": case["text"], "wrong": wrong})
    return report


def format_report(report: Report) -> str:
    """The per-convention and per-field tables, plain text."""
    lines = [f"{report.cases} cases", "", f"{'convention':28} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, c in sorted(report.by_convention.items()):
        lines.append(f"{name:28} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}")
    o = report.overall
    lines += [
        f"{'overall':28} {o.precision:6.3f} {o.recall:6.3f} {o.f1:6.3f}",
        "",
        f"{'field':28} {'P':>6} {'R':>6} {'F1':>6} {'n':>5}",
    ]
    for name, c in sorted(report.by_field.items(), key=lambda kv: kv[1].f1):
        lines.append(f"{name:28} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.tp + c.fn:5d}")
    return "\n".join(lines)
