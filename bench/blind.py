"""Score the shipped models (and the old rule parser) on the blind set, ``tests/corpus/blind``.

    .venv/bin/python bench/blind.py --out bench/results/blind-$(git rev-parse --short HEAD).txt

The blind set was written once by someone who never saw the parser, its corpus or its tests. A
blind file whose source is also a source of the training corpus (``tests/corpus/real``) is left
out and listed: the models may have learnt that publication.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from crossval import confusion_table, emit, field_table, rules_summaries, table  # noqa: E402

from bibkit import corpus, evaluate  # noqa: E402
from bibkit.crf import models_dir  # noqa: E402
from bibkit.pipeline import analyse  # noqa: E402


def _sources(path: str) -> list[str]:
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("# source:"):
            for part in re.split(r"\s+(?:and|\+)\s+|;\s*|\s+\(", line[len("# source:") :]):
                key = re.sub(r"^(?:repo:)?(?:https?://)?(?:www\.)?", "", part.strip().lower()).rstrip("/)")
                key = key.split(" ")[0]
                if len(key) > 8:
                    out.append(key)
    return out


def overlapping(blind: list[corpus.Annotated], real: list[corpus.Annotated]) -> dict[str, str]:
    """Blind files sharing a source with the training corpus, with the training file they share it with."""
    known = {key: doc.group for doc in real for key in _sources(doc.path)}
    out: dict[str, str] = {}
    for doc in blind:
        for key in _sources(doc.path):
            hit = next(
                (group for other, group in known.items() if key.startswith(other) or other.startswith(key)),
                None,
            )
            if hit:
                out[doc.group] = hit
                break
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", default=str(ROOT / "tests" / "corpus" / "blind"))
    parser.add_argument("--real", default=str(ROOT / "tests" / "corpus" / "real"))
    parser.add_argument("--out")
    args = parser.parse_args()
    blind = list(corpus.read_all([args.blind]))
    real = list(corpus.read_all([args.real]))
    excluded = overlapping(blind, real)
    scored = [d for d in blind if d.group not in excluded]
    lines_labeller, tokens_labeller = evaluate.model_labellers(models_dir())
    rules = rules_summaries(scored, Path(tempfile.gettempdir()) / "bibkit-rules-5ada9f8")
    per_system: dict[str, list] = defaultdict(list)
    for doc in scored:
        labelled, end_to_end = evaluate.evaluate_document(doc, lines_labeller, tokens_labeller)
        per_system["labeller"].append((doc.language, labelled))
        per_system["end-to-end"].append((doc.language, end_to_end))
        gold_lines, gold_tokens = evaluate.gold_labellers(doc)
        gold = evaluate.summarise(analyse(evaluate.document_text(doc), gold_lines, gold_tokens))
        per_system["rules"].append((doc.language, evaluate.score(gold, rules[doc.group], doc.group)))
    results = {s: evaluate.by_language(per_system[s]) for s in ("rules", "labeller", "end-to-end")}
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report = [
        f"bibkit on the blind set at {commit}: {len(scored)} of {len(blind)} publications scored",
        "left out (a source shared with the training corpus): "
        + (", ".join(f"{b} (= {r})" for b, r in sorted(excluded.items())) or "none"),
        "",
        *table("By system and language", results),
        *field_table(results),
        "",
        *confusion_table(results["end-to-end"]["all"]),
    ]
    emit(report, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
