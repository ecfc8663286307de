"""The parser's fast paths give what the slower, plainer form they stand in for would give.

Each shortcut taken for speed (a gate before a pattern, a pattern rewritten so the regex engine
can skip ahead, a subset of extractors for chunks without letters) is checked here against the
form it replaces, on generated text, so that a later change to one side cannot drift silently.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bibkit import turkish
from bibkit.parse import chunks as C
from bibkit.parse import extract as X
from bibkit.parse import fields as F
from bibkit.parse.chunks import Chunk
from bibkit.tables import load

# Letters the markers are made of, their neighbours in real entries, and the characters that
# decide word boundaries.
MARKER_TEXT = st.text(alphabet="ÇçeEvVdDhHaAzZtTrRsSpPİıIiуUnN.:, -/()1290\n", max_size=60)


def _markers(key: str) -> list[str]:
    return load("abbreviations")[key]


@given(MARKER_TEXT)
def test_markers_tested_after_first_letter_match_as_with_a_lookbehind(text):
    for key, not_after in (
        ("translator", r"[\w]"),
        ("editor", r"[\w]"),
        ("page", r"[\w.]"),
        ("issue", r"[\w.]"),
    ):
        plain = re.compile(f"(?<!{not_after})(?:{F.alternation(_markers(key))})")
        fast = re.compile(F.alternation(_markers(key), not_after=not_after))
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in fast.finditer(text)], key


@given(MARKER_TEXT)
def test_first_letter_lookahead_changes_no_match(text):
    for key in ("edition_after", "thesis", "volume_before"):
        markers = _markers(key)
        trie = F.alternation(markers)
        assert trie.startswith("(?=["), key  # the lookahead is there to be tested
        bare = trie[trie.index("]") + 2 :]
        for flags in (0, re.IGNORECASE):
            a = re.compile(bare, flags).search(text)
            b = re.compile(trie, flags).search(text)
            assert (a and a.span()) == (b and b.span()), key


@given(st.text(alphabet="IİıiAaŞşÇçXx -'", max_size=30))
def test_turkish_casing_by_replace_equals_the_translate_table(text):
    assert turkish.lower(text) == text.translate(str.maketrans({"I": "ı", "İ": "i"})).lower()
    assert turkish.upper(text) == text.translate(str.maketrans({"i": "İ", "ı": "I"})).upper()


@given(st.text(alphabet="KURATkuratİıIi'-.Ǆǅ1", max_size=12))
def test_caps_word_fast_rejection_agrees_with_the_definition(word):
    letters = [c for c in word if c.isalpha()]
    assert turkish.is_caps_word(word) == (len(letters) >= 2 and all(c.isupper() for c in letters))


@given(st.text(alphabet="MarchMaysEylülмартаJune. ,0123", max_size=30))
def test_month_and_day_read_from_the_last_two_words(buf):
    months = "|".join(re.escape(m) for m in sorted(F.month_names(), key=len, reverse=True))
    reference = re.compile(rf"(?i)(?:{months})\s+\d{{1,2}}$")
    assert C._ends_with_month_day(buf) == bool(reference.search(buf.rstrip()))


def _ungated_by_letters(text: str) -> tuple:
    """The extractor choice by digits and Roman numerals alone, as if every chunk had letters."""
    if X._HAS_DIGIT.search(text):
        return X.EXTRACTORS
    return X._WITHOUT_DIGITS if X._ROMAN_WORD.search(text) else X._WITHOUT_NUMBERS


def _extract(text: str, gate_letters: bool) -> tuple:
    chunk, found = Chunk(text, sep=","), X.Found()
    with pytest.MonkeyPatch.context() as m:
        if not gate_letters:
            m.setattr(X, "_extractors_for", _ungated_by_letters)
        X.extract_fields(chunk, found, 1)
    return chunk.rest, chunk.fields, found.values, found.years, found.day_month, found.in_marker


# Chunks without letters as entries have them: numbers (years among them) and the punctuation
# between them ("1990", "45(2)", "3/1", "12.05.1921", "375–413", "(1986): 215–33").
NUMBERS = st.one_of(st.integers(1, 2030).map(str), st.sampled_from(["1990", "05", "1921", "33"]))
YEARS = st.integers(1500, 2030).map(str)
NUMBER_SHAPES = st.one_of(
    st.builds("{} ({})".format, NUMBERS, YEARS),
    st.builds("{}/{} ({})".format, NUMBERS, NUMBERS, YEARS),
    st.builds("{} ({}): {}–{}".format, NUMBERS, YEARS, NUMBERS, NUMBERS),
    st.builds("{}:{}-{}".format, NUMBERS, NUMBERS, NUMBERS),
    st.builds("{}.{}.{}".format, st.integers(1, 31), st.integers(1, 12), YEARS),
    st.builds(
        "{}{}{}".format, st.sampled_from(["", ": "]), NUMBERS, st.sampled_from(["-", "–", " - "])
    ).flatmap(lambda head: NUMBERS.map(lambda end: head + end)),
)
SEPARATORS = st.sampled_from(["-", "–", "/", ".", ", ", ": ", ":", " ", " (", "): ", ") ", " – ", "№ ", "["])
LETTERLESS = st.builds(
    lambda lead, first, rest, tail: lead + first + "".join(s + n for s, n in rest) + tail,
    st.sampled_from(["", "(", ": ", "№ "]),
    NUMBERS,
    st.lists(st.tuples(SEPARATORS, NUMBERS), max_size=3),
    st.sampled_from(["", ")", ".", "]"]),
)


@given(st.one_of(NUMBER_SHAPES, LETTERLESS))
def test_chunks_without_letters_lose_nothing_to_the_skipped_extractors(text):
    assert _extract(text, True) == _extract(text, False)


@given(st.text(alphabet="Abc (1990). “Title.” *T* / // — – , ; 12. Baskı s. 3 ", max_size=80))
def test_first_sentence_end_visits_the_same_positions_as_a_scan(text):
    spans = {start: end for start, end, _ in C.marked_spans(text)}
    i, depth, expected = 0, 0, -1
    while i < len(text):
        if i in spans and depth == 0:
            i = spans[i]
            continue
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == "." and depth == 0 and C.is_sentence_period(text, i):
            expected = i
            break
        elif depth == 0 and (text.startswith(" // ", i) or text.startswith(" / ", i)):
            expected = i
            break
        i += 1
    assert C.first_sentence_end(text) == expected
