"""Names in every order the conventions use."""

from __future__ import annotations

import pytest

from bibkit.parse.names import normalise_initials, parse_name_list, split_leading_names


def names(text, prefer="list"):
    lead = split_leading_names(text, prefer)
    return [(n.family, n.given) for n in lead.names], lead.rest, lead.role


@pytest.mark.parametrize(
    "text, prefer, expected, rest",
    [
        ("ORTAYLI İlber, İmparatorluğun En Uzun Yüzyılı", "list", [("Ortaylı", "İlber")], "İmparatorluğun"),
        ("KIRIMLI Hakan, Kırım Tatarları", "list", [("Kırımlı", "Hakan")], "Kırım"),
        ("ŞİMŞİR, Bilal N., İngiliz Belgelerinde", "list", [("Şimşir", "Bilal N.")], "İngiliz"),
        ("MELTYUHOV M.İ., Upuşçennıy Şans", "list", [("Meltyuhov", "M. İ.")], "Upuşçennıy"),
        ("ÇAĞLAR Şükrü, Title", "list", [("Çağlar", "Şükrü")], "Title"),
        ("SMITH John, A History", "list", [("Smith", "John")], "A History"),
        ("Hanioğlu, M. Şükrü. A Brief History", "list", [("Hanioğlu", "M. Şükrü")], "A Brief"),
        ("Zürcher, Erik Jan. Turkey: A Modern History", "list", [("Zürcher", "Erik Jan")], "Turkey"),
        ("Suny, R. G. (1993). The Revenge", "list", [("Suny", "R. G.")], "(1993)"),
        (
            "Martin, Terry, and Ronald Grigor Suny. A State",
            "list",
            [("Martin", "Terry"), ("Suny", "Ronald Grigor")],
            "A State",
        ),
        (
            "Kaya, A., Demir, B., & Yıldız, C. (2010). Başlık",
            "list",
            [("Kaya", "A."), ("Demir", "B."), ("Yıldız", "C.")],
            "(2010)",
        ),
        ("Мельтюхов М. И. Упущенный шанс Сталина", "list", [("Мельтюхов", "М. И.")], "Упущенный"),
        (
            "Ахиезер А. С., Клямкин И. М., Яковенко И. Г. История России",
            "list",
            [("Ахиезер", "А. С."), ("Клямкин", "И. М."), ("Яковенко", "И. Г.")],
            "История",
        ),
        ("Halil İnalcık, Osmanlı İmparatorluğu", "note", [("İnalcık", "Halil")], "Osmanlı"),
        ("M. Şükrü Hanioğlu, Bir Siyasal Örgüt", "note", [("Hanioğlu", "M. Şükrü")], "Bir"),
        ("Yu.A. Polyakov, Sovetskaya Rossiya", "note", [("Polyakov", "Yu. A.")], "Sovetskaya"),
        ("A.M.Şamsutdinov, Milli İstiklal", "note", [("Şamsutdinov", "A. M.")], "Milli"),
        (
            "Ronald Grigor Suny and Terry Martin, A State of Nations",
            "note",
            [("Suny", "Ronald Grigor"), ("Martin", "Terry")],
            "A State",
        ),
        ("İlber Ortaylı ve Ali Kaya, Title", "note", [("Ortaylı", "İlber"), ("Kaya", "Ali")], "Title"),
    ],
)
def test_leading_names(text, prefer, expected, rest):
    got, got_rest, _ = names(text, prefer)
    assert got == expected
    assert got_rest.startswith(rest)


@pytest.mark.parametrize(
    "text",
    [
        "Kafkas Cephesi, Ankara 1999.",
        "Türk Dış Politikası, Cilt I, İstanbul 2001.",
        "Osmanlı Belgelerinde Kafkasya, Ankara 1998.",
        "Sovetskaya Istoricheskaya Entsiklopediya, Tom 5, Moskva 1964.",
        "TDV İslâm Ansiklopedisi, Cilt 24, İstanbul 2001.",
        "Büyük Larousse, Cilt 3, İstanbul 1986.",
    ],
)
def test_titles_are_not_names(text):
    assert names(text)[0] == []
    assert names(text, "note")[0] == []


def test_editor_role_after_names():
    got, rest, role = names("Suny, Ronald Grigor, ed. The Cambridge History of Russia")
    assert role == "editor" and got == [("Suny", "Ronald Grigor")] and rest.startswith("The Cambridge")
    got, rest, role = names("Yılmaz, Ahmet (haz.), Kafkas Hatıraları")
    assert role == "editor" and rest.startswith("Kafkas")


def test_et_al():
    lead = split_leading_names("Kaya, Ali vd., Kafkasya Tarihi", "list")
    assert lead.et_al and [n.family for n in lead.names] == ["Kaya"]


@pytest.mark.parametrize(
    "given, expected",
    [
        ("V.A.", "V. A."),
        ("G.Ya.", "G. Ya."),
        ("S.İ.", "S. İ."),
        ("A.-M.", "A.-M."),
        ("Yu.A.", "Yu. A."),
        ("Ali R.", "Ali R."),
    ],
)
def test_initials_are_spaced(given, expected):
    assert normalise_initials(given) == expected


def test_name_list_after_marker():
    assert [(n.family, n.given) for n in parse_name_list("Ruşen Sezer")] == [("Sezer", "Ruşen")]
    assert [(n.family, n.given) for n in parse_name_list("A. Д. Ноздрачева")][0][0] == "Ноздрачева"
    assert [n.family for n in parse_name_list("John Smith and Mary Jones")] == ["Smith", "Jones"]
