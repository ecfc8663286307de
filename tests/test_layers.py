"""The package's layers (pyproject.toml, [tool.importlinter]): a stage imports only the stages
below it — cli over render, zotero, train and evaluate, over batch, over the pipeline, over merge,
keys and export, over resolution, over the shared matching rule, over the finder, over parsing,
over reading. import-linter checks direct and indirect imports alike."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_no_stage_imports_a_stage_above_it():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from importlinter.cli import lint_imports; sys.exit(lint_imports(no_cache=True, no_logo=True))",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 kept, 0 broken" in result.stdout
