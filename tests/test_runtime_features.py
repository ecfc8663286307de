"""The translator runtime computes the finder's line features exactly as bibkit does.

``zotero_translator/runtime/`` ports ``bibkit/find/features.py`` (and the tokenizer, folding and
phrase lexicons it uses) to JavaScript, to be inlined into the Zotero translator so that it runs
the same models. Its feature strings must be Python's, string for string: the node script
``test/runtime-features.mjs`` computes them for every annotated document of the corpus and for
hostile line lists, in one node process, and they are compared with ``document_features``.
Another test compares how the runtime reads every Unicode character (Python's ``\\w``, ``\\d``,
``\\s``, ``str.isalpha`` …, ``fold``) with Python.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from bibkit.corpus import read_all
from bibkit.find.features import document_features
from bibkit.lexicon import fold, spec
from bibkit.tables import load

pytestmark = pytest.mark.node

ROOT = Path(__file__).resolve().parent.parent
TRANSLATOR_DIR = ROOT / "zotero_translator"
SCRIPT = TRANSLATOR_DIR / "test" / "runtime-features.mjs"
CORPORA = [ROOT / "tests" / "corpus" / "real", ROOT / "tests" / "corpus" / "blind"]

# Line lists that hit the differences between Python and JavaScript text handling.
HOSTILE: dict[str, list[str]] = {
    "empty": [],
    "blank": ["", "   ", "\t", "\u3000", "\x1c\x1d\x1e\x1f", "\x85", "\u2028", "\xa0 \u2009"],
    # Note numbers that are digits to str.isdigit() but not decimal: no number for the finder.
    "digit-markers": ["[^①]: Smith, *Title*, 1990.", "[^₂]: Ibid., p. 5.", "[^3]: Kaya, a.g.e., s. 4."],
    "bom": ["\ufeff", "\ufeffKaynakça", "\ufeff 1. Kurat, A. N. Türkiye ve Rusya. Ankara 1970."],
    "astral": [
        "1. 𝔸𝔹ℂ 𝔻𝕖𝕗, 😀 “Başlık”, 1999, s. 12.",
        "😀😀😀😀",
        "𝐀𝐁𝐂𝐃 𝐄𝐅𝐆",
        "𝔸" * 70 + " 2001",
        "2. " + "😀" * 230 + " Kurat 1990 pp. 1-2",
        "- 𐐀𐐨𐑀 (Deseret) Ankara, 2005",
        "𝟏𝟐. 𝟏𝟗𝟗𝟗 𝟐𝟎𝟎𝟎",
    ],
    "combining": [
        "Ş\u0327ahin, A\u0301. “Tarih”, 1998.",
        "e\u0301e\u0301e\u0301e\u0301 a\u0308.b\u0308. 2001",
        "\u0301\u0301\u0301 1905",
    ],
    "casing": [
        "İSTANBUL ÜNİVERSİTESİ YAYINLARI",
        "İbid., s. 5.",
        "ıbıd. 12",
        "IBID., p. 7.",
        "A.g.e., s. 45.",
        "ΟΔΟΣ ΚΑΙ ΣΟΦΙΑ, 1990",
        "ǅemal ǈubović ǋ, 2001",
        "ß STRASSE ẞ 1999",
        "Ёлкин Ё. ЁЛКА // Вопросы истории. 1990. № 3. С. 5–10.",
        "ﬁ ﬂ ﬀ ligatures, 2004",
    ],
    "separators": [
        "1. Kurat,\u2028A. N. 1970.",
        "\u20282. Devlet, N. 1985.",
        "3.\u2029Kırımlı, H. 1996.",
        "4.\x85Ortaylı, İ. 1983.",
        "5.\x1cKüçük, A. 1990.",
        "a\u2028",
        "Kaynakça\n",
        "**Notlar**\n",
        "12\n",
        "---\n",
        "1. Kurat 1970, s. 12\n",
        "Glued Kurat.12\n",
        "2. CRLF line, 1985.\r",
        "3. two\nlines in one, p. 4",
    ],
    "tabs": [
        "\t1.\tKurat, A. N.\tTürkiye ve Rusya,\tAnkara 1970.",
        "\t\t\tİbid., s. 45.",
        "  \t  2)\tDevlet 1985",
        "\t- bullet\t",
        "\t",
        "    indented continuation line that goes on and on without any ending",
    ],
    "long": [
        "1. " + "Kurat, A. N., Türkiye ve Rusya, Ankara 1970, s. 12-15; " * 60,
        "x" * 5000,
        " ".join(["Ankara"] * 400),
        "https://example.org/" + "a" * 300 + "/b.pdf.",
    ],
    "punctuation": [
        "---",
        "***",
        "* * *",
        "- - -",
        "___",
        "\f",
        "\f\f",
        "...",
        "!!!???",
        '“”«»„"',
        "—",
        "– 12 –",
        "(iv)",
        "[12]",
        "// //",
        "**Kaynakça**",
        "__Notlar:__",
        "# Bibliography",
        "## 2. Kaynaklar",
    ],
    "scripts": [
        "1. Иванов И. И. История России. М.: Наука, 1990. 320 с.",
        "2. Петров П. П. Там же. С. 15.",
        "Литература",
        "ЛИТЕРАТУРА",
        "3. ჯავახიშვილი ი. ქართველი ერის ისტორია. თბილისი, 1960. გვ. 12.",
        "4. ابن خلدون، المقدمة، بيروت ١٩٨٤، ص. ٢٣.",
        "٥. ابن خلدون ١٩٨٤",
        "5. 中国历史 1990 第12页",
        "6. हिन्दी १९९० पृ. १२",
        "Примечания",
        "¹ Kurat 1970, s. 5.",
        "²³ Devlet, 1985.",
        "[^1]: Kurat, Türkiye, s. 12.",
        "[^١٢]: Arabic-Indic digits, 1984.",
        "[^12345678901234567890]: a very long note number",
        "[^12345678901234567891]: the next one",
        "<sup>3</sup> Ortaylı 1983.",
        "Text with a glued note marker Kurat.12 and more",
        "Metin içinde dipnot¹ işareti",
        "text[^4] inline",
    ],
    "numbers": [
        "1. One.",
        "2. Two.",
        "2. Two again.",
        "1999. Not a marker.",
        "7 bare number start",
        "12",
        "[3]",
        "(4) Paren.",
        "^5^ caret",
        "0012. Leading zeros.",
        "13Kurat glued",
        "xiv",
        "- 15 -",
    ],
}


def _need_node() -> None:
    if shutil.which("node") is None:
        pytest.skip("node is not installed: the translator runtime is JavaScript")


def _tables() -> dict[str, object]:
    """Every table the finder's features read: the spec, markers, headings and lexicon sources."""
    names = {"features", "markers", "headings"}
    names |= {source[0] for sources in spec()["lexicons"].values() for source in sources}
    return {name: load(name) for name in sorted(names)}


def _documents() -> list[tuple[str, list[str]]]:
    docs = [(f"{Path(d.path).parent.name}/{d.group}", d.lines) for d in read_all(CORPORA)]
    docs += [(f"hostile/{name}", lines) for name, lines in HOSTILE.items()]
    # Each hostile line alone too: document features and windows then see it without neighbours.
    docs += [
        (f"hostile/{name}#{k}", [line]) for name, lines in HOSTILE.items() for k, line in enumerate(lines)
    ]
    return docs


def _node(args: list[str], stdin: str | None = None) -> str:
    result = subprocess.run(
        ["node", str(SCRIPT), *args],
        cwd=TRANSLATOR_DIR,
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-6000:]
    return result.stdout


def _first_difference(doc_id: str, lines: list[str], want, got) -> str:
    want_index, want_features = want
    if got["index"] != want_index:
        return f"{doc_id}: index differs\n  python: {want_index}\n  js:     {got['index']}"
    for k, (w, g) in enumerate(zip(want_features, got["features"], strict=False)):
        if w != g:
            line = want_index[k]
            only_py = [f for f in w if f not in g]
            only_js = [f for f in g if f not in w]
            order = (
                "" if only_py or only_js else f"\n  same features, other order:\n  python: {w}\n  js:     {g}"
            )
            return (
                f"{doc_id}, line {line}: {lines[line]!r}\n"
                f"  only in python: {only_py}\n  only in js:     {only_js}{order}"
            )
    return f"{doc_id}: {len(want_features)} feature rows in python, {len(got['features'])} in js"


def test_documents_have_the_same_features_in_javascript():
    _need_node()
    docs = _documents()
    assert len({doc_id for doc_id, _ in docs}) == len(docs), "document ids must be unique"
    payload = {"data": _tables(), "documents": [{"id": i, "lines": lines} for i, lines in docs]}
    results = json.loads(_node([], json.dumps(payload, ensure_ascii=False)))
    differing = []
    for doc_id, lines in docs:
        index, features = document_features(lines)
        got = results[doc_id]
        if got["index"] != index or got["features"] != features:
            differing.append(_first_difference(doc_id, lines, (index, features), got))
    corpus = sum(1 for doc_id, _ in docs if not doc_id.startswith("hostile/"))
    assert corpus > 200, f"only {corpus} corpus documents read"
    assert not differing, f"{len(differing)} of {len(docs)} documents differ; first:\n{differing[0]}"


def _ranges(test) -> list[list[int]]:
    out: list[list[int]] = []
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF or not test(chr(cp)):
            continue
        if out and (out[-1][1] == cp - 1 or (out[-1][1] == 0xD7FF and cp == 0xE000)):
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def _expand(ranges: list[list[int]]) -> set[int]:
    return {cp for first, last in ranges for cp in range(first, last + 1) if not 0xD800 <= cp <= 0xDFFF}


def test_runtime_reads_every_assigned_character_as_python():
    """Python's re classes and str methods, fold and int(), for every code point Python's Unicode
    database assigns. Characters assigned in later Unicode versions than Python's are left out: a
    JavaScript engine with a newer Unicode reads them as letters or digits, Python as unassigned."""
    _need_node()
    js = json.loads(_node(["--unicode"]))
    python = {
        "strip": lambda ch: not ch.strip(),
        "reSpace": re.compile(r"\s").fullmatch,
        "reNonSpace": re.compile(r"\S").fullmatch,
        "reWord": re.compile(r"\w").fullmatch,
        "reNonWord": re.compile(r"\W").fullmatch,
        "reDecimal": re.compile(r"\d").fullmatch,
        "reLetter": re.compile(r"[^\W\d_]").fullmatch,
        "isalpha": str.isalpha,
        "isupper": str.isupper,
        "isdigit": str.isdigit,
        "isdecimal": str.isdecimal,
    }
    assigned = {
        cp for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and unicodedata.category(chr(cp)) != "Cn"
    }
    problems = []
    for name, test in python.items():
        want = _expand(_ranges(test)) & assigned
        got = _expand(js["classes"][name]) & assigned
        if want != got:
            problems.append(
                f"{name}: only python {sorted(map(hex, want - got))[:20]}, only js {sorted(map(hex, got - want))[:20]}"
            )
    js_fold = {int(k): v for k, v in js["fold"].items()}
    fold_diff = [hex(cp) for cp in sorted(assigned) if fold(chr(cp)) != js_fold.get(cp, chr(cp))]
    if fold_diff:
        problems.append(f"fold: {fold_diff[:20]}")
    js_int = {int(k): v for k, v in js["int"].items()}
    int_diff = [hex(cp) for cp in sorted(assigned) if chr(cp).isdecimal() and int(chr(cp)) != js_int.get(cp)]
    if int_diff:
        problems.append(f"int: {int_diff[:20]}")
    assert not problems, "\n".join(problems)
