"""Rewriting a Markdown article in place: notes at their markers, the reference list replaced,
page feet inside the list kept."""

from __future__ import annotations

import pytest

from bibkit.render import find_style, render_document, rewrite_markdown
from bibkit.render.notes import BibEntry, RenderedNote, Rendering
from tests.render.conftest import REPO, needs_engine


def _rendering(notes: dict[int, str], bibliography: list[str] | None) -> Rendering:
    return Rendering(
        style=find_style("isnad-dipnotlu"),
        lang="en-US",
        output="markdown",
        style_class="note",
        notes=[RenderedNote(n, t) for n, t in notes.items()],
        bibliography=None
        if bibliography is None
        else [BibEntry(str(i), t) for i, t in enumerate(bibliography)],
    )


def _is_subsequence(small: list[str], big: list[str]) -> bool:
    it = iter(big)
    return all(any(line == other for other in it) for line in small)


SOURCE = """# Title

Body text.[^1] More text.[^2]

[^1]: Smith, *History*, p. 3.
[^2]: See Smith, a.g.e., p. 4.

## References

Smith, J., History, London 1990.

Jones, M., Empire,
Oxford 2001.
"""

DOC = {
    "notes": [
        {"number": 1, "line": 5, "spans": [[5, 5]], "text": "", "segments": []},
        {"number": 2, "line": 6, "spans": [[6, 6]], "text": "", "segments": []},
    ],
    "bibliography": {"heading_line": 8, "spans": [[10, 10], [12, 13]]},
}


def test_markdown_footnotes_and_paragraph_entries_are_replaced():
    rendering = _rendering(
        {1: "John Smith, *History*, 3.", 2: "See Smith, *History*, 4."}, ["Jones, M. *E*.", "Smith, J. *H*."]
    )
    text, problems = rewrite_markdown(SOURCE, DOC, rendering)
    assert problems == []
    assert text == (
        "# Title\n\nBody text.[^1] More text.[^2]\n\n"
        "[^1]: John Smith, *History*, 3.\n[^2]: See Smith, *History*, 4.\n\n"
        "## References\n\nJones, M. *E*.\n\nSmith, J. *H*.\n"
    )


def test_a_note_whose_marker_is_elsewhere_is_left_as_it_was():
    doc = {**DOC, "notes": [{"number": 1, "line": 3, "spans": [[3, 3]], "text": "", "segments": []}]}
    text, problems = rewrite_markdown(SOURCE, doc, _rendering({1: "New."}, None))
    assert text.splitlines()[2] == "Body text.[^1] More text.[^2]"
    assert problems[0] == "note 1: line 3 does not start with its marker; left as it was"
    assert "the style has no bibliography" in problems[1]


def test_notes_without_spans_fall_back_to_their_first_line_and_say_so():
    doc = {"notes": [{"number": 2, "line": 6, "text": "", "segments": []}], "bibliography": None}
    text, problems = rewrite_markdown(SOURCE, doc, _rendering({2: "Ibid., 4."}, None))
    assert "[^2]: Ibid., 4." in text.splitlines()
    assert problems == ["note 2: no spans in the Document; only its first line is rewritten"]


def test_a_numbered_entry_is_escaped_so_it_stays_a_paragraph():
    text, _ = rewrite_markdown(SOURCE, DOC, _rendering({1: "a", 2: "b"}, ["1. Jones M.", "2. Smith J."]))
    assert text.endswith("## References\n\n1\\. Jones M.\n\n2\\. Smith J.\n")


@needs_engine
def test_the_seed_is_rewritten_in_place(seed_document):
    source = (REPO / "references" / "korkmaz2018.md").read_text(encoding="utf-8")
    rendering = render_document(seed_document, find_style("isnad-dipnotlu"), "tr-TR", "markdown")
    text, problems = rewrite_markdown(source, seed_document, rendering)
    assert problems == []
    old, new = source.split("\n"), text.split("\n")
    # The body is untouched: every line outside the notes and the list is still there, in order
    # (only blank lines left side by side by a removed line are merged).
    spans = [s for n in seed_document["notes"] for s in n["spans"]] + seed_document["bibliography"]["spans"]
    in_spans = {i for first, last in spans for i in range(first, last + 1)}
    kept = [line for i, line in enumerate(old, start=1) if i not in in_spans and line.strip()]
    assert _is_subsequence(kept, new)
    assert new[:47] == old[:47]
    # Notes are rewritten at their markers; note 19's continuation after the page break is gone.
    assert "<sup>7</sup> *Atatürk’ün Söylev ve Demeçleri*, 1-3/96." in new
    note19 = next(line for line in new if line.startswith("<sup>19</sup>"))
    assert note19.endswith(
        "Bk. V. N. Volkova, “Vyacheslav Mihailoviç Molotov”, *Naučno-Tehniçeskie Vedomosti SPBPU* 2 (219) (2015), 213-217."
    )
    assert not any(line.startswith("in 1926, Secretary") for line in new)
    # The list is replaced where it began; the page foot printed inside it (note 27) survives.
    heading = new.index("### **References**")
    assert new[heading + 2].startswith("- Aliyef, Hamit. “Kemal Atatürk’ün")
    entries = [line for line in new[heading:] if line.startswith("- ")]
    assert len(entries) == 28
    assert not any("ALİYEF" in line or line.startswith("- Üniversitesi") for line in new)
    assert new[-4:] == ["---", "", "<sup>27</sup> (RGASPI, F. 159, op. 2, d. 56, l. 46, Moscow).", ""]


@needs_engine
@pytest.mark.parametrize("style", ["chicago-notes-bibliography", "gost-r-7-0-5-2008"])
def test_every_note_marker_survives_a_rewrite(seed_document, style):
    source = (REPO / "references" / "korkmaz2018.md").read_text(encoding="utf-8")
    rendering = render_document(seed_document, find_style(style), None, "markdown")
    text, _ = rewrite_markdown(source, seed_document, rendering)
    for number in range(1, 28):
        assert sum(line.startswith(f"<sup>{number}</sup> ") for line in text.split("\n")) == 1
