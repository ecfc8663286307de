"""Names in a labelled author/editor/translator span, in every order the conventions use."""

from __future__ import annotations

import pytest

from bibkit.model import Name
from bibkit.parse.persons import parse_persons


@pytest.mark.parametrize(
    ("span", "names"),
    [
        ("KURAT Akdes Nimet", [("Kurat", "Akdes Nimet")]),
        # Co-authors in a note, all in natural order, and capitals-first Turkish lists.
        ("Ann Byfield, Colin Dale, and Sam Hunt", [("Byfield", "Ann"), ("Dale", "Colin"), ("Hunt", "Sam")]),
        ("Byfield, Ann, Colin Dale, and Sam Hunt", [("Byfield", "Ann"), ("Dale", "Colin"), ("Hunt", "Sam")]),
        ("KAYA Ali, ARSLAN Mehmet Emin", [("Kaya", "Ali"), ("Arslan", "Mehmet Emin")]),
        ("Van Dyke, John Paul", [("Van Dyke", "John Paul")]),
        ("Kaya, Ali Rıza", [("Kaya", "Ali Rıza")]),
        ("Akdes Nimet KURAT", [("Kurat", "Akdes Nimet")]),
        ("Kurat, Akdes Nimet", [("Kurat", "Akdes Nimet")]),
        ("Akdes Nimet Kurat", [("Kurat", "Akdes Nimet")]),
        ("ALİYEF, Hamit", [("Aliyef", "Hamit")]),
        ("KILIÇ Selami", [("Kılıç", "Selami")]),
        ("LENİN V. İ.", [("Lenin", "V. İ.")]),
        ("V.A. Perfilov", [("Perfilov", "V. A.")]),
        ("G.Ya.Sokolnikov", [("Sokolnikov", "G. Ya.")]),
        ("Haluk F. Gürsel", [("Gürsel", "Haluk F.")]),
        ("GÜRSEL Haluk F.", [("Gürsel", "Haluk F.")]),
        ("Иванов И. И., Петров П. П.", [("Иванов", "И. И."), ("Петров", "П. П.")]),
        ("И. И. Иванов", [("Иванов", "И. И.")]),
        ("Fitzpatrick S.", [("Fitzpatrick", "S.")]),
        ("Smith, John and Mary Jones", [("Smith", "John"), ("Jones", "Mary")]),
        ("Smith, J., Brown, A., & Green, C.", [("Smith", "J."), ("Brown", "A."), ("Green", "C.")]),
        ("Hovannisian, Richard G.", [("Hovannisian", "Richard G.")]),
        ("Shaw, Stanford J. ve Ezel Kural Shaw", [("Shaw", "Stanford J."), ("Shaw", "Ezel Kural")]),
        ("Halil İnalcık ve Donald Quataert", [("İnalcık", "Halil"), ("Quataert", "Donald")]),
        ("Charles de Gaulle", [("de Gaulle", "Charles")]),
        ("YEL Selma", [("Yel", "Selma")]),
    ],
)
def test_name_orders(span, names):
    assert [(n.family, n.given) for n in parse_persons(span).names] == names


@pytest.mark.parametrize(
    ("span", "names"),
    [
        ("Çev. Hasan Ali Ediz", [("Ediz", "Hasan Ali")]),
        ("под ред. А. Н. Сахарова", [("Сахарова", "А. Н.")]),
        ("ed. by Ronald Grigor Suny", [("Suny", "Ronald Grigor")]),
        ("yay. F. Dvornik - R. J. H. Jenkins", [("Dvornik", "F."), ("Jenkins", "R. J. H.")]),
    ],
)
def test_role_words_are_dropped(span, names):
    assert [(n.family, n.given) for n in parse_persons(span).names] == names


def test_et_al_ditto_and_institutions():
    persons = parse_persons("Иванов И. И. и др.")
    assert persons.et_al and [n.family for n in persons.names] == ["Иванов"]
    assert parse_persons("———").ditto and parse_persons("----").names == ()
    assert parse_persons("Türk Tarih Kurumu").names == (Name(literal="Türk Tarih Kurumu"),)


def test_capitals_are_cased_by_the_texts_rules():
    assert parse_persons("KILIÇ Selami", turkish_rules=True).names[0].family == "Kılıç"
    assert parse_persons("WILLIAMS John", turkish_rules=False).names[0].family == "Williams"
    assert parse_persons("IVANOV Ivan", turkish_rules=False).names[0].family == "Ivanov"
