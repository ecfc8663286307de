"""Labelled lines → notes and entries: markers, continuations, joining."""

from __future__ import annotations

import pytest

from bibkit.find import blocks_to_found
from bibkit.find.lines import assemble, line_glue, read_marker


@pytest.mark.parametrize(
    ("line", "kind", "number", "rest"),
    [
        ("[^12]: Kaya, a.g.e.", "md", "12", "Kaya, a.g.e."),
        ("<sup>3</sup> Kurat", "sup", "3", "Kurat"),
        ("\\<sup>3\\</sup> Kurat", "sup", "3", "Kurat"),
        ("¹² Kurat", "unisup", "12", "Kurat"),
        ("[4] Smith", "bracket", "4", "Smith"),
        ("(4) Smith", "paren", "4", "Smith"),
        ("12. Smith", "dot", "12", "Smith"),
        ("12) Smith", "dot", "12", "Smith"),
        ("101 ALİYEF Hamit", "bare", "101", "ALİYEF Hamit"),
        ("7", "alone", "7", ""),
        ("  [7]  ", "bracket", "7", ""),
        ("1205. Aynı eser.", "dot", "1205", "Aynı eser."),
        ("12Kurat, a.g.e.", "glued", "12", "Kurat, a.g.e."),
        ("- Üniversitesi", "bullet", "", "Üniversitesi"),
        ("• Artamonov", "bullet", "", "Artamonov"),
        ("\\* Assistant Prof.", "star", "", "Assistant Prof."),
        ("† Died 1920.", "star", "", "Died 1920."),
    ],
)
def test_markers(line, kind, number, rest):
    marker = read_marker(line)
    assert marker is not None and (marker.kind, marker.number) == (kind, number)
    assert line[marker.end :].strip() == rest


@pytest.mark.parametrize(
    "line", ["Kurat, Türkiye ve Rusya", "1990. yılda", "2.5 milyon", "12,5", "1914-1918 savaşı"]
)
def test_no_marker(line):
    marker = read_marker(line)
    assert marker is None or marker.kind not in ("dot", "bare", "alone", "glued")


def test_glue_mends_hyphenation_and_split_codes_only():
    assert line_glue("Kafkas-", "ya") == (1, "")
    assert line_glue("Sosyo-", "Politik") == (0, " ")
    assert line_glue("pp. 2533-", "2548") == (0, "")
    assert line_glue("https://doi.org/10.1/abc/", "def") == (0, "")
    assert line_glue("Türkiye ve", "Rusya") == (0, " ")


def test_a_note_continues_across_a_page_break_and_the_next_page_body():
    lines = [
        "<sup>1</sup> Kaya, Türkiye ve",
        "",
        "---",
        "",
        "Body of the next page.",
        "Rusya, s. 4.",
        "<sup>2</sup> Aynı eser.",
    ]
    labels = ["note-start", "blank", "furniture", "blank", "text", "note-cont", "note-start"]
    first, second = assemble(lines, labels)
    assert first.text == "Kaya, Türkiye ve Rusya, s. 4." and first.lines == [0, 5]
    assert second.text == "Aynı eser." and second.marker.number == "2"


def test_a_continuation_printed_as_a_list_item_loses_its_bullet():
    lines = [
        "ALİYEF, Hamit, “Rolü”, Ankara",
        "<sup>27</sup> RGASPI, 159-2-56-046.",
        "- Üniversitesi Dergisi, 1981.",
    ]
    labels = ["ref-start", "note-start", "ref-cont"]
    entry, note = assemble(lines, labels)
    assert entry.text == "ALİYEF, Hamit, “Rolü”, Ankara Üniversitesi Dergisi, 1981."
    assert note.text == "RGASPI, 159-2-56-046."


def test_offsets_map_back_to_source_lines():
    lines = ["12. KURAT, Türki-", "  ye ve Rusya"]
    [block] = assemble(lines, ["ref-start", "ref-cont"])
    assert block.text == "KURAT, Türkiye ve Rusya"
    assert block.offset_of(1, 2) == block.text.index("ye ve")
    assert block.offset_of(0, 4) == 0


def test_notes_are_numbered_by_their_markers_or_in_order():
    lines = ["[^5]: Kaya.", "Smith, Empire.", "6", "Aynı eser."]
    found = blocks_to_found(lines, ["note-start", "note-start", "note-start", "note-cont"], "\n".join(lines))
    assert [(n.number, n.text) for n in found.notes] == [
        (5, "Kaya."),
        (6, "Smith, Empire."),
        (6, "Aynı eser."),
    ]
    assert found.notes[2].spans == [(3, 4)] and found.kind == "markdown"


def test_a_continuation_without_a_start_starts_a_block():
    [block] = assemble(["Kaya, Tarih."], ["ref-cont"])
    assert block.kind == "ref" and block.text == "Kaya, Tarih."


def test_note_numbers_that_are_not_decimal_digits_do_not_stop_the_document():
    # "①" and "₂" are digits to str.isdigit() but int() refuses them: such a note takes the next number.
    from bibkit.pipeline import parse_text

    doc = parse_text("Body.[^①]\n\n[^①]: Smith, J., *A Title*, London 1990, p. 4.\n[^₂]: Ibid., p. 5.\n")
    assert [c.note for c in doc.citations] == [1, 2]
    assert not doc.unparsed
