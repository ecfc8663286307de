"""The seed article in the three example styles: its hand-written Document, and where
marked ``any_seed_document`` also the Document the real parser gives."""

from __future__ import annotations

import re

import pytest

from bibkit.render import Rendering, find_style, render_document
from tests.render.conftest import needs_engine

pytestmark = needs_engine

NOTE_STYLES = [("isnad-dipnotlu", "tr-TR"), ("chicago-notes-bibliography", "en-US")]
ARCHIVAL_NOTES = {
    18: "f. 159, op. 2, d. 57, l. 3",
    21: "f. 159, op. 2, d. 57, l. 95",
    23: "f. 159, op. 2, d. 57, l. 1",
    27: "f. 159, op. 2, d. 56, l. 46",
}


@pytest.fixture(scope="module", params=NOTE_STYLES + [("gost-r-7-0-5-2008", "ru-RU")], ids=lambda p: p[0])
def rendering(request, any_seed_document):
    name, locale = request.param
    return rendered(any_seed_document, name, locale)


_CACHE: dict[tuple[int, str, str, str], Rendering] = {}


def rendered(doc: dict, style: str, locale: str, output: str = "markdown") -> Rendering:
    """One rendering per Document, style, locale and output for the whole module (node is slow)."""
    key = (id(doc), style, locale, output)  # docs are session fixtures: their ids stay theirs
    if key not in _CACHE:
        _CACHE[key] = render_document(doc, find_style(style), locale, output)
    return _CACHE[key]


def _first_form(seed_document, note: int, style: str, locale: str) -> str:
    """The same citation rendered as if it were the article's first."""
    doc = dict(seed_document)
    doc["citations"] = [c for c in seed_document["citations"] if c["properties"]["noteIndex"] == note]
    doc["notes"] = [n for n in seed_document["notes"] if n["number"] == note]
    return render_document(doc, find_style(style), locale, "markdown").notes[0].text


def test_every_note_and_record_is_rendered(rendering):
    assert [n.number for n in rendering.notes] == list(range(1, 28))
    assert len(rendering.bibliography) == 28
    assert all(n.text for n in rendering.notes)


@pytest.mark.parametrize(("style", "locale"), NOTE_STYLES)
def test_note_styles_render_everything_without_problems(any_seed_document, style, locale):
    r = rendered(any_seed_document, style, locale, "text")
    assert r.problems == []
    assert all(n.clusters for n in r.notes)


@pytest.mark.parametrize(("style", "locale"), NOTE_STYLES)
def test_archival_notes_carry_archive_and_canonical_locator(any_seed_document, style, locale):
    r = rendered(any_seed_document, style, locale, "text")
    for number, location in ARCHIVAL_NOTES.items():
        text = r.note(number).text
        assert "RGASPI" in text and "Moscow" in text
        assert location.lower() in text.lower(), text  # isnad capitalises the first letter: "F. 159"
    archival = [e.text for e in r.bibliography if e.id.startswith("rgaspi-")]
    assert len(archival) == 4 and all("RGASPI" in t and "op. 2" in t for t in archival)


@pytest.mark.parametrize(("style", "locale"), NOTE_STYLES)
@pytest.mark.parametrize(
    ("note", "earlier", "first_only"),
    [(7, 6, ["2006", "Atatürk Araştırma Merkezi"]), (26, 14, ["2011", "Saime", "Çalıştay Bildirileri"])],
)
def test_notes_7_and_26_are_subsequent_forms(any_seed_document, style, locale, note, earlier, first_only):
    r = rendered(any_seed_document, style, locale)
    later = r.note(note)
    ((cited, position),) = later.positions
    assert cited == r.note(earlier).positions[0][0]  # the work the earlier note cited
    assert r.note(earlier).positions[0][1] == "first"
    assert position in ("subsequent", "ibid", "ibid-with-locator")
    full = _first_form(any_seed_document, note, style, locale)
    assert later.text != full and len(later.text) < len(full) / 2
    for detail in first_only:
        assert detail in full and detail not in later.text
    assert "a.g.e." not in later.text and "a.g.m." not in later.text  # the source's forms are gone


def test_isnad_examples(seed_document):
    r = rendered(seed_document, "isnad-dipnotlu", "tr-TR")
    assert r.note(1).text == "Haluk F. Gürsel, *Tarih Boyunca Türk-Rus İlişkileri* (İstanbul, 1968), 182-183."
    assert r.note(7).text == "*Atatürk’ün Söylev ve Demeçleri*, 1-3/96."
    assert r.note(26).text == "Yüceer, “Atatürk Dönemi Türk-Rus İlişkilerinin Siyasi Boyutu”, 105."
    assert r.note(18).text == "(RGASPI, F. 159, op. 2, d. 57, l. 3, Moscow)."
    assert r.note(19).text.startswith("The real surname of Vyacheslav Mikhailovich Molotov (1890-1986)")
    assert r.note(19).text.endswith(
        "For more information Bk. V. N. Volkova, “Vyacheslav Mihailoviç Molotov”, "
        "*Naučno-Tehniçeskie Vedomosti SPBPU* 2 (219) (2015), 213-217."
    )
    assert r.note(16).text.count(";") == 1 and len(r.note(16).clusters) == 1


def test_gost_is_author_date_inside_the_notes(seed_document):
    r = rendered(seed_document, "gost-r-7-0-5-2008", "ru-RU")
    assert r.style_class == "in-text"
    assert r.note(6).text == "[Atatürk’ün Söylev ve Demeçleri, 2006, с. 136]"
    # In an author-date style the later citation has the same short form; no place, no publisher.
    assert r.note(7).text == "[Atatürk’ün Söylev ve Demeçleri, 2006, с. 96]"
    assert r.note(26).text == "[Yüceer, 2011, с. 105]"
    # A note of commentary keeps its closing full stop after the bracketed citation.
    assert r.note(19).text.endswith("For more information Bk. [Volkova, 2015, с. 213–217].")
    assert r.bibliography[0].text.startswith("1. Aliyef H. Kemal Atatürk’ün")
    gursel = next(e.text for e in r.bibliography if e.id == "gursel1968")
    assert re.match(r"\d+\. Gürsel H\. F\. Tarih Boyunca Türk-Rus İlişkileri\.", gursel)


def test_gost_prints_archival_documents_by_their_canonical_locator(seed_document):
    # gost-r-7-0-5-2008.csl has no archive variables at all: citeproc-js gives "[CSL STYLE ERROR:
    # reference with no printed form.]" for an untitled archival document. bibkit prints the
    # archive and canonical locator instead, and says so.
    r = rendered(seed_document, "gost-r-7-0-5-2008", "ru-RU")
    for number in ARCHIVAL_NOTES:
        assert r.note(number).text.startswith("RGASPI, f. 159, op. 2, d. 5")
        assert any(p.startswith(f"note {number}: ") and "canonical" in p for p in r.problems)
    archival = [e.text for e in r.bibliography if e.id.startswith("rgaspi-")]
    assert len(archival) == 4 and all("RGASPI, f. 159, op. 2" in t for t in archival)
    assert len(r.problems) == 8  # 4 notes + 4 bibliography entries, nothing else
    assert all("CSL STYLE ERROR" not in n.text for n in r.notes)
