"""What the shipped models do with the forms that defeated the rule parser (invented examples, each
one a pattern named in the issue that moved bibkit to learned models)."""

from __future__ import annotations

from bibkit.pipeline import parse_text
from bibkit.tokens import tokenize


def records_by_title(doc):
    return {r.title: r for r in doc.records}


def test_a_notes_section_under_a_heading_gives_notes_not_records():
    doc = parse_text(
        "# Chapter One\n\nBody text of the chapter, with a claim.3 And another claim.4\n\n"
        "# Notes\n\n"
        "3. Sarah Miller, *The Empire in the Steppe* (Oxford: Clarendon Press, 2004), 112.\n"
        "4. Miller, *Empire in the Steppe*, 288–289.\n",
        "notes.md",
    )
    assert [n.number for n in doc.notes] == [3, 4]
    assert [(c.note, c.items[0].locator) for c in doc.citations] == [(3, "112"), (4, "288-289")]
    assert doc.citations[0].items[0].id == doc.citations[1].items[0].id


def test_ibid_and_see_notes_in_an_endnote_list_are_not_records():
    doc = parse_text(
        "Notes\n\n"
        "1. Peter Holt, *Caucasian Frontiers* (London: Methuen, 1988), 45.\n"
        "2. Ibid., 47.\n"
        "3. For a broader treatment of the topic, see Holt, *Caucasian Frontiers*, 50–61.\n",
        "endnotes.txt",
    )
    assert len(doc.records) == 1 and doc.records[0].title == "Caucasian Frontiers"
    assert [c.items[0].locator for c in doc.citations] == ["45", "47", "50-61"]


def test_a_note_number_alone_on_its_line():
    doc = parse_text(
        "Примечания\n\n1\nИванов И. И. История Кавказа. М.: Наука, 1999. С. 27.\n\n2\nТам же. С. 30.\n",
        "n.txt",
    )
    assert [n.number for n in doc.notes] == [1, 2]
    assert [c.items[0].locator for c in doc.citations] == ["27", "30"]


def test_short_forms_split_at_the_right_comma():
    doc = parse_text(
        "[^1]: Jones, *Death and Exile*, 288–289.\n[^2]: Kaya, *Hamit Bey*, 42.\n\n"
        "## References\n\nJones, Mark. *Death and Exile*. London: Faber, 1999.\n"
        "KAYA Ali, *Hamit Bey*, Ankara, 2001.\n",
        "short.md",
    )
    by_id = {r.id: r for r in doc.records}
    cited = [
        (by_id[c.items[0].id].author[0].family, by_id[c.items[0].id].title, c.items[0].locator)
        for c in doc.citations
    ]
    assert cited == [("Jones", "Death and Exile", "288-289"), ("Kaya", "Hamit Bey", "42")]


def test_one_entry_a_line_loses_nothing():
    doc = parse_text(
        "Smith, John. The Caucasus. London: Routledge, 2001.\n"
        "Иванов И. И. История России. М.: Наука, 1999. 320 с.\n"
        "KAYA Ali, Kafkas Cephesi, Ankara, 1999.\n",
        "list.txt",
    )
    assert doc.counts["entries"] == 3 and len(doc.records) == 3


def test_archives_the_registry_does_not_know_are_archival_documents():
    doc = parse_text(
        "[^1]: USNA RG 59, 860J.4016, Ankara to Washington, 12 May 1921.\n[^2]: F.O. 371/152, No. 22545.\n",
        "archives.md",
    )
    assert [r.type for r in doc.records] == ["manuscript", "manuscript"]


def test_a_list_entry_whose_title_the_labeller_missed_keeps_its_name_and_imprint():
    """An entry is kept as a record (with its raw text) when a name and a date or an imprint were
    read, even with no title; a line with neither is an unparsed item."""
    from bibkit.pipeline import analyse

    text = "Kaynakça\nGözler, Kemal; Anayasa Hukukuna Giriş, Ekin Yayınları, Bursa, 2019.\nGoogle Scholar\n"
    words = {"Ekin": "publisher", "Yayınları": "publisher", "Bursa": "place", "2019": "date"}

    def lines(text_lines: list[str]) -> list[str]:
        return ["refs-head", "ref-start", "ref-start", "blank"][: len(text_lines)]

    def tokens(entry: str, kind: str) -> list[str]:
        # a labeller that read the title as more of the author, and the junk line as other
        if entry.startswith("Google"):
            return ["other"] * len(tokenize(entry))
        labels, current = [], "author"
        for token in tokenize(entry):
            current = words.get(token.text, current if token.text in ",;." else "author")
            labels.append(current)
        return labels

    analysis = analyse(text, lines, tokens)
    [record] = analysis.listed
    assert not record.title and record.author[0].family == "Gözler"
    assert record.publisher == "Ekin Yayınları" and record.issued.year == 2019
    assert [(u.raw, u.line) for u in analysis.unparsed] == [("Google Scholar", 3)]
