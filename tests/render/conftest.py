"""Shared pieces of the render tests: the seed's Document, small hand-made Documents, the
engine skip (citeproc-js needs node)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from bibkit.render.engine import CiteprocSession, unavailable_reason

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parents[2]
TEST_STYLE = FIXTURES / "test-note-style.csl"

_REASON = unavailable_reason()
# Tests that render with citeproc-js under node carry this mark: ``pytest -m "not node"`` leaves
# them out, and where node or the npm package is missing they are skipped with the reason.
needs_engine = pytest.mark.node


def pytest_runtest_setup(item: pytest.Item) -> None:
    if _REASON is not None and item.get_closest_marker("node") is not None:
        pytest.skip(f"skipped: {_REASON}")


@pytest.fixture(scope="session", autouse=True)
def one_node_for_every_rendering():
    """``render_document`` calls in these tests share one node (``CiteprocSession``): starting node
    and loading citeproc-js for each rendering cost more than the rendering. Each rendering is still
    a fresh citeproc-js engine; ``test_engine.py`` checks the session renders as a lone node does."""
    if _REASON is not None:
        yield None
        return
    with CiteprocSession() as session, pytest.MonkeyPatch.context() as patch:
        patch.setattr("bibkit.render.notes.CiteprocJS", lambda: session)
        yield session


@pytest.fixture(scope="session")
def seed_document() -> dict[str, Any]:
    """The hand-written Document of references/korkmaz2018.md (what `bibkit parse` should give)."""
    return json.loads((FIXTURES / "korkmaz2018.document.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session", params=["hand-written", "parsed"])
def any_seed_document(request, seed_document) -> dict[str, Any]:
    """The seed's Document, hand-written and, once bibkit.pipeline exists, as the parser gives it."""
    if request.param == "hand-written":
        return seed_document
    if importlib.util.find_spec("bibkit.pipeline") is None:
        pytest.skip("skipped: bibkit.pipeline is not written yet (the parsed seed)")
    from bibkit.pipeline import parse_file

    return parse_file(str(REPO / "references" / "korkmaz2018.md")).to_json()


def book(id: str, family: str, given: str, title: str, year: int, **extra: Any) -> dict[str, Any]:
    """A CSL-JSON book record, with bibkit's ``custom`` block as the parser writes it."""
    return {
        "id": id,
        "type": "book",
        "title": title,
        "author": [{"family": family, "given": given}],
        "issued": {"date-parts": [[year]]},
        "language": "en",
        "custom": {"raw": f"{given} {family}, {title}, {year}.", "source": "list"},
        **extra,
    }


def cite(id: str, locator: str = "") -> dict[str, str]:
    return {"id": id, "locator": locator, "label": "page"} if locator else {"id": id}


def document(records: list[dict[str, Any]], notes: list[tuple[int, list[Any]]]) -> dict[str, Any]:
    """A Document from notes written as segments: a string is commentary, a ``cite(...)`` dict
    (optionally paired with its source text as a tuple) is a cited work."""
    out_notes, citations = [], []
    for number, parts in notes:
        segments, items = [], []
        for part in parts:
            if isinstance(part, str):
                segments.append({"text": part})
                continue
            item, source = part if isinstance(part, tuple) else (part, f"[{part['id']}]")
            segments.append({"cite": len(items), "text": source})
            items.append(item)
        text = "".join(s["text"] for s in segments)
        out_notes.append(
            {
                "number": number,
                "line": number,
                "spans": [[number, number]],
                "text": text,
                "segments": segments,
            }
        )
        if items:
            citations.append(
                {"citationID": f"note-{number}", "properties": {"noteIndex": number}, "citationItems": items}
            )
    return {
        "source": "test",
        "kind": "article",
        "records": records,
        "citations": citations,
        "notes": out_notes,
    }
