"""Archival locators in every notation → one canonical form and one identity."""

from __future__ import annotations

import pytest

from bibkit.archives import record_id
from bibkit.parse.archives import find_archive, parse_locator


@pytest.mark.parametrize(
    "text, archive, canonical",
    [
        ("GARF, f. 1235, op. 1, d. 16, ll. 5-7ob.", "GARF", "f. 1235, op. 1, d. 16, ll. 5-7ob."),
        ("GA RF. F.R-9478. Op.1. D 2. L.3-4.", "GARF", "f. R-9478, op. 1, d. 2, ll. 3-4"),
        ("ГАРФ, ф. Р‐1235, оп. 2, д. 4, л. 7", "GARF", "f. R-1235, op. 2, d. 4, l. 7"),
        ("РГВИА. Ф. 2000. Оп. 1. Д. 3850. Л. 17 об.", "RGVIA", "f. 2000, op. 1, d. 3850, l. 17ob."),
        ("RTsKhIDNI, f. 495, op. 154, d. 12, l. 003", "RGASPI", "f. 495, op. 154, d. 12, l. 3"),
        ("RGASPİ, 495-154-012-003", "RGASPI", "f. 495, op. 154, d. 12, l. 3"),
        (
            "Rusya Devlet Askeri Arşivi, Fon 33987, Liste 3, Dosya 52, varak 14",
            "RGVA",
            "f. 33987, op. 3, d. 52, l. 14",
        ),
        ("RGAE, f. 413, op. 2, d. 1, ll. 11, 12.", "RGAE", "f. 413, op. 2, d. 1, ll. 11, 12"),
        ("ОР РГБ. Ф. 573. Картон 41. Д. 55. Л. 18.", "OR RGB", "f. 573, k. 41, d. 55, l. 18"),
        ("AVP RF, f. 04, op. 39, p. 232, d. 52987, l. 11", "AVP RF", "f. 4, op. 39, p. 232, d. 52987, l. 11"),
        ("BOA, DH.KMS, 50-1/12", "BOA", "DH.KMS, 50-1/12"),
        ("Başbakanlık Osmanlı Arşivi (BOA), HR.SYS, Dosya 2560, Gömlek 12", "BOA", "HR.SYS, d. 2560, g. 12"),
        (
            "BOA, A.DVNS.ASK.MHM.d, No. 989, Gömlek No. 7, 440a.",
            "BOA",
            "A.DVNS.ASK.MHM.d, no. 989, g. 7, vr. 440a",
        ),
        ("BCA, Fon Kodu: 030.18.1.2, Yer No: 12.45.7", "BCA", "030.18.1.2, yer 12.45.7"),
        ("Cumhuriyet Arşivi, 030.10/112.760.3", "BCA", "030.10, yer 112.760.3"),
        ("ATASE, İSH, Klasör 123, Dosya 45, Fihrist 6", "ATASE", "İSH, k. 123, d. 45, f. 6"),
        ("TNA, FO 371/4158, ff. 12-15", "TNA", "FO 371/4158, ff. 12-15"),
        ("PRO, CAB 23/45", "TNA", "CAB 23/45"),
        ("FO 424/252, f. 3", "TNA", "FO 424/252, f. 3"),
    ],
)
def test_notations(text, archive, canonical):
    locator, _, _ = parse_locator(text)
    assert locator.archive == archive
    assert locator.canonical() == canonical


def test_two_notations_are_one_document():
    note, _, _ = parse_locator("RGAE, Rusya Devlet Ekonomi Arşivi, Fon 413, Sayı 2, Dosya 1, varak 009")
    listed, _, _ = parse_locator("RGAE, Rusya Devlet Ekonomi Arşivi, 413-2-1-009")
    cyrillic, _, _ = parse_locator("РГАЭ. Ф. 413. Оп. 2. Д. 1. Л. 9.")
    assert note.key() == listed.key() == cyrillic.key()
    assert record_id(note) == "rgae-413-2-1-9"


def test_qualifier_after_the_folio_is_kept():
    locator, _, _ = parse_locator("GARF, 1235-1-16-001 (2)")
    assert locator.canonical() == "f. 1235, op. 1, d. 16, l. 1" and locator.qualifier == "(2)"


def test_unregistered_russian_archive_is_read_by_its_fond():
    locator, _, _ = parse_locator("ЦГАИПД СПб. Ф. 1728. Ед. хр. 537079.")
    assert locator.system == "russian" and locator.canonical() == "f. 1728, d. 537079"


@pytest.mark.parametrize(
    "text", ["The pro forma of the boa constrictor", "Ankara 1990, s. 5", "Kurat, Türkiye ve Rusya"]
)
def test_no_archive_in_ordinary_text(text):
    assert find_archive(text) is None or parse_locator(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Sakartvelos erovnuli arkivi, f. 1440, an. 2, s. 151, f. 12-14",
        "საქართველოს ეროვნული არქივი, ფ. 1440, ან. 2, ს. 151, ფურც. 12-14",
        "Национальный архив Грузии, ф. 1440, оп. 2, д. 151, лл. 12-14",
        "NAG, fond 1440, anatseri 2, sakme 151, f. 12-14",
    ],
)
def test_the_georgian_archive_is_a_data_entry_read_in_latin_georgian_and_russian_labels(text):
    """Added as data alone (bibkit/data/archives.json: the archive and its 'georgian' system):
    'f.' labels both the fond and the folio, told apart by their place in the hierarchy."""
    locator, _, _ = parse_locator(text)
    assert (locator.archive, locator.system) == ("NAG", "georgian")
    assert locator.canonical() == "f. 1440, an. 2, s. 151, ff. 12-14"
    assert record_id(locator) == "nag-1440-2-151-12-14"


@pytest.mark.parametrize(
    "text",
    [
        "ՀԱԱ, ֆ. 57, ց. 2, գ. 15, թթ. 3-4",
        "Hayastani azgayin arkhiv, f. 57, ts. 2, g. 15, tt. 3-4",
        "NAA, fond 57, ts'uts'ak 2, gorts 15, t'ert' 3-4",
        "Национальный архив Армении, ф. 57, оп. 2, д. 15, лл. 3-4",
    ],
)
def test_the_armenian_archive_is_a_data_entry_read_in_armenian_latin_and_russian_labels(text):
    """Added as data alone (bibkit/data/archives.json: the archive and its 'armenian' system):
    fond, ցուցակ (list), գործ (file), թերթ (sheet), written with the archive's own labels
    romanised, as the Georgian archive's are."""
    locator, _, _ = parse_locator(text)
    assert (locator.archive, locator.system) == ("HAA", "armenian")
    assert locator.canonical() == "f. 57, ts. 2, g. 15, tt. 3-4"
    assert record_id(locator) == "haa-57-2-15-3-4"


def test_a_pinpoint_that_continues_the_hierarchy_is_part_of_the_locator():
    from bibkit.model import Record
    from bibkit.parse.normalise import absorb_pinpoint

    locator, _, _ = parse_locator("RGASPI, f. 159, op. 2, d. 57")
    record = Record(type="manuscript", locator=locator, archival_forms=["RGASPI, f. 159, op. 2, d. 57"])
    assert absorb_pinpoint(record, "l. 3")
    assert record.archive_location == "f. 159, op. 2, d. 57, l. 3" and record.id == "rgaspi-159-2-57-3"
    # A page of something else is not a unit of the hierarchy.
    other = Record(type="manuscript", locator=locator, archival_forms=["RGASPI, f. 159, op. 2, d. 57"])
    assert not absorb_pinpoint(other, "s. 45-46 ve devamı")
