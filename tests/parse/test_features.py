"""The labeller's token features (bibkit/parse/features.py): what a word alone says, and what its
place and neighbours add. The JavaScript port is compared with these in
tests/test_runtime_labeller_features.py; here, what the features must say."""

from __future__ import annotations

import pytest

from bibkit.parse.features import sequence_features, shape, stacked_features, word_features
from bibkit.tokens import tokenize


@pytest.mark.parametrize(
    "word, expected",
    [("Kurat", "Xx"), ("KURAT", "X"), ("1990", "d"), ("375-413", "d-d"), ("a.g.e.", "x.x.x."), ("Т.", "X.")],
)
def test_shape_squeezes_runs_of_one_kind(word, expected):
    assert shape(word) == expected


@pytest.mark.parametrize("word", ["İstanbul", "ISTANBUL", "istanbul", "İSTANBUL", "ıstanbul"])
def test_turkish_dotted_and_dotless_i_fold_to_one_word(word):
    """The casing trap: Python's 'İ'.lower() is 'i̇' (two code points); every casing of a Turkish
    word must give the same word feature, or the model sees five words where there is one."""
    assert word_features(word)[0] == "w:istanbul"


@pytest.mark.parametrize(
    "word, number_class, script",
    [
        ("1990", "n:year", "sc:dig"),
        ("1914-1918", "n:yearrange", "sc:dig"),
        ("375-413", "n:range", "sc:dig"),
        ("12.05.2019", "n:date", "sc:dig"),
        ("159-2-57-003", "n:compact", "sc:dig"),
        ("XXXI", "n:roman", "sc:lat"),
        ("1234567", "n:n4", "sc:dig"),
        ("2016a", "n:yearletter", "sc:lat"),
        ("1216a", "n:mixed", "sc:lat"),
        ("2016ab", "n:mixed", "sc:lat"),
    ],
)
def test_numbers_are_classed_by_what_they_can_be(word, number_class, script):
    features = word_features(word)
    assert number_class in features and script in features


def test_scripts_and_capitals():
    assert {"sc:cyr", "c:title"} <= set(word_features("Москва"))
    assert "sc:mix" in word_features("Mоskva")  # a Cyrillic о in a Latin word (broken font maps)
    assert "c:upper" in word_features("KURAT") and "c:single" in word_features("A")
    assert "abbr:1" in word_features("a.g.e.") and "abbr:1" not in word_features("e.")
    assert "url:1" in word_features("https://doi.org/10.1234/x")


def test_each_token_gets_its_own_features_and_its_neighbours():
    tokens = tokenize("KURAT Akdes Nimet, Türkiye ve Rusya, Ankara 1990, s. 45.")
    features = sequence_features(tokens, "note")
    assert len(features) == len(tokens)
    first, second = features[0], features[1]
    assert {"first:1", "kind:note", "w[-1]:BOS", "w[1]:akdes"} <= set(first)
    assert "w[-1]:kurat" in second and "first:1" not in second
    assert "last:1" in features[-1]
    # An entry of a list is told apart from a note by one feature, not by anything else.
    listed = sequence_features(tokens, "entry")
    assert [set(f) - {"kind:note"} for f in features] == [set(f) - {"kind:entry"} for f in listed]


def test_place_features_say_quotes_brackets_and_a_year_seen_before():
    tokens = tokenize("Smith, “Title of it,” (London, 1990).")
    features = [set(f) for f in sequence_features(tokens, "entry")]
    words = [t.text for t in tokens]
    assert "q:1" in features[words.index("Title")] and "q:1" not in features[words.index("Smith")]
    assert "br:1" in features[words.index("London")]
    assert "yr:1" not in features[words.index("London")] and "yr:1" in features[-1]


def test_features_do_not_depend_on_what_was_read_before():
    """Word features are cached across calls; a sequence's features must not change with it."""
    one = tokenize("Иванов И. И. История России. М.: Наука, 1999. 320 с.")
    other = tokenize("Kurat, a.g.e., s. 45; ayrıca bk. Saray, a.g.m., s. 12.")
    first = sequence_features(one, "entry")
    sequence_features(other, "note")
    assert sequence_features(one, "entry") == first


def test_the_relabeller_sees_the_first_labels_of_the_token_its_segment_and_the_fields_around_it():
    tokens = tokenize("Smith, J., Title of It, Journal 3, 1990.")
    words = [t.text for t in tokens]
    # A first pass that read the journal's name as more title: the relabeller is told that a title
    # segment came before, and that the segment before this one was title.
    first = ["author"] * 5 + ["title"] * 5 + ["volume"] * 2 + ["date"] * 2
    assert len(first) == len(tokens) and words[9] == "Journal"
    features = stacked_features(tokens, sequence_features(tokens, "entry"), first)
    journal = set(features[9])
    assert {"pl:title", "pl[-1]:title", "pl[1]:volume", "ps:title", "ps[-1]:title", "ps[1]:date"} <= journal
    assert {"pb:author", "pb:title", "pa:date"} <= journal
    assert "pa:title" not in journal and "pb:date" not in journal
    smith = set(features[0])
    assert {"pl[-1]:BOS", "ps[-1]:BOS", "pa:title"} <= smith and not any(f.startswith("pb:") for f in smith)
    assert {"ps[1]:EOS", "pl[1]:EOS"} <= set(features[-1])
    # the token's own features come first, unchanged
    own = sequence_features(tokens, "entry")
    assert all(f[: len(o)] == o for f, o in zip(features, own, strict=True))


def test_a_segment_takes_the_label_most_of_its_words_got_and_of_equals_the_first():
    tokens = tokenize("Ankara Ankara Ankara Ankara, Ankara Ankara. ,")
    first = ["place", "publisher", "publisher", "place", "title", "title", "date", "title", "other"]
    assert len(first) == len(tokens)
    features = stacked_features(tokens, sequence_features(tokens, "entry"), first)
    assert "ps:place" in features[0] and "ps:title" in features[5]
    # a segment of punctuation alone has no words to take a label from
    assert "ps:-" in features[-1]
    assert stacked_features([], [], []) == []


def test_fields_before_and_after_are_counted_within_the_segment_s_work():
    """In a note citing two works, the second title must not see the first work's title as one
    found before it: ``pb``/``pa`` stop at a segment ending in a first-pass ``sep``."""
    tokens = tokenize("Kaya, Hamit Bey, 42; Jones, Death and Exile, 288.")
    words = [t.text for t in tokens]
    first_work = ["author", "other", "title", "title", "other", "pinpoint", "sep"]
    second_work = ["author", "other", "title", "title", "title", "other", "pinpoint", "other"]
    first = first_work + second_work
    assert len(first) == len(tokens) and words[6] == ";" and words[9] == "Death"
    features = stacked_features(tokens, sequence_features(tokens, "note"), first)
    second_title = set(features[9])
    assert {"pb:author", "pa:pinpoint"} <= second_title
    assert "pb:title" not in second_title and "pb:pinpoint" not in second_title
    first_title = set(features[2])
    assert {"pb:author", "pa:pinpoint"} <= first_title and "pa:author" not in first_title
    # the segment labels still run across the break
    assert "ps[1]:author" in features[5] and "ps[-1]:pinpoint" in features[7]
