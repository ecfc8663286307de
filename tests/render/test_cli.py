"""`bibkit format` through click: output, usage errors (exit 2), input problems (exit 1)."""

from __future__ import annotations

import importlib.util
import json

from click.testing import CliRunner

from bibkit.render.cli import format_command
from tests.render.conftest import FIXTURES, REPO, TEST_STYLE, book, cite, document, needs_engine

SEED = str(FIXTURES / "korkmaz2018.document.json")


def run(*args: str):
    return CliRunner().invoke(format_command, list(args), catch_exceptions=False)


def test_an_unknown_style_name_is_a_one_line_usage_error():
    result = run(SEED, "--style", "isnad-dipnotlo")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: unknown CSL style 'isnad-dipnotlo': not an installed style name nor a .csl file "
        "(did you mean isnad-dipnotlu?)\n"
    )
    assert result.stdout == ""


def test_a_missing_csl_file_is_a_usage_error():
    result = run(SEED, "--style", "nowhere/my-style.csl")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "cannot read CSL style" in result.stderr


def test_an_unknown_locale_is_a_usage_error():
    result = run(SEED, "--style", "isnad-dipnotlu", "--locale", "xx-XX")
    assert result.exit_code == 2 and result.stderr.startswith("Error: unknown CSL locale 'xx-XX'")


def test_a_missing_document_is_an_input_problem():
    result = run("nowhere.json", "--style", "isnad-dipnotlu")
    assert (result.exit_code, result.stderr) == (1, "Error: nowhere.json: no such file\n")


def test_json_that_is_no_document_is_an_input_problem(tmp_path):
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    result = run(str(path), "--style", "isnad-dipnotlu")
    assert result.exit_code == 1 and "not a bibkit Document" in result.stderr


def test_rewrite_needs_a_file_not_stdin():
    result = run("-", "--style", "isnad-dipnotlu", "--rewrite", "out.md")
    assert result.exit_code == 2 and "--rewrite needs DOC as a file" in result.stderr


def test_rewrite_never_overwrites_the_article(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("text", encoding="utf-8")
    result = run(str(article), "--style", "isnad-dipnotlu", "--rewrite", str(article))
    assert result.exit_code == 2 and "must not be DOC itself" in result.stderr
    assert article.read_text(encoding="utf-8") == "text"


def test_without_the_pipeline_an_article_is_refused_clearly(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "bibkit.pipeline" else real(name)
    )
    result = run(str(REPO / "references" / "korkmaz2018.md"), "--style", "isnad-dipnotlu")
    assert result.exit_code == 1 and "pass a Document JSON" in result.stderr


@needs_engine
def test_a_csl_file_path_renders(tmp_path):
    path = tmp_path / "doc.json"
    path.write_text(
        json.dumps(document([book("a2000", "Aa", "Bo", "Title", 2000)], [(1, [cite("a2000", "5")])]))
    )
    result = run(str(path), "--style", str(TEST_STYLE))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "Notes\n\n1. Bo Aa, Title, 2000, 5.\n\nBibliography\n\nAa, Bo. Title.\n"


@needs_engine
def test_markdown_output_of_the_seed():
    result = run(SEED, "--style", "isnad-dipnotlu", "--locale", "tr-TR", "--output", "markdown")
    assert result.exit_code == 0 and result.stderr == ""
    assert result.stdout.startswith("## Dipnotlar\n\n<sup>1</sup> Haluk F. Gürsel, *Tarih Boyunca")
    assert "\n## Kaynakça\n\n- Aliyef, Hamit." in result.stdout


@needs_engine
def test_what_cannot_be_rendered_is_reported_on_stderr_only():
    result = run(SEED, "--style", "gost-r-7-0-5-2008", "--output", "html")
    assert result.exit_code == 0
    assert result.stderr.count("warning: ") == 8
    assert "warning" not in result.stdout
    assert '<li value="18" id="note-18">RGASPI, f. 159, op. 2, d. 57, l. 3, Moscow.' in result.stdout


@needs_engine
def test_rewrite_writes_the_article_and_prints_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)  # the Document's source is relative to the repository
    out = tmp_path / "korkmaz2018.chicago.md"
    result = run(SEED, "--style", "chicago-notes-bibliography", "--rewrite", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    text = out.read_text(encoding="utf-8")
    assert "<sup>18</sup> f. 159, op. 2, d. 57, l. 3, RGASPI, Moscow." in text
    assert "- Gürsel, Haluk F. *Tarih Boyunca Türk-Rus İlişkileri*. İstanbul, 1968." in text
