"""Escaping for BibTeX and BibLaTeX values."""

from __future__ import annotations

import re

import pytest

from bibkit.export.latex import ascii_text, name, names, transliterate, utf8_text
from tests.export.readback import decode

OUR_COMMANDS = re.compile(
    r"\\(textbackslash|textbraceleft|textbraceright|textasciicircum|textasciitilde|textasciigrave|textless|"
    r"textgreater|textbar|[%#&$_]|[`'^~=u.\"rHvdckb]\{|[`'^~=.\"][A-Za-z]\}|i\}|j\}|ss|ae|AE|o\}|O\}|oe|OE|l\}|L\}|aa|AA|"
    r"guillemot(left|right)|ldots|S\{|P\{|copyright|textdegree|textperiodcentered|texttimes|pounds|"
    r"textexclamdown|textquestiondown)"
)


@pytest.mark.parametrize(
    ("char", "latex"),
    [("ş", r"{\c{s}}"), ("ı", r"{\i}"), ("ğ", r"{\u{g}}"), ("İ", r"{\.I}"), ("ö", r'{\"o}'), ("î", r"{\^{\i}}"),
     ("Ç", r"{\c{C}}"), ("Ş", r"{\c{S}}"), ("â", r"{\^a}"), ("ł", r"{\l}")],
)  # fmt: skip
def test_ascii_writes_turkish_and_other_letters_as_latex_accents(char, latex):
    assert ascii_text(char) == latex
    assert decode(latex) == char


def test_specials_are_escaped_so_every_backslash_is_ours():
    hostile = r"\input{/etc/passwd} \write18{rm} 100% #1 & $x$ ^ ~ _ ` {{ }"
    for encode in (utf8_text, ascii_text):
        out = encode(hostile)
        assert out.count("{") == out.count("}")
        assert all(OUR_COMMANDS.match(out, m.start()) for m in re.finditer(r"\\", out)), out
        assert decode(out) == hostile


def test_line_breaks_and_controls_never_reach_the_output():
    assert utf8_text("a\nb\r\nc\u2028d\x00e\x1b\tf") == "a b c de f"


def test_capitals_are_protected_word_by_word():
    assert (
        ascii_text("Türk-Rus İlişkileri ve tarih", protect=True)
        == r"{T{\"u}rk-Rus} {{\.I}li{\c{s}}kileri} ve tarih"
    )


def test_cyrillic_is_transliterated_with_capitals_kept():
    assert transliterate("Жуков ЖУК Щёлково") == "Zhukov ZHUK Shchelkovo"
    assert ascii_text("Финансовая политика") == "Finansovaia politika"


def test_punctuation_and_unknown_characters():
    assert ascii_text("“a” – b — c … «d»") == r"``a'' -- b --- c \ldots{} ``d''"
    # Scripts without a table of bibkit's are romanised (anyascii); "?" only for what has no reading.
    assert ascii_text("ﬁ ² 中") == "fi 2 Zhong"
    assert ascii_text("a\ue000b") == "a?b"


def test_ligatures_the_source_does_not_mean_are_broken():
    assert utf8_text("1917--1923 ''x'' <<y>>") == "1917-{}-1923 '{}'x'{}' <{}<y>{}>"
    assert decode(utf8_text("a--b")) == "a--b"


@pytest.mark.parametrize(
    ("csl", "bibtex"),
    [
        ({"family": "Kurat", "given": "Akdes Nimet"}, "Kurat, Akdes Nimet"),
        ({"literal": "Atatürk Araştırma Merkezi"}, "{Atatürk Araştırma Merkezi}"),
        ({"family": "Yerofeyev"}, "{Yerofeyev}"),
        ({"family": "Smith and Jones", "given": "A"}, "{Smith and Jones}, A"),
        ({"family": "Doe, Jr", "given": "John"}, "{Doe, Jr}, John"),
        ({"family": "Gaulle", "non-dropping-particle": "de", "given": "Charles"}, "de Gaulle, Charles"),
        ({"family": "King", "given": "Martin Luther", "suffix": "Jr."}, "King, Jr., Martin Luther"),
        ({"family": "", "given": ""}, ""),
    ],
)
def test_names_are_written_the_way_bibtex_splits_them(csl, bibtex):
    assert name(csl, utf8_text) == bibtex


def test_name_lists_skip_empty_names():
    assert (
        names([{"family": "A", "given": "B"}, {"literal": " "}, {"literal": "C"}], utf8_text)
        == "A, B and {C}"
    )
