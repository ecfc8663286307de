"""CSL values as the ``variable: value`` lines Zotero reads back from an item's Extra.

Zotero keeps in Extra what its item type has no field for, and reads such lines as CSL variables
(``archive-place: Moscow``, ``original-date: 1923-04``, ``editor: Kaya || Ali``). The RIS writer
sends them as ``M2`` (which Zotero's RIS importer appends to Extra) and ``bibkit push`` writes
them into Extra directly: both write them here.
"""

from __future__ import annotations

from typing import Any

from bibkit.export.bib import date_parts
from bibkit.export.text import clean


def date_text(value: Any) -> str:
    """``{"date-parts": [[1923, 4, 1]]}`` → ``1923-04-01``; a range as ``1991/1993``; a literal date as written."""
    texts = ["-".join(f"{p:02d}" if k else str(p) for k, p in enumerate(part)) for part in date_parts(value)]
    if not texts and isinstance(value, dict) and value.get("literal"):
        return clean(value["literal"])
    return "/".join(texts[:2])


def name_text(name: dict[str, Any]) -> str:
    """``Family || Given``, or the one name a literal or family-only name has."""
    if name.get("literal") or not name.get("given"):
        return clean(name.get("literal") or name.get("family", ""))
    return f"{clean(name['family'])} || {clean(name['given'])}"


def lines(variable: str, value: Any) -> list[str]:
    """The Extra lines of one CSL value (one per name of a name list); none for an empty value."""
    if isinstance(value, list):
        return [
            f"{variable}: {text}" for text in (name_text(n) for n in value if isinstance(n, dict)) if text
        ]
    text = date_text(value) if isinstance(value, dict) else clean(value)
    return [f"{variable}: {text}"] if text else []
