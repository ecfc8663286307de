"""Restyle a Document's notes and bibliography in any CSL style (``bibkit format``).

``styles`` finds styles and locales, ``engine`` runs citeproc-js (why citeproc-js: see its
docstring), ``notes`` turns a Document into rendered notes and bibliography, ``output`` writes
them as text, HTML or Markdown, ``rewrite`` puts them back into the Markdown article, ``cli``
is the click command::

    from bibkit.render import find_style, render_document, write
    rendering = render_document(document_json, find_style("isnad-dipnotlu"), "tr-TR", "markdown")
    print(write(rendering))
"""

from bibkit.render.engine import CiteprocJS, EngineFailed, EngineUnavailable, unavailable_reason
from bibkit.render.notes import BibEntry, RenderedNote, Rendering, render_document
from bibkit.render.output import write
from bibkit.render.rewrite import rewrite_markdown
from bibkit.render.styles import LocaleNotFound, Style, StyleNotFound, find_locale, find_style

__all__ = [
    "BibEntry",
    "CiteprocJS",
    "EngineFailed",
    "EngineUnavailable",
    "LocaleNotFound",
    "RenderedNote",
    "Rendering",
    "Style",
    "StyleNotFound",
    "find_locale",
    "find_style",
    "render_document",
    "rewrite_markdown",
    "unavailable_reason",
    "write",
]
