"""Restyle a Document's notes and bibliography in any CSL style (``bibkit format``).

``styles`` finds styles and locales, ``engine`` runs citeproc-js (why citeproc-js: see its
docstring), ``notes`` turns a Document into rendered notes and bibliography, ``output`` writes
them as text, HTML or Markdown, ``rewrite`` puts them back into the Markdown article, ``cli``
is the click command::

    from bibkit.render import find_style, render_document, write
    rendering = render_document(document_json, find_style("isnad-dipnotlu"), "tr-TR", "markdown")
    print(write(rendering))
"""

from __future__ import annotations

import importlib
from typing import Any

# Where each public name lives. They are imported on first use (PEP 562), so that registering
# `bibkit format` on the command line does not load the renderer: `bibkit --help` stays fast.
_HOMES = {
    "CiteprocJS": "engine",
    "EngineFailed": "engine",
    "EngineUnavailable": "engine",
    "unavailable_reason": "engine",
    "BibEntry": "notes",
    "RenderedNote": "notes",
    "Rendering": "notes",
    "render_document": "notes",
    "write": "output",
    "rewrite_markdown": "rewrite",
    "LocaleNotFound": "styles",
    "Style": "styles",
    "StyleNotFound": "styles",
    "find_locale": "styles",
    "find_style": "styles",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
