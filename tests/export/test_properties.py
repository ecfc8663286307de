"""Property: whatever a record holds, every export reads back to the same values, entry for entry.

Records are generated with hostile text (braces, backslashes, TeX and RIS syntax, line breaks,
control characters) in titles, names and every other mapped field. Each export is read back with
the independent readers of ``readback.py`` and each mapped field compared with the CSL value as
the format can carry it: cleaned to one line (``text.clean``); for classic BibTeX also
transliterated from Cyrillic (so its alphabet is the one BibTeX can spell in ASCII); for RIS with
the commas Zotero would split names at written as spaces.
"""

from __future__ import annotations

import json
import os
import re
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bibkit import export
from bibkit.export import biblatex, extra, mapping
from bibkit.export.keys import assign
from bibkit.export.latex import transliterate
from bibkit.export.text import clean, clean_verbatim, range_parts, visible_deep
from tests.export.readback import count_bib, read_bib, read_csl, read_note_variables, read_ris, ris_name

SETTINGS = settings(
    max_examples=500 if os.environ.get("CI") else 40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HOSTILE = [
    "{", "}", "{{", "}}", "\\", "\\input{/etc/passwd}", "\\write18{x}", "%", "#", "&", "$", "^", "~", "_", "@",
    "@book{x,", "\n", "\r\n", "\nER  - \n", "\nTY  - JOUR", "\t", "\x00", "\x1b", "\u2028", "\x85", " and ", " AND ",
    "others", ",", "--", "---", "''", "``", "`", "<<", ">>", "\"", "'", "  ", "&amp;", "<b>", "№",
]  # fmt: skip
# What classic BibTeX can spell in ASCII: printable ASCII, Turkish and other Latin letters with
# accents, Cyrillic (transliterated), white space and controls (removed).
BIBTEX_ALPHABET = (
    "".join(chr(c) for c in range(32, 127))
    + "çğıöşüÇĞİÖŞÜâîûÂÎÛéèàäëïñåøæœłßÉ"
    + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
    + " \t\n\r\x00\x07\u2028\u00a0\u200b"
)
UNICODE = st.characters(exclude_categories=("Cs",))


def _text(alphabet: Any) -> st.SearchStrategy[str]:
    pieces = st.one_of(st.text(alphabet, max_size=8), st.sampled_from(HOSTILE))
    return st.lists(pieces, max_size=5).map("".join)


def _names(text: st.SearchStrategy[str]) -> st.SearchStrategy[list[dict[str, str]]]:
    person = st.fixed_dictionaries({"family": text, "given": text})
    family_only = st.fixed_dictionaries({"family": text})
    literal = st.fixed_dictionaries({"literal": text})
    return st.lists(st.one_of(person, family_only, literal), max_size=3)


@st.composite
def items(draw: st.DrawFn, alphabet: Any) -> dict[str, Any]:
    text = _text(alphabet)
    item: dict[str, Any] = {
        "id": draw(text),
        "type": draw(
            st.sampled_from(
                [
                    "book",
                    "chapter",
                    "article-journal",
                    "paper-conference",
                    "thesis",
                    "entry-encyclopedia",
                    "manuscript",
                    "report",
                    "webpage",
                    "document",
                ]
            )
        ),
    }
    optional = {
        "title": text,
        "container-title": text,
        "collection-title": text,
        "volume-title": text,
        "author": _names(text),
        "editor": _names(text),
        "translator": _names(text),
        "volume": text,
        "issue": text,
        "part": text,
        "edition": text,
        "page": text,
        "number-of-pages": text,
        "publisher": text,
        "publisher-place": text,
        "genre": text,
        "language": st.sampled_from(["tr", "ru", "en", "de", "ru-Latn", "xx"]),
        "archive": text,
        "archive_location": text,
        "archive-place": text,
        "URL": text,
        "DOI": text,
        "note": text,
        "issued": st.builds(
            lambda y, rest: {"date-parts": [[y, *rest]]},
            st.integers(1000, 2100),
            st.sampled_from([[], [2], [11, 30]]),
        ),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            item[key] = draw(strategy)
    return item


def _expected_names(csl_names: list[dict[str, str]], fold: Any, ris: bool = False) -> list[dict[str, str]]:
    out = []
    for n in csl_names:
        part = {k: clean(fold(re.sub(",", " ", v) if ris else v)) for k, v in n.items()}
        family, given, literal = part.get("family", ""), part.get("given", ""), part.get("literal", "")
        if literal or not family or not given:
            whole = clean(fold(n.get("literal") or (n.get("family") if family else "") or n.get("given", "")))
            if ris:
                whole = clean(re.sub(",", " ", whole))
            if whole:
                out.append({"literal": whole})
        else:
            out.append({"family": family, "given": given})
    return out


def _termed_volume(value: str) -> str:
    parts = [clean(p) for p in range_parts(value)]
    if not parts:
        return ""
    term = "volumes" if len(parts) > 1 or "," in clean(value) else "volume"
    return clean(f"{term} {'–'.join(parts)}")


def _annex_pieces(values: dict[str, str]) -> list[str]:
    """The pieces of a @misc title annex as they decode: ``5 edition``, ``volumes 1–3``, ``part 2``."""
    pieces = []
    if "edition" in values:
        edition = clean(values["edition"])
        pieces.append(f"{int(edition)} edition" if re.fullmatch("[0-9]+", edition) else edition)
    if "volume" in values:
        pieces.append(_termed_volume(values["volume"]))
    if "part" in values:
        pieces.append(clean(f"part {clean(values['part'])}"))
    return [p for p in pieces if p]


def _check_bib(fmt: str, batch: list[dict[str, Any]], fold: Any) -> None:
    text = export.write(fmt, batch)
    keys, failed = count_bib(text)
    assert failed == 0
    assert keys == assign(batch)
    entries = read_bib(text)
    assert [e["key"] for e in entries] == keys
    for item, entry in zip(batch, entries, strict=True):
        assert entry["type"] == mapping.entry_type(fmt, item)
        targets = mapping.targets(fmt, item)
        names = {t.name for t in targets}
        for target in targets:
            name, kind, value = target.name, target.kind, target.value
            if fmt == "biblatex" and name in mapping.untitled_targets(fmt) and "title" not in names:
                name = "title"  # an untitled archival document is titled by its designation
            if kind == "names":
                assert entry["names"].get(name, []) == _expected_names(value, fold)
                continue
            got = entry["fields"].get(name)
            if kind in ("text", "join"):
                want = clean(fold(value))
                assert got == (want or None), (name, value)
            elif kind in ("pages", "range"):
                want = "–".join(clean(fold(p)) for p in range_parts(value))
                assert got == (want or None), (name, value)
            elif kind == "volume":
                # An integer stays in the field; anything else is printed in the title annex
                # after biblatex's term ("volumes 1–3" once decoded).
                want = clean(value)
                if re.fullmatch("[0-9]+", want) and name in biblatex.INTEGER_FIELDS:
                    assert got == str(int(want))
                else:
                    assert name not in entry["fields"]
                    assert entry["fields"].get(target.alt) == (_termed_volume(value) or None), value
            elif kind == "annex":
                # No piece left (a volume of "-"): no field, as every other kind above.
                assert got == (". ".join(_annex_pieces(value)) or None), value
            elif kind == "verbatim":
                assert entry["raw"].get(name) == (clean_verbatim(value, fmt == "bibtex") or None)
            elif kind == "date":
                year = str(value["date-parts"][0][0])
                assert (got or "").startswith(year if fmt == "bibtex" else f"{int(year):04d}")
            elif kind == "language":
                want = value if fmt == "bibtex" else (mapping.babel_language(value) or None)
                assert got == want


@SETTINGS
@given(st.lists(items(BIBTEX_ALPHABET), min_size=1, max_size=4))
def test_bibtex_reads_back_the_same_values(batch):
    text = export.write("bibtex", batch)
    assert text.isascii()
    # "№" has no ASCII letter or LaTeX command; the writer spells it "No.". It cleans before it
    # transliterates (a control character between A and Х does not make Х lower case: "AKH").
    _check_bib("bibtex", batch, lambda s: transliterate(clean(s)).replace("№", "No."))


@SETTINGS
@given(st.lists(items(UNICODE), min_size=1, max_size=4))
def test_biblatex_reads_back_the_same_values(batch):
    _check_bib("biblatex", batch, lambda s: s)


@SETTINGS
@given(st.lists(items(UNICODE), min_size=1, max_size=4))
def test_ris_reads_back_the_same_values_and_never_forges_a_line(batch):
    text = export.write("ris", batch)
    lines = text.split("\r\n")
    assert lines[-1] == "" and all(re.match(r"[A-Z][A-Z0-9]  - ", line) or line == "" for line in lines)
    assert sum(line.startswith("TY  - ") for line in lines) == len(batch)
    records = read_ris(text)
    assert len(records) == len(batch)
    for item, record in zip(batch, records, strict=True):
        assert record["TY"] == mapping.entry_type("ris", item)
        for target in mapping.targets("ris", item, record["TY"]):
            tag, kind, value = target.name, target.kind, target.value
            if kind == "names":
                got = [ris_name(v) for v in record.get(tag, [])]
                assert got == _expected_names(value, lambda s: s, ris=True)
            elif kind == "date":
                assert record["PY"] == f"{value['date-parts'][0][0]:04d}"
            elif kind == "pages":
                first, *rest = range_parts(value) or [""]
                assert record.get("SP") == (clean(first) or None)
                assert record.get("EP") == (clean("-".join(rest)) or None)
            else:
                assert record.get(tag) == (clean(value) or None), (tag, value)


@SETTINGS
@given(st.lists(items(UNICODE), min_size=1, max_size=4))
def test_csl_reads_back_exactly_but_for_the_character_rule(batch):
    written = json.loads(export.write("csl", batch))
    back = read_csl(export.write("csl", batch))
    assert [b["id"] for b in back] == assign(batch)
    for item, raw, read in zip(batch, written, back, strict=True):
        expected = visible_deep({k: v for k, v in item.items() if k != "id"})
        for key, value in expected.items():
            if key == "note":  # its own text, after the lines of moved variables (an empty one is none)
                assert read.get(key, "") == value
            elif key in raw:  # a variable Zotero has a field for: as it was
                assert read[key] == value
            else:  # moved into the note: exactly what its one Extra line says, no other line forged
                line = read_note_variables({"note": "\n".join(extra.lines(key, value))})
                assert read.get(key) == line.get(key)
        assert set(read) - {"id"} <= set(expected)
