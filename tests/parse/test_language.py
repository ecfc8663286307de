"""Languages detected per record: Turkish, Russian in any script or romanisation, English, and more."""

from __future__ import annotations

import pytest

from bibkit.parse.language import detect_language


@pytest.mark.parametrize(
    "title, language",
    [
        ("Osmanlı Devleti'nde Kafkas Göçleri ve İskân Politikası", "tr"),
        ("Türk Dış Politikasında Sovyetler Birliği", "tr"),
        ("Упущенный шанс Сталина", "ru"),
        ("Istoriia diplomatii v trekh tomakh", "ru"),  # Library of Congress
        ("Sovetsko-turetskie otnosheniia v 1920-e gody", "ru"),
        ("Jizn i Sudba: Voprosı Vneşney Politiki", "ru"),  # Turkish-alphabet romanisation
        ("İstoriya Sovetskoy Diplomatii", "ru"),
        ("The Making of Modern Turkey", "en"),
        ("Azərbaycan tarixi və xalq yaddaşı", "az"),
        ("Die deutsche Orientpolitik und das Osmanische Reich", "de"),
        ("Les relations franco-turques et la question d'Orient", "fr"),
        ("Історія України", "uk"),
    ],
)
def test_language_of_a_title(title, language):
    assert detect_language(title) == language


def test_no_evidence_gives_no_language():
    assert detect_language("1234 567") == ""


def test_fallback_text_is_used_only_without_evidence():
    assert detect_language("", fallback="Moskva: Nauka") in ("ru", "")
    assert detect_language("The Caucasus", fallback="Ankara") == "en"
