"""Write bibkit's data tables into the Zotero translator, between its GENERATED TABLES markers.

The translator is one self-contained file (Zotero loads nothing else), so the tables of
``bibkit/data/*.json`` that the parser reads are embedded in it as a JavaScript object literal.
Edit the JSON files, then run ``python zotero_translator/build.py``; ``--check`` only compares
and exits 1 when the file is out of date (the tests run it). The output is deterministic: keys
keep the order of the JSON files, one table per line.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bibkit" / "data"
TRANSLATOR = Path(__file__).resolve().parent / "Bibkit Reference List.js"
# The tables bibkit.parse and bibkit.segment read (export_mapping.json belongs to the exporters).
TABLES = (
    "abbreviations",
    "archives",
    "given_names",
    "headings",
    "languages",
    "months",
    "places",
    "transliteration",
)
BEGIN = "/* BEGIN GENERATED TABLES */"
END = "/* END GENERATED TABLES */"
_IDENTIFIER = re.compile(r"^[^\W\d]\w*$")


def _key(key: str) -> str:
    """An object key, quoted only where JavaScript needs it (eslint quote-props: as-needed)."""
    return key if _IDENTIFIER.match(key) else json.dumps(key, ensure_ascii=False)


def to_js(value: object) -> str:
    """A JavaScript literal for a JSON value, spaced as @zotero/eslint-config wants."""
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = ", ".join(f"{_key(k)}: {to_js(v)}" for k, v in value.items())
        return "{ " + inner + " }"
    if isinstance(value, list):
        return "[" + ", ".join(to_js(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def load_tables() -> dict[str, object]:
    return {name: json.loads((DATA / f"{name}.json").read_text(encoding="utf-8")) for name in TABLES}


def generated_block(tables: dict[str, object]) -> str:
    lines = [
        BEGIN,
        "",
        "// Written by zotero_translator/build.py from bibkit/data/*.json: edit those files, then run it.",
        "// The tables keep bibkit's snake_case keys, so that the code reads them as the Python does.",
        "/* eslint-disable camelcase */",
        "var TABLES = {",
    ]
    items = list(tables.items())
    for index, (name, table) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        lines.append(f"\t{name}: {to_js(table)}{comma}")
    lines += ["};", "", "/* eslint-enable camelcase */", "", END]
    return "\n".join(lines)


def replace_block(source: str, block: str) -> str:
    start = source.index(BEGIN)
    end = source.index(END, start) + len(END)
    return source[:start] + block + source[end:]


def main(argv: list[str]) -> int:
    source = TRANSLATOR.read_text(encoding="utf-8")
    updated = replace_block(source, generated_block(load_tables()))
    if "--check" in argv:
        if updated != source:
            print(
                f"{TRANSLATOR.name}: embedded tables differ from bibkit/data; run zotero_translator/build.py"
            )
            return 1
        return 0
    if updated != source:
        TRANSLATOR.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
