"""RIS export: what rispy reads back, and what Zotero's RIS importer makes of it."""

from __future__ import annotations

import re

from bibkit.export import ris
from tests.export.fixtures import (
    ARCHIVAL,
    ENCYCLOPEDIA_VOLUME,
    HOSTILE_RECORD,
    PROCEEDINGS_PAPER,
    RECORDS,
    THESIS,
    TURKISH_ARTICLE,
    TURKISH_BOOK_WITH_TRANSLATOR,
)
from tests.export.readback import read_ris, ris_name

TAG_LINE = re.compile(r"^[A-Z][A-Z0-9]  - ")


def test_every_line_is_a_tag_line_or_a_record_separator(exports):
    text = exports["ris"]
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = text.split("\r\n")[:-1]
    assert all(TAG_LINE.match(line) or line == "" for line in lines)
    assert sum(line.startswith("TY  - ") for line in lines) == len(RECORDS)
    assert sum(line == "ER  - " for line in lines) == len(RECORDS)


def test_rispy_reads_back_every_record_and_archival_ones_have_db_and_an(exports):
    records = read_ris(exports["ris"])
    assert len(records) == len(RECORDS)
    for source in ARCHIVAL:
        record = records[RECORDS.index(source)]
        assert record["TY"] == "MANSCPT"
        assert record["DB"] == "RGASPI" and record["AN"] == source["archive_location"]


def test_round_trip_keeps_titles_names_years_and_locators(exports):
    for source, record in zip(RECORDS, read_ris(exports["ris"]), strict=True):
        if source.get("title"):
            assert record["TI"] == " ".join(source["title"].replace("\x00", "").replace("\x07", "").split())
        assert record["PY"] == f"{source['issued']['date-parts'][0][0]:04d}"
        people = [ris_name(v) for v in record.get("AU", [])]
        expected = [
            {"family": n["family"], "given": " ".join(n["given"].split())}
            if "given" in n
            else {"literal": (n.get("literal") or n["family"]).replace(",", "")}
            for n in source.get("author", [])
        ]
        assert people == expected


def test_tags_follow_zoteros_type_rules(exports):
    records = read_ris(exports["ris"])
    book = records[RECORDS.index(TURKISH_BOOK_WITH_TRANSLATOR)]
    assert (book["TY"], book["A4"], book["CY"], book["LA"]) == ("BOOK", ["Ediz, Hasan Ali"], "İstanbul", "tr")
    volume = records[RECORDS.index(ENCYCLOPEDIA_VOLUME)]
    assert volume["A3"] == ["Жуков, Е. М."] and "A2" not in volume and volume["SP"] == "1032"
    article = records[RECORDS.index(TURKISH_ARTICLE)]
    assert (article["TY"], article["T2"], article["VL"], article["IS"]) == (
        "JOUR",
        "Belleten",
        "31",
        "121-124",
    )
    assert (article["SP"], article["EP"]) == ("375", "413")
    assert "CY" not in article and "M3" not in article  # Zotero: no place on articles; M3 would be the DOI
    thesis = records[RECORDS.index(THESIS)]
    assert (thesis["TY"], thesis["M3"], thesis["PB"], thesis["SP"]) == (
        "THES",
        THESIS["genre"],
        THESIS["publisher"],
        "312",
    )
    paper = records[RECORDS.index(PROCEEDINGS_PAPER)]
    assert (
        paper["TY"] == "CONF"
        and paper["C3"] == PROCEEDINGS_PAPER["container-title"]
        and paper["C1"] == "Ankara"
    )
    letter = records[RECORDS.index(ARCHIVAL[0])]
    assert (letter["DA"], letter["M3"]) == ("1920/09/27/", "letter")


def test_a_hostile_record_cannot_forge_a_tag_line():
    text = ris.write([HOSTILE_RECORD, THESIS])
    assert text.count("TY  - ") == 2 and text.count("ER  - ") == 2
    records = read_ris(text)
    assert len(records) == 2 and records[0]["TY"] == "BOOK" and records[1]["TY"] == "THES"
    assert records[0]["PB"] == "A & B % C \\relax"  # written "A &amp; B …", which Zotero unescapes
    assert "&amp;" in text
    assert records[0]["AU"] == ["O'Brien {\\evil}, Ann Marie", "Smith and Sons Ltd."]


def test_values_no_tag_holds_go_to_m2_lines_that_zotero_appends_to_extra():
    """RIS.js maps M2 to Extra, where Zotero reads CSL variables back: nothing is left out."""
    item = {
        "id": "x",
        "type": "manuscript",
        "archive": "RGASPI",
        "archive_location": "f. 159, op. 2, d. 57, l. 3",
        "archive-place": "Moscow",
        "volume-title": "Özel Sayı",
        "original-date": {"date-parts": [[1923, 4]]},
    }
    lines = ris.write([item]).split("\r\n")
    assert "DB  - RGASPI" in lines and "AN  - f. 159, op. 2, d. 57, l. 3" in lines
    assert [line for line in lines if line.startswith("M2")] == [
        "M2  - archive-place: Moscow",
        "M2  - volume-title: Özel Sayı",
        "M2  - original-date: 1923-04",
    ]
