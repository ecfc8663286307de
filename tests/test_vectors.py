"""The shared vectors: pasted reference lists and the CSL records the Zotero translator makes of them.

``tests/vectors/*.json`` hold vectors ``{"name", "input", "records"}`` (a file holds one or a
list). The translator's harness (``zotero_translator/test``, run by ``tests/test_translator.py``)
checks them record by record. They were written for the rule parser that the translator still
ports; bibkit itself now reads with learned models, measured on real text (``bench/crossval.py``),
so here only the pasted seed list is checked against bibkit.
"""

from __future__ import annotations

import json
from pathlib import Path

from bibkit.model import CSL_KEYS
from bibkit.pipeline import parse_text

VECTOR_DIR = Path(__file__).parent / "vectors"
CSL_RECORD_KEYS = {"type", *CSL_KEYS.values()}


def load_vectors() -> list[tuple[str, dict]]:
    """Every vector, with an id ``file#index``."""
    out = []
    for path in sorted(VECTOR_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        for index, vector in enumerate(data if isinstance(data, list) else [data]):
            out.append((f"{path.name}#{index}", vector))
    return out


VECTORS = load_vectors()


def records_of(text: str) -> list[dict]:
    """bibkit's records for a pasted list, as CSL without ``id`` and ``custom``."""
    return [
        {k: v for k, v in record.to_csl().items() if k not in ("id", "custom")}
        for record in parse_text(text).records
    ]


def test_vectors_are_well_formed():
    assert len(VECTORS) >= 60
    for key, vector in VECTORS:
        assert set(vector) == {"name", "input", "records"}, key
        assert vector["name"] and vector["input"].strip(), key
        for record in vector["records"]:
            assert record.get("type"), f"{key}: every expected record names its type"
            assert set(record) <= CSL_RECORD_KEYS, f"{key}: unknown keys {set(record) - CSL_RECORD_KEYS}"


def test_vectors_cover_the_conventions():
    files = {key.split("#")[0] for key, _ in VECTORS}
    for convention in (
        "turkish_traditional",
        "isnad_bibliography",
        "chicago_bibliography",
        "apa_turkish",
        "gost",
        "lc_romanized",
        "turkish_romanized_russian",
        "archives_russian",
        "archives_turkish",
        "archives_british",
        "pdf_noise",
        "seed_korkmaz2018",
    ):
        assert f"{convention}.json" in files
    multi = [v for _, v in VECTORS if 2 <= len(v["records"]) <= 6]
    assert len(multi) > len(VECTORS) / 2, "most vectors are small multi-entry lists"


def test_seed_list_imports_as_27_records():
    (vector,) = [v for key, v in VECTORS if key.startswith("seed_korkmaz2018.json")]
    records = records_of(vector["input"])
    assert len(records) == 27
    archival = [r for r in records if r["type"] == "manuscript"]
    assert [(r["archive"], r["archive_location"]) for r in archival] == [
        ("RGASPI", "f. 159, op. 2, d. 56, l. 46"),
        ("RGASPI", "f. 159, op. 2, d. 57, l. 1"),
        ("RGASPI", "f. 159, op. 2, d. 57, l. 3"),
        ("RGASPI", "f. 159, op. 2, d. 57, l. 95"),
    ]
    assert {"family": "Kurat", "given": "Akdes Nimet"} in records[14]["author"]
