"""End to end on the seed article: every record field, every citation, the archival documents.

``tests/fixtures/korkmaz2018.expected.json`` was checked by hand against the article, entry by
entry and note by note (the Perfilov entry keeps the pages its list entry prints).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bibkit.model import Record, Variant
from bibkit.pipeline import parse_text

EXPECTED = json.loads(
    (Path(__file__).parent / "fixtures" / "korkmaz2018.expected.json").read_text(encoding="utf-8")
)


def _without_custom(item):
    return {k: v for k, v in item.items() if k != "custom"}


def test_counts(seed_document):
    assert seed_document.counts == {"notes": 27, "entries": 27, "records": 28, "citations": 28, "unparsed": 0}


@pytest.mark.parametrize("expected", EXPECTED["records"], ids=[r["id"] for r in EXPECTED["records"]])
def test_every_record_field(seed_document, expected):
    got = {r.id: _without_custom(r.to_csl()) for r in seed_document.records}
    assert got[expected["id"]] == expected


def test_every_citation(seed_document):
    got = {c.note: [(i.id, i.locator) for i in c.items] for c in seed_document.citations}
    assert got == {int(k): [tuple(x) for x in v] for k, v in EXPECTED["citations"].items()}


def test_back_references_resolve_to_the_earlier_work(seed_document):
    by_note = {c.note: c for c in seed_document.citations}
    assert by_note[7].items[0].id == by_note[6].items[0].id
    assert by_note[26].items[0].id == by_note[14].items[0].id


def test_note_only_work_is_kept(seed_document):
    note_only = [r for r in seed_document.records if r.source == "note"]
    assert len(note_only) == 1 and note_only[0].cited_in == [10]


def test_commentary_notes_keep_their_text(seed_document):
    notes = {n.number: n for n in seed_document.notes}
    for number in (19, 20):
        segments = notes[number].segments
        assert segments[0].cite is None and len(segments[0].text) > 100
        assert any(s.cite is not None for s in segments)


def test_archival_documents(seed_document):
    archival = sorted(r.archive_location for r in seed_document.records if r.archive == "RGASPI")
    assert archival == [
        "f. 159, op. 2, d. 56, l. 46",
        "f. 159, op. 2, d. 57, l. 1",
        "f. 159, op. 2, d. 57, l. 3",
        "f. 159, op. 2, d. 57, l. 95",
    ]
    qualified = next(r for r in seed_document.records if r.id == "rgaspi-159-2-57-1")
    assert qualified.qualifier == "(1)"
    assert len(qualified.archival_forms) == 2  # the note's and the list's notation


def test_merged_variants_are_kept(seed_document):
    kurat = next(r for r in seed_document.records if r.id == "kurat1967brest")
    assert kurat.container_title == "Belleten"  # the list entry wins over the note
    assert kurat.variants["container-title"] == [Variant("Bellekten", 50)]


def test_records_validate_against_the_csl_schema(seed_document, csl_data_validator):
    items = [r.to_csl() for r in seed_document.records]
    errors = list(csl_data_validator.iter_errors(items))
    assert not errors, errors[0].message


def test_citations_validate_against_the_csl_schema(seed_document, csl_citation_validator):
    for citation in seed_document.citations:
        errors = list(csl_citation_validator.iter_errors(citation.to_csl()))
        assert not errors, errors[0].message


def test_the_reference_list_alone_gives_the_same_27_works(seed_document):
    """The list pasted as a reader copies it: page-break and footnote lines gone."""
    from tests.conftest import SEED

    lines = SEED.read_text(encoding="utf-8").split("\n")
    start = next(i for i, line in enumerate(lines) if "References" in line)
    pasted = [
        line[2:] if line.startswith("- ") else line
        for line in lines[start + 1 :]
        if line.strip() and line.strip() != "---" and not line.startswith("<sup>")
    ]
    doc = parse_text("\n".join(pasted), "pasted")
    assert doc.kind == "list" and doc.counts["records"] == 27
    article = {r.id: _without_custom(r.to_csl()) for r in seed_document.records if r.source == "list"}
    pasted_records = {r.id: _without_custom(r.to_csl()) for r in doc.records}
    assert pasted_records == article


def test_records_read_back_from_csl_write_the_same_csl(seed_document):
    """bibkit's own data (variants, merged entries, archival forms, citing notes …) is typed in a
    Record and written under ``custom`` by to_csl; from_csl reads it back, and keeps the keys it
    does not write (or cannot read) as they were."""
    for record in seed_document.records:
        assert Record.from_csl(record.to_csl()).to_csl() == record.to_csl()
    foreign = {"id": "x", "type": "book", "custom": {"bibkit-note": "n", "notes": "4, 5", "line": 3}}
    assert Record.from_csl(foreign).to_csl()["custom"] == {**foreign["custom"], "source": "list"}
