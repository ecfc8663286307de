"""Run functions of the Zotero translator's JavaScript runtime from Python tests.

The translator (``zotero_translator/runtime/*.js``) recomputes in JavaScript what bibkit computes
in Python; the tests feed both the same inputs and compare. :func:`call_js` loads the named runtime
files into one Node ``vm`` context with bibkit's data tables and returns each call's result.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "zotero_translator" / "test" / "runtime-call.mjs"
DATA = ROOT / "bibkit" / "data"


@cache
def tables() -> dict[str, Any]:
    """Every JSON table of ``bibkit/data`` by name (read once per test run)."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.json"))}


def call_js(files: list[str], calls: list[tuple[str, list[Any]]]) -> list[Any]:
    """The results of ``calls`` (function name, arguments) in the runtime made of ``files``."""
    if shutil.which("node") is None:
        pytest.skip("node not installed")
    payload = json.dumps({"files": files, "tables": tables(), "calls": calls}, ensure_ascii=False)
    result = subprocess.run(
        ["node", str(RUNNER)], input=payload, capture_output=True, text=True, timeout=600, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)
