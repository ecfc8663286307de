"""The finder as a whole (bibkit/find/__init__.py): the line model's labels, and the notes and
entries assembled from them with their numbers, lines and spans."""

from __future__ import annotations

from bibkit.find import blocks_to_found, find, label_lines

ARTICLE = (
    "# Başlık\n"
    "\n"
    "Metin burada.[^1]\n"
    "\n"
    "[^1]: Kurat, Türkiye ve Rusya, s. 45.\n"
    "\n"
    "## Kaynakça\n"
    "\n"
    "KURAT Akdes Nimet, Türkiye ve Rusya, Ankara 1990.\n"
    "SARAY Mehmet, Atatürk'ün Sovyet Politikası, İstanbul\n"
    "1990.\n"
)
GOLD = ["head", "blank", "text", "blank", "note-start", "blank", "refs-head", "blank"]
GOLD += ["ref-start", "ref-start", "ref-cont", "blank"]


def test_blank_lines_are_blank_by_rule_and_only_they():
    lines = ["", "KURAT Akdes Nimet, Türkiye ve Rusya, Ankara 1990.", "   ", ""]
    labels = label_lines(lines)
    assert labels[0] == labels[2] == labels[3] == "blank" and labels[1] != "blank"
    assert label_lines([]) == []


def test_labelled_lines_become_notes_and_entries_with_their_lines():
    found = blocks_to_found(ARTICLE.split("\n"), GOLD, ARTICLE)
    assert found.kind == "markdown" and found.heading_line == 7
    [note] = found.notes
    assert (note.number, note.line, note.spans, note.text) == (
        1,
        5,
        [(5, 5)],
        "Kurat, Türkiye ve Rusya, s. 45.",
    )
    assert [(e.line, e.spans) for e in found.entries] == [(9, [(9, 9)]), (10, [(10, 11)])]
    assert found.entries[1].text == "SARAY Mehmet, Atatürk'ün Sovyet Politikası, İstanbul 1990."


def test_notes_without_a_readable_number_take_the_next_one():
    lines = ["12. Kurat, a.g.e., s. 45.", "* Saray, a.g.e., s. 12.", "14. Aynı eser, s. 50."]
    found = blocks_to_found(lines, ["note-start"] * 3, "\n".join(lines))
    assert [n.number for n in found.notes] == [12, 13, 14]
    assert found.kind == "text"


def test_a_bare_list_is_a_list():
    text = "KURAT Akdes Nimet, Türkiye ve Rusya, Ankara 1990.\nSARAY Mehmet, Atatürk'ün Sovyet Politikası, İstanbul 1990."
    found = blocks_to_found(text.split("\n"), ["ref-start", "ref-start"], text)
    assert found.kind == "list" and found.heading_line is None and len(found.entries) == 2


def test_the_installed_finder_reads_a_markdown_article():
    found = find(ARTICLE)
    assert found.labels == GOLD
    assert [n.number for n in found.notes] == [1] and len(found.entries) == 2
