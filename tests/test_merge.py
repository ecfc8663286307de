"""Merging: note and list records of one work become one, variants do not split a work."""

from __future__ import annotations

from bibkit.matching import same_work
from bibkit.merge import block_key, merge
from bibkit.model import Date, KeptApart, MergedEntry, Name, Record, Variant
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
    assert len(record.archival_forms) == 2
    assert doc.citations[0].items[0].id == record.id


def test_merging_is_by_blocks_not_all_pairs():
    """A million-record merge stays near-linear because only a record's block is searched."""
    records = [work(f"Yazar{i % 500}", "Ali", f"Kitap {i}", 1900 + i % 120) for i in range(2000)]
    calls = 0
    import bibkit.merge as m

    original = m.identity_agrees  # the comparison merging makes for every candidate

    def counting(a, b):
        nonlocal calls
        calls += 1
        return original(a, b)

    m.identity_agrees = counting
    try:
        merge(records)
    finally:
        m.identity_agrees = original
    assert calls > 0
    assert calls < 2000 * 10  # all pairs would be ~2,000,000


def article(line, authors, pages="10-35", **fields):
    return Record(
        author=[Name(f, g) for f, g in authors],
        title="Kafkas Cephesinde İaşe",
        container_title="Tarih Dergisi",
        volume="12",
        issued=Date(2001),
        page=pages,
        line=line,
        raw=f"entry of line {line}",
        **fields,
    )


KAYA, ARSLAN, DEMIR = ("Kaya", "Ali"), ("Arslan", "Bora"), ("Demir", "Cem")


def test_a_differing_url_is_kept_as_a_variant_with_its_line_and_the_entry_raw_text():
    merged, where = merge(
        [
            article(3, [KAYA], url="https://a.example/first"),
            article(4, [KAYA], url="https://b.example/second"),
        ]
    )
    assert where == [0, 0]
    assert merged[0].url == "https://a.example/first"
    assert merged[0].variants["URL"] == [Variant("https://b.example/second", 4)]
    assert merged[0].merged == [MergedEntry(4, "entry of line 4")]


def test_list_entries_with_pages_that_do_not_overlap_are_two_works_and_say_why():
    merged, where = merge([article(3, [KAYA]), article(5, [KAYA], pages="145-167")])
    assert where == [0, 1]
    assert merged[1].kept_apart == [KeptApart(3, "pages 10-35 and 145-167 do not overlap")]
    # Overlapping ranges (a misprinted last page) are one work, the other range kept.
    merged, _ = merge([article(3, [KAYA]), article(5, [KAYA], pages="10-36")])
    assert len(merged) == 1 and merged[0].variants["page"] == [Variant("10-36", 5)]


def test_a_longer_author_list_that_starts_with_the_other_is_one_work_and_wins():
    merged, where = merge([article(3, [KAYA]), article(6, [KAYA, ARSLAN])])
    assert where == [0, 0]
    assert [n.family for n in merged[0].author] == ["Kaya", "Arslan"]


def test_different_co_authors_are_two_works():
    merged, where = merge([article(3, [KAYA, ARSLAN]), article(7, [KAYA, DEMIR])])
    assert where == [0, 1]
    assert "authors" in merged[1].kept_apart[0].because


def test_different_dois_are_two_works_even_between_a_note_and_the_list():
    listed = article(3, [KAYA], doi="10.1234/First")
    assert same_work(listed, article(8, [KAYA], doi="10.1234/first"))  # DOIs ignore case
    noted = article(8, [KAYA], doi="10.1234/other")
    noted.source = "note"
    assert not same_work(listed, noted)


def test_a_note_that_cites_other_pages_of_a_listed_work_is_still_that_work():
    noted = article(9, [KAYA], pages="200")
    noted.source = "note"
    assert same_work(article(3, [KAYA]), noted)


def test_merging_does_not_change_the_records_it_is_given():
    first, second = article(3, [KAYA]), article(5, [KAYA], pages="145-167")
    merge([first, second])
    assert not second.kept_apart and not first.variants


def test_six_entries_of_one_title_lose_no_value_and_every_entry_is_reachable():
    """The merge-loss case: every URL, DOI, page range and co-author of six entries of one title
    is in the Document, and every entry's line is a record's or listed under one it merged into."""
    entries = [
        "Kaya, Ali. 2001. “Kafkas Cephesinde İaşe.” Tarih Dergisi 12: 10-35. https://a.example/first",
        "Kaya, Ali. 2001. “Kafkas Cephesinde İaşe.” Tarih Dergisi 12: 10-35. https://b.example/second",
        "Kaya, Ali. 2001. “Kafkas Cephesinde İaşe.” Tarih Dergisi 12: 145-167.",
        "Kaya, Ali, and Mehmet Arslan. 2001. “Kafkas Cephesinde İaşe.” Tarih Dergisi 12: 10-35.",
        "Kaya, Ali, and Ayşe Demir. 2001. “Kafkas Cephesinde İaşe.” Tarih Dergisi 12: 10-35.",
        "Kaya, Ali. 2001. “Kafkas Cephesinde İaşe.” Tarih Dergisi 12: 10-35. https://doi.org/10.1234/other",
    ]
    text = "## Kaynakça\n\n" + "\n\n".join(entries) + "\n"
    doc = parse_text(text, "six.md").to_json()
    dumped = str(doc["records"]) + str(doc["unparsed"])
    for value in ("a.example/first", "b.example/second", "145", "167", "Arslan", "Demir", "10.1234/other"):
        assert value in dumped, value
    entry_lines = [3 + 2 * k for k in range(6)]
    reachable = {r["custom"]["line"] for r in doc["records"]}
    reachable |= {m["line"] for r in doc["records"] for m in r["custom"].get("merged", [])}
    reachable |= {u["line"] for u in doc["unparsed"]}
    assert set(entry_lines) <= reachable
    assert (
        doc["counts"]["records"]
        + sum(len(r["custom"].get("merged", [])) for r in doc["records"])
        + len(doc["unparsed"])
        == 6
    )
    reasons = [a["because"] for r in doc["records"] for a in r["custom"].get("kept_apart", [])]
    assert any(r.startswith("pages ") for r in reasons) and any(r.startswith("authors ") for r in reasons)


def test_georgian_archival_notes_in_two_scripts_are_one_document():
    text = (
        "Metin.[^1] Metin.[^2]\n\n"
        "[^1]: Sakartvelos Erovnuli Arkivi, f. 1440, an. 2, s. 151, f. 12.\n\n"
        "[^2]: საქართველოს ეროვნული არქივი, ფ. 1440, ან. 2, ს. 151, ფურც. 12.\n"
    )
    doc = parse_text(text, "x.md")
    [record] = doc.records
    assert (record.archive, record.archive_location, record.archive_place) == (
        "NAG",
        "f. 1440, an. 2, s. 151, f. 12",
        "Tbilisi",
    )
    assert [item.id for c in doc.citations for item in c.items] == [record.id, record.id]


def test_armenian_archival_notes_in_three_scripts_are_one_document():
    text = (
        "Metin.[^1] Metin.[^2] Text.[^3]\n\n"
        "[^1]: ՀԱԱ, ֆ. 57, ց. 2, գ. 15, թ. 3.\n\n"
        "[^2]: National Archives of Armenia, f. 57, ts. 2, g. 15, t. 3.\n\n"
        "[^3]: Национальный архив Армении, ф. 57, оп. 2, д. 15, л. 3.\n"
    )
    doc = parse_text(text, "x.md")
    [record] = doc.records
    assert (record.type, record.archive, record.archive_location, record.archive_place) == (
        "manuscript",
        "HAA",
        "f. 57, ts. 2, g. 15, t. 3",
        "Yerevan",
    )
    assert [item.id for c in doc.citations for item in c.items] == [record.id] * 3
