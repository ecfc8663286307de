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


def test_scripts_without_a_table_of_ours_stay_readable_in_keys_and_bibtex():
    """Georgian, Armenian or Greek names are romanised (anyascii), not dropped or written as "?"."""
    from bibkit.export import bibtex
    from bibkit.keys import base_key
    from bibkit.model import Date, Name, Record

    record = Record(author=[Name("ჯავახიშვილი", "ივანე")], title="ქართველი ერის ისტორია", issued=Date(1913))
    assert base_key(record) == "javakhishvili1913kartveli"
    assert safe_key("თბილისი 1920") == "tbilisi-1920"
    text = bibtex.write(
        [{"id": "k", "type": "book", "title": "Ελλάδα", "author": [{"family": "ჯავახიშვილი"}]}]
    )
    assert "javakhishvili" in text and "Ellada" in text and "?" not in text
