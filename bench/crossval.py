"""Grouped cross-validation of bibkit's models on the real annotated corpus, with the old rule parser
scored on the same documents.

    .venv/bin/python bench/crossval.py                     # 5 folds + the seed's own fold
    .venv/bin/python bench/crossval.py --out bench/results/crossval-$(git rev-parse --short HEAD).txt

Each publication (one file of ``tests/corpus/real``) goes whole into one fold, so no publication's
habits are learnt and tested at once; the seed article is a fold of its own. Folds are dealt by
language so that each holds Turkish, Russian and English publications. For every fold both models
are trained on the other folds and the fold is read three ways:

- **labeller**: the annotated line labels, the trained labeller (the labeller and rules alone);
- **end to end**: the trained finder and labeller (what a user gets);
- **rules**: bibkit's rule parser before the models (commit 5ada9f8, run from a git worktree).

Every figure is scored against the annotation read by the same rules (``bibkit.evaluate``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bibkit import corpus, evaluate  # noqa: E402
from bibkit.train import train  # noqa: E402

RULES_COMMIT = "5ada9f8"
SEED = "en-korkmaz-2018-soviet"


def folds(docs: list[corpus.Annotated], k: int) -> list[list[corpus.Annotated]]:
    """The seed alone, then ``k`` folds dealt by language and size."""
    seed = [d for d in docs if d.group == SEED]
    rest = sorted(
        (d for d in docs if d.group != SEED), key=lambda d: (d.language, -len(d.sequences), d.group)
    )
    out: list[list[corpus.Annotated]] = [[] for _ in range(k)]
    for i, doc in enumerate(rest):
        out[i % k].append(doc)
    return ([seed] if seed else []) + out


def rules_summaries(docs: list[corpus.Annotated], tree: Path) -> dict[str, dict]:
    """The rule parser's summary of every document, run in the worktree ``tree``."""
    if not (tree / "bibkit" / "segment.py").exists():
        subprocess.run(["git", "worktree", "add", "-f", str(tree), RULES_COMMIT], cwd=ROOT, check=True)
    texts = {d.group: evaluate.document_text(d) for d in docs}
    env = {**os.environ, "PYTHONPATH": str(tree)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "rules_baseline.py")],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env=env,
        cwd=tree,
        check=True,
    )
    return json.loads(result.stdout)


def table(title: str, results: dict[str, dict[str, evaluate.Scores]]) -> list[str]:
    lines = [title, ""]
    header = f"{'system':12} {'lang':5} {'records':>7} {'field P':>8} {'field R':>8} {'field F1':>8} {'whole':>6} {'items':>6} {'item R':>7} {'item P':>7} {'lines':>6} {'line acc':>8}"
    lines.append(header)
    for system, by_lang in results.items():
        for lang in ("all", "tr", "ru", "en", "other"):
            s = by_lang.get(lang)
            if s is None:
                continue
            o = s.overall
            whole = s.whole / s.records if s.records else 0.0
            item_r = s.items_right / s.items if s.items else 0.0
            item_p = s.items_right / s.items_predicted if s.items_predicted else 0.0
            line_acc = f"{s.lines_right / s.lines:8.3f}" if s.lines else f"{'-':>8}"
            lines.append(
                f"{system:12} {lang:5} {s.records:7d} {o.precision:8.3f} {o.recall:8.3f} {o.f1:8.3f} {whole:6.3f} "
                f"{s.items:6d} {item_r:7.3f} {item_p:7.3f} {s.lines:6d} {line_acc}"
            )
        lines.append("")
    return lines


def field_table(results: dict[str, dict[str, evaluate.Scores]]) -> list[str]:
    systems = list(results)
    names = sorted({n for r in results.values() for n in r["all"].fields})
    lines = [
        "Field F1 (all languages; n = gold values)",
        "",
        f"{'field':18} {'n':>5} " + " ".join(f"{s:>11}" for s in systems),
    ]
    for name in sorted(
        names,
        key=lambda n: -results[systems[-1]]["all"].fields[n].tp - results[systems[-1]]["all"].fields[n].fn,
    ):
        first = results[systems[-1]]["all"].fields[name]
        n = first.tp + first.fn
        lines.append(
            f"{name:18} {n:5d} " + " ".join(f"{results[s]['all'].fields[name].f1:11.3f}" for s in systems)
        )
    return lines


def confusion_table(scores: evaluate.Scores) -> list[str]:
    labels = sorted({a for a, _ in scores.confusion} | {b for _, b in scores.confusion})
    lines = ["Finder confusion (rows: annotated, columns: predicted; non-blank lines)", ""]
    lines.append(f"{'':11}" + "".join(f"{lab[:9]:>10}" for lab in labels))
    for a in labels:
        lines.append(f"{a[:10]:11}" + "".join(f"{scores.confusion.get((a, b), 0):10d}" for b in labels))
    return lines


def emit(report: list[str], out: str | None) -> None:
    """Print a report, and write it to ``out`` when given."""
    text = "\n".join(report)
    print(text)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "tests" / "corpus" / "real"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rules-tree", default=str(Path(tempfile.gettempdir()) / "bibkit-rules-5ada9f8"))
    parser.add_argument("--no-rules", action="store_true", help="skip the rule parser")
    parser.add_argument("--out", help="also write the report to this file")
    parser.add_argument("--errors", help="write the end-to-end field errors as JSON to this file")
    parser.add_argument("--params", help='CRFsuite parameters as JSON: {"labeller": {...}, "finder": {...}}')
    args = parser.parse_args()

    started = time.time()
    docs = list(corpus.read_all([args.corpus]))
    rules = {} if args.no_rules else rules_summaries(docs, Path(args.rules_tree))
    per_system: dict[str, list[tuple[str, evaluate.Scores]]] = defaultdict(list)
    fold_lines = []
    errors = []
    all_folds = folds(docs, args.folds)
    for number, test in enumerate(all_folds):
        test_names = {d.group for d in test}
        train_docs = [d for d in docs if d.group not in test_names]
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.time()
            train([d.path for d in train_docs], Path(tmp), json.loads(args.params) if args.params else None)
            lines_labeller, tokens_labeller = evaluate.model_labellers(Path(tmp))
            for doc in test:
                labelled, end_to_end = evaluate.evaluate_document(doc, lines_labeller, tokens_labeller)
                per_system["labeller"].append((doc.language, labelled))
                per_system["end-to-end"].append((doc.language, end_to_end))
                errors.extend(end_to_end.errors)
                if rules:
                    text = evaluate.document_text(doc)
                    gold_lines, gold_tokens = evaluate.gold_labellers(doc)
                    from bibkit.pipeline import analyse

                    gold = evaluate.summarise(analyse(text, gold_lines, gold_tokens))
                    per_system["rules"].append(
                        (doc.language, evaluate.score(gold, rules[doc.group], doc.group))
                    )
        langs = defaultdict(int)
        for d in test:
            langs[d.language] += 1
        fold_lines.append(
            f"fold {number}: {len(test)} publications ({', '.join(f'{k} {v}' for k, v in sorted(langs.items()))}), "
            f"{sum(len(d.sequences) for d in test)} notes and entries; trained on {len(train_docs)} in {time.time() - t0:.0f} s"
        )
    order = [s for s in ("rules", "labeller", "end-to-end") if s in per_system]
    results = {s: evaluate.by_language(per_system[s]) for s in order}
    counts = defaultdict(lambda: [0, 0, 0])
    for d in docs:
        counts[d.language][0] += 1
        counts[d.language][1] += sum(s.kind == "ref" for s in d.sequences)
        counts[d.language][2] += sum(s.kind == "note" for s in d.sequences)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report = [
        f"bibkit grouped cross-validation at {commit}: {len(docs)} publications, {len(all_folds)} folds",
        "corpus: "
        + "; ".join(
            f"{lang} {c[0]} publications, {c[1]} entries, {c[2]} notes" for lang, c in sorted(counts.items())
        ),
        *fold_lines,
        "",
        "records: gold list entries and first citations in notes; field P/R/F1 over their fields;",
        "whole: records with every field right; items: (cited work, pinpoint) pairs after resolution, the work",
        "known by the list entry or note passage it was read from;",
        "line acc: finder labels of non-blank lines.",
        "",
        *table("By system and language", results),
        *field_table(results),
        "",
        *confusion_table(results["end-to-end"]["all"]),
        "",
        f"{time.time() - started:.0f} s",
    ]
    emit(report, args.out)
    if args.errors:
        Path(args.errors).write_text(json.dumps(errors, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
