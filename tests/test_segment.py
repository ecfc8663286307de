"""Segmenting articles: footnotes, reference lists, page breaks, bare lists."""

from __future__ import annotations

from bibkit.segment import (
    ENTRY_JOIN_THRESHOLD,
    NOTE_JOIN_THRESHOLD,
    entry_continuation_score,
    heading_kind,
    join_lines,
    note_continuation_score,
    segment,
)

MARKDOWN_ARTICLE = """\
## Osmanlı'dan Cumhuriyet'e Kafkasya Politikası

**Ayşe Demirtaş\\***

### Giriş

Birinci Dünya Savaşı yıllarında Kafkasya<sup>1</sup> önemli bir cephe oldu<sup>2</sup>.
Bu dönemde Enver Paşa'nın planları

---

\\* Doç. Dr., Ege Üniversitesi, ayse@example.org
Makale geliş tarihi: 01.02.2020

<sup>1</sup> Michael A. Reynolds, *Shattering Empires*, Cambridge 2011, s. 45.

<sup>2</sup> Bu konuda ayrıntılı bir değerlendirme için bk. Halil İnalcık, *Osmanlı

devlet adamlarının<sup>3</sup> görüşleri de dikkate alınmalıdır.

---

İmparatorluğu Klasik Çağ*, İstanbul 2003, s. 12.

<sup>3</sup> Ahmet Yılmaz, *Kafkas Cephesi*, Ankara 1999, s. 7.

### Kaynakça

- İNALCIK Halil, Osmanlı İmparatorluğu Klasik Çağ, İstanbul 2003.
- REYNOLDS Michael A., Shattering Empires, Cambridge 2011.
- YILMAZ Ahmet, Kafkas Cephesi, Türk Tarih Kurumu Yayınları,

---

<sup>4</sup> Yılmaz, a.g.e., s. 9.

- Ankara 1999.
"""


def test_markdown_notes_are_found_and_joined_across_a_page_break():
    seg = segment(MARKDOWN_ARTICLE)
    assert [n.number for n in seg.notes] == [1, 2, 3, 4]
    note2 = seg.notes[1].text
    assert note2.startswith("Bu konuda") and note2.endswith("İstanbul 2003, s. 12.")
    assert "devlet adamlarının" not in note2  # the next page's body is not part of the note
    assert len(seg.notes[1].spans) == 2


def test_author_note_is_not_a_footnote():
    seg = segment(MARKDOWN_ARTICLE)
    assert all("ayse@example.org" not in n.text for n in seg.notes)
    assert seg.skipped and seg.skipped[0][1] == "author note"


def test_reference_list_entries_joined_across_page_break_and_footnote():
    seg = segment(MARKDOWN_ARTICLE)
    assert [e.text for e in seg.entries] == [
        "İNALCIK Halil, Osmanlı İmparatorluğu Klasik Çağ, İstanbul 2003.",
        "REYNOLDS Michael A., Shattering Empires, Cambridge 2011.",
        "YILMAZ Ahmet, Kafkas Cephesi, Türk Tarih Kurumu Yayınları, Ankara 1999.",
    ]
    assert seg.heading_line is not None


def test_markdown_footnote_definitions():
    text = "Metin[^1] ve devamı[^2].\n\n[^1]: Ali Kaya, *Kafkas Tarihi*, Ankara 2001, s. 4.\n[^2]: Kaya, a.g.e., s. 8.\n"
    seg = segment(text)
    assert [(n.number, n.text) for n in seg.notes] == [
        (1, "Ali Kaya, *Kafkas Tarihi*, Ankara 2001, s. 4."),
        (2, "Kaya, a.g.e., s. 8."),
    ]


def test_plain_text_article_with_numbered_foot_notes():
    text = (
        "The war in the Caucasus 1 changed the region.\n\n"
        "---\n\n"
        "1 Ronald Grigor Suny, The Making of the Georgian Nation, Bloomington 1988, p. 12.\n"
        "2 Suny, op. cit., p. 40.\n\n"
        "Bibliography\n\n"
        "Suny, Ronald Grigor. The Making of the Georgian Nation. Bloomington: Indiana University Press, 1988.\n"
    )
    seg = segment(text)
    assert [n.number for n in seg.notes] == [1, 2]
    assert seg.kind == "text"
    assert len(seg.entries) == 1


def test_russian_heading_and_numbered_entries():
    text = (
        "Текст статьи.\n\nСписок литературы\n\n"
        "1. Мельтюхов М. И. Упущенный шанс Сталина. М.: Вече, 2000. 608 с.\n"
        "2. Соколов Б. В. Правда о Великой Отечественной войне. СПб.: Алетейя, 1998. 448 с.\n"
    )
    seg = segment(text)
    assert [e.text[:10] for e in seg.entries] == ["Мельтюхов ", "Соколов Б."]


def test_bare_list_one_entry_per_line_with_wrapped_continuation():
    text = (
        "KAYA Ali, “Kafkas Cephesinde 1916 Harekâtı”, Ankara\n"
        "Üniversitesi Dil ve Tarih-Coğrafya Fakültesi Dergisi, 12/3 (1970), s. 5-19.\n"
        "ORTAYLI İlber, İmparatorluğun En Uzun Yüzyılı, İstanbul 1983.\n"
    )
    seg = segment(text)
    assert seg.kind == "list"
    assert len(seg.entries) == 2
    assert seg.entries[0].text.endswith("s. 5-19.")


def test_bare_list_in_paragraphs():
    text = (
        "Pipes, Richard. The Russian Revolution. New York:\nKnopf, 1990.\n\n"
        "Kotkin, Stephen. Stalin: Paradoxes of Power, 1878-1928.\nNew York: Penguin Press, 2014.\n"
    )
    seg = segment(text)
    assert [e.text for e in seg.entries] == [
        "Pipes, Richard. The Russian Revolution. New York: Knopf, 1990.",
        "Kotkin, Stephen. Stalin: Paradoxes of Power, 1878-1928. New York: Penguin Press, 2014.",
    ]


def test_hyphenated_line_break_is_undone():
    assert join_lines("Osmanlı Devleti ve Kafkas-", "ya Meselesi") == "Osmanlı Devleti ve Kafkasya Meselesi"
    assert join_lines("Brest-", "Litovsk") == "Brest- Litovsk"


def test_stray_page_numbers_are_dropped():
    text = "AKSAN Virginia, Ottoman Wars 1700-1870, Harlow:\n\n214\n\nLongman, 2007.\n"
    seg = segment(text)
    assert [e.text for e in seg.entries] == ["AKSAN Virginia, Ottoman Wars 1700-1870, Harlow: Longman, 2007."]


def test_note_continuation_score():
    assert note_continuation_score("see the letters of the", "in 1926 he", True, True) >= NOTE_JOIN_THRESHOLD
    assert note_continuation_score("Ankara 1999, s. 4.", "The war began", True, False) < NOTE_JOIN_THRESHOLD
    assert note_continuation_score("unfinished note", "body text", False, False) < NOTE_JOIN_THRESHOLD


def test_entry_continuation_score():
    assert (
        entry_continuation_score("KAYA Ali, “Title”, Ankara", "Üniversitesi Dergisi, 3 (1970).", False, False)
        >= ENTRY_JOIN_THRESHOLD
    )
    assert (
        entry_continuation_score("RGVA, f. 33987, op. 3, d. 2", "GARF, f. 1235, op. 1", False, False)
        < ENTRY_JOIN_THRESHOLD
    )
    assert (
        entry_continuation_score("Pipes, R. Title. 1990.", "Kotkin, S. Stalin. 2014.", False, False)
        < ENTRY_JOIN_THRESHOLD
    )
    assert entry_continuation_score("Ahmet, Title,", "ankara 1990.", False, False) >= ENTRY_JOIN_THRESHOLD


def test_headings():
    assert heading_kind("### **Kaynakça**", alone=True) == "bibliography"
    assert heading_kind("**5. KAYNAKÇA:**", alone=True) == "bibliography"
    assert heading_kind("Список литературы", alone=True) == "bibliography"
    assert heading_kind("Arşiv Belgeleri", alone=True) == "bibliography_parts"
    assert heading_kind("## Introduction", alone=True) == "other"
    assert heading_kind("Kaynakça gösterimi hakkında uzun bir cümle", alone=False) is None
