"""Format-neutral cleaning of values."""

from __future__ import annotations

from bibkit.export.text import clean, clean_verbatim, range_parts


def test_clean_flattens_whitespace_and_drops_controls():
    assert clean("  a\tb\n\nc\u00a0d\u2029e\x00\u200bf\u00ad ") == "a b c d ef"
    assert clean(42) == "42"


def test_clean_composes_to_nfc():
    assert clean("I\u0307stanbul") == "İstanbul"


def test_verbatim_values_cannot_close_a_brace_or_start_a_command():
    assert clean_verbatim("https://x.org/a b{c}\\d?q=%20") == "https://x.org/a%20b%7Bc%7D%5Cd?q=%20"


def test_ranges_split_at_any_dash():
    assert range_parts("375-413") == ["375", "413"]
    assert range_parts("375 – 413") == ["375", "413"]
    assert range_parts("45, 47") == ["45, 47"]
