"""The translator's line assembly (``zotero_translator/runtime/lines.js``) against bibkit.find.lines.

Given the same line labels, the translator must make the same notes and entries as bibkit: same
kind, same first line, same text (hyphenation mended, numbers and URLs joined, markers dropped).
Inputs: every annotated document of the real and blind corpora with its gold labels, and lines
written to hit each joining rule.
"""

from __future__ import annotations

import pytest

from bibkit import corpus
from bibkit.find.lines import assemble
from tests.runtime_js import ROOT, call_js

pytestmark = pytest.mark.node

FILES = ["text.js", "finder_features.js", "lines.js"]

HAND_MADE = [
    (["1. Kafkas-", "ya Tarihi, s. 22-", "25."], ["note-start", "note-cont", "note-cont"]),
    (
        ["- Smith, J., https://example.org/a/", "b/c.html, 2001", "- R-", "8406 BOA, HR.", "SYS, 12"],
        ["ref-start", "ref-cont", "ref-start", "ref-cont", "ref-cont"],
    ),
    (
        ["  continued without a start", "[^2]: 𝔸 astral — İı", "", "body", "more of note 2"],
        ["ref-cont", "note-start", "blank", "text", "note-cont"],
    ),
    (
        ["12", "   ", "\u2028x\u2028", "ÇĞ.", "ÖŞÜ, 3"],
        ["note-start", "note-cont", "note-cont", "note-cont", "note-cont"],
    ),
]


def _python(lines: list[str], labels: list[str]) -> list[list]:
    return [[b.kind, b.line, b.text] for b in assemble(lines, labels)]


def test_lines_assemble_as_bibkit_does():
    docs = list(corpus.read_all([ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "corpus" / "blind"]))
    cases = [(d.lines, d.labels) for d in docs] + HAND_MADE
    results = call_js(FILES, [("assembleBlocks", [lines, labels, "$TABLES"]) for lines, labels in cases])
    blocks = 0
    for (lines, labels), got in zip(cases, results, strict=True):
        want = _python(lines, labels)
        got = [[b["kind"], b["line"], b["text"]] for b in got]
        assert got == want, next(
            (
                f"block {i}: bibkit {w!r}, translator {g!r}"
                for i, (w, g) in enumerate(zip(want, got, strict=False))
                if w != g
            ),
            f"{len(want)} blocks in bibkit, {len(got)} in the translator",
        )
        blocks += len(want)
    assert blocks > 3000
