"""A :class:`~bibkit.render.notes.Rendering` as one text, HTML or Markdown document.

Notes keep their source numbers. In Markdown a note is a ``<sup>N</sup> …`` paragraph, the
convention of bibkit's Markdown inputs, because a Markdown ordered list renumbers from its first
item and would hide a gap in the source's numbering.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from bibkit.render.notes import Rendering

# Section headings in the rendering's language (the CSL locales have no term for them).
HEADINGS: dict[str, tuple[str, str]] = {
    "tr": ("Dipnotlar", "Kaynakça"),
    "ru": ("Примечания", "Список литературы"),
    "en": ("Notes", "Bibliography"),
}
# Text at the start of a Markdown line that would make it a list item, heading or quote.
_MD_LINE_START = re.compile(r"^(\d+)([.)])|^([-+#>])")
_NUMBERED = re.compile(r"^(\d+)\. ")


def headings(lang: str) -> tuple[str, str]:
    return HEADINGS.get(lang.split("-")[0].lower(), HEADINGS["en"])


def md_line_start(text: str) -> str:
    r"""Escape what would turn a Markdown paragraph into a list or heading: ``1. Gürsel`` → ``1\. Gürsel``."""
    return _MD_LINE_START.sub(lambda m: f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}", text, count=1)


def md_bibliography(entries: Iterable[str]) -> list[str]:
    """Markdown lines for bibliography entries: an ordered list when the style numbers them
    1, 2, 3 … (GOST, numeric styles), else a bulleted list."""
    texts = [" ".join(e.split()) for e in entries]
    numbers = [m and int(m[1]) for m in (_NUMBERED.match(t) for t in texts)]
    if texts and numbers == list(range(1, len(texts) + 1)):
        return texts
    return [f"- {md_line_start(t)}" for t in texts]


def write(rendering: Rendering) -> str:
    """The whole rendering in its output format, ending with a newline."""
    writer = {"text": _text, "html": _html, "markdown": _markdown}[rendering.output]
    return writer(rendering)


def _text(r: Rendering) -> str:
    notes_title, bib_title = headings(r.lang)
    out = [notes_title, ""] + [f"{n.number}. {n.text}" for n in r.notes]
    if r.bibliography is not None:
        out += ["", bib_title, ""] + [" ".join(e.text.split()) for e in r.bibliography]
    return "\n".join(out) + "\n"


def _markdown(r: Rendering) -> str:
    notes_title, bib_title = headings(r.lang)
    out = [f"## {notes_title}", ""]
    for n in r.notes:
        out += [f"<sup>{n.number}</sup> {n.text}", ""]
    if r.bibliography is not None:
        out += [f"## {bib_title}", ""]
        out += md_bibliography(e.text for e in r.bibliography)
        out.append("")
    return "\n".join(out)


def _html(r: Rendering) -> str:
    notes_title, bib_title = headings(r.lang)
    lang = html.escape(r.lang)
    out = [f'<section class="notes" lang="{lang}">', f"<h2>{notes_title}</h2>", '<ol class="notes">']
    out += [f'<li value="{n.number}" id="note-{n.number}">{n.text}</li>' for n in r.notes]
    out += ["</ol>", "</section>"]
    if r.bibliography is not None:
        out += [f'<section class="bibliography" lang="{lang}">', f"<h2>{bib_title}</h2>"]
        out += ['<div class="csl-bib-body">'] + [e.text for e in r.bibliography] + ["</div>", "</section>"]
    return "\n".join(out) + "\n"
