"""bibkit against refextract (INSPIRE's reference extractor) on the same entries, in the same run.

    .venv/bin/python bench/compare_refextract.py                # 500 generated entries
    .venv/bin/python bench/compare_refextract.py --n 1000 --accuracy

refextract is not a bibkit dependency. It is installed on first use into its own virtual
environment, ``bench/.venv-refextract`` (``--venv``), or with ``--target DIR`` into a plain
directory put on PYTHONPATH (``pip install --target``). Installing needs the package index;
afterwards everything runs offline (refextract parses strings with its bundled knowledge bases).
refextract imports python-magic, which needs the libmagic C library: on Debian/Ubuntu
``apt-get install -y libmagic1``.

Both tools get the same entries (bench/generate.py, seeded). bibkit parses each with
``bibkit.parse.entries.parse_entry``; refextract is timed in its two modes, one call per entry
and one call for the whole list as a numbered block, and its faster mode is used for the ratio.
The first refextract call (loading its knowledge bases) and bibkit's first use are timed apart.
``--accuracy`` also scores both on gold entries (by default the held-out corpus,
tests/corpus/heldout/*.json, which bibkit was not tuned on): first author's surname, year and
title, compared after Turkish-aware folding.
"""

from __future__ import annotations

import argparse
import ctypes.util
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import generate as gen  # noqa: E402
from bibkit.parse.entries import parse_entry  # noqa: E402

from bibkit import turkish  # noqa: E402

DEFAULT_VENV = ROOT / "bench" / ".venv-refextract"

# Runs inside refextract's environment: entries as JSON on stdin, timings and fields on stdout.
WORKER = r"""
import json, sys, time
entries = json.load(sys.stdin)
start = time.perf_counter()
from refextract import extract_references_from_string
imported = time.perf_counter() - start
start = time.perf_counter()
extract_references_from_string("Pipes, Richard. The Russian Revolution. New York: Knopf, 1990.")
first_call = time.perf_counter() - start
results = []
start = time.perf_counter()
for text in entries:
    results.append(extract_references_from_string(text))
per_entry = time.perf_counter() - start
block = "\n".join(f"[{k + 1}] {text}" for k, text in enumerate(entries))
start = time.perf_counter()
found = extract_references_from_string(block)
block_seconds = time.perf_counter() - start
print(json.dumps({"import": imported, "first_call": first_call, "per_entry": per_entry,
                  "block": block_seconds, "block_found": len(found), "results": results}))
"""


def _python_in(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def ensure_refextract(venv: Path, target: Path | None) -> tuple[list[str], dict[str, str]]:
    """The interpreter (and environment) that can import refextract, installing it if needed."""
    if ctypes.util.find_library("magic") is None:
        sys.exit("refextract needs the libmagic C library: apt-get install -y libmagic1 (Debian/Ubuntu)")
    if target is not None:
        env = {"PYTHONPATH": str(target)}
        if not (target / "refextract").is_dir():
            print(f"installing refextract into {target} (pip install --target) …", file=sys.stderr)
            subprocess.run(
                [sys.executable, "-m", "pip", "install", "--quiet", "--target", str(target), "refextract"],
                check=True,
            )
        return [sys.executable], env
    python = _python_in(venv)
    if python.exists():
        probe = subprocess.run([str(python), "-c", "import refextract"], capture_output=True)
        if probe.returncode == 0:
            return [str(python)], {}
    print(f"installing refextract into {venv} (python -m venv + pip install refextract) …", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "refextract"], check=True)
    return [str(python)], {}


def run_refextract(entries: list[str], python: list[str], env: dict[str, str]) -> dict[str, Any]:
    import os

    proc = subprocess.run(
        [*python, "-c", WORKER],
        input=json.dumps(entries),
        capture_output=True,
        text=True,
        env={**os.environ, **env},
    )
    if proc.returncode != 0:
        sys.exit(f"refextract failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def time_bibkit(entries: list[str], seed: int) -> dict[str, Any]:
    """First use (tables, patterns; on other entries) and one pass over ``entries``.

    One pass only: a second pass over the same entries would find bibkit's caches filled.
    """
    start = time.perf_counter()
    for item in gen.reference_list(100, seed + 7_777).entries:
        parse_entry(item.text)
    first = time.perf_counter() - start
    start = time.perf_counter()
    records = [parse_entry(text) for text in entries]
    return {"first_call": first, "seconds": time.perf_counter() - start, "records": records}


def _fold(text: str) -> str:
    return turkish.skeleton(text.replace("*", "").strip(' .,"“”')) if text else ""


def accuracy(
    corpus: Path, python: list[str], env: dict[str, str], limit: int
) -> list[tuple[str, int, float, float]]:
    """First author's surname, year and title, bibkit vs refextract, on the gold entries in ``corpus``."""
    cases = []
    for path in sorted(corpus.glob("*.json")):
        for case in json.loads(path.read_text(encoding="utf-8"))["cases"]:
            if case["kind"] == "entry":
                cases.append(case)
    cases = cases[:limit]
    texts = [c["text"] for c in cases]
    theirs = run_refextract(texts, python, env)["results"]
    scores: dict[str, list[int]] = {f: [0, 0, 0] for f in ("family", "year", "title")}
    for case, refs in zip(cases, theirs, strict=True):
        expected = case["expected"]
        mine = parse_entry(case["text"])
        ref = refs[0] if refs else {}
        names = expected.get("author") or expected.get("editor") or []
        if names and names[0].get("family"):
            family = _fold(names[0]["family"])
            row = scores["family"]
            row[0] += 1
            mine_names = mine.author or mine.editor
            row[1] += bool(mine_names) and _fold(mine_names[0].family) == family
            row[2] += any(family in _fold(a).split() for a in ref.get("author", [])[:1])
        if "issued" in expected:
            year = str(expected["issued"]["date-parts"][0][0])
            row = scores["year"]
            row[0] += 1
            row[1] += bool(mine.issued) and str(mine.issued.year) == year
            row[2] += year in (ref.get("year") or [])[:1]
        if expected.get("title"):
            title = _fold(expected["title"])
            row = scores["title"]
            row[0] += 1
            row[1] += _fold(mine.title) == title
            row[2] += any(_fold(t) == title for t in ref.get("title", [])[:1])
    return [(f, n, a / n if n else 0.0, b / n if n else 0.0) for f, (n, a, b) in scores.items()]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=500, help="generated entries given to both tools")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--venv", type=Path, default=DEFAULT_VENV, help="refextract's virtual environment")
    parser.add_argument(
        "--target", type=Path, help="install refextract with pip --target here instead of a venv"
    )
    parser.add_argument("--accuracy", action="store_true", help="also score both on gold entries")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=ROOT / "tests" / "corpus" / "heldout",
        help="gold cases for --accuracy (default: the held-out corpus, which bibkit was not tuned on)",
    )
    parser.add_argument("--accuracy-limit", type=int, default=1000)
    args = parser.parse_args(argv)

    python, env = ensure_refextract(args.venv, args.target)
    entries = [e.text for e in gen.reference_list(args.n, args.seed).entries]
    ours = time_bibkit(entries, args.seed)
    theirs = run_refextract(entries, python, env)
    n = len(entries)
    bibkit_rate = n / ours["seconds"]
    per_entry_rate = n / theirs["per_entry"]
    block_rate = n / theirs["block"]
    best = max(per_entry_rate, block_rate)
    print(f"bibkit vs refextract — {n:,} generated entries (seed {args.seed}), one core each, same run")
    print(
        f"  bibkit      parse_entry, one pass               {ours['seconds']:8.3f} s  {bibkit_rate:10,.0f} entries/s"
    )
    print(
        f"  refextract  one call per entry                  {theirs['per_entry']:8.3f} s  {per_entry_rate:10,.1f} entries/s"
    )
    print(
        f"  refextract  whole list as one numbered block    {theirs['block']:8.3f} s  {block_rate:10,.1f} entries/s"
        f"  ({theirs['block_found']:,} references found)"
    )
    print(
        f"  ratio (bibkit / refextract's faster mode)      {bibkit_rate / best:,.0f}x   (target: at least 100x)"
    )
    print(
        f"  first use, not in the rates: bibkit {ours['first_call']:.3f} s; refextract import "
        f"{theirs['import']:.3f} s + first call {theirs['first_call']:.3f} s"
    )
    if args.accuracy:
        print()
        where = args.corpus.relative_to(ROOT) if args.corpus.is_relative_to(ROOT) else args.corpus
        print(
            f"field accuracy on the gold entries of {where} (exact after folding; refextract: its first value)"
        )
        print(f"  {'field':<8} {'cases':>6} {'bibkit':>8} {'refextract':>11}")
        for field, count, mine, other in accuracy(args.corpus, python, env, args.accuracy_limit):
            print(f"  {field:<8} {count:>6} {mine:>8.0%} {other:>11.0%}")


if __name__ == "__main__":
    main()
