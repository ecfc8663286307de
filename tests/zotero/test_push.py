"""`bibkit push` against a local stand-in of the Zotero Web API (tests/zotero/fake_server.py):
creation in one collection, a second push that changes nothing, updates, batches, and the faults
a real server and network give (429 with Retry-After, Backoff, a lost connection after the write,
412 on a stale version, per-item refusals)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from bibkit.zotero.api import Client, ZoteroError, library_prefix
from bibkit.zotero.push import push
from tests.conftest import ROOT, SEED
from tests.zotero.fake_server import KEY, LIBRARY, FakeZotero


@pytest.fixture(scope="module")
def seed_items() -> list[dict]:
    from bibkit.pipeline import parse_file

    return [r.to_csl() for r in parse_file(str(SEED)).records]


@pytest.fixture
def server():
    with FakeZotero() as fake:
        yield fake


def client(server, waits: list[float] | None = None) -> Client:
    return Client(
        "user:" + LIBRARY.rsplit("/", 1)[1],
        KEY,
        base_url=server.url,
        sleep=waits.append if waits is not None else lambda seconds: None,
    )


def item_writes(server) -> list[dict]:
    return [r for r in server.library.log if r["method"] == "POST" and r["path"].endswith("/items")]


def test_the_seed_becomes_28_items_in_one_collection_and_a_second_push_changes_nothing(server, seed_items):
    first = push(seed_items, client(server), "Korkmaz 2018")
    assert (len(first.created), len(first.updated), len(first.unchanged), first.failed) == (28, 0, 0, [])
    assert len(server.library.collections) == 1
    assert all(item["collections"] == [first.collection] for item in server.library.items.values())
    version = server.library.version
    second = push(seed_items, client(server), "Korkmaz 2018")
    assert (len(second.created), len(second.updated), len(second.unchanged)) == (0, 0, 28)
    assert len(server.library.items) == 28 and len(server.library.collections) == 1
    assert server.library.version == version  # nothing was written


def test_archival_documents_are_manuscripts_with_archive_and_location(server, seed_items):
    push(seed_items, client(server))
    manuscripts = [i for i in server.library.items.values() if i["itemType"] == "manuscript"]
    assert len(manuscripts) == 4
    assert {m["archive"] for m in manuscripts} == {"RGASPI"}
    assert "f. 159, op. 2, d. 57, l. 3" in {m["archiveLocation"] for m in manuscripts}
    assert all("archive-place: Moscow" in m["extra"].splitlines() for m in manuscripts)


def test_a_changed_record_is_updated_in_place(server, seed_items):
    push(seed_items, client(server))
    changed = [dict(i) for i in seed_items]
    changed[0]["title"] = changed[0].get("title", "") + " (revised)"
    outcome = push(changed, client(server))
    assert (len(outcome.created), outcome.updated, len(outcome.unchanged)) == (0, [changed[0]["id"]], 27)
    assert any(i["title"].endswith("(revised)") for i in server.library.items.values())
    assert len(server.library.items) == 28


def test_429_waits_for_retry_after_and_backoff_delays_the_next_request(server, seed_items):
    server.library.rate_limited = 2
    server.library.backoff = 7.0
    waits: list[float] = []
    outcome = push(seed_items, client(server, waits))
    assert len(outcome.created) == 28 and len(server.library.items) == 28
    assert waits.count(3.0) >= 1 and 7.0 in waits
    assert len(item_writes(server)) == 3  # two refused with 429, one applied


def test_a_lost_connection_after_the_write_creates_nothing_twice(server, seed_items):
    server.library.dropped = 1
    outcome = push(seed_items, client(server, []))
    assert len(server.library.items) == 28
    assert sorted(outcome.created) == sorted(i["id"] for i in seed_items) and outcome.failed == []
    writes = item_writes(server)
    # The resent batch carried the same write token and was refused (412), not applied again.
    assert writes[0]["headers"]["Zotero-Write-Token"] == writes[1]["headers"]["Zotero-Write-Token"]
    assert re.fullmatch(r"[0-9a-f]{32}", writes[0]["headers"]["Zotero-Write-Token"])


def test_an_item_changed_in_zotero_meanwhile_is_read_again_and_updated_once(server, seed_items):
    push(seed_items, client(server))
    changed = [dict(i) for i in seed_items]
    changed[1]["publisher"] = "Yeni Yayınevi"
    target = next(
        k for k, d in server.library.items.items() if f"bibkit-id: {changed[1]['id']}" in d["extra"]
    )
    server.library.stale.add(target)
    outcome = push(changed, client(server))
    assert outcome.updated == [changed[1]["id"]] and outcome.failed == []
    assert server.library.items[target]["publisher"] == "Yeni Yayınevi"


def test_more_than_50_records_go_in_batches_of_50(server, seed_items):
    many = [{**item, "id": f"{item['id']}-{n}"} for n in range(3) for item in seed_items]  # 84 items
    outcome = push(many, client(server))
    assert len(outcome.created) == 84
    assert len(item_writes(server)) == 2  # 50 + 34: the server refuses more than 50 (413)


def test_an_item_the_server_refuses_is_reported_with_its_source_line(server, seed_items):
    broken = [dict(i) for i in seed_items]
    broken[3]["title"] = "FAIL " + broken[3].get("title", "")
    outcome = push(broken, client(server))
    assert len(outcome.created) == 27
    [failure] = outcome.failed
    assert failure.id == broken[3]["id"] and failure.line == broken[3]["custom"]["line"] > 0
    assert "not valid" in failure.message


def test_the_key_travels_in_a_header_only_and_a_wrong_key_is_one_clear_error(server, seed_items):
    push(seed_items[:2], client(server))
    assert all(KEY not in (r["path"] + r["query"]) for r in server.library.log)
    assert all(r["headers"]["Zotero-API-Key"] == KEY for r in server.library.log)
    wrong = Client("user:475425", "wrong-key", base_url=server.url, sleep=lambda s: None)
    with pytest.raises(ZoteroError, match="HTTP 403: the API key may not write") as error:
        push(seed_items[:2], wrong, "X")
    assert "wrong-key" not in str(error.value)


@pytest.mark.parametrize("spec", ["user:abc", "users/12", "12", "group:"])
def test_a_malformed_library_is_refused(spec):
    with pytest.raises(ZoteroError, match="user:ID or group:ID"):
        library_prefix(spec)


def _bibkit(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bibkit", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=300,
    )


def test_the_command_pushes_then_finds_everything_unchanged(server):
    env = {"ZOTERO_API_URL": server.url, "ZOTERO_API_KEY": KEY}
    args = ("push", str(SEED), "--library", "user:475425", "--collection", "Korkmaz 2018")
    first = _bibkit(*args, env=env)
    assert first.returncode == 0, first.stderr
    assert (
        first.stderr.strip().splitlines()[-1]
        == "user:475425, collection 'Korkmaz 2018': 28 created, 0 updated, 0 unchanged, 0 failed"
    )
    second = _bibkit(*args, env=env)
    assert second.stderr.strip().splitlines()[-1].endswith("0 created, 0 updated, 28 unchanged, 0 failed")
    assert KEY not in first.stdout + first.stderr + second.stdout + second.stderr


def test_the_command_needs_a_key_and_never_takes_it_as_an_argument(tmp_path):
    result = _bibkit("push", str(SEED), "--library", "user:1", env={"ZOTERO_API_KEY": ""})
    assert result.returncode == 1
    assert (
        result.stderr.strip().splitlines()[-1]
        == "bibkit: no Zotero API key: set ZOTERO_API_KEY or pass --api-key-file FILE"
    )
    assert "--api-key " not in _bibkit("push", "--help", env={}).stdout


def test_dry_run_prints_the_items_and_sends_nothing():
    result = _bibkit(
        "push", str(SEED), "--library", "user:1", "--dry-run", env={"ZOTERO_API_URL": "http://127.0.0.1:9"}
    )
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert len(items) == 28
    assert {i["itemType"] for i in items} >= {"book", "journalArticle", "manuscript", "thesis"}
    assert all(any(line.startswith("bibkit-id: ") for line in i["extra"].splitlines()) for i in items)
