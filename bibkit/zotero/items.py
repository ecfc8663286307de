"""CSL-JSON items → Zotero item JSON, as the Zotero Web API v3 accepts it.

Each CSL variable goes to the Zotero field of the item's type that holds it (table:
``bibkit/data/zotero.json``); a variable the type has no field for goes to Extra as a
``variable: value`` line, which Zotero itself reads back as CSL (``archive-place: Moscow``,
``editor: Kaya || Ali``). Extra also carries ``bibkit-id: <id>``, by which a later push finds the
items it made. Nothing of the record is dropped but bibkit's own provenance (``custom``).
"""

from __future__ import annotations

from typing import Any

from bibkit.export.extra import date_text
from bibkit.export.extra import lines as extra_lines
from bibkit.export.text import clean
from bibkit.export.zotero_fields import NAME_VARIABLES, fields, item_type, roles

ID_PREFIX = "bibkit-id: "
_NOT_DATA = {"id", "type", "custom"}


def _creator(name: dict[str, Any], creator_type: str) -> dict[str, str]:
    if name.get("literal") or not name.get("given"):
        return {"creatorType": creator_type, "name": clean(name.get("literal") or name.get("family", ""))}
    return {"creatorType": creator_type, "lastName": clean(name["family"]), "firstName": clean(name["given"])}


def to_zotero(item: dict[str, Any], collections: list[str] | None = None) -> dict[str, Any]:
    """The Zotero item JSON of one CSL-JSON item (``Record.to_csl()``)."""
    kind = item_type(item.get("type", ""))
    held, creator_types = fields(kind), roles(kind)
    out: dict[str, Any] = {"itemType": kind, "creators": []}
    extra: list[str] = []
    for variable in NAME_VARIABLES:
        if variable in creator_types:
            out["creators"].extend(
                _creator(name, creator_types[variable]) for name in item.get(variable) or []
            )
        else:
            extra.extend(extra_lines(variable, item.get(variable) or []))
    for variable, value in item.items():
        if variable in _NOT_DATA or variable in NAME_VARIABLES or value in (None, "", [], {}):
            continue
        text = date_text(value) if isinstance(value, dict) else clean(value)
        if variable == "issued" and "/" in text:
            out["date"] = text.split("/")[0]
            extra.append(f"issued: {text}")  # the range, which Zotero's date field cannot hold
        elif variable in held:
            out[held[variable]] = text
        else:
            extra.extend(extra_lines(variable, value))
    if item.get("id"):
        extra.append(ID_PREFIX + str(item["id"]))
    if extra:
        out["extra"] = "\n".join(extra)
    out["collections"] = list(collections or [])
    return out


def bibkit_id(zotero_item: dict[str, Any]) -> str:
    """The ``bibkit-id`` an item's Extra carries, or ``""``."""
    for line in str(zotero_item.get("extra") or "").splitlines():
        if line.startswith(ID_PREFIX):
            return line[len(ID_PREFIX) :].strip()
    return ""
