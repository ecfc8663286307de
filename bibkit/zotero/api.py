"""A small client of the Zotero Web API v3 (https://www.zotero.org/support/dev/web_api/v3/),
with what a well-behaved writer owes the server:

- the API key travels only in the ``Zotero-API-Key`` header, never in a URL or a message;
- ``Backoff`` on any response makes the next request wait that many seconds;
- ``429 Too Many Requests`` and ``503`` are retried after ``Retry-After`` (or a growing pause);
- a dropped connection is retried with the same request, so a create sent with a
  ``Zotero-Write-Token`` is never applied twice (the server answers 412 to a token it has seen);
- lists are read page by page (``start``/``limit``, ``Total-Results``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import requests

from bibkit.errors import BibkitError

DEFAULT_URL = "https://api.zotero.org"
PAGE = 100
RETRIES = 5
_LIBRARY = re.compile(r"^(user|group)s?:(\d+)$")


class ZoteroError(BibkitError):
    """The Zotero API refused a request, or could not be reached."""


def library_prefix(spec: str) -> str:
    """``user:123`` → ``/users/123``; ``group:45`` → ``/groups/45``."""
    match = _LIBRARY.match(spec.strip())
    if match is None:
        raise ZoteroError(
            f"library {spec!r}: write user:ID or group:ID (the numeric id from zotero.org/settings/keys)"
        )
    return f"/{match.group(1)}s/{match.group(2)}"


@dataclass
class Client:
    """Requests to one library. ``sleep`` is injectable so tests need not wait."""

    library: str
    key: str
    base_url: str = DEFAULT_URL
    timeout: float = 60.0
    sleep: Callable[[float], None] = time.sleep
    session: requests.Session = field(default_factory=requests.Session)
    _wait: float = 0.0

    def __post_init__(self) -> None:
        self.prefix = library_prefix(self.library)
        self.session.headers.update(
            {"Zotero-API-Key": self.key, "Zotero-API-Version": "3", "User-Agent": "bibkit"}
        )

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """One request, retried on 429/503/connection loss; other errors raise :class:`ZoteroError`."""
        url = self.base_url.rstrip("/") + self.prefix + path
        for attempt in range(RETRIES + 1):
            if self._wait:
                self.sleep(self._wait)
                self._wait = 0.0
            try:
                response = self.session.request(method, url, timeout=self.timeout, **kwargs)
            except (requests.ConnectionError, requests.Timeout) as exc:
                if attempt == RETRIES:
                    raise ZoteroError(
                        f"{method} {self.prefix}{path}: no answer from {self.base_url} ({type(exc).__name__})"
                    ) from None
                self._wait = 2.0**attempt
                continue
            backoff = _seconds(response.headers.get("Backoff"))
            if backoff:
                self._wait = max(self._wait, backoff)
            if response.status_code in (429, 503) and attempt < RETRIES:
                self._wait = max(self._wait, _seconds(response.headers.get("Retry-After")) or 2.0**attempt)
                continue
            return response
        return response  # pragma: no cover - the loop returns or raises

    def json(self, method: str, path: str, **kwargs: Any) -> tuple[Any, requests.Response]:
        """A request whose answer must be 200 with JSON."""
        response = self.request(method, path, **kwargs)
        if response.status_code != 200:
            raise ZoteroError(_failure(method, self.prefix + path, response))
        return response.json(), response

    def pages(self, path: str, **params: Any) -> Iterator[dict[str, Any]]:
        """Every object of a list, page by page."""
        start = 0
        while True:
            data, response = self.json(
                "GET", path, params={**params, "format": "json", "limit": PAGE, "start": start}
            )
            yield from data
            start += len(data)
            total = int(response.headers.get("Total-Results", start))
            if not data or start >= total:
                return


def _seconds(value: str | None) -> float:
    try:
        return max(0.0, float(value)) if value else 0.0
    except ValueError:
        return 0.0


def _failure(method: str, path: str, response: requests.Response) -> str:
    reason = {
        403: "the API key may not write to this library (zotero.org/settings/keys)",
        404: "no such library or collection",
        409: "the library is locked; try again later",
        413: "too many items in one request",
    }.get(response.status_code, (response.text or response.reason or "").strip()[:200])
    return f"{method} {path}: HTTP {response.status_code}: {reason}"
