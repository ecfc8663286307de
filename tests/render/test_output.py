"""Writing a Rendering as text, Markdown and HTML (no engine needed)."""

from __future__ import annotations

from bibkit.render.notes import BibEntry, RenderedNote, Rendering
from bibkit.render.output import md_bibliography, md_line_start, write
from bibkit.render.styles import find_style


def _rendering(output: str, lang: str = "en-US", bibliography: list[BibEntry] | None = None) -> Rendering:
    return Rendering(
        style=find_style("gost-r-7-0-5-2008"),
        lang=lang,
        output=output,
        style_class="note",
        notes=[RenderedNote(1, "First."), RenderedNote(3, "Third.")],
        bibliography=bibliography,
    )


def test_text_keeps_the_source_numbers():
    out = write(_rendering("text", bibliography=[BibEntry("a", "A. Book.")]))
    assert out == "Notes\n\n1. First.\n3. Third.\n\nBibliography\n\nA. Book.\n"


def test_markdown_numbers_notes_with_sup_and_keeps_a_numbered_bibliography_ordered():
    entries = [BibEntry("a", "1. Gürsel H. F. *Tarih*."), BibEntry("b", "2. Kurat A. N.")]
    out = write(_rendering("markdown", "ru-RU", entries))
    assert out == (
        "## Примечания\n\n<sup>1</sup> First.\n\n<sup>3</sup> Third.\n\n"
        "## Список литературы\n\n1. Gürsel H. F. *Tarih*.\n2. Kurat A. N.\n"
    )


def test_markdown_bibliography_is_bulleted_unless_numbered_one_by_one():
    assert md_bibliography(["Smith, J.\n  History.", "Jones, M."]) == ["- Smith, J. History.", "- Jones, M."]
    # Numbers that a Markdown list would not reproduce are escaped inside bullets.
    assert md_bibliography(["2. Smith.", "7. Jones."]) == ["- 2\\. Smith.", "- 7\\. Jones."]


def test_html_is_an_ordered_list_with_values_and_a_csl_bib_body():
    out = write(_rendering("html", "tr-TR", [BibEntry("a", '<div class="csl-entry">A.</div>')]))
    assert '<li value="3" id="note-3">Third.</li>' in out
    assert "<h2>Dipnotlar</h2>" in out and "<h2>Kaynakça</h2>" in out
    assert '<div class="csl-bib-body">\n<div class="csl-entry">A.</div>\n</div>' in out


def test_no_bibliography_section_when_the_style_has_none():
    assert "Bibliography" not in write(_rendering("text"))


def test_md_line_start_escapes_only_the_start():
    assert md_line_start("12. Smith, 1. Ch.") == "12\\. Smith, 1. Ch."
    assert md_line_start("- dash") == "\\- dash"
    assert md_line_start("# hash") == "\\# hash"
    assert md_line_start("Smith 1.") == "Smith 1."
