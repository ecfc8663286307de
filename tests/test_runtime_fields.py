"""The translator's field normalisers (``zotero_translator/runtime/fields.js`` and the normalisers of
``normalise.js``) against ``bibkit/parse/fields.py`` and ``bibkit/parse/normalise.py``.

Fed the same text, each function must give what bibkit's gives. Inputs: the text of every
annotated span and of every labelled run (gold labels, as the labeller's fields are cut) of the
real and blind corpora, each to the normalisers of its label (dates to ``date_value``, pages and
pinpoints to ``page_value`` and ``locator_value``, places to the place helpers …), and hostile
strings of our own (Turkish dotted and dotless i, digits of other scripts, astral characters,
quotes alone, mojibake).
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

import pytest

from bibkit import corpus, turkish
from bibkit.parse import fields as F
from bibkit.parse import normalise as N
from bibkit.parse.spans import runs, token_labels
from bibkit.read import repair_mojibake
from bibkit.tables import load
from bibkit.tokens import tokenize
from tests.runtime_js import ROOT, call_js

pytestmark = pytest.mark.node

FILES = ["text.js", "names.js", "fields.js", "normalise.js"]

HOSTILE = [
    "",
    " ",
    ".",
    "«»",
    '"',
    "“Başlık.”",
    "‘Deep State.’",
    "*_Kitap_*,",
    "İKİNCİ BASKI",
    "ikinci baskı",
    "Üçüncü Baskı",
    "DIYARBAKIR İçinde: Bildiriler",
    "İN: Proceedings",
    "Cilt XVIII, Sayı 07",
    "III. Cilt I. Kısım",
    "𝔸 1859 T. VI",
    "𝟏𝟗𝟗𝟎 Kasım",
    "١٩٩٠ – ١٩٩٣",
    "۱۳۸۹",
    "12.05.2019",
    "2019-13-40",
    "KASIM 2002",
    "kasım 2002",
    "MART 1917 г.",
    "Jan. 5, 1946",
    "1991–93",
    "1991/1990",
    "1499",
    "xii+310 p.",
    "pp. 375–413, 420–22",
    "S. 45",
    "320 с.",
    "л. 5 об.",
    "vr. 3b ve 4a",
    "ll. 12–14 и 16",
    "Col. 5",
    "Vol. 3",
    "М.; Л.",
    "Moskva-Leningrad",
    "London – New York",
    "СПб",
    "Kafkas›a Savafl",
    "Kafkasýa Savaþ",
    "Ýstanbul Ðazi",
    "conflict reflection",
    "ﬁrst ﬂoor\u00ad ed\u200bition",
    "Ph.D. diss.",
    "PhD İssue",
    "Özel Sayı",
    "ÖZEL SAYISI",
    "Special  Issue",
    "DOİ: 10.1234/abc",
    "https://doi.org/10.1000/xyz). Erişim tarihi: 12 Kasım 2020.",
    "ISBN 978-5-02-036245-8",
    "Yay.",
    "конф.",
    "гг.",
    "etc.",
    "X.",
    "\x1c\x1d word \x85",
    "\ufeffword\ufeff",
    "İ" * 80,
    "a" * 61,
]

# Labels whose text each normaliser reads (in record_from_fields or label._mention).
TITLES = {"title", "container", "other", "collection"}
NUMBERS = {"volume", "issue", "collection"}
DATES = {"date", "url", "other"}
PAGES = {"pages", "pinpoint"}
LOCATORS = {"pinpoint", "locator"}
PLACES = {"place"}
KEYWORD_TEXTS = {"container", "publisher", "title", "genre", "other"}


@cache
def _texts() -> dict[str, list[str]]:
    """Every span's and every gold run's text, by label, each once, in corpus order."""
    docs = corpus.read_all([ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "corpus" / "blind"])
    out: dict[str, dict[str, None]] = {}
    for doc in docs:
        for seq in doc.sequences:
            for span in seq.spans:
                out.setdefault(span.label, {})[seq.text[span.start : span.end]] = None
            tokens = tokenize(seq.text)
            for run in runs(tokens, token_labels(tokens, seq.spans)):
                out.setdefault(run.label, {})[seq.text[run.start : run.end]] = None
    return {label: list(texts) for label, texts in out.items()}


def _of(labels: set[str]) -> list[str]:
    texts = _texts()
    seen: dict[str, None] = {}
    for label in sorted(labels):
        seen.update(dict.fromkeys(texts.get(label, [])))
    seen.update(dict.fromkeys(HOSTILE))
    return list(seen)


def _all() -> list[str]:
    seen: dict[str, None] = {}
    for texts in _texts().values():
        seen.update(dict.fromkeys(texts))
    seen.update(dict.fromkeys(HOSTILE))
    return list(seen)


def _cased(texts: list[str]) -> list[str]:
    """The texts, and each in capitals (Python's and Turkish casing) and in Turkish lower case:
    case-insensitive patterns differ most between Python and JavaScript on İ, ı, I and i."""
    out = dict.fromkeys(texts)
    for t in texts:
        out.update(dict.fromkeys((t.upper(), turkish.upper(t), turkish.lower(t))))
    return list(out)


def _words(texts: list[str]) -> list[str]:
    return list(dict.fromkeys(w for t in texts for w in re.findall(r"\S+", t)))


def _json(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {k: _json(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, tuple | list):
        return [_json(v) for v in value]
    return value


def _compare(cases: list[tuple[str, list[Any], Any]], files: list[str] = FILES) -> int:
    """Run every (function, args, bibkit's result) in one node process; the first difference fails."""
    got = call_js(files, [(name, args) for name, args, _ in cases])
    for (name, args, want), result in zip(cases, got, strict=True):
        assert result == _json(want), f"{name}{tuple(args)!r}: bibkit {_json(want)!r}, translator {result!r}"
    return len(cases)


# A JS function (evaluated by the runner) giving a match as Python's search does: code point
# offsets and the named groups (None for a group that did not take part).
MATCH_JS = """(re, texts) => texts.map((text) => {
    const m = re.exec(text);
    if (!m) return null;
    const cp = s => Array.from(s).length;
    const start = cp(text.slice(0, m.index));
    const groups = {};
    for (const [k, v] of Object.entries(m.groups || {})) groups[k] = v === undefined ? null : v;
    return [start, start + cp(m[0]), groups];
})"""


def _python_match(pattern: re.Pattern[str], text: str) -> Any:
    m = pattern.search(text)
    return None if m is None else [m.start(), m.end(), m.groupdict()]


def test_field_helpers_as_bibkit():
    everything = _all()
    words = _words(_of(DATES | NUMBERS))
    cases: list[tuple[str, list[Any], Any]] = []
    cases += [("stripField", [t], F.strip_field(t)) for t in everything]
    cases += [("number", [t], F.number(t)) for t in _of(NUMBERS | PAGES)]
    cases += [("romanToInt", [w], F.roman_to_int(w)) for w in words]
    cases += [("monthNumber", [w], F.month_number(w)) for w in _cased(words)]
    for t in _cased(_of(PLACES)):
        cases.append(("knownPlace", [t], F.known_place(t)))
        cases.append(("expandPlaceAbbreviation", [t], F.expand_place_abbreviation(t)))
        cases.append(("normalisePlace", [t], F.normalise_place(t)))
        cases.append(("normalisePlace", [N._plain(t)], F.normalise_place(N._plain(t))))
    for t in _cased(_of(KEYWORD_TEXTS)):
        for kind in F.keyword_patterns():
            cases.append(("hasKeyword", [kind, t], F.has_keyword(kind, t)))
    assert _compare(cases) > 30000


def test_field_patterns_as_bibkit():
    everything = _cased(_all())
    p = F.patterns()
    js_names = {
        "thesis": "thesis",
        "url": "url",
        "doi": "doi",
        "isbn": "isbn",
        "accessed": "accessed",
        "electronic": "electronic",
        "date": "date",
        "special_issue": "specialIssue",
    }
    calls: list[tuple[str, list[Any]]] = []
    wants: list[tuple[str, list[Any]]] = []
    for attr, js in js_names.items():
        pattern = getattr(p, attr)
        calls.append((f"(texts) => ({MATCH_JS})(patterns().{js}, texts)", [everything]))
        wants.append((attr, [_python_match(pattern, t) for t in everything]))
    for kind, pattern in F.keyword_patterns().items():
        calls.append((f"(texts) => ({MATCH_JS})(keywordPatterns().{kind}, texts)", [everything]))
        wants.append((kind, [_python_match(pattern, t) for t in everything]))
    got = call_js(FILES, calls)
    for (name, want), result in zip(wants, got, strict=True):
        for text, w, g in zip(everything, want, result, strict=True):
            assert g == w, f"pattern {name} on {text!r}: bibkit {w!r}, translator {g!r}"
    assert len(everything) > 10000


def test_normalisers_as_bibkit():
    cases: list[tuple[str, list[Any], Any]] = []
    everything = _all()
    cases += [("repairMojibake", [t], repair_mojibake(t)) for t in everything]
    cases += [("repair", [t], N.repair(t)) for t in everything]
    titles = _of(TITLES)
    cases += [("cleanTitle", [t], N.clean_title(t)) for t in titles]
    cases += [("numberValue", [t], N.number_value(t)) for t in _cased(_of(NUMBERS | PAGES))]
    cases += [("dateValue", [t], N.date_value(t)) for t in _cased(_of(DATES))]
    cases += [("editionValue", [t], N.edition_value(t)) for t in _cased(_of({"edition", "other"}))]
    cases += [("pageValue", [t], N.page_value(t)) for t in _cased(_of(PAGES))]
    cases += [("locatorValue", [t], N.locator_value(t)) for t in _cased(_of(LOCATORS | PAGES))]
    assert _compare(cases) > 20000


def test_alternation_writes_bibkit_pattern():
    """alternation() returns Python's pattern text, character for character (it is compiled later)."""
    lists = [v for v in load("abbreviations").values() if isinstance(v, list)]
    lists += [list(F.month_names()), list(load("places")["abbreviations"]), ["a b", "a", "İı", "x.y"]]
    cases: list[tuple[str, list[Any], Any]] = []
    for markers in lists:
        for space, fold, not_after in [(r"\s*", False, ""), (r"\s+", True, ""), (r"\s*", True, r"[\w.]")]:
            cases.append(
                (
                    "alternation",
                    [markers, space, fold, not_after],
                    F.alternation(markers, space, fold, not_after),
                )
            )
    assert _compare(cases) > 100
