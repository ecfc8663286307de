"""Put records into a Zotero library: create what is new, update what changed, leave the rest.

Items bibkit made carry ``bibkit-id: <id>`` in Extra. Before writing, the target (the named
collection, or the library's top-level items) is read, so a second push of the same document
finds its items again: an item whose fields are all as bibkit would write them is left
unchanged; one that differs is updated in place (with its version, so a change made meanwhile in
Zotero is not overwritten blindly: that item is read again and written once more). New items are
created in batches of 50, each batch with its own ``Zotero-Write-Token``: a batch resent after a
lost connection is refused by the server (412) instead of being created twice, and bibkit then
reads the target again to learn which of its items exist.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from bibkit.zotero.api import Client, ZoteroError
from bibkit.zotero.items import bibkit_id, to_zotero

BATCH = 50


@dataclass
class Failure:
    """An item the server refused, with the record's source line."""

    id: str
    line: int
    message: str


@dataclass
class Outcome:
    """What a push did, by bibkit record id."""

    collection: str = ""
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)


def plan(records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The item JSON a push would create, without contacting Zotero (``--dry-run``)."""
    return [to_zotero(record) for record in records]


def _same(mine: dict[str, Any], theirs: dict[str, Any]) -> bool:
    for key, value in mine.items():
        if key == "collections":
            if not set(value) <= set(theirs.get("collections") or []):
                return False
        elif (theirs.get(key) or "") != value and not (value == [] and not theirs.get(key)):
            return False
    return True


def _collection(client: Client, name: str, token: Callable[[], str]) -> str:
    for entry in client.pages("/collections"):
        if entry.get("data", {}).get("name") == name:
            return str(entry["key"])
    data, _ = client.json(
        "POST", "/collections", json=[{"name": name}], headers={"Zotero-Write-Token": token()}
    )
    if "0" not in (data.get("successful") or {}):
        reason = (data.get("failed") or {}).get("0", {}).get("message", "refused")
        raise ZoteroError(f"cannot create the collection {name!r}: {reason}")
    return str(data["successful"]["0"]["key"])


def _existing(client: Client, collection: str) -> dict[str, dict[str, Any]]:
    path = f"/collections/{collection}/items/top" if collection else "/items/top"
    found: dict[str, dict[str, Any]] = {}
    for entry in client.pages(path):
        ident = bibkit_id(entry.get("data", {}))
        if ident:
            found[ident] = entry["data"]
    return found


def push(
    records: list[dict[str, Any]],
    client: Client,
    collection: str | None = None,
    token: Callable[[], str] = lambda: uuid.uuid4().hex,
) -> Outcome:
    """Create or update ``records`` (CSL-JSON items with ids) in the client's library.

    :param collection: a collection name, found or created; its items are the ones compared.
    """
    outcome = Outcome()
    key = _collection(client, collection, token) if collection else ""
    outcome.collection = key
    existing = _existing(client, key)
    lines = {str(r.get("id")): int((r.get("custom") or {}).get("line") or 0) for r in records}
    creates: list[tuple[str, dict[str, Any]]] = []
    updates: list[tuple[str, dict[str, Any]]] = []
    for record in records:
        ident = str(record.get("id"))
        item = to_zotero(record, [key] if key else [])
        old = existing.get(ident)
        if old is None:
            creates.append((ident, item))
        elif _same(item, old):
            outcome.unchanged.append(ident)
        else:
            merged = sorted(set(old.get("collections") or []) | set(item["collections"]))
            updates.append(
                (ident, {**item, "collections": merged, "key": old["key"], "version": old["version"]})
            )
    for start in range(0, len(creates), BATCH):
        _create(client, creates[start : start + BATCH], key, token, lines, outcome)
    for start in range(0, len(updates), BATCH):
        _update(client, updates[start : start + BATCH], key, lines, outcome, retry=True)
    return outcome


def _create(
    client: Client,
    batch: list[tuple[str, dict[str, Any]]],
    collection: str,
    token: Callable[[], str],
    lines: dict[str, int],
    outcome: Outcome,
) -> None:
    response = client.request(
        "POST", "/items", json=[item for _, item in batch], headers={"Zotero-Write-Token": token()}
    )
    if response.status_code == 412:
        # The token was used: an earlier try of this very batch reached the server before the
        # connection dropped. Read what exists now; create only what is still missing.
        now = _existing(client, collection)
        missing = [(ident, item) for ident, item in batch if ident not in now]
        outcome.created.extend(ident for ident, _ in batch if ident in now)
        if missing:
            _create(client, missing, collection, token, lines, outcome)
        return
    if response.status_code != 200:
        raise ZoteroError(f"POST items: HTTP {response.status_code}: {response.text.strip()[:200]}")
    _record(response.json(), batch, lines, outcome, outcome.created)


def _update(
    client: Client,
    batch: list[tuple[str, dict[str, Any]]],
    collection: str,
    lines: dict[str, int],
    outcome: Outcome,
    retry: bool,
) -> None:
    response = client.request("POST", "/items", json=[item for _, item in batch])
    if response.status_code != 200:
        raise ZoteroError(f"POST items: HTTP {response.status_code}: {response.text.strip()[:200]}")
    stale = _record(response.json(), batch, lines, outcome, outcome.updated, keep_stale=retry)
    if stale:
        # Changed in Zotero since it was read: read the current versions and write once more.
        now = _existing(client, collection)
        again = [(ident, {**item, "version": now[ident]["version"]}) for ident, item in stale if ident in now]
        if again:
            _update(client, again, collection, lines, outcome, retry=False)


def _record(
    answer: dict[str, Any],
    batch: list[tuple[str, dict[str, Any]]],
    lines: dict[str, int],
    outcome: Outcome,
    done: list[str],
    keep_stale: bool = False,
) -> list[tuple[str, dict[str, Any]]]:
    """Sort a batch's answer (``successful``/``unchanged``/``failed`` by index) into ``outcome``;
    return the items refused as stale (412) when they are to be retried."""
    stale = []
    failed = answer.get("failed") or {}
    for index, (ident, item) in enumerate(batch):
        k = str(index)
        if k in (answer.get("successful") or {}) or k in (answer.get("success") or {}):
            done.append(ident)
        elif k in (answer.get("unchanged") or {}):
            outcome.unchanged.append(ident)
        elif k in failed and failed[k].get("code") == 412 and keep_stale:
            stale.append((ident, item))
        else:
            message = failed.get(k, {}).get("message", "no answer for this item")
            outcome.failed.append(Failure(ident, lines.get(ident, 0), str(message)))
    return stale
