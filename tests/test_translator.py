"""The Zotero translator (``zotero_translator/``): its Node harness, its lint, its embedded tables.

``npm test`` runs the translator as Zotero does (header, sandbox, its test cases, detectImport,
the shared vectors, record by record). The translator still ports the rule parser bibkit had
before its models; until it is generated from the models, the vectors are its contract.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

# The translator is JavaScript: its tests run node (pytest -m "not node" leaves them out).
pytestmark = pytest.mark.node

ROOT = Path(__file__).resolve().parent.parent
TRANSLATOR_DIR = ROOT / "zotero_translator"


def _need_node() -> None:
    if shutil.which("node") is None:
        pytest.skip("node not installed")


def _need_npm_packages() -> None:
    _need_node()
    if shutil.which("npm") is None:
        pytest.skip("npm not installed")
    if not (TRANSLATOR_DIR / "node_modules" / "eslint").is_dir():
        pytest.skip("npm packages not installed (run npm ci in zotero_translator)")


def _run(command: list[str], stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=TRANSLATOR_DIR, input=stdin, capture_output=True, text=True, timeout=600
    )


def test_embedded_tables_are_generated_from_bibkit_data():
    result = _run([sys.executable, str(TRANSLATOR_DIR / "build.py"), "--check"])
    assert result.returncode == 0, result.stdout + result.stderr


def test_npm_test():
    _need_node()
    if shutil.which("npm") is None:
        pytest.skip("npm not installed")
    result = _run(["npm", "test", "--silent"])
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]


def test_npm_lint():
    _need_npm_packages()
    result = _run(["npm", "run", "lint", "--silent"])
    assert result.returncode == 0, (result.stdout + result.stderr)[-6000:]
