"""The corpora say where their text comes from: every annotated file names its source, and
SOURCES.md (generated from the headers) is up to date."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bibkit import corpus

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "tests" / "corpus" / "real"
BLIND = ROOT / "tests" / "corpus" / "blind"


def test_sources_md_is_generated_from_the_headers():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "sources.py"), "--check", str(REAL), str(BLIND)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_the_real_corpus_is_large_and_varied():
    docs = list(corpus.read_all([REAL]))
    kinds = [s.kind for d in docs for s in d.sequences]
    assert len(docs) >= 60 and kinds.count("ref") >= 1200 and kinds.count("note") >= 600
    assert sum(d.header["kind"] == "document" for d in docs) >= 30
    for doc in docs:
        assert doc.header["source"] and doc.header["publication"], doc.path
    assert len({d.group for d in docs}) == len(docs)


def test_at_least_ten_blind_publications_are_not_in_the_training_corpus():
    sys.path.insert(0, str(ROOT / "bench"))
    from blind import overlapping

    blind = list(corpus.read_all([BLIND]))
    shared = overlapping(blind, list(corpus.read_all([REAL])))
    assert len(blind) - len(shared) >= 10
    assert "tr-belleten-2010-sarkel" in shared  # the same DergiPark page was found for both
