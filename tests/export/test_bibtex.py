"""Classic BibTeX export: pure ASCII, accepted by bibtex with plain.bst, reads back with pybtex."""

from __future__ import annotations

import re
from pathlib import Path

from bibkit.export import bibtex
from bibkit.export.latex import transliterate
from bibkit.export.text import clean
from tests.export.fixtures import (
    ARCHIVAL,
    HOSTILE_RECORD,
    LOCATORS,
    RECORDS,
    RUSSIAN_ARTICLE,
    THESIS,
    TURKISH_BOOK_WITH_TRANSLATOR,
    TYPOGRAPHY_BOOK,
)
from tests.export.readback import count_bib, read_bib
from tests.export.tools import latex_errors, pdf_text, pdflatex, run, uses


def _entry(text: str, key: str) -> dict:
    return next(e for e in read_bib(text) if e["key"] == key)


def test_the_export_is_pure_ascii(exports):
    assert exports["bibtex"].isascii()


def test_turkish_letters_become_latex_accents(exports):
    text = exports["bibtex"]
    # Symbol accents take the letter without braces ({\.I}, {\"o}), the form Zotero's BibTeX
    # importer decodes; letter accents keep them (\c{s}).
    for escape in (r"\c{s}", r"{\i}", r"\u{g}", r"{\.I}", r"{\"o}", r"{\"u}", r"\c{c}"):
        assert escape in text
    assert r"\.{I}" not in text


def test_capitals_in_titles_are_protected_from_case_changes(exports):
    assert "title = {{Bir} {Sovyet} {Diplomat{\\i}n{\\i}n}" in exports["bibtex"]


def test_cyrillic_is_transliterated_with_the_shared_table():
    entry = _entry(bibtex.write([RUSSIAN_ARTICLE]), "volkova2015viacheslav")
    assert entry["fields"]["title"] == "Viacheslav Mikhailovich Molotov"
    assert entry["fields"]["journal"] == "Nauchno-tekhnicheskie vedomosti SPbGPU"
    assert entry["names"]["author"] == [{"family": "Volkova", "given": "V. N."}]


def test_pybtex_and_bibtexparser_find_every_record_once(exports):
    keys, failed = count_bib(exports["bibtex"])
    assert failed == 0
    assert keys == [e["key"] for e in read_bib(exports["bibtex"])]
    assert len(keys) == len(RECORDS) == len(set(keys))


def test_round_trip_keeps_titles_names_years_and_locators(exports):
    entries = read_bib(exports["bibtex"])
    for record, entry in zip(RECORDS, entries, strict=True):
        assert entry["key"] == re.sub(r"[^A-Za-z0-9_.:-]+", "-", record["id"]).strip("-")
        if record.get("title"):
            # No ASCII letter or LaTeX command stands for "№": it is written "No." (see latex.py).
            expected_title = clean(transliterate(record["title"]).replace("№", "No."))
            expected_title = expected_title.replace("«", "“").replace("»", "”")
            assert entry["fields"]["title"] == expected_title
        for role in ("author", "editor", "translator"):
            expected = [
                {"family": transliterate(n["family"]), "given": transliterate(n["given"]).replace("\n", " ")}
                if "given" in n
                else {"literal": transliterate(n.get("literal") or n["family"])}
                for n in record.get(role, [])
            ]
            assert entry["names"].get(role, []) == expected
        assert entry["fields"]["year"] == str(record["issued"]["date-parts"][0][0])
    for record in ARCHIVAL:
        entry = _entry(exports["bibtex"], record["id"])
        assert entry["type"] == "unpublished"  # what Zotero's BibTeX importer reads as a manuscript
        assert entry["fields"]["note"] == f"{record['archive']}, {record['archive_location']}"


def test_translator_thesis_and_month_fields(exports):
    book = _entry(exports["bibtex"], TURKISH_BOOK_WITH_TRANSLATOR["id"])
    assert book["names"]["translator"] == [{"family": "Ediz", "given": "Hasan Ali"}]
    assert book["fields"]["language"] == "tr"  # the code Zotero keeps; biblatex's langid is "turkish"
    thesis = _entry(exports["bibtex"], THESIS["id"])
    assert thesis["type"] == "phdthesis"
    assert thesis["fields"]["school"] == "Atatürk Üniversitesi Sosyal Bilimler Enstitüsü"
    assert thesis["fields"]["type"] == "Basılmamış Doktora Tezi"
    letter = _entry(exports["bibtex"], ARCHIVAL[0]["id"])
    assert letter["fields"]["month"] == "September"


def test_a_masters_thesis_is_told_apart_by_its_genre():
    text = bibtex.write([{**THESIS, "genre": "Yayımlanmamış Yüksek Lisans Tezi"}])
    assert text.startswith("@mastersthesis{")


def test_typography_reads_back_as_written():
    entry = _entry(bibtex.write([TYPOGRAPHY_BOOK]), TYPOGRAPHY_BOOK["id"])
    assert (
        entry["fields"]["title"]
        == "“Smart” quotes – dashes — and “guillemets” … No. 5 in São Paulo, Kraków & Łódź"
    )
    assert entry["names"]["author"][0] == {"family": "Müller-Lüdenscheidt", "given": "Hans-Jürgen"}
    assert entry["names"]["author"][1] == {"family": "Ağaoğlu", "given": "Ayşe"}


def test_a_hostile_record_stays_inside_its_fields():
    text = bibtex.write([HOSTILE_RECORD, TURKISH_BOOK_WITH_TRANSLATOR])
    keys, failed = count_bib(text)
    assert failed == 0 and keys == ["evil-id-with-braces", "aralov1997bir"]
    assert text.count("\n@") == 1 and text.startswith("@book{")
    # Every backslash starts a command bibkit wrote; none spells \input or \write18.
    assert not re.search(r"\\(input|write|relax|evil)", text)
    entry = read_bib(text)[0]
    assert "\\input{/etc/passwd}" in entry["fields"]["title"]
    assert entry["fields"]["publisher"] == "A & B % C \\relax"


def _bibtex_run(tmp_path: Path, text: str) -> tuple[str, str]:
    (tmp_path / "refs.bib").write_text(text, encoding="ascii")
    (tmp_path / "doc.aux").write_text("\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n", encoding="ascii")
    result = run(["bibtex", "doc"], tmp_path)
    return result.stdout + result.stderr, (tmp_path / "doc.bbl").read_text(encoding="ascii", errors="replace")


@uses("bibtex")
def test_bibtex_with_plain_bst_accepts_the_export(tmp_path, exports):
    output, bbl = _bibtex_run(tmp_path, exports["bibtex"])
    assert "error message" not in output, output
    assert "I was expecting" not in output and "Illegal" not in output, output
    assert bbl.count("\\bibitem") == len(RECORDS)
    for locator in LOCATORS:
        assert locator in bbl


@uses("bibtex", "pdflatex", "pdftotext")
def test_the_bibliography_compiles_in_a_classic_latex_document(tmp_path, exports):
    _bibtex_run(tmp_path, exports["bibtex"])
    tex = tmp_path / "doc.tex"
    tex.write_text(
        "\\documentclass{article}\\usepackage{cmap}\\usepackage[T1]{fontenc}\n"
        "\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n",
        encoding="ascii",
    )
    pdflatex(tex)
    log = (tmp_path / "doc.log").read_text(errors="replace")
    assert latex_errors(log) == []
    text = pdf_text(tmp_path / "doc.pdf")
    for needle in ("Aralov", "Kılıç", "Volkova", "\\input{/etc/passwd}", *LOCATORS):
        assert needle in text


@uses("bibtex", "pdflatex", "pdftotext")
def test_hostile_text_in_every_field_compiles_with_default_fonts(tmp_path):
    # OT1, LaTeX's default encoding, is what a classic BibTeX document gets without fontenc.
    hostile = (
        "{ }} \\ \\input{x} \\write18{y} % # & $ ^ ~ _ @book{z, ` '' -- << >> \" ' and others , < > | "
        "Şİığ çö üâ «q» “r” – — … № Жук\nER  - \x00\u2028end"
    )
    fields = [
        "title",
        "container-title",
        "publisher",
        "publisher-place",
        "genre",
        "note",
        "volume",
        "page",
        "edition",
    ]
    names = [{"family": hostile, "given": hostile}, {"literal": hostile}]
    items = [
        {"id": f"h-{kind}", "type": kind, **dict.fromkeys(fields, hostile), "author": names, "editor": names,
         "issued": {"date-parts": [[1920, 3]]}, "archive": hostile, "archive_location": hostile}
        for kind in ("book", "chapter", "article-journal", "thesis", "manuscript", "paper-conference", "report")
    ]  # fmt: skip
    text = bibtex.write(items)
    assert text.isascii() and count_bib(text) == ([i["id"] for i in items], 0)
    output, bbl = _bibtex_run(tmp_path, text)
    assert "error message" not in output, output
    tex = tmp_path / "doc.tex"
    tex.write_text(
        "\\documentclass{article}\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n",
        encoding="ascii",
    )
    pdflatex(tex)
    assert latex_errors((tmp_path / "doc.log").read_text(errors="replace")) == []
    assert pdf_text(tmp_path / "doc.pdf").count("\\input{x}") >= len(items)
