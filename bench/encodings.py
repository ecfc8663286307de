"""Encoding detection on real text: every publication of the real corpus, written in the code
pages its language was written in before UTF-8, read back by bibkit.

    .venv/bin/python bench/encodings.py
    .venv/bin/python bench/encodings.py --out bench/results/encodings-$(git rev-parse --short HEAD).txt

Turkish text is written in cp1254 (and ISO-8859-9, which bibkit names when no cp1254-only sign
is used), Russian in cp1251 and KOI8-R, English in cp1252; each also in UTF-16-LE without a BOM.
Characters a code page cannot hold are dropped before writing. Each file is tried whole and by
its first 300 bytes (a short list). Right: bibkit reads the text it reads from the same characters
in UTF-8 (its repairs of broken PDF letters and HTML references apply alike), so only the
encoding is judged. Refused: a one-line error instead of text, which is better than mojibake but
still a miss.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from crossval import emit  # noqa: E402

from bibkit import corpus  # noqa: E402
from bibkit.errors import BibkitError  # noqa: E402
from bibkit.read import decode  # noqa: E402

WRITTEN_IN = {
    "tr": ("cp1254", "utf-16-le"),
    "ru": ("cp1251", "koi8-r", "utf-16-le"),
    "en": ("cp1252", "utf-16-le"),
}
SHORT = 300


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", help="also write the report to this file")
    args = parser.parse_args()
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])  # right, refused, tries
    misses: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc in corpus.read_all([ROOT / "tests" / "corpus" / "real"]):
        text = "\n".join(doc.lines)
        for encoding in WRITTEN_IN.get(doc.language, ()):
            data = text.encode(encoding, errors="ignore")
            if data.isascii():
                continue
            for size, sample in (("whole", data), (f"first {SHORT} bytes", data[:SHORT])):
                if sample.isascii() or (encoding.startswith("utf-16") and len(sample) % 2):
                    continue
                # What bibkit reads from the same characters in UTF-8: only the encoding is judged.
                want = _normal(decode(sample.decode(encoding, errors="ignore").encode("utf-8")).text)
                counts = tally[(encoding, size)]
                counts[2] += 1
                try:
                    got = _normal(decode(sample, doc.path).text)
                except BibkitError:
                    counts[1] += 1
                    misses[(encoding, size)].append(f"{Path(doc.path).name} (refused)")
                    continue
                if got == want:
                    counts[0] += 1
                else:
                    misses[(encoding, size)].append(Path(doc.path).name)
    lines = [
        "bibkit encoding detection on the real corpus re-encoded (bench/encodings.py)",
        "",
        f"{'written in':<12} {'sample':<18} {'right':>6} {'refused':>8} {'tries':>6}",
    ]
    for (encoding, size), (right, refused, tries) in sorted(tally.items()):
        lines.append(f"{encoding:<12} {size:<18} {right:>6} {refused:>8} {tries:>6}")
    lines.append("")
    for key, names in sorted(misses.items()):
        lines.append(f"missed, {key[0]}, {key[1]}: {', '.join(names)}")
    emit(lines, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
