"""The translator runtime reads names and language exactly as bibkit does.

``zotero_translator/runtime/names.js`` ports ``bibkit/parse/persons.py`` (``parse_persons``),
``bibkit/turkish.py`` and ``bibkit/parse/language.py`` (``detect_language``, ``scores``); it runs on
``text.js`` (tokenizer, ``fold``, phrase index, Python patterns). Fed the same inputs, it must give
Python's results: every author, editor and translator span of every annotated note and entry,
parsed with Turkish casing rules and without (``record_from_fields`` chooses per record, label.py
uses the default), and every note, entry, title and container text for the language, plus hostile
strings. One node process per test.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bibkit import turkish
from bibkit.corpus import Annotated, read_all
from bibkit.parse.language import detect_language, scores
from bibkit.parse.normalise import repair
from bibkit.parse.persons import parse_persons
from bibkit.tables import load
from tests.runtime_js import call_js

pytestmark = pytest.mark.node

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "corpus" / "blind"]
FILES = ["text.js", "names.js"]
PERSON_LABELS = {"author", "editor", "translator"}
TITLE_LABELS = {"title", "container"}

# Strings that hit the differences between Python and JavaScript text handling. (No character
# assigned after Unicode 14.0, Python 3.11's: Node's newer Unicode may case those differently.)
HOSTILE = [
    "",
    " ",
    "\t\n",
    ".,;:",
    "()[]/",
    "( . )",
    "———",
    "- – — _ .",
    "—\n",
    "\u3000\x1c\x1d\x1e\x1f\x85",
    "\ufeff",
    "\ufeffKurat, A. N.",
    "\x1cKURAT\x85Akdes Nimet\x1f",
    "Kurat\u2028Akdes",
    "Kurat\nA.\n",
    "V.\n",
    "𝔸𝔹ℂ 𝔻𝕖𝕗",
    "😀 KURAT Akdes, 😀😀",
    "𝐊𝐔𝐑𝐀𝐓 𝐀𝐤𝐝𝐞𝐬",
    "𐐀𐐨𐑀 𐐀, Deseret",
    "𝟏𝟗𝟗𝟗 Kurat",
    "S\u0327ahin, A\u0301.",
    "S\u0327AHI\u0307N Ali",
    "e\u0301e\u0301e\u0301e\u0301 a\u0308.b\u0308.",
    "\u0301\u0301\u0301",
    "İı",
    "İI ıi",
    "İSTANBUL ÜNİVERSİTESİ",
    "KILIÇ Ali, KARABEKİR Kâzım",
    "ERKIN Mehmet, ÖZDEMIR Ayşe",
    "LEWIS Bernard, WILLIAMS John",
    "ALİYEF Rauf",
    "O'NEIL Eugene",
    "D'ARCY J.",
    "ATATÜRK'ÜN",
    "ATATÜRK’ÜN NUTKU",
    "ABU-LUGHOD Janet",
    "V.A.Perfilov",
    "V.A. Perfilov",
    "G.Ya.Bakalov",
    "Иванов И. И.",
    "И. И. Иванов, П. П. Петров",
    "ИВАНОВ Иван",
    "Smith, J. (ed.)",
    "Smith, J. ( )",
    "et al.",
    "Kurat, A. N. vd.",
    "Иванов И. И. и др.",
    "ed. by John Smith and Jane Doe",
    "Haz. Ahmet Yılmaz ve Mehmet Kaya",
    "Çev. Ali Rıza",
    "под ред. И. И. Иванова",
    "KAYA Ali, ARSLAN Mehmet",
    "Andy Byford, Connor Doak, and Anna Smith",
    "Kurat, Akdes Nimet ve İnalcık, Halil",
    "Charles de Gaulle; Joseph von Hammer",
    "Fitz Sheila",
    "Haluk F. Gürsel",
    "Stanford J. Shaw & Ezel Kural Shaw",
    "Türk Tarih Kurumu",
    "Institute of Oriental Studies",
    "ǅemal ǈubović",
    "ǄEMAL Ali",
    "ß STRASSE, Hans",
    "STRAẞE Hans",
    "ŉ",
    "ﬁLIZ Ayşe",
    "Ⓐⓑ Ⓒ",
    "ªº ʰ",
    "Ⅻ XII",
    "١٢٣ ٤٥",
    "ΟΔΟΣ ΣΟΦΙΑΣ",
    "ΣΑΣ. ΟΔΟΣ' Σ",
    "Παπαδόπουλος, Γεώργιος",
    "ჯავახიშვილი, ივანე",
    "ԱՐՄԵՆ Աբեղյան",
    "محمد علي",
    "毛泽东",
    "Ελληνικά και Türkçe ve русский",
    "Voprosı İstorii",
    "Jizn' i sud'ba",
    "Türkiye'nin dış politikası ve Rusya",
    "Österreich über Straße",
    "Œuvres complètes",
    "Azərbaycan ədəbiyyatı",
    "Історія України",
    "Kurat, " * 400 + "Akdes",
    "KURAT Akdes Nimet; " * 300,
    "a" * 5000,
    "İ" * 3000 + " " + "ı" * 3000,
    "𝔸." * 2000,
]


@cache
def _documents() -> list[Annotated]:
    return list(read_all(CORPORA))


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _spans(labels: set[str]) -> list[str]:
    """The text of every span with one of ``labels``, as written and as Fields.add repairs it."""
    out = []
    for doc in _documents():
        for seq in doc.sequences:
            for span in seq.spans:
                if span.label in labels:
                    text = seq.text[span.start : span.end]
                    out += [text, repair(text)]
    return _unique(out)


def _texts() -> list[str]:
    """Every note and entry, and record_from_fields's title text of each."""
    out = []
    for doc in _documents():
        for seq in doc.sequences:
            titles = [seq.text[s.start : s.end] for s in seq.spans if s.label == "title"]
            containers = [seq.text[s.start : s.end] for s in seq.spans if s.label == "container"]
            out += [seq.text, " ".join(titles) + " " + " ".join(containers)]
    return _unique(out)


def _words(texts: Iterable[str]) -> list[str]:
    return _unique(w for t in texts for w in t.split())


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        value = dataclasses.asdict(value)
    return json.loads(json.dumps(value, ensure_ascii=False))


def _compare(calls: list[tuple[str, list[Any], Callable[..., Any]]]) -> int:
    """Run every call in Python and in one node process; fail on the first difference."""
    got = call_js(FILES, [(name, args) for name, args, _ in calls])
    assert len(got) == len(calls)
    for (name, args, python), js in zip(calls, got, strict=True):
        want = _jsonable(python(*args))
        assert js == want, (
            f"{name}({', '.join(json.dumps(a, ensure_ascii=False) for a in args)}):\n"
            f"  Python: {json.dumps(want, ensure_ascii=False)}\n"
            f"  JS:     {json.dumps(js, ensure_ascii=False)}"
        )
    return len(calls)


def test_parse_persons_as_python():
    texts = _spans(PERSON_LABELS)
    assert len(texts) > 2500
    inputs = texts + HOSTILE
    calls = [("parsePersons", [t, flag], parse_persons) for t in inputs for flag in (True, False)]
    assert _compare(calls) > 6000


def test_language_as_python():
    texts = _unique(_texts() + _spans(TITLE_LABELS))
    assert len(texts) > 5000
    inputs = texts + HOSTILE
    calls: list[tuple[str, list[Any], Callable[..., Any]]] = []
    for t in inputs:
        calls += [
            ("detectLanguage", [t, ""], detect_language),
            ("scores", [t], scores),
            ("looksTurkish", [t], turkish.looks_turkish),
        ]
    # The fallback is read only when the text gives no evidence (a title of numbers, a name).
    fallbacks = ["", "12", "Kurat 1990", "Ankara: Türk Tarih Kurumu", "М.: Наука", "Paris: Gallimard"]
    calls += [("detectLanguage", [t, f], detect_language) for t in fallbacks for f in fallbacks]
    assert _compare(calls) > 15000


def test_turkish_casing_as_python():
    words = _unique(_words(_spans(PERSON_LABELS)) + _words(HOSTILE) + HOSTILE)
    assert len(words) > 5000
    calls: list[tuple[str, list[Any], Callable[..., Any]]] = []
    for w in words:
        calls += [
            ("isCapsWord", [w], turkish.is_caps_word),
            ("dottedILikely", [w], turkish.dotted_i_likely),
            ("capitalizeWord", [w, True], turkish.capitalize_word),
            ("capitalizeWord", [w, False], turkish.capitalize_word),
            ("lower", [w, True], turkish.lower),
            ("lower", [w, False], turkish.lower),
            ("upper", [w, True], turkish.upper),
            ("upper", [w, False], turkish.upper),
        ]
    assert _compare(calls) > 40000


def _romanised_blocks() -> list[tuple[int, int]]:
    """The blocks for which names.js carries anyascii's table (TURKISH_ANYASCII_BLOCKS)."""
    source = (ROOT / "zotero_translator" / "runtime" / "names.js").read_text(encoding="utf-8")
    return [
        (int(a, 16), int(b, 16))
        for a, b in re.findall(r"^\t\[0x([0-9a-f]+), 0x([0-9a-f]+), \"", source, re.M)
    ]


def _translator_romanises(text: str, blocks: list[tuple[int, int]]) -> bool:
    """Whether to_ascii needs anyascii for ``text`` only where names.js has its table."""
    latin = {ord(k): v for k, v in load("transliteration")["latin_ascii"].items()}
    cyrillic = {}
    for k, v in load("transliteration")["ascii"].items():
        cyrillic[ord(k)] = v
        cyrillic[ord(k.upper())] = v[:1].upper() + v[1:]
    decomposed = unicodedata.normalize("NFKD", text.translate(latin).translate(cyrillic))
    return all(
        ord(c) < 128 or unicodedata.combining(c) or any(a <= ord(c) <= b for a, b in blocks)
        for c in decomposed
    )


def test_skeleton_and_to_ascii_as_python():
    texts = _unique(_spans(PERSON_LABELS | TITLE_LABELS) + HOSTILE)
    inputs = _unique(texts + _words(texts))
    calls: list[tuple[str, list[Any], Callable[..., Any]]] = [
        ("skeleton", [t], turkish.skeleton) for t in inputs
    ]
    blocks = _romanised_blocks()
    assert blocks
    romanised = [t for t in inputs if _translator_romanises(t, blocks)]
    # Only letters and signs the translator has no romanisation for are left out (Arabic, CJK,
    # emoji …): in the corpus, one title with a ♦.
    hostile = set(HOSTILE) | set(_words(HOSTILE)) | set(romanised)
    left_out = [t for t in inputs if t not in hostile]
    assert len(left_out) <= 2, left_out
    # Every character of the romanised blocks, alone and in a word.
    chars = [chr(cp) for a, b in blocks for cp in range(a, b + 1) if not 0xD800 <= cp <= 0xDFFF]
    romanised += chars + ["Kur" + c + "at" for c in chars]
    calls += [("toAscii", [t], turkish.to_ascii) for t in romanised]
    assert _compare(calls) > 20000


def test_random_strings_as_python():
    """Strings drawn from the characters and words the differences hide in (seeded: reproducible)."""
    pool = list("  \t\n\x85\u3000\ufeff.,;:-–—_()[]/&'’\"“”«»") + list("IİıiŞşĞğÇçÖöÜüÂâəƏßẞǅ")
    pool += (
        list("AaBbKkRrTtEeOoUuCcHhQqWwXx") + list("ИиВвАаНнОоВвЁёІі") + list("ΣσςΟο") + ["\u0301", "\u0307"]
    )
    pool += ["𝔸", "😀", "ⓐ", "ª", "Ⅻ", "١", "ჯ"]
    words = ["KURAT", "Akdes", "Nimet", "V.A.", "И. И.", "Иванов", "ve", "and", "et al.", "vd.", "Çev.", "ed.",
             "(ed.)", "Haz.", "de", "von", "O'NEIL", "ATATÜRK'ÜN", "ABU-LUGHOD", "ERKIN", "WILLIAMS", "İnalcık",
             "Halil", "Yay.", "Kurumu", "Jizn'", "Voprosı", "ları", "—", "ǅemal"]  # fmt: skip
    rng = random.Random(20240601)
    inputs = []
    for _ in range(1500):
        parts = [rng.choice(words) if rng.random() < 0.5 else "".join(rng.choices(pool, k=rng.randint(1, 6)))
                 for _ in range(rng.randint(0, 8))]  # fmt: skip
        inputs.append(rng.choice([" ", ", ", " ", "; "]).join(parts))
    calls: list[tuple[str, list[Any], Callable[..., Any]]] = []
    for t in inputs:
        calls += [
            ("parsePersons", [t, True], parse_persons),
            ("parsePersons", [t, False], parse_persons),
            ("detectLanguage", [t, ""], detect_language),
            ("scores", [t], scores),
            ("skeleton", [t], turkish.skeleton),
        ]
        calls += [
            ("capitalizeWord", [w, flag], turkish.capitalize_word)
            for w in t.split()
            for flag in (True, False)
        ]
    assert _compare(calls) > 7500
