"""Parse speed on real text: the annotated corpus's documents, read as a user's files would be.

    .venv/bin/python bench/real_speed.py                       # the real corpus, 3 rounds
    .venv/bin/python bench/real_speed.py --out bench/results/real-speed-$(git rev-parse --short HEAD).txt

One core, one process. Each round parses every document of ``tests/corpus/real`` (their text
without annotations) through the finder, the labeller and the normalisers (``pipeline.analyse``),
then resolution and merging (``pipeline.build_document``); it reports entries and notes per second
for the parse alone and with the rest. Model loading and ``bibkit --help`` are timed in fresh
processes. Generated inputs are measured by ``bench/bench.py``; the two are never mixed.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from crossval import emit  # noqa: E402

from bibkit import corpus  # noqa: E402
from bibkit.collector import cycles_unchecked  # noqa: E402
from bibkit.evaluate import document_text  # noqa: E402
from bibkit.pipeline import analyse, build_document  # noqa: E402


def _fresh(code: str) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "tests" / "corpus" / "real"))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out")
    args = parser.parse_args()
    docs = list(corpus.read_all([args.corpus]))
    texts = [document_text(d) for d in docs]
    kinds = [d.header["kind"] for d in docs]
    chars = sum(len(t) for t in texts)

    loaded = []
    for _ in range(3):
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                "import time; from bibkit.crf import load, models_dir; t=time.perf_counter(); "
                "load('finder', models_dir()); load('labeller', models_dir()); load('relabeller', models_dir()); print(time.perf_counter()-t)",
            ],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        loaded.append(float(out.stdout))
    helps = [
        _fresh(
            "import sys; sys.argv=['bibkit','--help']; from bibkit.cli import main\ntry:\n main()\nexcept SystemExit: pass"
        )
        for _ in range(5)
    ]

    rounds = []
    for _ in range(args.rounds):
        entries = notes = 0
        parse_s = total_s = 0.0
        by_kind = {"list": [0, 0.0], "notes": [0, 0.0]}
        with cycles_unchecked():
            for text, kind in zip(texts, kinds, strict=True):
                t0 = time.perf_counter()
                analysis = analyse(text)
                t1 = time.perf_counter()
                build_document(analysis, "bench")
                t2 = time.perf_counter()
                parse_s += t1 - t0
                total_s += t2 - t0
                entries += len(analysis.found.entries)
                notes += len(analysis.found.notes)
                if kind in by_kind:
                    by_kind[kind][0] += len(
                        analysis.found.entries if kind == "list" else analysis.found.notes
                    )
                    by_kind[kind][1] += t1 - t0
        rounds.append((entries, notes, parse_s, total_s, by_kind))
    entries, notes = rounds[-1][0], rounds[-1][1]
    parse_s = statistics.median(r[2] for r in rounds)
    total_s = statistics.median(r[3] for r in rounds)
    list_n = rounds[-1][4]["list"][0]
    list_s = statistics.median(r[4]["list"][1] for r in rounds)
    notes_n = rounds[-1][4]["notes"][0]
    notes_s = statistics.median(r[4]["notes"][1] for r in rounds)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    report = [
        f"bibkit parse speed on real text at {commit}, one core, median of {args.rounds} rounds",
        f"input: {len(texts)} documents of {args.corpus}, {chars:,} characters, {entries} entries, {notes} notes",
        "",
        f"find + label + normalise: {parse_s:.2f} s — {(entries + notes) / parse_s:,.0f} notes and entries/s "
        f"({chars / parse_s / 1000:,.0f} k characters/s); first round, caches cold: "
        f"{(entries + notes) / rounds[0][2]:,.0f}/s",
        f"  reference lists (documents of kind list): {list_n} entries in {list_s:.2f} s — {list_n / list_s:,.0f} entries/s",
        f"  notes (documents of kind notes): {notes_n} notes in {notes_s:.2f} s — {notes_n / notes_s:,.0f} notes/s",
        f"with resolution, merging and ids: {total_s:.2f} s — {(entries + notes) / total_s:,.0f} notes and entries/s",
        f"model load (finder, labeller and relabeller, bytes checked, in a fresh process): median {statistics.median(loaded) * 1000:.0f} ms",
        f"`bibkit --help` in a fresh process: median {statistics.median(helps):.3f} s",
    ]
    emit(report, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
