"""Nothing is lost: every non-blank line of the input is in exactly one note, one list entry, or
one of the lines the Document lists with the finder's label (body, heading, page furniture); every
entry became a record or an unparsed item. Checked on the real corpus, on real lines shuffled into
new documents, and on generated articles and lists."""

from __future__ import annotations

import random
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bibkit import corpus, relayout
from bibkit.evaluate import document_text
from bibkit.pipeline import parse_text

ROOT = Path(__file__).resolve().parent.parent
REAL = sorted((ROOT / "tests" / "corpus" / "real").glob("*.txt"))
sys.path.insert(0, str(ROOT / "bench"))


def check_nothing_lost(text: str) -> None:
    doc = parse_text(text, "t")
    data = doc.to_json()
    non_blank = {i + 1 for i, line in enumerate(text.split("\n")) if line.strip()}
    places: dict[int, str] = {}

    def claim(first: int, last: int, what: str) -> None:
        for n in range(first, last + 1):
            if n in non_blank:
                assert n not in places, f"line {n} is in both {places[n]} and {what}"
                places[n] = what

    for note in data["notes"]:
        for first, last in note["spans"]:
            claim(first, last, f"note {note['number']}")
    entries = (data["bibliography"] or {}).get("entries", [])
    for entry in entries:
        for first, last in entry["spans"]:
            claim(first, last, f"entry at {entry['line']}")
    for first, last, label in data["lines"]:
        assert label in ("text", "head", "notes-head", "refs-head", "furniture"), label
        claim(first, last, label)
    assert set(places) == non_blank, f"lines in nothing: {sorted(non_blank - set(places))[:10]}"
    ids = {r["id"] for r in data["records"]}
    unparsed_lines = {u["line"] for u in data["unparsed"] if u["kind"] == "entry"}
    for entry in entries:
        assert entry["record"] in ids or entry["line"] in unparsed_lines, entry


@pytest.mark.parametrize("path", REAL, ids=[p.stem for p in REAL])
def test_every_line_of_every_real_document_is_accounted_for(path):
    check_nothing_lost(document_text(corpus.read(path)))


_LINES = [line for path in REAL[::3] for line in corpus.read(path).lines]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.integers(0, len(_LINES) - 1), min_size=1, max_size=80), st.randoms(use_true_random=False))
def test_real_lines_in_any_order(indices, rng):
    lines = [_LINES[i] for i in indices]
    for _ in range(rng.randint(0, 3)):
        lines.insert(rng.randint(0, len(lines)), rng.choice(["", "---", "12", "## Kaynakça", "Notes"]))
    check_nothing_lost("\n".join(lines))


@pytest.mark.parametrize("seed", range(6))
def test_generated_articles_and_lists(seed):
    import generate

    check_nothing_lost(generate.article(30, seed=seed).text)
    layout = ("lines", "dash", "paragraphs")[seed % 3]
    check_nothing_lost(generate.reference_list(40, seed=seed).text(layout))


@pytest.mark.parametrize("layout", range(7))
def test_real_documents_laid_out_again_keep_every_line(layout):
    """The layouts users paste that the corpus was not copied in: each note and entry on one line,
    wrapped at 55/65/78 characters with or without a hanging indent and blank lines (layouts
    1-6); excerpts of three entries or notes, without the document around them."""
    for path in REAL[layout::9]:
        doc = corpus.read(path)
        lines, _ = relayout.relaid(doc.lines, doc.labels, layout)
        check_nothing_lost("\n".join(lines))
        for excerpt, _ in relayout.excerpts(doc.lines, doc.labels):
            check_nothing_lost("\n".join(excerpt))


def test_real_entries_wrapped_flush_keep_every_line():
    for path in REAL[4::11]:
        doc = corpus.read(path)
        lines, _ = relayout.relaid(doc.lines, doc.labels, 0)
        check_nothing_lost("\n".join(w for line in lines for w in (textwrap.wrap(line, 60) or [line])))


def test_shuffled_real_documents_keep_every_line():
    rng = random.Random(7)
    for path in rng.sample(REAL, 5):
        lines = corpus.read(path).lines
        rng.shuffle(lines)
        check_nothing_lost("\n".join(lines))


def test_a_failure_inside_one_entry_or_note_keeps_the_rest_and_that_text(monkeypatch):
    """A bug met while parsing one entry or note becomes an ``internal:`` unparsed item with its
    raw text and line; every other entry and note is parsed as usual."""
    from bibkit import pipeline

    real_entry, real_note = pipeline.parse_entry, pipeline.parse_note

    def entry(text, *args, **kwargs):
        if "Bozuk" in text:
            raise IndexError("list index out of range")
        return real_entry(text, *args, **kwargs)

    def note(found_note, *args, **kwargs):
        if "Bozuk" in found_note.text:
            raise KeyError("segments")
        return real_note(found_note, *args, **kwargs)

    monkeypatch.setattr(pipeline, "parse_entry", entry)
    monkeypatch.setattr(pipeline, "parse_note", note)
    text = (
        "Metin.[^1] Metin.[^2]\n\n[^1]: Ali Kaya, *Kafkas Cephesi*, Ankara 1999, s. 4.\n\n"
        "[^2]: Bozuk Not, *Kitap*, s. 9.\n\n## Kaynakça\n\n"
        "KAYA Ali, Kafkas Cephesi, Ankara, 1999.\n\nBozuk Yazar, Bir Kitap, İstanbul, 2001.\n"
    )
    doc = pipeline.parse_text(text, "guard.md")
    internal = [(u.kind, u.line, u.raw) for u in doc.unparsed if u.reason.startswith("internal: ")]
    assert ("note", 5, "Bozuk Not, *Kitap*, s. 9.") in [
        (k, n, r.removeprefix("[^2]: ")) for k, n, r in internal
    ]
    assert any(k == "entry" and n == 11 and r.startswith("Bozuk Yazar") for k, n, r in internal)
    assert any(r.title == "Kafkas Cephesi" for r in doc.records)
    assert doc.counts["citations"] >= 1


def test_a_broken_model_still_stops_the_whole_document(monkeypatch):
    from bibkit import pipeline
    from bibkit.crf import ModelError

    def broken(*args, **kwargs):
        raise ModelError("model file labeller.crfsuite is corrupt")

    monkeypatch.setattr(pipeline, "parse_entry", broken)
    with pytest.raises(ModelError):
        pipeline.parse_text("## Kaynakça\n\nKAYA Ali, Kafkas Cephesi, Ankara, 1999.\n", "x.md")
