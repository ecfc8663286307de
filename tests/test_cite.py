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
    assert (cited.records[0].id, cited.records[0].notes) == ("kaya1999", [4])


def test_ids_are_new_records():
    records = [Record(title="Kars"), Record(title="Kars")]
    with_ids = assign_ids(records)
    assert [r.id for r in with_ids] == ["kars", "karsa"] and [r.id for r in records] == ["", ""]
