"""The Zotero translator (``zotero_translator/``): its Node harness, its lint, its embedded tables,
and record-for-record parity with bibkit on every shared vector.

``npm test`` runs the translator as Zotero does (header, sandbox, its test cases, detectImport,
the vectors); ``npm run lint`` runs ESLint with ``@zotero/eslint-config``. The parity test asks
the translator for the CSL items it builds from each vector's input and compares them with
bibkit's records field by field, every field, so that a change on either side shows up here.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_vectors import VECTORS, records_of

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


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=TRANSLATOR_DIR, capture_output=True, text=True, timeout=600)


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


@pytest.fixture(scope="module")
def translator_records() -> dict[str, list[dict]]:
    _need_node()
    result = _run(["node", "test/dump.mjs"])
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout)


@pytest.mark.parametrize(("key", "vector"), VECTORS, ids=[key for key, _ in VECTORS])
def test_translator_builds_the_records_bibkit_builds(translator_records, key, vector):
    bibkit = records_of(vector["input"])
    translator = translator_records[key]
    assert len(translator) == len(bibkit), f"{vector['name']}: translator {len(translator)}, bibkit {len(bibkit)}"
    for number, (ours, theirs) in enumerate(zip(bibkit, translator, strict=True), start=1):
        diff = {
            k: {"bibkit": ours.get(k), "translator": theirs.get(k)}
            for k in sorted(set(ours) | set(theirs))
            if ours.get(k) != theirs.get(k)
        }
        assert not diff, f"{vector['name']}, record {number}: {diff}"
