"""The cite stage: resolved mentions become citations and numbered note texts, as new values."""

from __future__ import annotations

import copy

from bibkit.cite import cite
from bibkit.model import Mention, NoteText, Record
from bibkit.parse.label import ParsedNote
from bibkit.resolve import resolve


def _note(number: int, mentions: list[Mention]) -> ParsedNote:
    segments = [{"text": "See "}]
    for k, mention in enumerate(mentions):
        segments.append({"cite": k, "text": mention.raw})
    return ParsedNote(mentions, NoteText(number, number, "", segments))


def test_citations_and_note_texts_are_new_values_and_an_unresolved_mention_becomes_text():
    book = Record(id="kurat1967", title="Türkiye ve Rusya", source="note", line=1)
    first = Mention(1, 1, "Kurat, Türkiye ve Rusya, s. 4", record=book, locator="4")
    ibid = Mention(2, 2, "a.g.e., s. 9", ref={"kind": "ibid"}, locator="9")
    lost = Mention(2, 2, "Yılmaz, a.g.e.", ref={"kind": "op_cit", "author": "Yılmaz"})
    notes = [_note(1, [first]), _note(2, [lost, ibid])]
    before = copy.deepcopy(notes)

    resolution = resolve([first, lost, ibid], [])
    assert [r.record for r in resolution.resolved] == [book, book]
    merged = Record(id="kurat1967", title="Türkiye ve Rusya")
    cited = cite(notes, resolution.resolved, lambda work: merged)

    assert [(c.note, [(i.id, i.locator) for i in c.items]) for c in cited.citations] == [
        (1, [("kurat1967", "4")]),
        (2, [("kurat1967", "9")]),
    ]
    # Note 2's first cited part named no work: it is commentary now; its second is item 0.
    assert cited.notes[1].segments == [
        {"text": "See "},
        {"text": "Yılmaz, a.g.e."},
        {"cite": 0, "text": "a.g.e., s. 9"},
    ]
    assert cited.notes_citing == {"kurat1967": [1, 2]}
    assert notes == before  # neither the parsed notes nor their mentions were changed
    assert ibid.record is None


def test_notes_that_share_a_number_share_one_citation():
    a, b = Record(id="a", title="A"), Record(id="b", title="B")
    m1, m2 = Mention(3, 1, "A", record=a), Mention(3, 5, "B", record=b)
    notes = [_note(3, [m1]), _note(3, [m2])]
    cited = cite(notes, resolve([m1, m2], []).resolved, lambda work: work)
    assert [[i.id for i in c.items] for c in cited.citations] == [["a", "b"]]
    assert [n.segments[1]["cite"] for n in cited.notes] == [0, 1]
