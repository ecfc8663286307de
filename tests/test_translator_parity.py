"""The Zotero translator reads as bibkit does: same works, field for field.

The translator is generated from bibkit's models and runs bibkit's features, decoder and
normalisers in JavaScript. Fed the same text, it must give the records ``bibkit`` gives before
merging: the list's entries (``Analysis.listed``) and the notes' full citations (mentions with a
record and no back-reference). Inputs: every document of the real and blind corpora, as a user
would paste it, and every shared vector (``tests/vectors``). ``id`` and ``custom`` (bibkit's
provenance: spans, variants) are bibkit's own and not compared.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import textwrap
from functools import cache
from typing import IO

import pytest

from bibkit import corpus
from bibkit.evaluate import document_text
from bibkit.pipeline import analyse
from bibkit.read import decode
from tests.runtime_js import ROOT
from tests.test_vectors import VECTORS

pytestmark = pytest.mark.node

READER = ROOT / "zotero_translator" / "test" / "translator-parse.mjs"


def _plain(item: dict) -> dict:
    return {k: v for k, v in item.items() if k not in ("id", "custom")}


def damaged(text: str) -> str:
    """The text as a PDF copy gives it: lines wrapped at 70 characters (words kept whole), a page
    number and a running head every 25 lines, CRLF line ends."""
    out: list[str] = []
    for line in text.split("\n"):
        out.extend(textwrap.wrap(line, 70, break_on_hyphens=False, drop_whitespace=True) or [""])
    for at in range(len(out) - len(out) % 25, 0, -25):
        out[at:at] = [str(100 + at // 25), "JOURNAL OF PASTED REFERENCES"]
    return "\r\n".join(out)


def python_works(text: str) -> dict[str, list[dict]]:
    analysis = analyse(text)
    cited = [
        _plain(m.record.to_csl())
        for note in analysis.notes
        for m in note.mentions
        if m.record is not None and m.ref is None
    ]
    return {"listed": [_plain(r.to_csl()) for r in analysis.listed], "cited": cited}


@cache
def _inputs() -> list[tuple[str, str]]:
    docs = list(corpus.read_all([ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "corpus" / "blind"]))
    texts = [(f"corpus:{d.group}", document_text(d)) for d in docs]
    texts += [(f"damaged:{d.group}", damaged(document_text(d))) for d in docs]
    texts += [(f"vector:{key}", vector["input"]) for key, vector in VECTORS]
    # As bibkit reads a file: the translator gets the text Zotero gives it, normalised alike.
    return [(name, decode(text.encode("utf-8")).text) for name, text in texts]


def _start_translator(texts: list[str]) -> tuple[subprocess.Popen[bytes], IO[bytes]]:
    """Node reading ``texts`` with the translator, started so that it runs while Python reads them;
    its answer goes to the temporary file returned with it, so a full pipe never stalls it."""
    if shutil.which("node") is None:
        pytest.skip("node not installed")
    payload = tempfile.TemporaryFile()
    payload.write(json.dumps({"texts": texts}, ensure_ascii=False).encode("utf-8"))
    payload.seek(0)
    answer = tempfile.TemporaryFile()
    return subprocess.Popen(
        ["node", str(READER)], stdin=payload, stdout=answer, stderr=subprocess.PIPE
    ), answer


def _translator_works(proc: subprocess.Popen[bytes], answer: IO[bytes]) -> list[dict]:
    _, stderr = proc.communicate(timeout=900)
    assert proc.returncode == 0, stderr.decode("utf-8", "replace")[-3000:]
    answer.seek(0)
    return json.loads(answer.read())


def _difference(want: list[dict], got: list[dict]) -> str:
    if len(want) != len(got):
        return f"{len(want)} records in bibkit, {len(got)} in the translator"
    for i, (w, g) in enumerate(zip(want, got, strict=True)):
        g = _plain(g)
        if w != g:
            keys = sorted(k for k in set(w) | set(g) if w.get(k) != g.get(k))
            return f"record {i} ({w.get('title')!r}): " + "; ".join(
                f"{k}: bibkit {w.get(k)!r}, translator {g.get(k)!r}" for k in keys
            )
    return ""


def test_translator_gives_bibkits_records_for_every_corpus_document_and_vector():
    inputs = _inputs()
    node, answer = _start_translator([text for _, text in inputs])
    wants = [python_works(text) for _, text in inputs]
    works = _translator_works(node, answer)
    differences = []
    records = 0
    for (name, _), want, got in zip(inputs, wants, works, strict=True):
        for part in ("listed", "cited"):
            diff = _difference(want[part], got[part])
            if diff:
                differences.append(f"{name} {part}: {diff}")
            records += len(want[part])
    assert not differences, f"{len(differences)} of {len(inputs)} inputs differ; first:\n" + "\n".join(
        differences[:10]
    )
    assert len(inputs) > 500 and records > 6000
