"""The rules after the labeller: each field's text read the way its conventions write it."""

from __future__ import annotations

import pytest

from bibkit.model import Date, Name
from bibkit.parse.normalise import (
    Fields,
    clean_title,
    date_value,
    edition_value,
    locator_value,
    number_value,
    page_value,
    record_from_fields,
)


def fields(*pairs):
    out = Fields()
    for label, text in pairs:
        out.add(label, text)
    return out


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cilt XVIII", "18"),
        ("Sayı 07", "7"),
        ("I-III", "1-3"),
        ("121-124", "121-124"),
        ("Sayı2", "2"),
        ("Т. 2", "2"),
        ("Vol.I", "1"),
    ],
)
def test_numbers(text, value):
    assert number_value(text) == value


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Kasım 2002", Date(2002, 11)),
        ("(May, 1946)", Date(1946, 5)),
        ("12 Mayıs 1932", Date(1932, 5, 12)),
        ("12.05.2019", Date(2019, 5, 12)),
        ("1991-1993", Date(1991, end_year=1993)),
        ("(2003)", Date(2003)),
        ("1928-29", Date(1928, end_year=1929)),
    ],
)
def test_dates(text, date):
    assert date_value(text) == date


def test_no_date():
    assert date_value("t.y.") is None and date_value("n.d.") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2. Baskı", "2"),
        ("3rd ed.", "3"),
        ("Изд. 2-е, испр.", "2"),
        ("İkinci Baskı", "2"),
        ("Revised edition", "2"),
    ],
)
def test_editions(text, value):
    assert edition_value(text) == value


@pytest.mark.parametrize(
    ("text", "pages"),
    [
        ("pp. 375–413", ("375-413", "")),
        ("320 с.", ("", "320")),
        ("xii+310 p.", ("", "310")),
        ("S. 45", ("45", "")),
        ("s.51-87", ("51-87", "")),
    ],
)
def test_pages(text, pages):
    assert page_value(text) == pages


@pytest.mark.parametrize(
    ("text", "locator"),
    [
        ("s. 45", ("45", "page")),
        ("pp. 182-183", ("182-183", "page")),
        ("vr. 3b", ("3b", "folio")),
        ("л. 5 об.", ("5ob.", "folio")),
        ("С. 27–45", ("27-45", "page")),
        ("153–54", ("153-54", "page")),
    ],
)
def test_pinpoints(text, locator):
    assert locator_value(text) == locator


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("“Kemal Atatürk'ün Rolü”,", "Kemal Atatürk'ün Rolü"),
        ("*Türk İnkılap Tarihi*,", "Türk İnkılap Tarihi"),
        ("«Вопросы»", "Вопросы"),
        ("Итоги 1917–1920 гг.", "Итоги 1917–1920 гг."),
        ("Tarih.", "Tarih"),
    ],
)
def test_titles(text, title):
    assert clean_title(text) == title


def test_a_journal_article():
    record = record_from_fields(
        fields(
            ("author", "KURAT Akdes Nimet,"),
            ("title", "Brest-Litovsk Müzakereleri ve Barışı,"),
            ("container", "Belleten,"),
            ("volume", "XXXI"),
            ("issue", "/121-124,"),
            ("place", "Ankara,"),
            ("date", "1967,"),
            ("pages", "pp. 375-413."),
        ),
        "raw",
        "list",
        3,
    )
    assert record.type == "article-journal" and record.author == [Name("Kurat", "Akdes Nimet")]
    assert (record.container_title, record.volume, record.issue, record.page) == (
        "Belleten",
        "31",
        "121-124",
        "375-413",
    )
    assert record.issued == Date(1967) and record.language == "tr" and record.line == 3


def test_a_gost_book_with_place_abbreviation_and_page_count():
    record = record_from_fields(
        fields(
            ("author", "Иванов И. И."),
            ("title", "История России."),
            ("place", "М.:"),
            ("publisher", "Наука,"),
            ("date", "1999."),
            ("pages", "320 с."),
        ),
        "raw",
        "list",
        1,
    )
    assert record.type == "book" and record.publisher_place == "Moskva" and record.number_of_pages == "320"
    assert record.language == "ru"


def test_chapters_theses_encyclopedias_and_proceedings():
    chapter = record_from_fields(
        fields(
            ("title", "Savaş"),
            ("container", "In: Türkler"),
            ("editor", "ed. H. C. Güzel"),
            ("place", "Ankara"),
        ),
        "",
        "list",
        1,
    )
    assert (
        chapter.type == "chapter"
        and chapter.container_title == "Türkler"
        and chapter.editor[0].family == "Güzel"
    )
    thesis = record_from_fields(
        fields(
            ("author", "Kaya Ali"),
            ("title", "Tez"),
            ("genre", "Basılmamış Doktora Tezi"),
            ("publisher", "Hacettepe Üniversitesi"),
        ),
        "",
        "list",
        1,
    )
    assert thesis.type == "thesis" and thesis.genre == "Basılmamış Doktora Tezi"
    entry = record_from_fields(
        fields(("title", "Kafkasya"), ("container", "İslâm Ansiklopedisi")), "", "list", 1
    )
    assert entry.type == "entry-encyclopedia"
    paper = record_from_fields(
        fields(("title", "Bildiri"), ("container", "III. Türk Tarih Kongresi Bildirileri")), "", "list", 1
    )
    assert paper.type == "paper-conference"


def test_archival_references_are_read_canonically():
    record = record_from_fields(
        fields(
            ("archive", "RGASPI, Rusya Devlet Sosyo-Politik Tarih Arşivi,"),
            ("locator", "Fon 159, Sayı 2, Dosya 57, varak 003."),
        ),
        "raw",
        "note",
        1,
    )
    assert record.type == "manuscript" and record.archive == "RGASPI" and record.archive_place == "Moscow"
    assert record.archive_location == "f. 159, op. 2, d. 57, l. 3" and record.id == "rgaspi-159-2-57-3"


def test_an_archive_the_registry_does_not_know_is_kept_as_written():
    record = record_from_fields(
        fields(("archive", "USNA"), ("locator", "RG 59, 860J.4016")), "raw", "note", 1
    )
    assert (
        record.type == "manuscript"
        and record.archive == "USNA"
        and record.archive_location == "RG 59, 860J.4016"
    )
    bodleian = record_from_fields(
        fields(("archive", "Bodl."), ("locator", "MS Toynbee Papers 50")), "raw", "note", 1
    )
    assert (bodleian.type, bodleian.archive, bodleian.archive_location) == (
        "manuscript",
        "Bodl",
        "MS Toynbee Papers 50",
    )


def test_an_unregistered_russian_archive_still_gets_canonical_levels():
    record = record_from_fields(
        fields(("archive", "ЦГА ИПД,"), ("locator", "Ф. 1728. Оп. 1. Д. 12. Л. 3 об.")), "raw", "note", 1
    )
    assert record.archive_location == "f. 1728, op. 1, d. 12, l. 3ob."


def test_editors_named_as_authors_with_a_role_word_after_them():
    record = record_from_fields(
        fields(("author", "Smith, J."), ("editor", "(ed.)"), ("title", "Empire")), "", "list", 1
    )
    assert record.author == [] and record.editor == [Name("Smith", "J.")]


def test_a_dash_repeats_the_previous_entrys_authors():
    first = record_from_fields(fields(("author", "Cross, Samuel H."), ("title", "A")), "", "list", 1)
    second = record_from_fields(fields(("author", "----"), ("title", "B")), "", "list", 2, first)
    assert second.author == first.author


def test_names_after_the_title_are_the_containers_authors():
    record = record_from_fields(
        fields(
            ("author", "Ivan Il'in,"),
            ("title", "“Svoboda,”"),
            ("author", "in Ivan Aleksandrovich Il'in,"),
            ("container", "*Novaia Rossiia*"),
        ),
        "",
        "note",
        1,
    )
    assert [n.family for n in record.author] == ["Il'in"] and [n.family for n in record.container_author] == [
        "Il'in"
    ]


def test_urls_dois_and_access_dates():
    record = record_from_fields(
        fields(("title", "Page"), ("url", "URL: http://example.org/a (дата обращения: 12.05.2019).")),
        "",
        "list",
        1,
    )
    assert record.url == "http://example.org/a" and record.accessed == Date(2019, 5, 12)
    # Turkish lists written with Zotero's Turkish locale say "Geliş tarihi" for "retrieved".
    retrieved = record_from_fields(
        fields(("title", "Sayfa"), ("url", "Geliş tarihi 27 Mart 2024 (https://example.org/t)")),
        "",
        "list",
        1,
    )
    assert retrieved.url == "https://example.org/t" and retrieved.accessed == Date(2024, 3, 27)
    doi = record_from_fields(
        fields(("title", "Page"), ("url", "https://doi.org/10.1017/S0020743800025010")), "", "list", 1
    )
    assert doi.doi == "10.1017/S0020743800025010" and not doi.url


def test_pdf_damage_in_a_field_is_repaired():
    record = record_from_fields(
        fields(("title", "Kafkas›'n›n Da¤l›k Tarihi ve ﬁnansı"), ("date", "1990")), "", "list", 1
    )
    assert record.title == "Kafkası'nın Dağlık Tarihi ve finansı"


def test_a_special_issue_named_after_the_journal_is_the_volume_title():
    record = record_from_fields(
        fields(("container", "Ankara Üniversitesi SBF Dergisi, Atatürk Özel Sayısı"), ("volume", "36")),
        "",
        "list",
        1,
    )
    assert record.container_title == "Ankara Üniversitesi SBF Dergisi"
    assert record.volume_title == "Atatürk Özel Sayısı"
    # a comma inside a journal's name is no special issue
    plain = record_from_fields(fields(("container", "Studies in History, Literature and Art")), "", "list", 1)
    assert plain.container_title == "Studies in History, Literature and Art" and not plain.volume_title
