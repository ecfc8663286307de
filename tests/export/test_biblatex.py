"""BibLaTeX export: UTF-8, langid, biber's data-model validation, a real pdflatex+biber build."""

from __future__ import annotations

from pathlib import Path

import pytest

from bibkit.export import biblatex
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
    TURKISH_BOOK_WITH_TRANSLATOR,
)
from tests.export.readback import count_bib, read_bib
from tests.export.tools import biber_validate, latex_errors, need, pdf_text, pdflatex, run

# pdflatex needs T2A for Cyrillic and T1 for Turkish; biblatex's Turkish support asks babel to
# leave "=" alone (shorthands=:!), since babel-turkish's active "=" breaks the key=value name
# lists in biber's .bbl (plk/biblatex#965); cmap makes the PDF text extractable.
PREAMBLE = r"""\documentclass{article}
\usepackage{cmap}
\usepackage[T2A,T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage[shorthands=:!,turkish,russian,english]{babel}
\usepackage[backend=biber,autolang=other,style=%s]{biblatex}
\addbibresource{refs.bib}
\begin{document}
\nocite{*}
\printbibliography
\end{document}
"""


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


def test_biber_validates_the_data_model_without_warnings(tmp_path, exports):
    need("biber")
    bib = tmp_path / "refs.bib"
    bib.write_text(exports["biblatex"], encoding="utf-8")
    assert biber_validate(bib) == []


def test_an_undated_archival_document_warns_only_that_its_date_is_missing(tmp_path):
    # bibkit does not invent dates: biber's one complaint is the truth.
    need("biber")
    bib = tmp_path / "refs.bib"
    undated = {k: v for k, v in ARCHIVAL_DOCUMENT_ANONYMOUS.items() if k != "issued"}
    bib.write_text(biblatex.write([undated]), encoding="utf-8")
    problems = biber_validate(bib)
    assert len(problems) == 1 and "one of 'date, year' must be defined" in problems[0]


def _build(tmp_path: Path, text: str, style: str) -> tuple[str, str]:
    (tmp_path / "refs.bib").write_text(text, encoding="utf-8")
    tex = tmp_path / "doc.tex"
    tex.write_text(PREAMBLE % style, encoding="utf-8")
    pdflatex(tex)
    biber = run(["biber", "doc"], tmp_path)
    assert biber.returncode == 0, biber.stdout
    pdflatex(tex)
    pdflatex(tex)
    return (tmp_path / "doc.log").read_text(errors="replace"), pdf_text(tmp_path / "doc.pdf")


@pytest.mark.parametrize("style", ["numeric", "authoryear"])
def test_pdflatex_and_biber_print_authors_and_archival_locators(tmp_path, exports, style):
    need("pdflatex", "biber", "pdftotext")
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
def test_hostile_text_in_every_field_compiles_and_validates(tmp_path, language):
    need("pdflatex", "biber", "pdftotext")
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
    # Invalid-field warnings cannot arise (the mapping only writes fields the type allows). Allowed
    # complaints: mandatory fields these artificial items lack, and a volume that is not an
    # integer (biblatex's data model types it so; normal biber runs still print it).
    allowed = ("Missing mandatory", "must be datatype 'integer'")
    assert [p for p in biber_validate(bib) if not any(a in p for a in allowed)] == []
    log, pdf = _build(tmp_path, text, "numeric")
    assert latex_errors(log) == []
    assert pdf.count("\\input{x}") >= len(items)
