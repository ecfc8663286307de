"""Merging: note and list records of one work become one, variants do not split a work."""

from __future__ import annotations

from bibkit.merge import block_key, merge, same_work
from bibkit.model import Date, Name, Record
from bibkit.pipeline import parse_text


def work(family, given, title, year, source="list", **fields):
    return Record(author=[Name(family, given)], title=title, issued=Date(year), source=source, **fields)


def test_spelling_variants_do_not_split_a_work():
    listed = work(
        "Ortaylı", "İlber", "Osmanlı'da Kafkas Göçleri", 1996, container_title="Belleten", volume="60"
    )
    noted = work(
        "Ortaylı", "İlber", "Osmanlı'da Kafkas Göçü", 1996, "note", container_title="Bellekten", volume="60"
    )
    assert same_work(listed, noted)


def test_romanisation_variants_do_not_split_a_work():
    a = work("Zhukov", "Yuri", "Zhizn' i sud'ba Vyacheslava Molotova", 1999, publisher_place="Moskva")
    b = work("Jukov", "Yuriy", "Jizn i Sudba Vyaçeslava Molotova", 1999, "note", publisher_place="Moskova")
    assert block_key(a) == block_key(b)
    assert same_work(a, b)


def test_different_years_or_volumes_are_different_works():
    a = work("Kaya", "Ali", "Kafkas Cephesi", 1999)
    assert not same_work(a, work("Kaya", "Ali", "Kafkas Cephesi", 2005))
    c = work("Kaya", "Ali", "Kafkas Cephesi", 1999, volume="1")
    assert not same_work(c, work("Kaya", "Ali", "Kafkas Cephesi", 1999, volume="2"))


def test_list_fields_win_and_notes_fill_the_gaps():
    listed = work("Kaya", "Ali", "Kafkas Cephesi", 1999, publisher_place="Ankara")
    noted = work("Kaya", "Ali", "Kafkas Cephesi", 1999, "note", publisher="Türk Tarih Kurumu Yayınları")
    merged, where = merge([listed, noted])
    assert len(merged) == 1 and where == [0, 0]
    assert merged[0].source == "list" and merged[0].publisher == "Türk Tarih Kurumu Yayınları"


def test_work_cited_only_in_notes_stays():
    text = (
        "Metin<sup>1</sup>.\n\n---\n\n<sup>1</sup> Ali Kaya, *Kafkas Cephesi*, Ankara 1999, s. 4.\n\n"
        "## Kaynakça\n\n- ORTAYLI İlber, Osmanlı'da Kafkas Göçleri, Ankara, 1996.\n"
    )
    doc = parse_text(text, "x.md")
    assert sorted(r.source for r in doc.records) == ["list", "note"]


def test_archival_notations_merge_into_one_record_with_both_forms():
    text = (
        "Metin<sup>1</sup>.\n\n---\n\n<sup>1</sup> GARF, Rusya Federasyonu Devlet Arşivi, Fon 1235, Sayı 1, Dosya 16, varak 005.\n\n"
        "## Kaynakça\n\n- GARF, Rusya Federasyonu Devlet Arşivi, 1235-1-16-005.\n"
    )
    doc = parse_text(text, "x.md")
    [record] = doc.records
    assert record.id == "garf-1235-1-16-5" and record.archive_location == "f. 1235, op. 1, d. 16, l. 5"
    assert len(record.custom["archival_forms"]) == 2
    assert doc.citations[0].items[0].id == record.id


def test_merging_is_by_blocks_not_all_pairs():
    """A million-record merge stays near-linear because only a record's block is searched."""
    records = [work(f"Yazar{i % 500}", "Ali", f"Kitap {i}", 1900 + i % 120) for i in range(2000)]
    calls = 0
    import bibkit.merge as m

    original = m.same_work

    def counting(a, b):
        nonlocal calls
        calls += 1
        return original(a, b)

    m.same_work = counting
    try:
        merge(records)
    finally:
        m.same_work = original
    assert calls < 2000 * 10  # all pairs would be ~2,000,000
