"""CSL-JSON items → Zotero item JSON, as the Zotero Web API v3 accepts it.

Each CSL variable goes to the Zotero field of the item's type that holds it (table:
``bibkit/data/zotero.json``); a variable the type has no field for goes to Extra as a
``variable: value`` line, which Zotero itself reads back as CSL (``archive-place: Moscow``,
``editor: Kaya || Ali``). Extra also carries ``bibkit-id: <id>``, by which a later push finds the
items it made. Nothing of the record is dropped but bibkit's own provenance (``custom``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from bibkit.export.text import clean
from bibkit.tables import load

ID_PREFIX = "bibkit-id: "
_NAME_VARIABLES = (
    "author",
    "editor",
    "translator",
    "container-author",
    "collection-editor",
    "reviewed-author",
    "recipient",
)
_DATE_VARIABLES = {"issued", "accessed", "original-date", "event-date", "submitted"}
_NOT_DATA = {"id", "type", "custom"}


@cache
def _table() -> dict[str, Any]:
    return load("zotero")


def item_type(csl_type: str) -> str:
    """The Zotero itemType of a CSL type (``chapter`` → ``bookSection``)."""
    table = _table()
    return table["types"].get(csl_type, table["fallback"])


def _date(value: dict[str, Any]) -> str:
    """``{"date-parts": [[1923, 4, 1]]}`` → ``1923-04-01``; a range as ``1991/1993``."""
    parts = value.get("date-parts") or []
    texts = [
        "-".join(f"{int(p):02d}" if k else str(int(p)) for k, p in enumerate(part)) for part in parts if part
    ]
    if not texts and value.get("literal"):
        return clean(value["literal"])
    return "/".join(texts[:2])


def _creator(name: dict[str, Any], creator_type: str) -> dict[str, str]:
    if name.get("literal") or not name.get("given"):
        return {"creatorType": creator_type, "name": clean(name.get("literal") or name.get("family", ""))}
    return {"creatorType": creator_type, "lastName": clean(name["family"]), "firstName": clean(name["given"])}


def _extra_name(name: dict[str, Any]) -> str:
    if name.get("literal") or not name.get("given"):
        return clean(name.get("literal") or name.get("family", ""))
    return f"{clean(name['family'])} || {clean(name['given'])}"


def to_zotero(item: dict[str, Any], collections: list[str] | None = None) -> dict[str, Any]:
    """The Zotero item JSON of one CSL-JSON item (``Record.to_csl()``)."""
    table = _table()
    kind = item_type(item.get("type", ""))
    fields: dict[str, str] = table["fields"][kind]
    roles: dict[str, str] = table["creators"][kind]
    out: dict[str, Any] = {"itemType": kind, "creators": []}
    extra: list[str] = []
    for variable in _NAME_VARIABLES:
        for name in item.get(variable) or []:
            if variable in roles:
                out["creators"].append(_creator(name, roles[variable]))
            else:
                extra.append(f"{variable}: {_extra_name(name)}")
    for variable, value in item.items():
        if variable in _NOT_DATA or variable in _NAME_VARIABLES or value in (None, "", [], {}):
            continue
        text = _date(value) if variable in _DATE_VARIABLES and isinstance(value, dict) else clean(value)
        if variable == "issued" and isinstance(value, dict) and len(value.get("date-parts") or []) > 1:
            out["date"] = text.split("/")[0]
            extra.append(f"issued: {text}")  # the range, which Zotero's date field cannot hold
            continue
        if variable in fields:
            out[fields[variable]] = text
        elif text:
            extra.append(f"{variable}: {text}")
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
