"""Which Zotero item type a CSL item becomes, and which of its variables that type has a field for.

One table (``bibkit/data/zotero.json``, read from zotero/zotero-schema) serves both ways into
Zotero: ``bibkit push`` sends each held variable to its field, and the CSL-JSON writer moves the
variables the type has no field or creator role for into ``note``, which Zotero's CSL-JSON
importer turns into Extra (its importer drops them otherwise).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from bibkit.tables import load

NAME_VARIABLES = (
    "author",
    "editor",
    "translator",
    "container-author",
    "collection-editor",
    "reviewed-author",
    "recipient",
)
# Not bibliographic data (id, type), bibkit's own provenance (custom), or Extra itself (note).
_NOT_DATA = frozenset({"id", "type", "custom", "note"})


@cache
def table() -> dict[str, Any]:
    """The CSL → Zotero table: ``types``, ``fallback``, ``fields`` and ``creators`` per item type."""
    return load("zotero")


def item_type(csl_type: str) -> str:
    """The Zotero itemType of a CSL type (``chapter`` → ``bookSection``)."""
    types = table()
    return types["types"].get(csl_type, types["fallback"])


def fields(kind: str) -> dict[str, str]:
    """CSL variable → Zotero field, for the variables Zotero item type ``kind`` has a field for."""
    return table()["fields"][kind]


def roles(kind: str) -> dict[str, str]:
    """CSL name variable → Zotero creator type, for the name variables item type ``kind`` holds."""
    return table()["creators"][kind]


def unheld(item: dict[str, Any]) -> list[str]:
    """The variables of a CSL item, in its order, that its Zotero type has no field or role for."""
    kind = item_type(item.get("type", ""))
    held = fields(kind).keys() | roles(kind).keys()
    return [
        variable
        for variable, value in item.items()
        if variable not in _NOT_DATA and variable not in held and value not in (None, "", [], {})
    ]
