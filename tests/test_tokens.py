"""Tokens: words split from punctuation, a few shapes kept whole, offsets exact."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bibkit.tokens import tokenize


def texts(text):
    return [t.text for t in tokenize(text)]


def test_punctuation_is_split_from_words():
    assert texts("f.159,op.2") == ["f", ".", "159", ",", "op", ".", "2"]
    assert texts("XXXI/121-124") == ["XXXI", "/", "121-124"]
    assert texts("36/1-4") == ["36", "/", "1-4"]


def test_shapes_that_mean_nothing_in_pieces_stay_whole():
    assert texts("a.g.e., s. 45") == ["a.g.e.", ",", "s", ".", "45"]
    assert texts("G.Ya.Sokolnikov") == ["G.Ya.", "Sokolnikov"]
    assert texts("159-2-57-003 12.05.2019") == ["159-2-57-003", "12.05.2019"]
    assert texts("(https://doi.org/10.1/x.y).") == ["(", "https://doi.org/10.1/x.y", ")", "."]
    assert texts("doi:10.5555/xyz,") == ["doi:10.5555/xyz", ","]


def test_space_before_is_recorded():
    tokens = tokenize("Kaya, s.45")
    assert [(t.text, t.space) for t in tokens] == [
        ("Kaya", True),
        (",", False),
        ("s", True),
        (".", False),
        ("45", False),
    ]


@given(
    st.text(alphabet=st.sampled_from(list("abcçğıİşКурат 0123456789.,;:/-–()[]«»“”\"'*_ \n")), max_size=80)
)
def test_tokens_cover_every_non_space_character_in_order(text):
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == "".join(text.split())
    for token in tokens:
        assert text[token.start : token.end] == token.text
    assert all(a.end <= b.start for a, b in zip(tokens, tokens[1:], strict=False))
