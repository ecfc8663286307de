"""When the engine fails or is missing: nothing is dropped, everything is said (no node needed)."""

from __future__ import annotations

from typing import Any

import pytest

from bibkit.render import find_style, render_document
from bibkit.render.engine import (
    CitationResult,
    CiteprocJS,
    EngineResult,
    EngineUnavailable,
    unavailable_reason,
)
from tests.render.conftest import TEST_STYLE, book, cite, document

SMITH = book("smith1990", "Smith", "John", "A History of Treaties", 1990)


class StubEngine:
    """Answers as citeproc-js would, from a table; records what it was asked."""

    def __init__(self, result: EngineResult) -> None:
        self.result = result
        self.request: dict[str, Any] = {}

    def render(self, **request: Any) -> EngineResult:
        self.request = request
        return self.result


def test_a_citation_citeproc_js_rejects_keeps_its_source_and_its_message():
    stub = StubEngine(
        EngineResult("note", "en-US", {"note-1": CitationResult(None, [], "TypeError: bad date")}, [])
    )
    doc = document([SMITH], [(1, ["See ", (cite("smith1990", "3"), "J. Smith, p. 3"), "."])])
    r = render_document(doc, find_style(str(TEST_STYLE)), "en-US", engine=stub)
    assert r.notes[0].text == "See J. Smith, p. 3."
    assert r.problems == [
        "note 1: smith1990 not rendered (TypeError: bad date); the note's source text is kept"
    ]


def test_the_engine_gets_citations_in_note_order_without_custom():
    stub = StubEngine(EngineResult("note", "en-US", {}, []))
    doc = document([SMITH], [(2, [cite("smith1990", "4")]), (1, [cite("smith1990", "3")])])
    render_document(doc, find_style(str(TEST_STYLE)), None, engine=stub)
    assert [c["citationID"] for c in stub.request["citations"]] == ["note-1", "note-2"]
    assert "custom" not in stub.request["items"][0]
    assert stub.request["lang"] is None  # the style's default-locale decides


def test_a_failed_bibliography_prints_the_records_as_the_source_did():
    stub = StubEngine(EngineResult("note", "en-US", {}, [], bibliography_error="boom"))
    r = render_document(document([SMITH], []), find_style(str(TEST_STYLE)), "en-US", "html", engine=stub)
    assert [e.text for e in r.bibliography] == [
        '<div class="csl-entry">John Smith, A History of Treaties, 1990.</div>'
    ]
    assert r.problems == ["bibliography: citeproc-js failed (boom)"]


def test_a_style_without_bibliography_says_so():
    stub = StubEngine(EngineResult("note", "en-US", {}, None))
    r = render_document(document([SMITH], []), find_style(str(TEST_STYLE)), "en-US", engine=stub)
    assert r.bibliography is None
    assert r.problems == ["bibliography: test-note-style defines none; only the notes are printed"]


def test_a_missing_node_is_a_clear_error(monkeypatch):
    monkeypatch.delenv("BIBKIT_NODE", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    assert "node" in unavailable_reason()
    with pytest.raises(EngineUnavailable, match="node"):
        CiteprocJS().render(
            style_xml="", lang=None, locales_dir=TEST_STYLE.parent, output="text", items=[], citations=[]
        )


def test_an_unrunnable_node_is_a_clear_error():
    with pytest.raises(EngineUnavailable, match="cannot run node"):
        CiteprocJS(node="/nonexistent/node").render(
            style_xml="", lang=None, locales_dir=TEST_STYLE.parent, output="text", items=[], citations=[]
        )
