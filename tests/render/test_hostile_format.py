"""`bibkit format` with hostile input (issue 17, case 7): every problem is one line on stderr
through the real command, dependent styles are looked up only where they may be, and nothing a
document holds can drive the terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bibkit.render.styles import MAX_PARENT_DEPTH, StyleNotFound, find_style
from tests.render.conftest import REPO, book, cite, document, needs_engine


def bibkit(
    *args: str, cwd: Path | str = REPO, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bibkit", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=cwd,
        env={**os.environ, **(env or {}), "PYTHONPATH": str(REPO)},
        timeout=300,
    )


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr[:2000]
    return lines[0]


def dependent(path: Path, parent_href: str) -> Path:
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0">'
        f"<info><title>{path.stem}</title><id>{path.stem}</id>"
        f'<link href="{parent_href}" rel="independent-parent"/>'
        "<updated>2024-01-01T00:00:00+00:00</updated></info></style>",
        encoding="utf-8",
    )
    return path


def write_json(path: Path, data: object) -> str:
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


SMALL = document([book("kaya", "Kaya", "Ali", "Kafkas Cephesi", 1999)], [(1, [cite("kaya", "4")])])


def test_a_dependent_style_that_names_itself_is_refused_in_one_line(tmp_path):
    style = dependent(tmp_path / "loop-self.csl", "http://example.org/styles/loop-self")
    with pytest.raises(StyleNotFound, match="neither an installed style nor a .csl file beside it"):
        find_style(str(style))
    result = bibkit("format", write_json(tmp_path / "d.json", SMALL), "--style", str(style))
    assert result.returncode == 2 and "loop-self" in one_line(result)


def test_two_dependent_styles_that_name_each_other_stop_at_the_depth_limit(tmp_path):
    dependent(tmp_path / "ping.csl", "pong")
    dependent(tmp_path / "pong.csl", "ping")
    with pytest.raises(StyleNotFound, match=f"longer than {MAX_PARENT_DEPTH} styles"):
        find_style(str(tmp_path / "ping.csl"))
    result = bibkit("format", write_json(tmp_path / "d.json", SMALL), "--style", str(tmp_path / "ping.csl"))
    assert result.returncode == 2 and "a loop?" in one_line(result)


def test_a_parent_is_never_looked_up_in_the_working_directory(tmp_path):
    work = tmp_path / "work"
    work.mkdir()
    (work / "planted.csl").write_text("<not-a-style/>", encoding="utf-8")  # would be an XML error if read
    styles = tmp_path / "styles"
    styles.mkdir()
    child = dependent(styles / "child.csl", "planted.csl")
    result = bibkit("format", write_json(tmp_path / "d.json", SMALL), "--style", str(child), cwd=work)
    assert result.returncode == 2
    assert "neither an installed style nor a .csl file beside it" in one_line(result)


def test_a_parent_beside_the_dependent_file_is_used(tmp_path):
    independent = REPO / "tests" / "render" / "fixtures" / "test-note-style.csl"
    (tmp_path / "house.csl").write_text(independent.read_text(encoding="utf-8"), encoding="utf-8")
    child = dependent(tmp_path / "journal.csl", "http://example.org/styles/house")
    assert find_style(str(child)).path == tmp_path / "house.csl"


@pytest.mark.parametrize(
    "data, says",
    [
        ({"records": [1, 2, 3]}, "'records' must be a list of objects"),
        ({"records": [], "citations": "oops"}, "'citations' must be a list of objects"),
        (
            {"records": [{"id": "a", "type": "book", "title": 5, "author": "x"}], "notes": [{"number": "x"}]},
            "",
        ),
    ],
    ids=["records-numbers", "citations-string", "wrong-shapes"],
)
def test_a_broken_document_json_is_one_line_and_exit_1(tmp_path, data, says):
    result = bibkit(
        "format", write_json(tmp_path / "broken.json", data), "--style", "chicago-notes-bibliography"
    )
    line = one_line(result)
    assert result.returncode == 1 and line.startswith(("Error: ", "bibkit: ")) and says in line
    assert "internal error" not in line


def test_a_lone_surrogate_in_a_document_json_is_dropped_not_a_crash(tmp_path):
    path = tmp_path / "surrogate.json"
    text = json.dumps(SMALL).replace("Kafkas Cephesi", "Kafkas\\ud800 Cephesi")
    path.write_text(text, encoding="utf-8")
    result = bibkit("format", str(path), "--style", "chicago-notes-bibliography")
    assert "Traceback" not in result.stderr
    if result.returncode == 0:
        assert "Kafkas Cephesi" in result.stdout
    else:  # no citeproc-js here: the one-line reason, not a crash on the surrogate
        assert "citeproc" in one_line(result) or "node" in one_line(result)


def test_a_bibkit_node_that_is_not_node_is_one_line(tmp_path):
    fake = tmp_path / "fake-node"
    fake.write_text("#!/bin/sh\necho 'this is not JSON'\n", encoding="utf-8")
    fake.chmod(0o755)
    result = bibkit(
        "format",
        write_json(tmp_path / "d.json", SMALL),
        "--style",
        "chicago-notes-bibliography",
        env={"BIBKIT_NODE": str(fake), "NODE_PATH": str(tmp_path)},
    )
    line = one_line(result)
    assert result.returncode == 1 and "did not answer" in line and "this is not JSON" in line


@needs_engine
def test_control_characters_in_titles_never_reach_the_terminal(tmp_path):
    hostile = document(
        [book("kaya", "Kaya", "Ali\x07", "Kafkas\x1b[2J\x1b]0;owned\x07 Cephesi\u202e", 1999)],
        [(1, [cite("kaya", "4")])],
    )
    result = bibkit(
        "format", write_json(tmp_path / "d.json", hostile), "--style", "chicago-notes-bibliography"
    )
    assert result.returncode == 0, result.stderr
    assert "kafkas[2j]0;owned cephesi" in result.stdout.lower()
    assert not any(ch in result.stdout + result.stderr for ch in "\x1b\x07\u202e")
