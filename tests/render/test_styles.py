"""Styles by name or .csl path, and locales (no engine needed)."""

from __future__ import annotations

import pytest

from bibkit.errors import BibkitError
from bibkit.render.styles import LocaleNotFound, StyleNotFound, find_locale, find_style
from tests.render.conftest import TEST_STYLE


@pytest.mark.parametrize(
    ("name", "style_class", "default_locale"),
    [
        ("isnad-dipnotlu", "note", ""),
        ("chicago-notes-bibliography", "note", ""),
        ("gost-r-7-0-5-2008", "in-text", "ru-RU"),
    ],
)
def test_the_example_styles_are_found_by_name(name, style_class, default_locale):
    style = find_style(name)
    assert style.name == name
    assert style.path.name == f"{name}.csl"
    assert style.style_class == style_class
    assert style.default_locale == default_locale
    assert "<citation" in style.xml


def test_a_csl_file_path_is_read_as_a_style():
    style = find_style(str(TEST_STYLE))
    assert style.name == "test-note-style"
    assert style.title == "bibkit test note style"
    assert style.style_class == "note"


def test_a_dependent_style_renders_with_its_parent(tmp_path):
    dependent = tmp_path / "my-journal.csl"
    dependent.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="tr-TR">'
        "<info><title>My Journal</title><id>x</id>"
        '<link href="http://www.zotero.org/styles/isnad-dipnotlu" rel="independent-parent"/>'
        "<updated>2024-01-01T00:00:00+00:00</updated></info></style>",
        encoding="utf-8",
    )
    style = find_style(str(dependent))
    assert style.path.name == "isnad-dipnotlu.csl"
    assert style.default_locale == "tr-TR"
    assert style.title == "My Journal"


def test_an_unknown_style_name_is_one_line_with_close_names():
    with pytest.raises(StyleNotFound) as exc:
        find_style("isnad-dipnotlo")
    message = str(exc.value)
    assert "\n" not in message
    assert "unknown CSL style 'isnad-dipnotlo'" in message
    assert "isnad-dipnotlu" in message
    assert isinstance(exc.value, BibkitError)


@pytest.mark.parametrize("spec", ["../../etc/passwd", "no-such-style-at-all", "missing.csl"])
def test_names_that_are_no_style_are_refused(spec):
    with pytest.raises(StyleNotFound):
        find_style(spec)


def test_a_file_that_is_not_csl_is_refused(tmp_path):
    bad = tmp_path / "notes.csl"
    bad.write_text("<html><body>no</body></html>", encoding="utf-8")
    with pytest.raises(StyleNotFound, match="not a CSL style"):
        find_style(str(bad))
    bad.write_text("not xml at all <", encoding="utf-8")
    with pytest.raises(StyleNotFound, match="XML error"):
        find_style(str(bad))


def test_the_locale_defaults_to_the_style_then_en_us():
    assert find_locale(None, find_style("gost-r-7-0-5-2008")) == "ru-RU"
    assert find_locale(None, find_style("isnad-dipnotlu")) == "en-US"
    assert find_locale("tr-TR", find_style("gost-r-7-0-5-2008")) == "tr-TR"


@pytest.mark.parametrize(("given", "found"), [("tr", "tr-TR"), ("ru-ru", "ru-RU"), ("en-US", "en-US")])
def test_locales_are_matched_loosely(given, found):
    assert find_locale(given, find_style("isnad-dipnotlu")) == found


def test_an_unknown_locale_is_refused():
    with pytest.raises(LocaleNotFound, match="tr-TR, ru-RU, en-US"):
        find_locale("xx-YY", find_style("isnad-dipnotlu"))
