"""The annotated-text format (docs/ANNOTATION.md): what it reads, and every problem it names."""

from __future__ import annotations

import pytest

from bibkit.corpus import AnnotationError, Span, parse, write_sequence

HEADER = "# source: https://example.org/a\n# publication: A. Yazar, Bir Makale, 2001\n# language: tr\n# kind: document\n\n"


def read(body: str):
    return parse(HEADER + body, "x.txt")


def fields(seq):
    return [(s.label, seq.text[s.start : s.end]) for s in seq.spans]


def test_lines_labels_and_tagged_sequences():
    doc = read(
        "head       | ## Giriş\n"
        "text       | Yer tutucu cümle.[^1]\n"
        "\n"
        "note-start | [^1]: <author>Kaya</author>, <backref>a.g.e.</backref>, <pinpoint>s. 45</pinpoint>.\n"
    )
    assert doc.labels == ["head", "text", "blank", "note-start"]
    assert doc.lines[3].startswith("[^1]: Kaya, a.g.e.")  # tags are not part of the text
    [note] = doc.sequences
    assert note.kind == "note" and note.marker == "[^1]:" and note.line == 9
    assert note.text == "Kaya, a.g.e., s. 45."
    assert fields(note) == [("author", "Kaya"), ("backref", "a.g.e."), ("pinpoint", "s. 45")]
    assert doc.group == "x" and doc.language == "tr"


def test_a_tag_runs_across_the_lines_of_one_entry_and_hyphenation_is_mended():
    doc = read(
        "ref-start | 1. <author>KURAT Akdes Nimet</author>, <title>Türki-\n"
        "furniture | 12\n"
        "ref-cont  | ye ve Rusya</title>, <place>Ankara</place> <date>1990</date>.\n"
    )
    [entry] = doc.sequences
    assert entry.text == "KURAT Akdes Nimet, Türkiye ve Rusya, Ankara 1990."
    assert ("title", "Türkiye ve Rusya") in fields(entry)


def test_a_number_alone_on_its_line_is_the_marker_of_the_note_below_it():
    doc = read("note-start | 7\nnote-cont  | <backref>Там же</backref>. <pinpoint>С. 12</pinpoint>.\n")
    [note] = doc.sequences
    assert note.marker == "7" and note.text == "Там же. С. 12."


def test_html_in_the_text_is_text():
    doc = read("note-start | <sup>3</sup> <title>*Tarih*</title>, <date>1990</date>\n")
    assert doc.sequences[0].text == "*Tarih*, 1990"


@pytest.mark.parametrize(
    ("body", "line", "message"),
    [
        ("text | fine\nnotes | wrong\n", 7, "unknown line label 'notes'"),
        ("ref-start | <author>Kaya</author>, Tarih, 1990.\n", 6, "untagged word 'Tarih'"),
        ("ref-start | <titel>Tarih</titel>\n", 6, "unknown tag <titel>"),
        ("ref-start | <title>Tarih</author>\n", 6, "</author> closes <title>"),
        ("ref-start | <title>Tarih <date>1990</date></title>\n", 6, "<date> opened inside <title>"),
        ("ref-start | <title>Tarih\ntext | x\n", 6, "<title> is never closed"),
        ("text | <title>Tarih</title>\n", 6, "tags on a 'text' line"),
        ("ref-cont | <title>Tarih</title>\n", 6, "'ref-cont' before any ref starts"),
        ("ref-start | <author>Kaya</author>, <title></title>\n", 6, "empty <title>"),
        ("ref-start |\n", 6, "empty text on a 'ref-start' line"),
        (
            "ref-start | 1. <title>Tarih</title>\nref-cont | devam <date>1990</date>\n",
            7,
            "untagged word 'devam'",
        ),
    ],
)
def test_every_problem_names_the_file_and_line(body, line, message):
    with pytest.raises(AnnotationError) as err:
        read(body)
    assert err.value.path == "x.txt" and err.value.line == line
    assert message in str(err.value)


def test_a_tag_inside_the_marker_is_refused():
    with pytest.raises(AnnotationError, match="marker"):
        read("ref-start | <number>12.</number> <title>Tarih</title>\n")


@pytest.mark.parametrize("missing", ["source", "publication", "language", "kind"])
def test_the_header_must_say_where_the_text_comes_from(missing):
    header = "".join(
        line + "\n" for line in HEADER.strip().split("\n") if not line.startswith(f"# {missing}:")
    )
    with pytest.raises(AnnotationError, match=f"missing header line '# {missing}"):
        parse(header + "\ntext | x\n", "x.txt")


def test_write_sequence_inverts_the_tags():
    text = "Kaya, a.g.e., s. 45."
    spans = [Span(0, 4, "author"), Span(6, 12, "backref"), Span(14, 19, "pinpoint")]
    tagged = write_sequence(text, spans)
    assert tagged == "<author>Kaya</author>, <backref>a.g.e.</backref>, <pinpoint>s. 45</pinpoint>."
    doc = read(f"note-start | 1. {tagged}\n")
    assert doc.sequences[0].spans == spans


def test_a_file_that_is_not_utf8_is_one_error(tmp_path):
    from bibkit.corpus import read as read_file

    path = tmp_path / "bad.txt"
    path.write_bytes(HEADER.encode() + b"text | \xff\xfe\n")
    with pytest.raises(AnnotationError, match="not UTF-8"):
        read_file(path)
