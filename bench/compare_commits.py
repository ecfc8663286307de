"""Parse speed and parse output of two bibkit trees, measured side by side.

A change made for speed must keep every record as it was, and its gain must be told apart from
the machine's own drift: on a shared virtual machine the same code runs ±10% apart from one
minute to the next. So both trees parse the same generated entries and articles in alternating
runs (base, other, base, other, …), each run in a fresh process; the medians and their ratio
are printed, and the outputs are compared byte for byte.

    .venv/bin/python bench/compare_commits.py 1f15627            # that commit against the working tree
    .venv/bin/python bench/compare_commits.py HEAD~3 HEAD --runs 5 --entries 50000

A commit is checked out with ``git worktree`` into a temporary directory (removed afterwards);
the working tree is used as it is, uncommitted changes included. Both run on this venv's Python
with ``PYTHONPATH`` pointing at the tree, so their dependencies are the same.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATE = ROOT / "bench" / "generate.py"

# Run in a fresh interpreter with PYTHONPATH=<tree>: parse every entry and article, time the
# entries on CPU time, and hash what was parsed.
_WORKER = r"""
import hashlib, json, sys, time
from pathlib import Path
from bibkit.parse.entries import parse_entry
from bibkit.pipeline import parse_text
import bibkit
entries_path, articles_dir = sys.argv[1], Path(sys.argv[2])
entries = [l for l in Path(entries_path).read_text(encoding="utf-8").splitlines() if l.strip()]
for text in entries[:300]:
    parse_entry(text)  # tables, compiled patterns
start = time.process_time()
records = [parse_entry(text, line) for line, text in enumerate(entries[300:], 301)]
seconds = time.process_time() - start
digest = hashlib.sha256()
for record in records:
    digest.update(json.dumps(record.to_csl(), ensure_ascii=False, sort_keys=True, default=str).encode())
for path in sorted(articles_dir.glob("*.md")):
    document = parse_text(path.read_text(encoding="utf-8"), source=path.name)
    digest.update(json.dumps(document.to_json(), ensure_ascii=False, sort_keys=True, default=str).encode())
print(json.dumps({"rate": len(records) / seconds, "digest": digest.hexdigest(), "module": bibkit.__file__}))
"""


def _git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def _generate(workdir: Path, entries: int, articles: int, seed: int) -> tuple[Path, Path]:
    listing, folder = workdir / "entries.txt", workdir / "articles"
    python = sys.executable
    subprocess.run(
        [python, str(GENERATE), "list", str(entries), "--seed", str(seed), "-o", str(listing)], check=True
    )
    subprocess.run(
        [python, str(GENERATE), "articles", str(articles), "--seed", str(seed), "--out-dir", str(folder)],
        check=True,
        capture_output=True,
    )
    return listing, folder


def _run(tree: Path, listing: Path, folder: Path) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", _WORKER, str(listing), str(folder)],
        check=True,
        capture_output=True,
        text=True,
        cwd=tree,
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
    )
    result = json.loads(out.stdout)
    if not str(result["module"]).startswith(str(tree)):
        raise SystemExit(f"bibkit was imported from {result['module']}, not from {tree}")
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("base", help="a commit (the reference)")
    parser.add_argument("other", nargs="?", default="", help="a commit (default: the working tree)")
    parser.add_argument("--entries", type=int, default=20000, help="generated list entries to parse")
    parser.add_argument(
        "--articles", type=int, default=60, help="generated articles whose output is compared"
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per tree, alternating")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bibkit-compare-") as tmp:
        workdir = Path(tmp)
        listing, folder = _generate(workdir, args.entries, args.articles, args.seed)
        trees: dict[str, Path] = {}
        for label, ref in (("base", args.base), ("other", args.other)):
            if not ref:
                trees[label] = ROOT
                continue
            path = workdir / label
            _git("worktree", "add", "--detach", str(path), ref)
            trees[label] = path
        try:
            rates: dict[str, list[float]] = {label: [] for label in trees}
            digests: dict[str, set[str]] = {label: set() for label in trees}
            for run in range(1, args.runs + 1):
                for label, tree in trees.items():
                    result = _run(tree, listing, folder)
                    rates[label].append(float(result["rate"]))  # type: ignore[arg-type]
                    digests[label].add(str(result["digest"]))
                    print(f"run {run} {label:5} {result['rate']:8,.0f} entries/s", flush=True)
        finally:
            for tree in trees.values():
                if tree != ROOT:
                    _git("worktree", "remove", "--force", str(tree))

    names = {"base": args.base, "other": args.other or "working tree"}
    medians = {label: statistics.median(values) for label, values in rates.items()}
    print()
    for label in trees:
        print(f"{names[label]:>14}: median {medians[label]:,.0f} entries/s over {args.runs} runs")
    print(f"{'ratio':>14}: {medians['other'] / medians['base']:.2f}x")
    same = digests["base"] == digests["other"] and len(digests["base"]) == 1
    print(
        f"{'output':>14}: {'identical' if same else 'DIFFERENT'} ({args.entries:,} entries, {args.articles} articles)"
    )
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
