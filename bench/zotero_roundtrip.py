"""What Zotero keeps of each export: every format is posted to a translation-server's ``/import``
(Zotero's own RIS, CSL JSON and BibTeX importers) and every value of every record looked for in
the items that come back.

    .venv/bin/python bench/zotero_roundtrip.py http://127.0.0.1:1969 [DOC...]
    .venv/bin/python bench/zotero_roundtrip.py http://127.0.0.1:1969 --out bench/results/zotero-roundtrip-$(git rev-parse --short HEAD).txt

Set up the server by hand from zotero/translation-server and its submodules (translate,
utilities, translators, zotero-schema), ``npm install``, with ``"host": "127.0.0.1"`` in
``config/local.json5``; none of its code is in this repository. DOC defaults to the seed article.

A value is *in its field* when it shows in a Zotero field of the item (names as creators, dates
by their year), *in Extra* when only Extra holds it, *in a note* when only a child note holds it
(the server returns child notes as items of their own, with ``parentItem``: they are put back
under their parent), and *lost* otherwise. A manuscript counts *with archive+loc* when its
Archive and Loc. in Archive fields are filled. Items are matched to records in order when Zotero
returns as many as were sent, else by title or archive location.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from crossval import emit  # noqa: E402

from bibkit.batch import merge_documents  # noqa: E402
from bibkit.export import write  # noqa: E402
from bibkit.pipeline import parse_file  # noqa: E402

FORMATS = ("ris", "csl", "bibtex", "biblatex")
NAMES = ("author", "editor", "translator", "container-author", "collection-editor")
SKIP = {"id", "type", "custom"}


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[^\w]+", " ", text.replace("ı", "i")).strip()


def _values(record: dict[str, Any]) -> list[tuple[str, str]]:
    """(variable, searchable text) for every value of a CSL record."""
    out = []
    for key, value in record.items():
        if key in SKIP or value in (None, "", [], {}):
            continue
        if key in NAMES:
            out.extend((key, n.get("family") or n.get("literal") or "") for n in value)
        elif isinstance(value, dict) and "date-parts" in value:
            out.append((key, str(value["date-parts"][0][0])))
        else:
            out.append((key, str(value)))
    return out


def _with_child_notes(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items with the child notes the server returns beside them (``parentItem``) put in ``notes``."""
    parents = {i["key"]: {**i, "notes": list(i.get("notes") or [])} for i in items if i.get("key")}
    out = []
    for item in items:
        if item.get("itemType") == "note" and item.get("parentItem") in parents:
            parents[item["parentItem"]]["notes"].append(item)
        else:
            out.append(parents.get(item.get("key"), item))
    return out


def _haystacks(item: dict[str, Any]) -> tuple[str, str, str]:
    fields = []
    for key, value in item.items():
        if key in ("extra", "key", "version", "tags", "notes", "attachments", "seeAlso"):
            continue
        if key == "creators":
            fields.extend(c.get("lastName") or c.get("name") or "" for c in value)
        elif isinstance(value, str):
            fields.append(value)
    notes = " ".join(
        str(n.get("note", "")) if isinstance(n, dict) else str(n) for n in item.get("notes") or []
    )
    return " | ".join(_norm(f) for f in fields), _norm(str(item.get("extra", ""))), _norm(notes)


def _match(records: list[dict[str, Any]], items: list[dict[str, Any]]) -> list[dict[str, Any] | None]:
    if len(records) == len(items):
        return list(items)
    out: list[dict[str, Any] | None] = []
    for record in records:
        wanted = _norm(record.get("title") or record.get("archive_location") or "")
        found = next(
            (
                i
                for i in items
                if wanted and wanted in _norm(" ".join(str(v) for v in i.values() if isinstance(v, str)))
            ),
            None,
        )
        out.append(found)
    return out


def roundtrip(server: str, records: list[dict[str, Any]], fmt: str) -> dict[str, Any]:
    text = write(fmt, records)
    response = requests.post(
        server.rstrip("/") + "/import",
        data=text.encode("utf-8"),
        headers={"Content-Type": "text/plain"},
        timeout=300,
    )
    response.raise_for_status()
    items = _with_child_notes(response.json())
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    lost: list[str] = []
    for record, item in zip(records, _match(records, items), strict=True):
        fields, extra, notes = _haystacks(item or {})
        for variable, value in _values(record):
            needle = _norm(value)
            if not needle:
                continue
            if item is not None and needle in fields:
                counts[variable]["field"] += 1
            elif item is not None and needle in extra:
                counts[variable]["extra"] += 1
            elif item is not None and needle in notes:
                counts[variable]["note"] += 1
            else:
                counts[variable]["lost"] += 1
                lost.append(f"{record['id']}: {variable} = {value[:60]}")
    manuscripts = [i for i in items if i.get("itemType") == "manuscript"]
    archived = [i for i in manuscripts if i.get("archive") and i.get("archiveLocation")]
    return {
        "items": len(items),
        "counts": counts,
        "lost": lost,
        "manuscripts": len(manuscripts),
        "archived": len(archived),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("server", help="translation-server URL, e.g. http://127.0.0.1:1969")
    parser.add_argument("docs", nargs="*", default=[str(ROOT / "references" / "korkmaz2018.md")])
    parser.add_argument("--out", help="also write the report to this file")
    args = parser.parse_args()
    records = [r.to_csl() for r in merge_documents([parse_file(d) for d in args.docs])]
    archival = sum(1 for r in records if r.get("archive_location"))
    lines = [
        f"What Zotero's importers keep of bibkit's exports ({len(records)} records, {archival} archival; "
        f"translation-server {args.server})",
        "",
        f"{'format':9} {'items':>5} {'manuscripts':>11} {'with archive+loc':>16} {'in field':>9} "
        f"{'in Extra':>9} {'in a note':>9} {'lost':>5}",
    ]
    details = []
    for fmt in FORMATS:
        result = roundtrip(args.server, records, fmt)
        total = Counter()
        for c in result["counts"].values():
            total.update(c)
        lines.append(
            f"{fmt:9} {result['items']:>5} {result['manuscripts']:>11} {result['archived']:>16} "
            f"{total['field']:>9} {total['extra']:>9} {total['note']:>9} {total['lost']:>5}"
        )
        by_variable = {v: c for v, c in result["counts"].items() if c["lost"] or c["extra"] or c["note"]}
        details.append("")
        details.append(f"{fmt}: values not in their field, by variable (in Extra / in a note / lost)")
        for variable, c in sorted(by_variable.items()):
            details.append(f"  {variable:20} {c['extra']:>3} / {c['note']:>3} / {c['lost']:>3}")
    emit(lines + details, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
