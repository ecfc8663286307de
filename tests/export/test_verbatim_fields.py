"""URLs and DOIs in BibTeX and BibLaTeX exports: no value can smuggle TeX into a document.

TeX reads ``^^5c`` as a backslash, ``%`` as a comment and braces as groups, so a URL that reached
a ``.bbl`` as written could ``\\input`` a file or close its field. Every value here is built into
real PDFs (pdflatex with bibtex and plainnat or plainurl, and with biber) with a canary file next to
the document: the canary's text must never be read, and where ``\\url`` reads its argument verbatim
(the url package with natbib's styles, biblatex) the PDF shows each URL as exported.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bibkit.export import biblatex, bibtex
from bibkit.export.text import clean_verbatim
from tests.export.tools import latex_errors, pdf_text, pdflatex, run, uses

CANARY = "CANARYTEXTREAD"
# Pieces an attacker would use: TeX's ^^ notation for \ { } %, commands, comment and group signs.
ATTACKS = [
    "^^5cinput^^7bcanary^^7d",
    "\\input{canary}",
    "^^5cimmediate^^5cwrite18^^7btouch pwned^^7d",
    "%0A\\input canary ",
    "}\\input{canary}{",
    "^^25",
    "%",
    "%2",
    "^",
    "\\",
]
SPECIALS = "\\{}^%#~_&$ "


def _urls() -> st.SearchStrategy[list[str]]:
    piece = st.one_of(st.sampled_from(ATTACKS), st.text(alphabet=SPECIALS + "az09/.", max_size=6))
    url = st.lists(piece, min_size=1, max_size=4).map(lambda parts: "https://example.org/" + "".join(parts))
    return st.lists(url, min_size=4, max_size=10)


def _items(urls: list[str]) -> list[dict]:
    return [
        {"id": f"u{i}", "type": "webpage", "title": f"Page {i}", "URL": url, "DOI": "10.1000/" + url[20:]}
        for i, url in enumerate(urls)
    ]


@pytest.mark.parametrize(
    "url",
    ["https://example.org/^^5cinput^^7b/etc/passwd^^7d", "https://e.org/a%zz%", "https://e.org/{x} y\\z"],
)
def test_no_tex_special_survives_in_a_verbatim_value(url):
    value = clean_verbatim(url)
    assert not re.search(r"[\\{}^ ]|%(?![0-9A-F]{2})", value)


def test_url_escapes_fragments_and_non_ascii_are_kept_as_uri():
    assert clean_verbatim("https://e.org/a%C4%B1#part~x") == "https://e.org/a%C4%B1#part~x"
    assert clean_verbatim("https://e.org/ığ", ascii_only=True) == "https://e.org/%C4%B1%C4%9F"


def _bibtex_pdf(tmp: Path, text: str, style: str, preamble: str) -> tuple[str, str]:
    (tmp / "refs.bib").write_text(text, encoding="ascii")
    (tmp / "doc.tex").write_text(
        "\\documentclass{article}\\usepackage{natbib}" + preamble + "\n"
        f"\\begin{{document}}\\nocite{{*}}\\bibliographystyle{{{style}}}\\bibliography{{refs}}\\end{{document}}\n",
        encoding="ascii",
    )
    pdflatex(tmp / "doc.tex")
    run(["bibtex", "doc"], tmp)
    pdflatex(tmp / "doc.tex")
    return (tmp / "doc.log").read_text(errors="replace"), pdf_text(tmp / "doc.pdf")


def _biblatex_pdf(tmp: Path, text: str) -> tuple[str, str]:
    (tmp / "refs.bib").write_text(text, encoding="utf-8")
    (tmp / "doc.tex").write_text(
        "\\documentclass{article}\\usepackage[backend=biber]{biblatex}\\addbibresource{refs.bib}\n"
        "\\begin{document}\\nocite{*}\\printbibliography\\end{document}\n",
        encoding="ascii",
    )
    pdflatex(tmp / "doc.tex")
    run(["biber", "doc"], tmp)
    pdflatex(tmp / "doc.tex")
    return (tmp / "doc.log").read_text(errors="replace"), pdf_text(tmp / "doc.pdf")


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


# Each example is four real builds: a few examples of many values each.
@uses("bibtex", "biber", "pdflatex", "pdftotext")
@settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(urls=_urls())
def test_hostile_urls_print_as_exported_and_read_no_file(tmp_path_factory, urls):
    items = _items(urls)
    classic = bibtex.write(items)
    builds = {
        # The url package reads \url's argument verbatim: the PDF shows the exported URL.
        ("plainnat", "\\usepackage{url}"): True,
        # urlbst's styles put the DOI in \href's argument, where the url package cannot read a
        # "%" verbatim: a value may break the layout there, never run.
        ("plainurl", "\\usepackage{hyperref}"): False,
        # Without the url package \url falls back to \texttt: a value may print badly, never run.
        ("plainnat", ""): False,
    }
    for (style, preamble), shown in builds.items():
        tmp = tmp_path_factory.mktemp(style)
        (tmp / "canary.tex").write_text(CANARY + "\n", encoding="ascii")
        log, text = _bibtex_pdf(tmp, classic, style, preamble)
        assert CANARY not in text and "canary.tex" not in log, (style, preamble, urls)
        if shown:
            assert [e for e in latex_errors(log) if "natbib" not in e] == [], (style, log)
            for url in urls:
                assert _squeezed(clean_verbatim(url, ascii_only=True)) in _squeezed(text), (style, url)
    tmp = tmp_path_factory.mktemp("biblatex")
    (tmp / "canary.tex").write_text(CANARY + "\n", encoding="ascii")
    log, text = _biblatex_pdf(tmp, biblatex.write(items))
    assert CANARY not in text and "canary.tex" not in log
    assert latex_errors(log) == []
    for url in urls:
        assert _squeezed(clean_verbatim(url)) in _squeezed(text), url
