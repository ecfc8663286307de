"""The committed examples exports/korkmaz2018.<style>.md, regenerated from the real parse of
references/korkmaz2018.md and compared byte for byte.

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
    ("isnad-dipnotlu", "tr-TR"),
    ("chicago-notes-bibliography", "en-US"),
    ("gost-r-7-0-5-2008", "ru-RU"),
]


@pytest.mark.parametrize(("style", "locale"), EXAMPLES, ids=[s for s, _ in EXAMPLES])
def test_example_is_up_to_date(style, locale, monkeypatch):
    monkeypatch.chdir(REPO)
    args = ["references/korkmaz2018.md", "--style", style, "--locale", locale, "--output", "markdown"]
    result = CliRunner().invoke(format_command, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    path = REPO / "exports" / f"korkmaz2018.{style}.md"
    if os.environ.get("BIBKIT_UPDATE_EXPORTS"):
        path.write_text(result.stdout, encoding="utf-8")
    assert path.is_file(), f"{path} is missing: run BIBKIT_UPDATE_EXPORTS=1 pytest {__file__}"
    assert result.stdout == path.read_text(encoding="utf-8"), f"{path.name} differs from a fresh rendering"
