"""Resolution when one author wrote every work of a list: 50 notes ``Kaya, a.g.e., s. N.`` after K
list entries by Kaya (generated text; never an accuracy figure).

    .venv/bin/python bench/one_author.py                      # K = 500, 1,000, 2,000, 4,000, 8,000
    .venv/bin/python bench/one_author.py --out bench/results/one-author-$(git rev-parse --short HEAD).txt

Each a.g.e. names an author with K works, so it is ambiguous and reported; what is measured is the
work of finding that out. Times are the best of three rounds, one core: finding and labelling
(``analyse``) and the rest (resolution, merging, ids: ``build_document``) separately, with the
log-log slope of each from the smallest K to the largest.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from crossval import emit  # noqa: E402

from bibkit.collector import cycles_unchecked  # noqa: E402
from bibkit.pipeline import analyse, build_document  # noqa: E402

NOTES = 50


def document(works: int) -> str:
    """K list entries by one author under a heading, then 50 numbered a.g.e. notes."""
    topics = ("Osmanlı", "Kafkasya", "Kırım", "Türkistan", "Rusya", "İran", "Balkan", "Anadolu")
    entries = [
        f"KAYA Ali, *{topics[i % 8]} Tarihi*, Cilt {i // 8 + 1}, Türk Tarih Kurumu Yayınları, "
        f"Ankara {1900 + i % 120}."
        for i in range(works)
    ]
    notes = [f"[^{n}]: Kaya, a.g.e., s. {n}." for n in range(1, NOTES + 1)]
    return "Metin.[^1]\n\n" + "\n\n".join(notes) + "\n\n## Kaynakça\n\n" + "\n\n".join(entries) + "\n"


def best_of(runs: int, text: str) -> tuple[float, float, int]:
    """Seconds of analyse and of build_document (best of ``runs``), and the unparsed mentions."""
    best_a = best_b = math.inf
    reported = 0
    for _ in range(runs):
        with cycles_unchecked():
            started = time.perf_counter()
            analysis = analyse(text)
            middle = time.perf_counter()
            doc = build_document(analysis, "one-author.md")
            done = time.perf_counter()
        best_a, best_b = min(best_a, middle - started), min(best_b, done - middle)
        reported = sum(1 for u in doc.unparsed if u.kind == "mention")
    return best_a, best_b, reported


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="500,1000,2000,4000,8000")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", help="also write the report to this file")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    lines = [
        "bibkit one-author resolution bench (generated text): 50 notes 'Kaya, a.g.e., s. N.' after K works by Kaya",
        "",
        f"{'K':>6} {'analyse s':>10} {'resolve+merge s':>16} {'a.g.e. reported':>16}",
    ]
    points = []
    for size in sizes:
        a, b, reported = best_of(args.runs, document(size))
        points.append((size, a, b))
        lines.append(f"{size:>6} {a:>10.3f} {b:>16.3f} {reported:>16}")
        print(lines[-1], file=sys.stderr)
    (k0, a0, b0), (k1, a1, b1) = points[0], points[-1]
    span = math.log(k1 / k0)
    lines += [
        "",
        f"growth exponent K = {k0} → {k1}: analyse {math.log(a1 / a0) / span:.2f}, "
        f"resolve+merge {math.log(b1 / b0) / span:.2f}",
    ]
    emit(lines, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
