"""Annotated spans ↔ token labels (AnyStyle's convention for untagged punctuation)."""

from __future__ import annotations

from bibkit.corpus import Span
from bibkit.parse.spans import runs, token_labels
from bibkit.tokens import tokenize


def test_untagged_punctuation_goes_with_the_field_before_and_opening_brackets_with_the_field_after():
    text = "Kaya, Tarih (1990)."
    spans = [Span(0, 4, "author"), Span(6, 11, "title"), Span(13, 17, "date")]
    tokens = tokenize(text)
    labels = token_labels(tokens, spans)
    assert list(zip([t.text for t in tokens], labels, strict=True)) == [
        ("Kaya", "author"),
        (",", "author"),
        ("Tarih", "title"),
        ("(", "date"),
        ("1990", "date"),
        (")", "date"),
        (".", "date"),
    ]
    assert [(r.label, text[r.start : r.end]) for r in runs(tokens, labels)] == [
        ("author", "Kaya,"),
        ("title", "Tarih"),
        ("date", "(1990)."),
    ]


def test_leading_punctuation_takes_the_first_field():
    tokens = tokenize("“Başlık”, 1990")
    labels = token_labels(tokens, [Span(1, 7, "title"), Span(10, 14, "date")])
    assert labels[0] == "title" and labels[-1] == "date"
