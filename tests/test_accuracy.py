"""The parser's field F1 on the gold corpus must not go down.

``tests/corpus/*.json`` is the development corpus (written to the conventions, looked at while
building the parser); ``tests/corpus/heldout/*.json`` was written blind by someone who never saw
the parser and is only measured. ``bench/accuracy.py`` prints the full tables.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bibkit.accuracy import score

CORPUS = Path(__file__).parent / "corpus"

FLOORS = {
    # corpus: (overall F1, every convention's F1) — set just under the measured values
    "development": (0.99, 0.97),
    "held-out": (0.97, 0.93),
}


@pytest.fixture(scope="module", params=["development", "held-out"])
def report(request):
    files = (
        sorted(CORPUS.glob("*.json"))
        if request.param == "development"
        else sorted((CORPUS / "heldout").glob("*.json"))
    )
    assert files, f"no corpus files for {request.param}"
    return request.param, score(files)


def test_corpus_is_large_and_varied(report):
    name, result = report
    assert result.cases >= (300 if name == "development" else 150)
    assert len(result.by_convention) >= 13


def test_overall_f1_does_not_go_down(report):
    name, result = report
    assert result.overall.f1 >= FLOORS[name][0], f"{name}: overall F1 {result.overall.f1:.3f}"


def test_every_convention_keeps_its_f1(report):
    name, result = report
    low = {c: round(v.f1, 3) for c, v in result.by_convention.items() if v.f1 < FLOORS[name][1]}
    assert not low, f"{name}: conventions below {FLOORS[name][1]}: {low}"
