"""Shared fixtures of the export tests: the hand-made records and their exports."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from bibkit import export
from tests.export.fixtures import RECORDS


@pytest.fixture
def records() -> list[dict[str, Any]]:
    """A fresh copy of the fixture records (tests may not change the shared ones)."""
    return copy.deepcopy(RECORDS)


@pytest.fixture(scope="session")
def exports() -> dict[str, str]:
    """Every format's export of the fixture records, written once per session."""
    return {name: export.write(name, copy.deepcopy(RECORDS)) for name in export.FORMATS}
