"""The package's layers (pyproject.toml, [tool.importlinter]; docs/ARCHITECTURE.md): a stage
imports only the stages below it, from the command line down to the data tables, directly or
through other modules (import-linter checks both)."""

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
