"""Loads the JSON tables of ``bibkit/data`` once; every module reads them from here."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """Return the parsed table ``bibkit/data/<name>.json``.

    :param name: file stem, e.g. ``"abbreviations"``.
    """
    text = resources.files("bibkit.data").joinpath(f"{name}.json").read_text(encoding="utf-8")
    return json.loads(text)
