"""The citeproc-js bridge: a lone node per rendering (``CiteprocJS``) and one node serving many
(``CiteprocSession``) give the same results, and a failure in the session is one error, after
which the session still renders."""

from __future__ import annotations

import pytest

from bibkit.render import find_style, render_document
from bibkit.render.engine import CiteprocJS, CiteprocSession, EngineFailed
from bibkit.render.styles import locales_dir
from tests.render.conftest import needs_engine

pytestmark = needs_engine

STYLES = [
    ("isnad-dipnotlu", "tr-TR"),
    ("chicago-notes-bibliography", "en-US"),
    ("gost-r-7-0-5-2008", "ru-RU"),
]


def test_a_session_renders_every_style_as_a_lone_node_does(seed_document):
    with CiteprocSession() as session:
        for name, locale in STYLES:
            style = find_style(name)
            alone = render_document(seed_document, style, locale, "markdown", engine=CiteprocJS())
            shared = render_document(seed_document, style, locale, "markdown", engine=session)
            assert shared == alone, name
            assert len(shared.notes) == 27 and shared.bibliography


def test_a_style_citeproc_cannot_load_is_one_error_and_the_session_goes_on(seed_document):
    good = find_style("chicago-notes-bibliography")
    with CiteprocSession() as session:
        with pytest.raises(EngineFailed, match="citeproc-js failed"):
            session.render(
                style_xml="<style xmlns='http://purl.org/net/xbiblio/csl'><info/></style>",
                lang="en-US",
                locales_dir=locales_dir(),
                output="text",
                items=[],
                citations=[],
            )
        again = render_document(seed_document, good, "en-US", "text", engine=session)
        assert sum("Kurat" in note.text for note in again.notes) >= 2


def test_a_node_that_does_not_answer_json_is_one_error_in_a_session(tmp_path):
    fake = tmp_path / "fake-node"
    fake.write_text("#!/bin/sh\nread line\necho 'this is not JSON'\n", encoding="utf-8")
    fake.chmod(0o755)
    with CiteprocSession(node=str(fake)) as session, pytest.raises(EngineFailed, match="this is not JSON"):
        session.render(
            style_xml="<style/>", lang=None, locales_dir=locales_dir(), output="text", items=[], citations=[]
        )
