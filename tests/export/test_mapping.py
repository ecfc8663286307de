"""The shared field mapping: entry types, target rules, and the table itself."""

from __future__ import annotations

import json

import pytest

from bibkit.export import mapping
from tests.conftest import schema_path
from tests.export.fixtures import (
    ARCHIVAL_DOCUMENT_ANONYMOUS,
    ARCHIVAL_LETTER_TITLED,
    ARCHIVAL_LETTER_UNTITLED,
    ENCYCLOPEDIA_ENTRY,
    ENCYCLOPEDIA_VOLUME,
    THESIS,
    TURKISH_BOOK_WITH_TRANSLATOR,
)

# The official schema: the shared copy beside the repository, else the one vendored in tests/schemas.
SCHEMA = schema_path("csl-data.json")
BIBLATEX_TYPES = {
    "article", "book", "collection", "incollection", "inbook", "inreference", "inproceedings", "proceedings",
    "thesis", "report", "misc", "unpublished", "online", "periodical", "booklet", "manual", "dataset",
}  # fmt: skip
BIBTEX_TYPES = {
    "article", "book", "booklet", "incollection", "inproceedings", "manual", "mastersthesis", "misc",
    "phdthesis", "proceedings", "techreport", "unpublished", "inbook",
}  # fmt: skip


@pytest.mark.parametrize(
    ("item", "fmt", "expected"),
    [
        (TURKISH_BOOK_WITH_TRANSLATOR, "biblatex", "book"),
        (ENCYCLOPEDIA_VOLUME, "biblatex", "collection"),  # edited, no author
        (ENCYCLOPEDIA_ENTRY, "biblatex", "inbook"),  # no editor: @inreference would fail validation
        (
            {**ENCYCLOPEDIA_ENTRY, "editor": [{"family": "Yazıcı", "given": "Tahsin"}]},
            "biblatex",
            "inreference",
        ),
        (ARCHIVAL_LETTER_TITLED, "biblatex", "unpublished"),
        (ARCHIVAL_LETTER_UNTITLED, "biblatex", "misc"),
        # Undated: @unpublished and @misc need a date, @dataset does not; none is invented.
        ({k: v for k, v in ARCHIVAL_LETTER_TITLED.items() if k != "issued"}, "biblatex", "dataset"),
        ({k: v for k, v in ARCHIVAL_DOCUMENT_ANONYMOUS.items() if k != "issued"}, "biblatex", "dataset"),
        ({"id": "x", "type": "manuscript", "title": "Diary"}, "biblatex", "misc"),  # not archival
        # No author and no editor: @book and @collection would each lack a mandatory name.
        ({"id": "x", "type": "book", "title": "Bolşaya Sovetskaya Ensiklopediya"}, "biblatex", "misc"),
        ({"id": "x", "type": "book", "title": "Bolşaya Sovetskaya Ensiklopediya"}, "bibtex", "book"),
        (ARCHIVAL_DOCUMENT_ANONYMOUS, "bibtex", "unpublished"),  # Zotero's importer: a manuscript
        (ARCHIVAL_DOCUMENT_ANONYMOUS, "ris", "MANSCPT"),
        (THESIS, "bibtex", "phdthesis"),
        ({**THESIS, "genre": "Master's thesis"}, "bibtex", "mastersthesis"),
        ({**THESIS, "genre": "Магистерская диссертация"}, "bibtex", "mastersthesis"),
        ({"id": "x", "type": "software"}, "biblatex", "misc"),
        ({"id": "x", "type": "software"}, "ris", "GEN"),
    ],
)
def test_entry_types_follow_the_first_candidate_whose_requirements_hold(item, fmt, expected):
    assert mapping.entry_type(fmt, item) == expected


def test_volume_titles_become_biblatex_title_with_the_work_as_maintitle():
    item = {**ENCYCLOPEDIA_VOLUME, "volume-title": "Баадер – Валуа"}
    found = {t.name: t.value for t in mapping.targets("biblatex", item)}
    assert found["maintitle"] == ENCYCLOPEDIA_VOLUME["title"] and found["title"] == "Баадер – Валуа"


def test_a_target_is_set_once_and_publisher_place_wins_over_archive_place():
    item = {**ARCHIVAL_LETTER_TITLED, "publisher-place": "Tiflis"}
    found = [t.name for t in mapping.targets("biblatex", item)]
    assert found.count("location") == 1
    assert {t.name: t.value for t in mapping.targets("biblatex", item)}["location"] == "Tiflis"


def test_archive_fields_join_into_one_designation():
    found = {t.name: t.value for t in mapping.targets("bibtex", ARCHIVAL_LETTER_TITLED)}
    assert found["note"] == "RGASPI, f. 159, op. 2, d. 57, l. 95"
    ris = {t.name: t.value for t in mapping.targets("ris", ARCHIVAL_LETTER_TITLED)}
    assert (ris["DB"], ris["AN"]) == ("RGASPI", "f. 159, op. 2, d. 57, l. 95")


def test_babel_names_come_from_the_languages_table():
    assert mapping.babel_language("tr") == "turkish"
    assert mapping.babel_language("ru-Latn") == "russian"
    assert mapping.babel_language("xx") == ""


def test_the_table_names_only_known_csl_keys_types_and_targets():
    table = mapping.table()
    if SCHEMA.exists():
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))["items"]
        csl_keys = set(schema["properties"])
        csl_types = set(schema["properties"]["type"]["enum"])
        assert set(table["types"]) - {"*"} <= csl_types
        for row in table["fields"]:
            keys = row["csl"] if isinstance(row["csl"], list) else [row["csl"]]
            assert set(keys) <= csl_keys, row
    for spec in table["types"].values():
        assert {c["type"] for c in spec["biblatex"]} <= BIBLATEX_TYPES
        assert {c["type"] for c in spec["bibtex"]} <= BIBTEX_TYPES
        assert len(spec["ris"]) <= 7 and spec["ris"].isupper()
    for row in table["fields"]:
        assert set(row) >= {"csl", "kind", "bibtex", "biblatex", "ris"}
        for rules in (row["biblatex"], row["ris"]):
            for rule in rules if isinstance(rules, list) else []:
                assert set(rule.get("types", [])) <= BIBLATEX_TYPES | {
                    "BOOK",
                    "CHAP",
                    "JOUR",
                    "MGZN",
                    "NEWS",
                    "CONF",
                    "ENCYC",
                    "DICT",
                    "ELEC",
                    "BLOG",
                    "THES",
                    "MANSCPT",
                    "RPRT",
                    "GEN",
                    "PCOMM",
                    "MAP",
                }
