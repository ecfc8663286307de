"""Citation keys: the records' ids, BibTeX-safe, unique and stable."""

from __future__ import annotations

from bibkit.export.keys import assign, safe_key


def test_parser_ids_pass_unchanged():
    assert assign([{"id": "kurat1967brest"}, {"id": "rgaspi-159-2-57-3"}]) == [
        "kurat1967brest",
        "rgaspi-159-2-57-3",
    ]


def test_unsafe_ids_are_folded_and_cleaned():
    assert safe_key("kılıç2000türk") == "kilic2000turk"
    assert safe_key("Чичерин 1920") == "Chicherin-1920"
    assert safe_key("a{b},c%d#e") == "a-b-c-d-e"
    assert safe_key("{}") == ""


def test_clashes_get_numbered_suffixes_in_input_order():
    items = [{"id": "a"}, {"id": "A"}, {"id": "a"}, {"id": "a-2"}, {}, {"id": "!!"}]
    assert assign(items) == ["a", "A-2", "a-3", "a-2-2", "item5", "item6"]
    assert assign(items) == assign(items)
