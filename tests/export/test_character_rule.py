"""One character rule for every writer (issue 17, case 8): controls, bidi overrides, zero-width
and other format characters, lone surrogates and unassigned code points never reach a file, in
any format; CSL-JSON keeps line breaks, the line formats fold them."""

from __future__ import annotations

import json

import pytest

from bibkit import export
from bibkit.export.text import clean, visible, visible_deep

HOSTILE = "Kafkas\u202e Cep\u200bhe\u00adsi\ud800 \x1b[31mTarihi\x07\ufeff"
SHOWN = "Kafkas Cephesi [31mTarihi"


def test_visible_drops_what_no_writer_passes_on_and_keeps_line_breaks():
    assert visible(HOSTILE) == SHOWN
    assert visible("satır\nsatır\tsekme") == "satır\nsatır\tsekme"
    assert visible("I\u0307stanbul") == "İstanbul"  # NFC, as every writer writes
    assert clean(HOSTILE + "\nikinci") == SHOWN + " ikinci"
    assert visible_deep({"a\u200b": ["x\u202ey", 3, None]}) == {"a": ["xy", 3, None]}


@pytest.mark.parametrize("name", list(export.FORMATS))
def test_every_writer_applies_the_rule_and_writes_utf8(name):
    item = {
        "id": "kaya1999",
        "type": "book",
        "title": HOSTILE,
        "author": [{"family": "Ka\u200bya", "given": "Ali\u202e"}],
        "publisher": "Ötüken\ud800",
        "issued": {"date-parts": [[1999]]},
        "custom": {"raw": HOSTILE},
    }
    text = export.write(name, [item])
    text.encode("utf-8")  # a lone surrogate would make this raise
    for bad in ("\u202e", "\u200b", "\u00ad", "\ud800", "\x1b", "\x07", "\ufeff"):
        assert bad not in text, (name, repr(bad))
    if name == "csl":
        data = json.loads(text)[0]
        assert data["title"] == SHOWN and data["custom"]["raw"] == SHOWN
        assert data["author"] == [{"family": "Kaya", "given": "Ali"}]
