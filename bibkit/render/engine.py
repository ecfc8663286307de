"""The CSL engine: citeproc-js (npm ``citeproc``) run by Node, fed one JSON request.

Why citeproc-js and not citeproc-py
-----------------------------------
Both were tried on the seed's works (Gürsel's book, Kurat's article, Yüceer's paper, an RGASPI
document) cited in this order of notes: 1 Gürsel pp. 182-183, 2 Gürsel p. 184, 3 Gürsel p. 184,
4 Gürsel, 5 Kurat p. 376, 6 RGASPI, 7 Yüceer p. 62 + Kurat p. 380.
citeproc-py 0.11 got the CSL ``position`` logic and more wrong:

``chicago-notes-bibliography-subsequent-ibid`` (en-US), note 3 repeats note 2's work *and page*,
so CSL calls it ``ibid`` (no locator printed)::

    citeproc-py   2 ibid., 184.         3 ibid., 184.
    citeproc-js   2 İbid., 184.         3 İbid.

(citeproc-js upper-cases with the cited work's language, Turkish here, hence ``İ``; render.js
re-cases the term by the locale's rules, so bibkit prints ``Ibid.`` under en-US and ``A.g.e.``
under tr-TR.)

``uludag-universitesi-sosyal-bilimler-enstitusu-full-note-with-ibid``, the same notes::

    citeproc-py   2 cited, p. 184.      3 cited, p. 184.
    citeproc-js   2 cited, p. 184.      3 ibid.

``chicago-notes-bibliography`` (tr-TR) on an article whose note cites a conference paper and a
journal article (with pinpoints 62 and 380) and whose bibliography lists that article (pages
375-413): citeproc-py printed the journal article first with a stray ``baskı``, and its
bibliography entry ended ``(1967): 380`` — the note's pinpoint — where citeproc-js printed the
cites in order and ``(1967): 375-413``.

citeproc-py reorders the cites of a note, prints a stray edition term (``baskı``/``edition``),
initialises given names the style prints in full, gives the archival document a "no date"
(``t.y.``) it should not have, and — worst — leaks a note's pinpoint page (376) into the
bibliography in place of the article's pages (375-413). citeproc-js, the engine of Zotero and
Mendeley, is the reference implementation of CSL 1.0.2, and got all of these right, so bibkit
renders with it. The three styles of the examples, notes 1, 6 (archival) and 7, by citeproc-js::

    isnad-dipnotlu (tr-TR)
      1 Haluk F. Gürsel, Tarih Boyunca Türk-Rus İlişkileri (İstanbul, 1968), 182-183.
      6  (RGASPI, F. 159, op. 2, d. 57, l. 3, Moscow).
      7 Saime Yüceer, “Atatürk Dönemi …”, … (Ankara: Atatürk Araştırma Merkezi, 2011), 62; Kurat,
        “Brest-Litovsk Müzakereleri ve Barışı”, 380.
    chicago-notes-bibliography (en-US)
      6 f. 159, op. 2, d. 57, l. 3, RGASPI, Moscow.
    gost-r-7-0-5-2008 (ru-RU, an author-date style: notes hold in-text citations)
      1 [Gürsel, 1968, с. 182–183]
      6 [[CSL STYLE ERROR: reference with no printed form.]]   (the style prints no archive fields)

How it runs
-----------
:class:`CiteprocJS` starts ``node bibkit/render/js/render.js`` once per rendering and sends the
style, the locale directory, the items and the citations (in note order) as JSON on stdin; the
script calls ``processCitationCluster`` citation by citation, as a word processor does, and
answers with each citation's text, the position citeproc-js gave each cite, and the
bibliography. :class:`CiteprocSession` keeps one node for many renderings (``render.js --serve``,
one JSON line each way), where starting node for each would cost more than rendering. Node ≥ 18
must be on ``PATH`` (or named by ``$BIBKIT_NODE``), and the package installed with
``npm ci --prefix bibkit/render/js``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from bibkit.errors import BibkitError

JS_DIR = Path(__file__).parent / "js"
SCRIPT = JS_DIR / "render.js"
FORMATS = ("text", "html", "markdown")


class EngineUnavailable(BibkitError):
    """Node or the citeproc npm package is missing."""


class EngineFailed(BibkitError):
    """citeproc-js stopped on this style or these data (the message is citeproc-js's own)."""


@dataclass
class CitationResult:
    """One citation as citeproc-js rendered it.

    :param text: the rendered cluster in the requested format, ``None`` if it failed.
    :param positions: ``(item id, position)`` in the order the style printed them; position is
        ``first``, ``subsequent``, ``ibid``, ``ibid-with-locator``, or ``None`` where the style
        (an in-text one) never asks.
    :param error: citeproc-js's message when it failed.
    """

    text: str | None
    positions: list[tuple[str, str | None]] = field(default_factory=list)
    error: str | None = None


@dataclass
class EngineResult:
    style_class: str
    lang: str
    citations: dict[str, CitationResult]
    bibliography: list[tuple[str, str]] | None
    bibliography_error: str | None = None
    warnings: list[str] = field(default_factory=list)


def node_binary() -> str | None:
    """The ``node`` to run: ``$BIBKIT_NODE`` if set, else the first on ``PATH``."""
    return os.environ.get("BIBKIT_NODE") or shutil.which("node")


def unavailable_reason() -> str | None:
    """Why citeproc-js cannot run here, or ``None`` when it can (tests skip with this message)."""
    if node_binary() is None:
        return "node (Node.js ≥ 18) is not on PATH; bibkit format renders with citeproc-js under node"
    if not (JS_DIR / "node_modules" / "citeproc").is_dir() and not os.environ.get("NODE_PATH"):
        return "the npm package citeproc is not installed: run `npm ci --prefix bibkit/render/js`"
    return None


class CiteprocJS:
    """Runs citeproc-js through node; one :meth:`render` call is one fresh engine."""

    def __init__(self, node: str | None = None, timeout: float = 600.0) -> None:
        self.node = node or node_binary()
        self.timeout = timeout

    def render(
        self,
        *,
        style_xml: str,
        lang: str | None,
        locales_dir: Path,
        output: str,
        items: list[dict[str, Any]],
        citations: list[dict[str, Any]],
        bibliography: bool = True,
    ) -> EngineResult:
        """Render ``citations`` in the order given, then the bibliography of all ``items``.

        :param lang: the locale to force, or ``None`` for the style's default-locale.
        :param output: ``text``, ``html`` or ``markdown``.
        :raises EngineUnavailable: node or the npm package is missing.
        :raises EngineFailed: citeproc-js could not even load the style.
        """
        if output not in FORMATS:
            raise ValueError(f"output must be one of {FORMATS}, not {output!r}")
        if self.node is None:
            raise EngineUnavailable(unavailable_reason() or "node is not available")
        request = {
            "style": style_xml,
            "lang": lang,
            "localesDir": str(locales_dir),
            "format": output,
            "items": items,
            "citations": citations,
            "bibliography": bibliography,
        }
        return self._ask(json.dumps(request, ensure_ascii=False))

    def _ask(self, request: str) -> EngineResult:
        """One node, one request: the answer, or the error node's stderr names."""
        try:
            proc = subprocess.run(
                [self.node, str(SCRIPT)],
                input=request,
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=self.timeout,
                cwd=JS_DIR,
            )
        except FileNotFoundError:
            raise EngineUnavailable(f"cannot run node at {self.node!r}") from None
        except subprocess.TimeoutExpired:
            raise EngineFailed(f"citeproc-js took more than {self.timeout:.0f} s") from None
        if proc.returncode != 0:
            raise _failure(proc.stderr)
        return self._answer(proc.stdout, json.loads)

    def _answer(self, text: str, read: Callable[[str], Any]) -> EngineResult:
        """The result ``read`` makes of node's ``text``, or one error naming what node printed."""
        try:
            return _result(read(text))
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            # ValueError covers JSONDecodeError: a $BIBKIT_NODE that is not node, or a broken script.
            first = (text.strip().splitlines() or ["nothing"])[0][:80]
            raise EngineFailed(
                f"{self.node} did not answer as bibkit's citeproc-js script does "
                f"({type(exc).__name__}; its output began {first!r})"
            ) from None


class CiteprocSession(CiteprocJS):
    """One node, started once, renders every request (``render.js --serve``, a JSON line each way).

    For many renderings in one process — bibkit's tests, batches — where starting node and loading
    citeproc-js for each would cost more than the rendering. Use it as a context manager; each
    :meth:`render` is still a fresh citeproc-js engine, so results equal :class:`CiteprocJS`'s.
    """

    def __init__(self, node: str | None = None, timeout: float = 600.0) -> None:
        super().__init__(node, timeout)
        self._proc: subprocess.Popen[str] | None = None
        self._stderr: IO[str] | None = None

    def __enter__(self) -> CiteprocSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Ends the node process (a later :meth:`render` starts another)."""
        if self._proc is not None:
            self._proc.stdin.close()  # type: ignore[union-attr]
            self._proc.wait(timeout=30)
            self._proc = None
        if self._stderr is not None:
            self._stderr.close()
            self._stderr = None

    def _ask(self, request: str) -> EngineResult:
        if self._proc is None:
            # node's stderr to a file: a pipe nobody reads could fill and stall it.
            self._stderr = tempfile.TemporaryFile("w+", encoding="utf-8")
            try:
                self._proc = subprocess.Popen(
                    [self.node, str(SCRIPT), "--serve"],  # type: ignore[list-item]
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    stderr=self._stderr,
                    text=True,
                    encoding="utf-8",
                    cwd=JS_DIR,
                )
            except FileNotFoundError:
                raise EngineUnavailable(f"cannot run node at {self.node!r}") from None
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(request + "\n")
        self._proc.stdin.flush()
        line = self._proc.stdout.readline()
        if not line:
            assert self._stderr is not None
            self._proc.wait(timeout=30)
            self._stderr.seek(0)
            stderr = self._stderr.read()
            self.close()
            raise (
                _failure(stderr) if stderr.strip() else EngineFailed("citeproc-js stopped without answering")
            )
        return self._answer(line, _served)


def _served(line: str) -> Any:
    """The answer in one line of ``render.js --serve``; its error reply raised as the one-shot's is."""
    reply = json.loads(line)
    if "error" in reply:
        raise _failure(reply["error"])
    return reply["answer"]


def _failure(stderr: str) -> BibkitError:
    if "Cannot find module 'citeproc'" in stderr:
        return EngineUnavailable(
            "the npm package citeproc is not installed: run `npm ci --prefix bibkit/render/js`"
        )
    # citeproc-js's own message is the last "Error: …" line of node's trace.
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    message = next((line for line in lines if "Error" in line), lines[-1] if lines else "no message")
    return EngineFailed(f"citeproc-js failed: {message}")


def _result(answer: dict[str, Any]) -> EngineResult:
    citations = {
        c["citationID"]: CitationResult(
            text=c.get("text"),
            positions=[
                (p["id"], p["position"] if p["position"] not in ("undefined", None) else None)
                for p in c.get("positions") or []
            ],
            error=c.get("error"),
        )
        for c in answer["citations"]
    }
    bib = answer.get("bibliography")
    return EngineResult(
        style_class=answer.get("styleClass") or "note",
        lang=answer.get("lang") or "",
        citations=citations,
        bibliography=None if bib is None else [(e["id"], e["text"]) for e in bib["entries"]],
        bibliography_error=None if bib is None else bib.get("error"),
        warnings=list(answer.get("warnings") or []),
    )
