"""Notes rendered from small hand-made Documents: positions, clusters, commentary, fallbacks."""

from __future__ import annotations

import pytest

from bibkit.render import find_style, render_document
from tests.render.conftest import TEST_STYLE, book, cite, document, needs_engine

pytestmark = needs_engine

SMITH = book("smith1990", "Smith", "John", "A History of Treaties", 1990, **{"publisher-place": "London"})
JONES = book("jones2001", "Jones", "Mary", "Archives and Empire", 2001, **{"publisher-place": "Oxford"})


@pytest.fixture(scope="module")
def test_style():
    return find_style(str(TEST_STYLE))


def test_ibid_after_ibid_follows_the_locator(test_style):
    doc = document(
        [SMITH],
        [(1, [cite("smith1990", "10")]), (2, [cite("smith1990", "12")]), (3, [cite("smith1990", "12")])],
    )
    r = render_document(doc, test_style, "en-US")
    assert [n.text for n in r.notes] == [
        "John Smith, A History of Treaties, London 1990, 10.",
        "Ibid., 12.",  # another page of the same work: ibid-with-locator
        "Ibid.",  # the same page again: plain ibid
    ]
    assert [n.positions for n in r.notes] == [
        [("smith1990", "first")],
        [("smith1990", "ibid-with-locator")],
        [("smith1990", "ibid")],
    ]
    assert r.problems == []


def test_ibid_after_ibid_in_a_real_style():
    doc = document(
        [SMITH],
        [(1, [cite("smith1990", "10")]), (2, [cite("smith1990", "12")]), (3, [cite("smith1990", "12")])],
    )
    r = render_document(doc, find_style("chicago-notes-bibliography-subsequent-ibid"), "en-US")
    assert r.notes[1].text == "Ibid., 12."
    assert r.notes[2].text == "Ibid."


def test_ibid_of_a_turkish_work_is_cased_by_the_locale():
    # citeproc-js would capitalise with the work's language (tr): "İbid."; the term is English.
    turkish = book("kurat1990", "Kurat", "Akdes Nimet", "Türkiye ve Rusya", 1990, language="tr")
    doc = document([turkish], [(1, [cite("kurat1990", "5")]), (2, [cite("kurat1990", "6")])])
    r = render_document(doc, find_style("chicago-notes-bibliography-subsequent-ibid"), "en-US")
    assert r.notes[1].text.startswith("Ibid.")
    tr = render_document(doc, find_style("chicago-notes-bibliography-subsequent-ibid"), "tr-TR")
    assert tr.notes[1].text.startswith("A.g.e.")


def test_subsequent_citation_after_another_work_is_the_short_form(test_style):
    doc = document(
        [SMITH, JONES],
        [(1, [cite("smith1990", "10")]), (2, [cite("jones2001", "3")]), (3, [cite("smith1990", "11")])],
    )
    r = render_document(doc, test_style, "en-US")
    assert r.notes[2].text == "Smith, A History of Treaties, 11."
    assert r.notes[2].positions == [("smith1990", "subsequent")]


def test_a_note_citing_two_works_is_one_citation(test_style):
    doc = document(
        [SMITH, JONES],
        [
            (
                1,
                [
                    (cite("smith1990", "10"), "J. Smith, History, p. 10"),
                    "; ",
                    (cite("jones2001", "3"), "Jones, p. 3"),
                    ".",
                ],
            )
        ],
    )
    r = render_document(doc, test_style, "en-US")
    assert r.notes[0].text == (
        "John Smith, A History of Treaties, London 1990, 10; Mary Jones, Archives and Empire, Oxford 2001, 3."
    )
    assert len(r.notes[0].clusters) == 1
    assert [p[0] for p in r.notes[0].positions] == ["smith1990", "jones2001"]


def test_words_between_two_works_stay_between_them(test_style):
    doc = document(
        [SMITH, JONES],
        [(1, ["See ", cite("smith1990", "10"), "; on the archives see also ", cite("jones2001", "3"), "."])],
    )
    r = render_document(doc, test_style, "en-US")
    assert r.notes[0].text == (
        "See John Smith, A History of Treaties, London 1990, 10; on the archives see also "
        "Mary Jones, Archives and Empire, Oxford 2001, 3."
    )
    assert len(r.notes[0].clusters) == 2


def test_commentary_is_kept_around_the_citation(test_style):
    bio = "Molotov (1890-1986) was born Skryabin. For more information Bk. "
    doc = document(
        [SMITH], [(19, [bio, (cite("smith1990", "213-217"), "J. Smith, History, pp. 213-217."), ""])]
    )
    r = render_document(doc, test_style, "en-US")
    assert r.notes[0].number == 19
    assert r.notes[0].text == bio + "John Smith, A History of Treaties, London 1990, 213–217."


def test_a_note_without_citation_is_printed_as_it_is(test_style):
    doc = document([SMITH], [(1, [cite("smith1990")]), (2, ["The author thanks the archivists."])])
    r = render_document(doc, test_style, "en-US")
    assert r.notes[1].text == "The author thanks the archivists."
    assert r.notes[1].clusters == []


def test_an_unknown_record_keeps_its_source_text_and_is_reported(test_style):
    doc = document([SMITH], [(1, [(cite("ghost1900", "4"), "A. Ghost, Lost Book, p. 4.")])])
    r = render_document(doc, test_style, "en-US")
    assert r.notes[0].text == "A. Ghost, Lost Book, p. 4."
    assert any("ghost1900" in p and "note 1" in p for p in r.problems)


def test_an_archival_cite_the_style_cannot_print_gets_its_canonical_locator_and_is_reported():
    # GOST R 7.0.5-2008 (author-date) prints no archive fields: an untitled archival document has
    # no printed form there; bibkit writes archive and canonical locator instead of the source's notation.
    archival = {
        "id": "rgaspi-159-2-57-3",
        "type": "manuscript",
        "archive": "RGASPI",
        "archive_location": "f. 159, op. 2, d. 57, l. 3",
        "custom": {"raw": "RGASPI, 159-2-57-003."},
    }
    doc = document(
        [archival, SMITH],
        [(1, [(cite("rgaspi-159-2-57-3"), "RGASPI, Fon 159, Sayı 2, Dosya 57, varak 003.")])],
    )
    r = render_document(doc, find_style("gost-r-7-0-5-2008"))
    assert r.notes[0].text == "RGASPI, f. 159, op. 2, d. 57, l. 3."
    assert any(p.startswith("note 1: ") and "canonical locator" in p for p in r.problems)
    entry = next(e for e in r.bibliography if e.id == "rgaspi-159-2-57-3")
    assert "RGASPI, f. 159, op. 2, d. 57, l. 3." in entry.text


def test_citations_are_processed_in_note_order_whatever_the_document_order(test_style):
    doc = document([SMITH], [(1, [cite("smith1990", "10")]), (2, [cite("smith1990", "10")])])
    doc["citations"].reverse()
    doc["notes"].reverse()
    r = render_document(doc, test_style, "en-US")
    assert [n.number for n in r.notes] == [1, 2]
    assert r.notes[1].text == "Ibid."


def test_custom_is_not_handed_to_the_engine(test_style):
    record = dict(SMITH, custom={"raw": "x", "variants": ["Smyth"], "line": 3})
    r = render_document(document([record], [(1, [cite("smith1990")])]), test_style, "en-US")
    assert r.notes[0].text == "John Smith, A History of Treaties, London 1990."


def test_the_bibliography_lists_every_record_cited_or_not(test_style):
    r = render_document(document([SMITH, JONES], [(1, [cite("smith1990")])]), test_style, "en-US")
    assert [e.id for e in r.bibliography] == ["jones2001", "smith1990"]
    assert r.bibliography[0].text == "Jones, Mary. Archives and Empire."


@pytest.mark.parametrize(
    ("output", "expected"),
    [
        ("text", "John Smith, A History of Treaties, London 1990, 10."),
        ("markdown", "John Smith, *A History of Treaties*, London 1990, 10."),
        ("html", "John Smith, <i>A History of Treaties</i>, London 1990, 10."),
    ],
)
def test_output_formats_mark_italics_their_own_way(test_style, output, expected):
    r = render_document(document([SMITH], [(1, [cite("smith1990", "10")])]), test_style, "en-US", output)
    assert r.notes[0].text == expected


def test_markdown_escapes_what_would_become_markup(test_style):
    starred = book("star2000", "Star", "Ann", "Footnotes_and *stars*", 2000)
    r = render_document(document([starred], [(1, [cite("star2000")])]), test_style, "en-US", "markdown")
    assert r.notes[0].text == r"Ann Star, *Footnotes\_and \*stars\**, 2000."


def test_html_escapes_commentary(test_style):
    doc = document([SMITH], [(1, ["<b>bold</b> & more: ", cite("smith1990")])])
    r = render_document(doc, test_style, "en-US", "html")
    assert r.notes[0].text.startswith("&lt;b&gt;bold&lt;/b&gt; &amp; more: John Smith")


def test_a_note_the_parser_could_not_read_is_reported(test_style):
    doc = document([SMITH], [(1, [cite("smith1990")])])
    doc["unparsed"] = [
        {"kind": "note", "line": 40, "reason": "no note number", "raw": "x"},
        {"kind": "note", "line": 1, "reason": "part of note 1", "raw": "y"},
        {"kind": "entry", "line": 50, "reason": "no title", "raw": "z"},
    ]
    r = render_document(doc, test_style, "en-US")
    assert r.problems == ["line 40: a note bibkit could not read (no note number); not printed"]
