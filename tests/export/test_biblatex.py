"""BibLaTeX export: UTF-8, langid, biber's data-model validation, a real pdflatex+biber build."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibkit.export import biblatex, mapping
from bibkit.export.text import clean
from tests.export.fixtures import (
    ARCHIVAL,
    ARCHIVAL_DOCUMENT_ANONYMOUS,
    ARCHIVAL_LETTER_TITLED,
    ARCHIVAL_LETTER_UNTITLED,
    ENCYCLOPEDIA_ENTRY,
    ENCYCLOPEDIA_VOLUME,
    HOSTILE_RECORD,
    LOCATORS,
    PROCEEDINGS_PAPER,
    RECORDS,
    THESIS,
    TURKISH_ARTICLE,
    TURKISH_BOOK_WITH_TRANSLATOR,
)
from tests.export.readback import count_bib, read_bib
from tests.export.tools import BIBLATEX_PREAMBLE, biber_validate, latex_errors, pdf_text, pdflatex, run, uses


def _entry(text: str, key: str) -> dict:
    return next(e for e in read_bib(text) if e["key"] == key)


def test_the_export_is_utf8_with_langid(exports):
    text = exports["biblatex"]
    assert "Bir Sovyet Diplomatının Türkiye Hatıraları" in text
    assert "Вячеслав Михайлович Молотов" in text
    langids = {e["key"]: e["fields"].get("langid") for e in read_bib(text)}
    assert langids["aralov1997bir"] == "turkish"
    assert langids["volkova2015viacheslav"] == "russian"
    assert langids["evil-id-with-braces"] == "english"
    assert langids["rgaspi-159-2-57-1"] is None  # no language given: no langid guessed


def test_fields_follow_the_mapping(exports):
    book = _entry(exports["biblatex"], TURKISH_BOOK_WITH_TRANSLATOR["id"])
    assert book["names"]["translator"] == [{"family": "Ediz", "given": "Hasan Ali"}]
    assert book["fields"]["location"] == "İstanbul" and book["fields"]["volume"] == "1"
    thesis = _entry(exports["biblatex"], THESIS["id"])
    assert thesis["type"] == "thesis"
    assert thesis["fields"]["type"] == "Basılmamış Doktora Tezi"
    assert thesis["fields"]["institution"] == THESIS["publisher"]
    assert thesis["fields"]["pagetotal"] == "312"
    paper = _entry(exports["biblatex"], PROCEEDINGS_PAPER["id"])
    assert (
        paper["type"] == "inproceedings"
        and paper["fields"]["booktitle"] == PROCEEDINGS_PAPER["container-title"]
    )
    assert paper["fields"]["pages"] == "61–106"
    article = _entry(exports["biblatex"], "kurat1967brest")
    assert article["fields"]["journaltitle"] == "Belleten"
    assert article["fields"]["number"] == "121–124"
    # An encyclopedia without a named editor cannot be @inreference (biblatex requires one).
    assert _entry(exports["biblatex"], ENCYCLOPEDIA_ENTRY["id"])["type"] == "inbook"
    volume = _entry(exports["biblatex"], ENCYCLOPEDIA_VOLUME["id"])
    assert volume["type"] == "collection" and volume["names"]["editor"][0]["family"] == "Жуков"


def test_archival_documents_carry_archive_and_locator(exports):
    titled = _entry(exports["biblatex"], ARCHIVAL_LETTER_TITLED["id"])
    assert titled["type"] == "unpublished"
    assert titled["fields"]["howpublished"] == "RGASPI, f. 159, op. 2, d. 57, l. 95"
    assert titled["fields"]["library"] == "RGASPI"
    assert titled["fields"]["location"] == "Moscow"
    for record in (ARCHIVAL_LETTER_UNTITLED, ARCHIVAL_DOCUMENT_ANONYMOUS):
        untitled = _entry(exports["biblatex"], record["id"])
        assert untitled["type"] == "misc"
        assert untitled["fields"]["title"] == f"RGASPI, {record['archive_location']}"
        assert "howpublished" not in untitled["fields"]


def test_round_trip_keeps_titles_names_years_and_locators(exports):
    entries = read_bib(exports["biblatex"])
    assert count_bib(exports["biblatex"]) == ([e["key"] for e in entries], 0)
    for record, entry in zip(RECORDS, entries, strict=True):
        designation = None
        if record.get("archive"):
            designation = entry["fields"].get("howpublished") or entry["fields"]["title"]
            assert entry["fields"]["library"] == record["archive"]
            assert designation == f"{record['archive']}, {record['archive_location']}"
        assert entry["fields"]["title"] == clean(record.get("title") or designation)
        for role in ("author", "editor", "translator"):
            expected = [
                {"family": n["family"], "given": " ".join(n["given"].split())}
                if "given" in n
                else {"literal": n.get("literal") or n["family"]}
                for n in record.get(role, [])
            ]
            assert entry["names"].get(role, []) == expected
        assert entry["fields"]["date"].startswith(str(record["issued"]["date-parts"][0][0]))


def test_a_hostile_record_stays_inside_its_fields():
    text = biblatex.write([HOSTILE_RECORD, THESIS])
    keys, failed = count_bib(text)
    assert failed == 0 and keys == ["evil-id-with-braces", "kilic1995turk"]
    entry = read_bib(text)[0]
    assert entry["fields"]["title"] == " ".join(
        HOSTILE_RECORD["title"].replace("\x00", "").replace("\x07", "").split()
    )
    assert entry["fields"]["location"] == "Here @book{x,"
    assert entry["raw"]["url"] == "https://example.org/a%20b%7Bc%7D%5Cd?q=1%20&x=#frag"


@uses("biber")
def test_biber_validates_the_data_model_without_warnings(tmp_path, exports):
    bib = tmp_path / "refs.bib"
    bib.write_text(exports["biblatex"], encoding="utf-8")
    assert biber_validate(bib) == []


@pytest.mark.parametrize("record", ARCHIVAL, ids=[r["id"] for r in ARCHIVAL])
@uses("biber")
def test_an_undated_archival_document_is_a_dataset_with_no_date_invented(tmp_path, record):
    # blx-dm.def wants a date of @unpublished and @misc; @dataset is the standard type without
    # that demand. Nothing stands in for the missing date.
    undated = {k: v for k, v in record.items() if k != "issued"}
    text = biblatex.write([undated])
    entry = read_bib(text)[0]
    assert entry["type"] == "dataset"
    assert "date" not in entry["fields"] and "year" not in entry["fields"]
    designation = f"RGASPI, {record['archive_location']}"
    if "title" in record:
        assert entry["fields"]["title"] == record["title"]
        assert entry["fields"]["addendum"] == designation
    else:
        assert entry["fields"]["title"] == designation and "addendum" not in entry["fields"]
    assert entry["fields"]["library"] == "RGASPI" and entry["fields"]["location"] == "Moscow"
    bib = tmp_path / "refs.bib"
    bib.write_text(text, encoding="utf-8")
    assert biber_validate(bib) == []


@uses("biber")
def test_a_book_without_author_or_editor_is_misc_with_its_numbering_in_the_title_annex(tmp_path):
    anonymous = {
        "id": "ataturkun2006soylev",
        "type": "book",
        "title": "Atatürk'ün Söylev ve Demeçleri",
        "volume": "1-3",
        "edition": "5",
        "part": "2",
        "publisher": "Atatürk Araştırma Merkezi",
        "publisher-place": "Ankara",
        "issued": {"date-parts": [[2006]]},
        "language": "tr",
    }
    text = biblatex.write([anonymous])
    entry = read_bib(text)[0]
    assert entry["type"] == "misc"
    assert entry["raw"]["titleaddon"] == (
        r"\mkbibordedition{5}~\bibstring{edition}\newunitpunct{}\bibstring{volumes}~1--3"
        r"\newunitpunct{}\bibstring{part}~2"
    )
    assert entry["fields"]["organization"] == "Atatürk Araştırma Merkezi"
    assert not {"volume", "edition", "part", "author", "editor"} & set(entry["fields"])
    bib = tmp_path / "refs.bib"
    bib.write_text(text, encoding="utf-8")
    assert biber_validate(bib) == []


@pytest.mark.parametrize(
    ("item", "annex"),
    [
        (TURKISH_BOOK_WITH_TRANSLATOR, "titleaddon"),
        ({**TURKISH_BOOK_WITH_TRANSLATOR, "volume-title": "Birinci Kitap"}, "maintitleaddon"),
        (ENCYCLOPEDIA_ENTRY, "booktitleaddon"),
        (PROCEEDINGS_PAPER, "booktitleaddon"),
        ({**TURKISH_ARTICLE, "id": "kurat1967brest"}, "journaltitleaddon"),
    ],
    ids=["book", "book with a volume title", "encyclopedia entry", "paper", "article"],
)
@pytest.mark.parametrize(
    ("volume", "printed"), [("1-3", r"\bibstring{volumes}~1--3"), ("2a", r"\bibstring{volume}~2a")]
)
@uses("biber")
def test_a_volume_that_is_not_an_integer_is_printed_in_the_title_annex(
    tmp_path, item, annex, volume, printed
):
    # biblatex's volume is an integer; "volumes = 3" would claim the work has three volumes.
    entry = read_bib(biblatex.write([{**item, "volume": volume}]))[0]
    assert "volume" not in entry["fields"] and "volumes" not in entry["fields"]
    assert entry["raw"][annex] == printed
    assert read_bib(biblatex.write([{**item, "volume": "07"}]))[0]["fields"]["volume"] == "7"
    bib = tmp_path / "refs.bib"
    bib.write_text(biblatex.write([{**item, "volume": volume}]), encoding="utf-8")
    assert biber_validate(bib) == []


def _full_items() -> list[dict]:
    """One item per CSL type in the mapping and per combination of author, editor, title and
    date, every other mapped field filled with a plausible value."""
    values = {
        "container-title": "Belleten", "collection-title": "Series", "volume-title": "Volume title",
        "volume": "3", "issue": "2", "part": "1", "edition": "2", "page": "5-9", "number-of-pages": "100",
        "number-of-volumes": "3", "collection-number": "4", "number": "7", "publisher": "Press",
        "publisher-place": "Ankara", "genre": "Doktora Tezi", "archive": "RGASPI",
        "archive_location": "f. 159, op. 2, d. 57, l. 3", "archive-place": "Moscow", "URL": "https://example.org",
        "DOI": "10.1000/x", "note": "Note", "ISBN": "9780306406157", "language": "tr",
        "accessed": {"date-parts": [[2020, 1, 2]]}, "translator": [{"family": "Ediz", "given": "Hasan Ali"}],
        "container-author": [{"family": "Kurat", "given": "Akdes Nimet"}],
    }  # fmt: skip
    optional = {
        "author": [{"family": "Saray", "given": "Mehmet"}],
        "editor": [{"family": "Жуков", "given": "Е. М."}],
        "title": "Title",
        "issued": {"date-parts": [[1920]]},
    }
    items = []
    for kind in [t for t in mapping.table()["types"] if t != "*"]:
        for mask in range(16):
            chosen = {k: v for i, (k, v) in enumerate(optional.items()) if mask >> i & 1}
            items.append({"id": f"{kind}-{mask}", "type": kind, **values, **chosen})
    return items


@uses("biber")
def test_every_type_writes_only_fields_its_data_model_allows(tmp_path):
    # The only complaints biber may make are mandatory fields a record truly lacks (an anonymous
    # article, an undated book); a record with author, editor, title and date raises none.
    items = _full_items()
    bib = tmp_path / "refs.bib"
    bib.write_text(biblatex.write(items), encoding="utf-8")
    problems = biber_validate(bib)
    assert [p for p in problems if "Missing mandatory" not in p] == []
    complete = [i["id"] for i in items if i["id"].endswith("-15")]
    assert [p for p in problems if any(f"'{key}'" in p for key in complete)] == []


def _build(tmp_path: Path, text: str, style: str) -> tuple[str, str]:
    (tmp_path / "refs.bib").write_text(text, encoding="utf-8")
    tex = tmp_path / "doc.tex"
    tex.write_text(BIBLATEX_PREAMBLE % style, encoding="utf-8")
    pdflatex(tex)
    biber = run(["biber", "doc"], tmp_path)
    assert biber.returncode == 0, biber.stdout
    pdflatex(tex)
    pdflatex(tex)
    return (tmp_path / "doc.log").read_text(errors="replace"), pdf_text(tmp_path / "doc.pdf")


@pytest.mark.parametrize("style", ["numeric", "authoryear"])
@uses("pdflatex", "biber", "pdftotext")
def test_pdflatex_and_biber_print_authors_and_archival_locators(tmp_path, exports, style):
    log, text = _build(tmp_path, exports["biblatex"], style)
    assert latex_errors(log) == []
    for author in (
        "Aralov",
        "Karabekir",
        "Kurat",
        "Волкова",
        "Perfilov",
        "Kılıç",
        "Yüceer",
        "Saray",
        "Жуков",
    ):
        assert author in text
    for locator in LOCATORS:
        assert locator in text
    assert r"\input{/etc/passwd}" in text  # printed as text, not executed
    assert sum(text.count(loc) for loc in LOCATORS) == len(ARCHIVAL)  # each designation printed once


HOSTILE_TEXT = (
    "{ }} \\ \\input{x} \\write18{y} % # & $ ^ ~ _ @book{z, ` '' -- << >> \" ' and others , ; : ! = ? "
    "Şİığ çö üâ\nER  - \x00\u2028end"
)


@pytest.mark.parametrize("language", ["en", "tr", "ru"])
@uses("pdflatex", "biber", "pdftotext")
def test_hostile_text_in_every_field_compiles_and_validates(tmp_path, language):
    fields = ["title", "container-title", "publisher", "publisher-place", "genre", "note", "volume", "page"]
    hostile = {key: HOSTILE_TEXT for key in fields}
    names = [{"family": HOSTILE_TEXT, "given": HOSTILE_TEXT}, {"literal": HOSTILE_TEXT}]
    items = [
        {"id": f"h-{kind}", "type": kind, **hostile, "author": names, "editor": names, "translator": names,
         "issued": {"date-parts": [[1920]]}, "archive": HOSTILE_TEXT, "archive_location": HOSTILE_TEXT,
         "language": language}
        for kind in ("book", "chapter", "article-journal", "thesis", "manuscript", "paper-conference")
    ]  # fmt: skip
    text = biblatex.write(items)
    assert count_bib(text) == ([i["id"] for i in items], 0)
    bib = tmp_path / "refs.bib"
    bib.write_text(text, encoding="utf-8")
    # Invalid-field warnings cannot arise (the mapping only writes fields the type allows), nor can
    # a volume that is not an integer (it goes to the title annex). Allowed complaints: mandatory
    # fields these artificial items lack (a chapter needs an editor, a thesis its type).
    assert [p for p in biber_validate(bib) if "Missing mandatory" not in p] == []
    log, pdf = _build(tmp_path, text, "numeric")
    assert latex_errors(log) == []
    assert pdf.count("\\input{x}") >= len(items)
