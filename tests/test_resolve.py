"""Back-references resolve to the work they name, or are reported — never guessed."""

from __future__ import annotations

from bibkit.pipeline import parse_text

ARTICLE = """\
Metin<sup>1</sup>.

---

<sup>1</sup> Halil İnalcık, *Osmanlı İmparatorluğu Klasik Çağ*, İstanbul 2003, s. 45.

<sup>2</sup> a.e., s. 47.

<sup>3</sup> İlber Ortaylı, "Osmanlı'da Kafkas Göçleri", *Belleten*, LX/229, Ankara 1996, s. 12-40.

<sup>4</sup> İnalcık, a.g.e., s. 50.

<sup>5</sup> Ortaylı, a.g.m., s. 20.

<sup>6</sup> İnalcık, *Osmanlı İmparatorluğu*, s. 60.

<sup>7</sup> Ibid., 61.

<sup>8</sup> Ahmet Kaya, *Kafkasya*, Ankara 1999, s. 3; Ortaylı, a.g.m., s. 25.

<sup>9</sup> Aynı eser, s. 9.

<sup>10</sup> Kaya, op. cit., p. 4.
"""


def _targets(doc):
    return {c.note: [(i.id, i.locator) for i in c.items] for c in doc.citations}


def test_every_form_resolves_to_the_earlier_work():
    doc = parse_text(ARTICLE, "resolve.md")
    got = _targets(doc)
    inalcik = got[1][0][0]
    ortayli = got[3][0][0]
    kaya = got[8][0][0]
    assert got[2] == [(inalcik, "47")]  # a.e.
    assert got[4] == [(inalcik, "50")]  # Author, a.g.e.
    assert got[5] == [(ortayli, "20")]  # Author, a.g.m.
    assert got[6] == [(inalcik, "60")]  # short form: author + short title
    assert got[7] == [(inalcik, "61")]  # Ibid.
    assert got[8] == [(kaya, "3"), (ortayli, "25")]
    assert got[10] == [(kaya, "4")]  # op. cit.
    assert len(doc.records) == 3


def test_ibid_after_a_note_citing_two_works_is_ambiguous_and_reported():
    doc = parse_text(ARTICLE, "resolve.md")
    assert 9 not in _targets(doc)
    [item] = [u for u in doc.unparsed if u.kind == "mention"]
    assert "2 works" in item.reason and item.raw.startswith("Aynı eser")


def test_op_cit_with_two_works_by_the_author_is_ambiguous():
    text = (
        "[^1]: Akdes Nimet Kurat, *Türkiye ve Rusya*, Ankara 1970, s. 3.\n"
        "[^2]: Akdes Nimet Kurat, *Rusya Tarihi*, Ankara 1948, s. 9.\n"
        "[^3]: Kurat, a.g.e., s. 12.\n"
    )
    doc = parse_text(text, "x.md")
    assert {c.note for c in doc.citations} == {1, 2}
    assert "ambiguous" in doc.unparsed[0].reason


def test_russian_and_latin_back_references():
    text = (
        "[^1]: Мельтюхов М. И. Упущенный шанс Сталина. М.: Вече, 2000. С. 27.\n"
        "[^2]: Там же. С. 31.\n"
        "[^3]: Reynolds, Michael A. *Shattering Empires*. Cambridge: Cambridge University Press, 2011, p. 5.\n"
        "[^4]: Мельтюхов М. И. Указ. соч. С. 40.\n"
    )
    got = _targets(parse_text(text, "x.md"))
    assert got[2] == [(got[1][0][0], "31")]
    assert got[4] == [(got[1][0][0], "40")]


def test_bare_op_cit_refers_to_the_preceding_note():
    text = "[^1]: Ali Kaya, *Kafkas Tarihi*, Ankara 2001, s. 4.\n[^2]: a.g.e., s. 8.\n"
    got = _targets(parse_text(text, "x.md"))
    assert got[2] == [(got[1][0][0], "8")]


def _same_work_calls(works: int, notes: int = 50) -> tuple[int, list[str]]:
    """same_work calls made resolving ``notes`` × "Kaya, a.g.e." against ``works`` works by Kaya."""
    import bibkit.resolve as r
    from bibkit.model import BackReference, Date, Mention, Name, Record

    listed = [
        Record(author=[Name("Kaya", "Ali")], title=f"Kitap {i}", issued=Date(1900 + i % 120), source="list")
        for i in range(works)
    ]
    mentions = [
        Mention(note=n, line=n, raw="Kaya, a.g.e.", ref=BackReference("op_cit", "Kaya"))
        for n in range(1, notes + 1)
    ]
    calls = 0
    original = r.same_work

    def counting(a, b):
        nonlocal calls
        calls += 1
        return original(a, b)

    r.same_work = counting
    try:
        result = r.resolve(mentions, listed)
    finally:
        r.same_work = original
    return calls, [u.reason for u in result.unparsed]


def test_op_cit_among_many_works_of_one_author_is_linear_and_reported():
    small, reasons = _same_work_calls(200)
    large, _ = _same_work_calls(1600)
    # Counting distinct works would compare every pair: 50 × 200²/2 calls, then 64 times more.
    assert small <= 50 * 4 and large <= 50 * 4
    assert len(reasons) == 50 and all(reason.startswith("ambiguous: 200 entries") for reason in reasons)
