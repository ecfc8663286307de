"""The translator's records (``zotero_translator/runtime/normalise.js``) against
``bibkit.parse.normalise.record_from_fields(…).to_csl()``.

From the same labels, the translator must make bibkit's CSL item, whole (id, type, every field,
``custom`` with the raw text): for every entry of every annotated list (source ``list``, the
authors of the entry before it for a ditto dash) and for every work of every annotated note, cut
into works as ``bibkit.parse.label`` cuts them (``runs`` → ``split_works`` → ``fields_of`` →
``record_from_fields``; then ``absorb_pinpoint`` and the pinpoint's locator, as ``_mention``
does), with the gold labels of the real and blind corpora. Plus hand-made fields.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from bibkit import corpus
from bibkit.parse.label import _CITING, fields_of, split_works
from bibkit.parse.normalise import Fields, absorb_pinpoint, locator_value, record_from_fields
from bibkit.parse.spans import runs, token_labels
from bibkit.tokens import tokenize
from tests.runtime_js import ROOT, call_js

pytestmark = pytest.mark.node

RUNTIME = ROOT / "zotero_translator" / "runtime"
FILES = ["text.js", "names.js", "archives.js", "fields.js", "normalise.js"]

# Hand-made works: (fields in order, raw text, source).
HAND_MADE: list[tuple[list[tuple[str, str]], str, str]] = [
    ([("author", "———"), ("title", "«Başka Bir Kitap»")], "——— «Başka Bir Kitap»", "list"),
    ([("author", "KILIÇ, Ali"), ("editor", "(haz.)"), ("title", "“Kafkas›a Savafl.”")], "x", "list"),
    ([("title", "İKİNCİ DÜNYA"), ("edition", "İkinci Baskı"), ("date", "١٩٩٠")], "İ", "list"),
    (
        [("title", "T"), ("volume", "III. Cilt I. Kısım"), ("issue", "2 (219)"), ("pages", "pp. 5–9")],
        "t",
        "list",
    ),
    ([("title", "T"), ("issue", "7"), ("pinpoint", "s. 45")], "t", "note"),
    ([("title", "T"), ("url", "https://doi.org/10.1000/xyz). Erişim tarihi: 12 Kasım 2020.")], "t", "list"),
    ([("title", "T"), ("other", "ISBN 978-5-02-036245-8"), ("other", "Atatürk Özel Sayısı")], "t", "list"),
    ([("title", "T"), ("genre", "[Электронный ресурс]"), ("genre", "Дисс. … канд. ист. наук")], "t", "list"),
    ([("archive", "РГАСПИ"), ("locator", "Ф. 159. Оп. 2. Д. 57. Л. 3 об.")], "РГАСПИ. Ф. 159", "note"),
    ([("archive", "BOA"), ("locator", "DH.KMS, 50-1/12")], "BOA, DH.KMS, 50-1/12", "list"),
    ([("archive", "Some Archive"), ("locator", "f. 12, op. 3, d. 4")], "s", "list"),
    ([("archive", "Unknown")], "Unknown", "list"),
    (
        [("place", "М.; Л."), ("place", "Moskva"), ("publisher", "(Наука)"), ("date", "Март 1917 г. … 1966")],
        "М",
        "list",
    ),
    ([("container", "In: 𝔸 Proceedings of the Congress"), ("title", "“")], "", "list"),
    ([], "", "list"),
]

# Hand-made notes, as (label, text) pieces (label "" for what lies between spans): archival
# pinpoints that continue the locator (absorbed) and that do not, two works, a back-reference.
HAND_MADE_NOTES: list[list[tuple[str, str]]] = [
    [
        ("archive", "RGASPI"),
        ("", ", "),
        ("locator", "f. 495, op. 154"),
        ("", ", "),
        ("pinpoint", "d. 12, l. 3"),
        ("", "."),
    ],
    [
        ("archive", "NAG"),
        ("", ", "),
        ("locator", "f. 1440, an. 2"),
        ("", ", "),
        ("pinpoint", "s. 151, f. 12"),
    ],
    [
        ("archive", "ГАРФ"),
        ("", ". "),
        ("locator", "Ф. 102. Оп. 1"),
        ("", ". "),
        ("pinpoint", "Д. 5. Л. 3 об."),
    ],
    [("archive", "BOA"), ("", ", "), ("locator", "DH.KMS"), ("", ", "), ("pinpoint", "50-1/12")],
    [
        ("author", "Kurat"),
        ("", ", "),
        ("title", "Türkiye ve Rusya"),
        ("", ", "),
        ("pinpoint", "s. 45"),
        ("sep", "; "),
        ("backref", "a.g.e."),
        ("", ", "),
        ("pinpoint", "s. 𝟒𝟔"),
        ("sep", "; "),
        ("prefix", "Ayrıca bk. "),
        ("author", "Zeine"),
        ("", ", "),
        ("pinpoint", "p. 144 ve 150"),
    ],
]


def _hand_made_note(pieces: list[tuple[str, str]]) -> tuple[str, list[corpus.Span]]:
    text, spans = "", []
    for label, piece in pieces:
        if label:
            spans.append(corpus.Span(len(text), len(text) + len(piece), label))
        text += piece
    return text, spans


def _ready() -> None:
    missing = [f for f in ("names.js", "archives.js") if not (RUNTIME / f).exists()]
    if missing:
        pytest.skip("runtime/names.js or archives.js not ready")


@cache
def _documents() -> list[corpus.Annotated]:
    return list(corpus.read_all([ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "corpus" / "blind"]))


def _first_difference(want: Any, got: Any) -> str:
    if isinstance(want, dict) and isinstance(got, dict):
        for key in sorted(set(want) | set(got)):
            if want.get(key) != got.get(key):
                return f"{key}: bibkit {want.get(key)!r}, translator {got.get(key)!r}"
    return f"bibkit {want!r}, translator {got!r}"


def _check(inputs: list[Any], wants: list[Any], results: list[Any]) -> None:
    for given, want, got in zip(inputs, wants, results, strict=True):
        assert got == want, f"{given!r}\n{_first_difference(want, got)}"


def test_every_list_entry_makes_bibkit_record():
    _ready()
    calls, wants, inputs = [], [], []
    for doc in _documents():
        previous = None
        for seq in doc.sequences:
            if seq.kind != "ref":
                continue
            tokens = tokenize(seq.text)
            labels = token_labels(tokens, seq.spans)
            works = split_works(runs(tokens, labels), "ref")
            fields = fields_of(seq.text, works[0]) if works else Fields()
            record = record_from_fields(fields, seq.text, "list", seq.line, previous)
            authors = None if previous is None else [n.to_csl() for n in previous.author]
            js_tokens = [{"text": t.text, "start": t.start, "end": t.end, "space": t.space} for t in tokens]
            calls.append(("parseEntry", [seq.text, labels, seq.line, "list", authors, js_tokens]))
            wants.append(record.to_csl())
            inputs.append((doc.path, seq.line, seq.text))
            previous = record
    _check(inputs, wants, call_js(FILES, calls))
    assert len(calls) > 2000


def _python_note(text: str, labels: list[str], line: int) -> list[Any]:
    """label._mention as far as the record: one item per work, None where no record is made."""
    out: list[Any] = []
    for work in split_works(runs(tokenize(text), labels), "note"):
        fields = fields_of(text, work)
        if fields.has("backref") or not (work.labels() & _CITING):
            out.append(None)
            continue
        raw = text[work.start : work.end]
        pinpoints = fields.get("pinpoint")
        locator, label = locator_value(" ".join(pinpoints)) if pinpoints else ("", "")
        record = record_from_fields(fields, raw, "note", line)
        csl = record.to_csl()
        absorbed = bool(pinpoints) and absorb_pinpoint(record, " ".join(pinpoints))
        if absorbed:
            locator, label = "", ""
        out.append(
            {
                "start": work.start,
                "end": work.end,
                "raw": raw,
                "record": csl,
                "absorbed": record.to_csl() if absorbed else None,
                "locator": locator,
                "label": label,
            }
        )
    return out


def test_every_work_of_every_note_makes_bibkit_record():
    _ready()
    calls, wants, inputs = [], [], []
    for doc in _documents():
        for seq in doc.sequences:
            if seq.kind != "note":
                continue
            tokens = tokenize(seq.text)
            labels = token_labels(tokens, seq.spans)
            js_tokens = [{"text": t.text, "start": t.start, "end": t.end, "space": t.space} for t in tokens]
            calls.append(("noteRecords", [seq.text, labels, seq.line, js_tokens]))
            wants.append(_python_note(seq.text, labels, seq.line))
            inputs.append((doc.path, seq.line, seq.text))
    for pieces in HAND_MADE_NOTES:
        text, spans = _hand_made_note(pieces)
        tokens = tokenize(text)
        labels = token_labels(tokens, spans)
        js_tokens = [{"text": t.text, "start": t.start, "end": t.end, "space": t.space} for t in tokens]
        calls.append(("noteRecords", [text, labels, 3, js_tokens]))
        wants.append(_python_note(text, labels, 3))
        inputs.append(("hand-made", 3, text))
    assert sum(w is not None and w["absorbed"] is not None for want in wants for w in want) >= 3
    results = call_js(FILES, calls)
    works = 0
    for given, want, got in zip(inputs, wants, results, strict=True):
        assert len(got) == len(want), f"{given!r}: bibkit {len(want)} works, translator {len(got)}"
        for w, g in zip(want, got, strict=True):
            if w is not None and g is not None:
                for key in ("record", "absorbed"):
                    assert g[key] == w[key], f"{given!r}\n{key} {_first_difference(w[key], g[key])}"
            assert g == w, f"{given!r}\n{_first_difference(w, g)}"
            works += w is not None
    assert works > 1000


def test_hand_made_fields_make_bibkit_record():
    _ready()
    calls, wants = [], []
    for order, raw, source in HAND_MADE:
        fields = Fields()
        for label, text in order:
            fields.add(label, text)
        wants.append(record_from_fields(fields, raw, source, 7).to_csl())
        calls.append(("recordFromFields", [[list(p) for p in order], raw, source, 7, None]))
    # A ditto dash takes the previous record's names.
    fields = Fields()
    fields.add("author", "———")
    fields.add("title", "Kitap")
    previous = record_from_fields(_one("author", "Kurat, Akdes Nimet"), "x", "list", 1)
    wants.append(record_from_fields(fields, "——— Kitap", "list", 2, previous).to_csl())
    calls.append(
        (
            "recordFromFields",
            [
                [["author", "———"], ["title", "Kitap"]],
                "——— Kitap",
                "list",
                2,
                [n.to_csl() for n in previous.author],
            ],
        )
    )
    _check(calls, wants, call_js(FILES, calls))


def _one(label: str, text: str) -> Fields:
    fields = Fields()
    fields.add(label, text)
    return fields
