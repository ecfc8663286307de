"""Shared fixtures: the seed article, the CSL schemas, hypothesis profiles (500 examples in CI)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "references" / "korkmaz2018.md"
SCHEMAS = ROOT.parent / "shared" / "schemas"
LOCAL_SCHEMAS = ROOT / "tests" / "schemas"

# CI draws the same 500 examples every run (derandomize), so a run on a clean clone is reproducible.
settings.register_profile(
    "ci",
    max_examples=500,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")


def schema_path(name: str) -> Path:
    """The official CSL schema: the shared copy when present, else the one vendored in tests/schemas."""
    shared = SCHEMAS / name
    return shared if shared.exists() else LOCAL_SCHEMAS / name


@pytest.fixture(scope="session")
def csl_data_validator():
    import jsonschema

    schema = json.loads(schema_path("csl-data.json").read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


@pytest.fixture(scope="session")
def csl_citation_validator():
    import jsonschema

    schema = json.loads(schema_path("csl-citation.json").read_text(encoding="utf-8"))
    data = json.loads(schema_path("csl-data.json").read_text(encoding="utf-8"))
    # csl-citation.json refers to csl-data.json by URL; resolve it locally (no network in tests).
    from referencing import Registry, Resource

    registry = Registry().with_resources(
        [
            (
                "https://resource.citationstyles.org/schema/v1.0/input/json/csl-data.json",
                Resource.from_contents(data),
            ),
            (
                "https://resource.citationstyles.org/schema/latest/input/json/csl-data.json",
                Resource.from_contents(data),
            ),
        ]
    )
    return jsonschema.Draft7Validator(schema, registry=registry)


@pytest.fixture(scope="session")
def seed_document():
    from bibkit.pipeline import parse_file

    return parse_file(str(SEED))
