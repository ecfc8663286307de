"""The committed examples exports/korkmaz2018.<style>.md (notes and bibliography) and
exports/korkmaz2018.isnad-dipnotlu.rewritten.md (the article rewritten in place), regenerated from
the real parse of references/korkmaz2018.md and compared byte for byte.

To regenerate after a deliberate change: ``BIBKIT_UPDATE_EXPORTS=1 pytest tests/render/test_examples.py``.
"""

from __future__ import annotations

import importlib.util
import os

import pytest
from click.testing import CliRunner

from tests.render.conftest import REPO, needs_engine

if importlib.util.find_spec("bibkit.pipeline") is None:
    pytest.skip(
        "skipped: bibkit.pipeline (parse_file) is not written yet; the examples are rendered from the real "
        "parse of references/korkmaz2018.md",
        allow_module_level=True,
    )

from bibkit.render.cli import format_command  # noqa: E402

pytestmark = needs_engine

EXAMPLES = [
    # style, locale, warnings expected on stderr
    ("isnad-dipnotlu", "tr-TR", 0),
    ("chicago-notes-bibliography", "en-US", 0),
    # gost-r-7-0-5-2008 prints no archive fields: the 4 archival notes and entries keep their source.
    ("gost-r-7-0-5-2008", "ru-RU", 8),
]


def _check(path, text: str) -> None:
    if os.environ.get("BIBKIT_UPDATE_EXPORTS"):
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"{path} is missing: run BIBKIT_UPDATE_EXPORTS=1 pytest {__file__}"
    assert text == path.read_text(encoding="utf-8"), f"{path.name} differs from a fresh rendering"


@pytest.mark.parametrize(("style", "locale", "warnings"), EXAMPLES, ids=[s for s, _, _ in EXAMPLES])
def test_example_is_up_to_date(style, locale, warnings, monkeypatch):
    monkeypatch.chdir(REPO)
    args = ["references/korkmaz2018.md", "--style", style, "--locale", locale, "--output", "markdown"]
    result = CliRunner().invoke(format_command, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("warning: ") == warnings, result.stderr
    _check(REPO / "exports" / f"korkmaz2018.{style}.md", result.stdout)


def test_rewritten_article_example_is_up_to_date(tmp_path, monkeypatch):
    monkeypatch.chdir(REPO)
    out = tmp_path / "rewritten.md"
    args = [
        "references/korkmaz2018.md",
        "--style",
        "isnad-dipnotlu",
        "--locale",
        "tr-TR",
        "--rewrite",
        str(out),
    ]
    result = CliRunner().invoke(format_command, args, catch_exceptions=False)
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", "")
    _check(REPO / "exports" / "korkmaz2018.isnad-dipnotlu.rewritten.md", out.read_text(encoding="utf-8"))
