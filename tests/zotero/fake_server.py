"""A Zotero Web API v3 stand-in on 127.0.0.1 for bibkit's push tests: the documented contract
(https://www.zotero.org/support/dev/web_api/v3/write_requests and .../basics) for the calls bibkit
makes, with faults to inject. Nothing leaves the machine."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

KEY = "test-api-key-0123456789"
LIBRARY = "/users/475425"
_ALPHABET = "23456789ABCDEFGHIJKLMNPQRSTUVWXYZ"


@dataclass
class Library:
    """The server's state and the faults it will inject."""

    version: int = 1
    items: dict[str, dict[str, Any]] = field(default_factory=dict)
    collections: dict[str, dict[str, Any]] = field(default_factory=dict)
    tokens: set[str] = field(default_factory=set)
    log: list[dict[str, Any]] = field(default_factory=list)
    # Faults: how many of the next item writes answer 429, or are applied and then lose their
    # connection; items bumped to a newer version just before an update reaches them.
    rate_limited: int = 0
    dropped: int = 0
    backoff: float = 0.0
    stale: set[str] = field(default_factory=set)
    next_key: int = 0

    def new_key(self) -> str:
        self.next_key += 1
        n, out = self.next_key, ""
        for _ in range(8):
            n, r = divmod(n, len(_ALPHABET))
            out = _ALPHABET[r] + out
        return out


class Handler(BaseHTTPRequestHandler):
    library: Library

    def log_message(self, *args: Any) -> None:  # quiet test output
        pass

    def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Last-Modified-Version", str(self.library.version))
        if self.library.backoff:
            self.send_header("Backoff", str(self.library.backoff))
            self.library.backoff = 0.0
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _route(self) -> tuple[str, dict[str, list[str]]] | None:
        url = urlparse(self.path)
        self.library.log.append(
            {"method": self.command, "path": url.path, "query": url.query, "headers": dict(self.headers)}
        )
        if self.headers.get("Zotero-API-Key") != KEY:
            self._send(403, {"message": "Forbidden"})
            return None
        if not url.path.startswith(LIBRARY):
            self._send(404, {"message": "Not found"})
            return None
        return url.path[len(LIBRARY) :], parse_qs(url.query)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        routed = self._route()
        if routed is None:
            return
        path, query = routed
        lib = self.library
        if path == "/collections":
            objects = list(lib.collections.values())
        elif path == "/items/top":
            objects = [{"key": k, "version": d["version"], "data": d} for k, d in lib.items.items()]
        elif path.startswith("/collections/") and path.endswith("/items/top"):
            key = path.split("/")[2]
            if key not in lib.collections:
                self._send(404, {"message": "Collection not found"})
                return
            objects = [
                {"key": k, "version": d["version"], "data": d}
                for k, d in lib.items.items()
                if key in d.get("collections", [])
            ]
        else:
            self._send(404, {"message": "Not found"})
            return
        start, limit = int(query.get("start", ["0"])[0]), int(query.get("limit", ["25"])[0])
        self._send(200, objects[start : start + limit], {"Total-Results": str(len(objects))})

    def do_POST(self) -> None:  # noqa: N802
        routed = self._route()
        if routed is None:
            return
        path, _ = routed
        lib = self.library
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))) or b"null")
        if not isinstance(body, list):
            self._send(400, {"message": "Uploaded data must be a JSON array"})
            return
        if len(body) > 50:
            self._send(413, {"message": "Only 50 objects can be written at a time"})
            return
        token = self.headers.get("Zotero-Write-Token")
        if token and token in lib.tokens:
            self._send(412, {"message": "Write token already used"})
            return
        if path == "/items" and lib.rate_limited:
            lib.rate_limited -= 1
            self._send(429, {"message": "Too many requests"}, {"Retry-After": "3"})
            return
        answer: dict[str, dict[str, Any]] = {"successful": {}, "success": {}, "unchanged": {}, "failed": {}}
        for index, obj in enumerate(body):
            k = str(index)
            if path == "/collections":
                key = lib.new_key()
                lib.version += 1
                lib.collections[key] = {
                    "key": key,
                    "version": lib.version,
                    "data": {**obj, "key": key, "version": lib.version},
                }
                answer["successful"][k] = lib.collections[key]
                answer["success"][k] = key
                continue
            if "FAIL" in str(obj.get("title", "")) or "itemType" not in obj:
                answer["failed"][k] = {
                    "key": obj.get("key", ""),
                    "code": 400,
                    "message": "'title' is not valid here",
                }
                continue
            if "key" in obj:
                current = lib.items.get(obj["key"])
                if current is None:
                    answer["failed"][k] = {"key": obj["key"], "code": 404, "message": "Item not found"}
                    continue
                if obj["key"] in lib.stale:
                    lib.stale.discard(obj["key"])
                    lib.version += 1
                    current["version"] = lib.version
                if obj.get("version") != current["version"]:
                    answer["failed"][k] = {
                        "key": obj["key"],
                        "code": 412,
                        "message": "Item has been modified since specified version",
                    }
                    continue
                changed = {
                    f: v for f, v in obj.items() if f not in ("key", "version") and current.get(f) != v
                }
                if not changed:
                    answer["unchanged"][k] = obj["key"]
                    continue
                lib.version += 1
                current.update(changed)
                current["version"] = lib.version
                answer["successful"][k] = {"key": obj["key"], "version": lib.version, "data": current}
                answer["success"][k] = obj["key"]
                continue
            key = lib.new_key()
            lib.version += 1
            lib.items[key] = {**obj, "key": key, "version": lib.version}
            answer["successful"][k] = {"key": key, "version": lib.version, "data": lib.items[key]}
            answer["success"][k] = key
        if token:
            lib.tokens.add(token)
        if path == "/items" and lib.dropped:
            lib.dropped -= 1
            self.close_connection = True  # applied, but the client never hears of it
            return
        self._send(200, answer)


class FakeZotero:
    """``with FakeZotero() as server:`` — ``server.url`` to use, ``server.library`` to inspect."""

    def __enter__(self) -> FakeZotero:
        self.library = Library()
        handler = type("BoundHandler", (Handler,), {"library": self.library})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
