"""The stages after parsing return new values: resolution, merging, ids and citing change nothing
they are given, and citing numbers each note's segments by its citation's items."""

from __future__ import annotations

import copy

from bibkit.cite import cite
from bibkit.keys import assign_ids
from bibkit.model import BackReference, Mention, Note, Record, Segment
from bibkit.parse.label import ParsedNote
from bibkit.pipeline import analyse, build_document
from bibkit.resolve import resolve

ARTICLE = (
    "Metin.[^1] Metin.[^2] Metin.[^3]\n\n"
    "[^1]: Ali Kaya, *Kafkas Cephesi*, Ankara 1999, s. 4.\n\n"
    "[^2]: a.g.e., s. 9; Aynı eser, s. 10.\n\n"
    "[^3]: Bora Arslan, *Kars*, İstanbul 2001, s. 3.\n\n"
    "## Kaynakça\n\n"
    "KAYA Ali, Kafkas Cephesi, Ankara, 1999.\n"
)


def test_building_the_document_changes_nothing_in_the_analysis():
    analysis = analyse(ARTICLE)
    before = copy.deepcopy(analysis)
    first = build_document(analysis, "x.md")
    assert analysis == before
    assert build_document(analysis, "x.md").to_json() == first.to_json()


def test_resolution_names_each_mention_s_work_without_setting_it():
    listed = [Record(title="Kafkas Cephesi", line=9)]
    own = Record(title="Kars", source="note", line=5)
    mentions = [
        Mention(1, 1, "Arslan", record=own),
        Mention(2, 3, "Demir, a.g.e.", ref=BackReference("op_cit", "Demir")),
    ]
    resolution = resolve(mentions, listed)
    assert resolution.works == [listed[0], own]
    assert resolution.targets == [1, None]
    assert mentions[0].record is own and mentions[1].record is None
    assert [u.reason for u in resolution.unparsed] == ["no earlier work matches 'Demir'"]


def test_citing_numbers_segments_by_item_and_an_unresolved_mention_becomes_text():
    note = Note(4, "Kaya, s. 4; a.e., s. 9.", 12, [(12, 13)])
    mentions = [Mention(4, 12, "Kaya, s. 4", locator="4"), Mention(4, 12, "a.e., s. 9", locator="9")]
    parsed = ParsedNote(note, mentions, [Segment("Kaya, s. 4", 0), Segment("; "), Segment("a.e., s. 9", 1)])
    records = [Record(title="Kafkas Cephesi")]
    given = copy.deepcopy((parsed, records))
    cited = cite([parsed], [None, 0], records, ["kaya1999"])
    assert (parsed, records) == given
    [citation] = cited.citations
    assert [(i.id, i.locator) for i in citation.items] == [("kaya1999", "9")]
    [text] = cited.notes
    assert [s.cite for s in text.segments] == [None, None, 0] and text.spans == [(12, 13)]
    assert (cited.records[0].id, cited.records[0].cited_in) == ("kaya1999", [4])


def test_ids_are_new_records():
    records = [Record(title="Kars"), Record(title="Kars")]
    with_ids = assign_ids(records)
    assert [r.id for r in with_ids] == ["kars", "karsa"] and [r.id for r in records] == ["", ""]


def _note(number: int, mentions: list[Mention]) -> ParsedNote:
    segments = [Segment("See ")] + [Segment(m.raw, k) for k, m in enumerate(mentions)]
    return ParsedNote(Note(number, "", number), mentions, segments)


def test_a_back_reference_cites_the_earlier_work_and_one_that_names_none_becomes_text():
    book = Record(title="Türkiye ve Rusya", source="note", line=1)
    first = Mention(1, 1, "Kurat, Türkiye ve Rusya, s. 4", record=book, locator="4")
    ibid = Mention(2, 2, "a.g.e., s. 9", ref=BackReference("ibid"), locator="9")
    lost = Mention(2, 2, "Yılmaz, a.g.e.", ref=BackReference("op_cit", "Yılmaz"))
    notes = [_note(1, [first]), _note(2, [lost, ibid])]
    before = copy.deepcopy(notes)
    resolution = resolve([first, lost, ibid], [])
    assert resolution.works == [book] and resolution.targets == [0, None, 0]
    cited = cite(notes, resolution.targets, resolution.works, ["kurat1967"])
    assert [(c.note, [(i.id, i.locator) for i in c.items]) for c in cited.citations] == [
        (1, [("kurat1967", "4")]),
        (2, [("kurat1967", "9")]),
    ]
    assert cited.notes[1].segments == [Segment("See "), Segment("Yılmaz, a.g.e."), Segment("a.g.e., s. 9", 0)]
    assert cited.records[0].cited_in == [1, 2]
    assert notes == before and ibid.record is None


def test_notes_that_share_a_number_share_one_citation():
    a, b = Record(title="A"), Record(title="B")
    m1, m2 = Mention(3, 1, "A", record=a), Mention(3, 5, "B", record=b)
    notes = [_note(3, [m1]), _note(3, [m2])]
    resolution = resolve([m1, m2], [])
    cited = cite(notes, resolution.targets, resolution.works, ["a", "b"])
    assert [[i.id for i in c.items] for c in cited.citations] == [["a", "b"]]
    assert [n.segments[1].cite for n in cited.notes] == [0, 1]
