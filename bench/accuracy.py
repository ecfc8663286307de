"""Print bibkit's field-level precision, recall and F1 on the gold corpus, per convention and field.

.venv/bin/python bench/accuracy.py [--errors N] [tests/corpus/*.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bibkit.accuracy import format_report, score  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--errors", type=int, default=0, help="also print this many wrong cases")
    parser.add_argument("--convention", help="only errors of this convention")
    args = parser.parse_args()
    files = args.files or sorted((ROOT / "tests" / "corpus").glob("*.json"))
    report = score(files)
    print(format_report(report))
    errors = [e for e in report.errors if not args.convention or e["convention"] == args.convention]
    for error in errors[: args.errors]:
        print()
        print(json.dumps(error, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
