"""Field helpers of the normalisers (bibkit/parse/fields.py): numbers, months, places, keywords
and the separators around a field. The JavaScript port is compared with these in
tests/test_runtime_fields.py; here, what each must give."""

from __future__ import annotations

import pytest

from bibkit.parse.fields import (
    has_keyword,
    known_place,
    month_number,
    normalise_place,
    number,
    patterns,
    roman_to_int,
    strip_field,
)


@pytest.mark.parametrize(
    "text, expected",
    [("XXXI", "31"), ("02", "2"), ("0", "0"), ("I-III", "1-3"), ("121-124", "121-124"), ("3a", "3a")],
)
def test_numbers_are_written_in_arabic_without_leading_zeros(text, expected):
    assert number(text) == expected


def test_roman_numerals():
    assert (roman_to_int("XIV"), roman_to_int("xiv"), roman_to_int("IX")) == (14, 14, 9)
    assert roman_to_int("Kurat") is None and roman_to_int("") is None


@pytest.mark.parametrize(
    "name, month",
    [
        ("Kasım", 11),
        ("KASIM", 11),
        ("kasım", 11),
        ("марта", 3),
        ("нояб.", 11),
        ("Jan.", 1),
        ("Şubat", 2),
        ("Mayıs", 5),
    ],
)
def test_month_names_of_every_language_and_case(name, month):
    assert month_number(name) == month


def test_a_word_that_is_no_month():
    assert month_number("Kurat") is None and month_number("") is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("М.", "Moskva"),
        ("СПб.", "Sankt-Peterburg"),
        ("М.; Л.", "Moskva; Leningrad"),
        ("Ankara", "Ankara"),
        ("London – New York", "London; New York"),  # known places, one CSL list
    ],
)
def test_gost_place_abbreviations_are_expanded_and_lists_of_places_joined(text, expected):
    assert normalise_place(text) == expected


def test_spellings_of_one_place_are_one_group():
    assert known_place("Moskova") == known_place("Moscow") == known_place("Москва") is not None
    assert known_place("Kurat") is None


def test_keywords_are_whole_words():
    assert has_keyword("publisher", "Türk Tarih Kurumu Yayınları")
    assert has_keyword("journal", "Tarih Dergisi")
    assert not has_keyword("journal", "Dergisiz")


@pytest.mark.parametrize(
    "text, expected",
    [
        (" Изд-во АН СССР. ", "Изд-во АН СССР"),
        ("Труды конф.", "Труды конф."),
        ("Ankara, ", "Ankara"),
        (". Belleten;", "Belleten"),
        # what opens the next field, and GOST's dashes between fields
        ("Imperial Russia: New Histories for the Empire (", "Imperial Russia: New Histories for the Empire"),
        ("Словарь образцового русского ударения. —", "Словарь образцового русского ударения"),
        ("— Страны и народы. Зарубежная Азия. –", "Страны и народы. Зарубежная Азия"),
        ("Title, «", "Title"),
        ("(", ""),
        # a dash or bracket inside a field stays
        ("Osmanlı—Rus ilişkileri (1878–1914)", "Osmanlı—Rus ilişkileri (1878–1914)"),
        ("1941—", "1941—"),
    ],
)
def test_separators_come_off_but_a_final_abbreviation_keeps_its_period(text, expected):
    assert strip_field(text) == expected


def test_patterns_find_dois_urls_and_theses():
    p = patterns()
    assert p.doi.search("doi: 10.1234/abc.5").group("d") == "10.1234/abc.5"
    assert (
        p.url.search("URL: https://dergipark.org.tr/tr/pub/x (Erişim: 1.2.2020)")
        .group("u")
        .startswith("https://dergipark")
    )
    assert p.thesis.search("Basılmamış Doktora Tezi, Ankara Üniversitesi")
    assert p.thesis.search("дис. … канд. ист. наук")
