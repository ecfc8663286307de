"""Format-neutral cleaning of values."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from bibkit.export.text import clean, clean_verbatim, range_parts, visible


def test_clean_flattens_whitespace_and_drops_controls():
    assert clean("  a\tb\n\nc\u00a0d\u2029e\x00\u200bf\u00ad ") == "a b c d ef"
    assert clean(42) == "42"


def test_clean_composes_to_nfc():
    assert clean("I\u0307stanbul") == "İstanbul"
    # A control character between a letter and its combining mark: once it is dropped, the two
    # compose (found by the read-back property test, where a reader normalised them).
    assert clean("\u00a8\x1b\u0300") == "\u1fed"
    assert visible("I\x00\u0307") == "İ"


def test_verbatim_values_cannot_close_a_brace_or_start_a_command():
    assert clean_verbatim("https://x.org/a b{c}\\d?q=%20") == "https://x.org/a%20b%7Bc%7D%5Cd?q=%20"


def test_ranges_split_at_any_dash():
    assert range_parts("375-413") == ["375", "413"]
    assert range_parts("375 – 413") == ["375", "413"]
    assert range_parts("45, 47") == ["45, 47"]


def test_clean_folds_space_runs_in_plain_text_too():
    assert clean("  Türk   Tarih  Kurumu ") == "Türk Tarih Kurumu"


def _clean_by_definition(value: object) -> str:
    """clean() as its docstring defines it, character by character (no fast path)."""
    text = unicodedata.normalize("NFC", str(value))
    kept = "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch) not in {"Cc", "Cf", "Cs"}
    )
    return re.sub(r"\s+", " ", kept).strip()


@given(st.text(max_size=40) | st.text(alphabet="Ab İı  \t\n\u00a0\u200b\u00ad-.", max_size=40))
def test_the_fast_path_of_clean_agrees_with_its_definition(text):
    assert clean(text) == _clean_by_definition(text)


@given(st.text(alphabet="AbzZ09 -'<>,İıЖжЁё{}%", max_size=30))
def test_ascii_encoding_takes_plain_words_as_they_are(text):
    from bibkit.export import latex

    reference = " ".join(
        latex._glue(latex._ascii_char(ch) for ch in word)
        for word in latex.transliterate(clean(text)).split(" ")
    )
    assert latex.ascii_text(text) == reference
