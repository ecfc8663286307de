"""The translator's CRF decoder (``zotero_translator/runtime/crf.js``) against python-crfsuite.

The Zotero translator decodes with bibkit's own models, exported by :meth:`bibkit.crf.Model.weights`.
Fed the same attribute lists, its Viterbi must give python-crfsuite's labels: every line of every
annotated document (finder), every token of every annotated note and entry (labeller).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest

from bibkit import corpus
from bibkit.crf import model
from bibkit.find.features import document_features
from bibkit.parse.features import sequence_features, stacked_features
from bibkit.tokens import tokenize
from bibkit.train import labeller_examples

pytestmark = pytest.mark.node

ROOT = Path(__file__).resolve().parent.parent
DECODE = ROOT / "zotero_translator" / "test" / "runtime-decode.mjs"
CORPORA = [ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "corpus" / "blind"]


@cache
def _documents() -> list[corpus.Annotated]:
    return list(corpus.read_all(CORPORA))


def _decode(weights: dict, sequences: list[list[list[str]]]) -> list[list[str]]:
    if shutil.which("node") is None:
        pytest.skip("node not installed")
    payload = json.dumps({"model": weights, "sequences": sequences})
    result = subprocess.run(
        ["node", str(DECODE)], input=payload, capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def _first_difference(want: list[list[str]], got: list[list[str]]) -> str:
    for number, (a, b) in enumerate(zip(want, got, strict=True)):
        if a != b:
            at = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
            return f"sequence {number}, position {at}: crfsuite {a[at]!r}, translator {b[at]!r}"
    return ""


def _assert_decodes_alike(name: str, sequences: list[list[list[str]]]) -> None:
    crf = model(name)
    want = [crf.tag(s) for s in sequences]
    got = _decode(crf.weights(), sequences)
    assert got == want, _first_difference(want, got)


def test_finder_decodes_every_document_as_crfsuite_does():
    sequences = [
        features for doc in _documents() for features in [document_features(doc.lines)[1]] if features
    ]
    _assert_decodes_alike("finder", sequences)
    assert len(sequences) > 200


def test_labeller_decodes_every_note_and_entry_as_crfsuite_does():
    sequences = [features for features, _ in labeller_examples(_documents())]
    _assert_decodes_alike("labeller", sequences)
    assert len(sequences) > 3000


def test_relabeller_decodes_every_note_and_entry_as_crfsuite_does():
    """The relabeller's sequences carry the labeller's own first labels, as the translator makes them."""
    labeller = model("labeller")
    sequences = []
    for doc in _documents():
        for seq in doc.sequences:
            tokens = tokenize(seq.text)
            if tokens:
                features = sequence_features(tokens, seq.kind)
                sequences.append(stacked_features(tokens, features, labeller.tag(features)))
    _assert_decodes_alike("relabeller", sequences)
    assert len(sequences) > 3000


def test_decoding_an_empty_sequence_gives_no_labels_and_unknown_attributes_weigh_nothing():
    finder = model("finder")
    weights = finder.weights()
    got = _decode(weights, [[], [["no-such:attribute"], ["constructor", "__proto__", "toString"]]])
    assert got[0] == []
    # Unknown attributes leave only the transitions: both runtimes pick the same labels.
    assert got[1] == finder.tag([["no-such:attribute"], ["constructor", "__proto__", "toString"]])
