"""Labelled notes and entries → works, records and mentions (the rules after the labeller).

The labels come from annotations written here, not from the model, so these tests pin the rules
that follow labelling: how a note splits into works, what a back-reference or short form becomes,
what stays commentary.
"""

from __future__ import annotations

from bibkit.corpus import parse
from bibkit.model import BackReference, Note, Segment
from bibkit.parse.label import parse_entry, parse_note
from bibkit.parse.spans import token_labels
from bibkit.tokens import tokenize

HEADER = "# source: x\n# publication: x\n# language: tr\n# kind: notes\n\n"


def tagged(line: str, kind: str = "note"):
    """(text, tagger) for one annotated note or entry: the tagger answers with the annotation."""
    doc = parse(HEADER + f"{kind}-start | {line}\n", "t.txt")
    [seq] = doc.sequences
    labels = token_labels(tokenize(seq.text), seq.spans)
    return seq.text, lambda text, _kind: labels


def note(line: str):
    text, tagger = tagged(line)
    return parse_note(Note(7, text, 3), tagger)


def test_works_end_at_a_separator_and_a_prefix_opens_the_next():
    parsed = note(
        "<author>Kurat</author>, <backref>a.g.e.</backref>, <pinpoint>s. 45</pinpoint><sep>;</sep> "
        "<prefix>ayrıca bk.</prefix> <author>Smith</author>, <title>The Empire</title>, <place>London</place> "
        "<date>1990</date>, <pinpoint>p. 7</pinpoint>."
    )
    first, second = parsed.mentions
    assert first.ref == BackReference("op_cit", "Kurat", "", article=False)
    assert (first.locator, first.label, first.note) == ("45", "page", 7)
    assert second.record.title == "The Empire" and second.record.publisher_place == "London"
    assert second.ref is None and second.locator == "7"
    assert [s.cite for s in parsed.segments] == [0, None, 1]
    assert parsed.segments[1].text == "; ayrıca bk. "


def test_a_new_work_starts_where_an_author_follows_a_pinpoint():
    parsed = note(
        "<author>Kaya</author>, <title>Tarih</title>, <pinpoint>s. 4</pinpoint>. "
        "<author>Ak</author>, <title>Rusya</title>, <pinpoint>s. 9</pinpoint>."
    )
    assert [(m.ref.author, m.locator) for m in parsed.mentions] == [("Kaya", "4"), ("Ak", "9")]


def test_ibid_and_a_gm_and_short_forms():
    ibid = note("<backref>Ibid.</backref>, <pinpoint>61</pinpoint>.").mentions[0]
    assert ibid.ref.kind == "ibid" and ibid.locator == "61"
    agm = note("<author>Yüceer</author>, <backref>a.g.m.</backref>, <pinpoint>p. 105</pinpoint>.").mentions[0]
    assert agm.ref == BackReference("op_cit", "Yüceer", "", article=True)
    short = note(
        "<author>Jones</author>, <title>Death and Exile</title>, <pinpoint>288–289</pinpoint>."
    ).mentions[0]
    assert short.ref == BackReference("short", "Jones", "Death and Exile")
    assert short.locator == "288-289"


def test_commentary_cites_nothing_and_is_kept():
    parsed = note("<commentary>Bu konuda geniş bilgi yoktur.</commentary>")
    assert parsed.mentions == [] and parsed.segments == [Segment("Bu konuda geniş bilgi yoktur.")]


def test_an_archival_citation_keeps_its_folio_in_the_locator():
    parsed = note("<archive>ГАРФ</archive>. <locator>Ф. Р-5446. Оп. 1. Д. 12. Л. 3 об.</locator>")
    [mention] = parsed.mentions
    assert (
        mention.record.archive == "GARF"
        and mention.record.archive_location == "f. R-5446, op. 1, d. 12, l. 3ob."
    )
    assert mention.locator == ""


def test_an_entry_is_one_work_whatever_its_labels():
    text, tagger = tagged(
        "<author>Kaya Ali</author>, <title>Tarih</title>, <place>Ankara</place> <date>1990</date><sep>;</sep> <other>ayrıca</other>",
        "ref",
    )
    record = parse_entry(text, 4, "list", None, tagger)
    assert (record.title, record.publisher_place, record.line) == ("Tarih", "Ankara", 4)


def _labeller_says(*labels: str):
    """A tagger giving every token the labels in turn, the last one repeated (as a wrong model would)."""

    def tagger(text: str, kind: str) -> list[str]:
        n = len(tokenize(text))
        return [labels[min(i, len(labels) - 1)] for i in range(n)]

    return tagger


def test_an_entry_that_is_an_archive_and_its_locator_is_read_by_the_archive_grammar():
    """The labeller read "BCA" as an author and the code as a date: the registry and BCA's grammar
    read the whole entry, so they decide."""
    record = parse_entry("BCA, 030.18.1.2, 12.45.7.", tagger=_labeller_says("author", "author", "date"))
    assert (record.type, record.archive, record.archive_location) == (
        "manuscript",
        "BCA",
        "030.18.1.2, yer 12.45.7",
    )
    named = parse_entry(
        "Başbakanlık Cumhuriyet Arşivi (BCA), 490.01/587.29.13.", tagger=_labeller_says("archive", "date")
    )
    assert (named.archive, named.archive_location) == ("BCA", "490.01, yer 587.29.13")


def test_a_locator_the_labeller_cut_short_is_read_whole_by_the_grammar():
    """The labeller ended the locator inside ``DH.MKT`` and called the rest ``other``: the grammar
    reads the whole entry, so it decides; a locator the labeller read whole is left alone."""
    text = "Başbakanlık Osmanlı Arşivi, Fon Kodu: DH.MKT, Dosya No: 2045, Gömlek No: 17."
    cut = parse_entry(
        text,
        tagger=_labeller_says(
            "archive", "archive", "archive", "archive", "locator", "locator", "locator", "locator", "other"
        ),
    )
    assert (cut.type, cut.archive, cut.archive_location) == ("manuscript", "BOA", "DH.MKT, d. 2045, g. 17")
    whole = parse_entry("TNA, FO 371/4158.", tagger=_labeller_says("archive", "archive", "locator"))
    assert (whole.archive, whole.archive_location) == ("TNA", "FO 371/4158")


def test_an_archive_entry_with_more_than_its_locator_keeps_the_labellers_reading():
    """Words after the locator (a description, a date) are the labeller's to read; the rule does not
    guess them."""
    text = "TNA, FO 371/4158, f. 12, Memorandum on the Straits."
    assert parse_entry(text, tagger=_labeller_says("title")).type != "manuscript"
    assert parse_entry("Ankara 1990.", tagger=_labeller_says("place", "date")).type == "book"
