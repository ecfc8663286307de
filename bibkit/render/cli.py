"""``bibkit format``: restyle an article's notes and bibliography in any CSL style.

Registered on the ``bibkit`` click group by ``bibkit/cli.py``::

    from bibkit.render.cli import format_command
    main.add_command(format_command)
"""

from __future__ import annotations

import importlib
import importlib.util
import json
from pathlib import Path
from typing import Any

import click

from bibkit.atomic import OutputIsInput, refuse_input_as_output, write_text_atomic
from bibkit.errors import BibkitError
from bibkit.render.engine import FORMATS

# The rest of the renderer is imported inside the command: registering the command must not load
# it, so that `bibkit --help` stays fast.


class UsageProblem(click.ClickException):
    """A usage error on one line (``click.UsageError`` would add the usage text): exit code 2."""

    exit_code = 2


@click.command("format")
@click.argument("doc", metavar="DOC")
@click.option(
    "--style",
    "-s",
    "style_spec",
    required=True,
    metavar="NAME|FILE.csl",
    help="A CSL style from the installed collection (isnad-dipnotlu, chicago-notes-bibliography, "
    "gost-r-7-0-5-2008, …) or a .csl file.",
)
@click.option(
    "--locale",
    "-l",
    default=None,
    metavar="tr-TR|ru-RU|en-US",
    help="CSL locale for terms, dates and headings. Default: the style's own, else en-US.",
)
@click.option(
    "--output",
    type=click.Choice(FORMATS),
    default="text",
    show_default=True,
    help="Output format; markdown writes italics as *…* and notes as <sup>N</sup> paragraphs.",
)
@click.option(
    "--rewrite",
    metavar="OUT.md",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write a copy of the Markdown article DOC with its notes and reference list replaced by "
    "the rendered ones (Markdown), instead of printing.",
)
def format_command(doc: str, style_spec: str, locale: str | None, output: str, rewrite: str | None) -> None:
    """Print the notes of DOC (numbered as in the source) and its bibliography in a CSL style.

    DOC is an article bibkit parses (Markdown, plain text, - for standard input) or a Document
    JSON written by 'bibkit parse'. First, subsequent and ibid. forms are the style's, decided
    over the notes in order. What cannot be rendered keeps its source text and is reported on
    stderr.
    """
    from bibkit.render.output import write
    from bibkit.render.rewrite import rewrite_markdown
    from bibkit.render.styles import LocaleNotFound, StyleNotFound, find_locale, find_style

    try:
        style = find_style(style_spec)
        find_locale(locale, style)
    except (StyleNotFound, LocaleNotFound) as exc:
        raise UsageProblem(str(exc)) from None
    if rewrite and doc == "-":
        raise UsageProblem("--rewrite needs DOC as a file: the article is read again to be rewritten")
    if rewrite:
        try:
            refuse_input_as_output(rewrite, (doc,))
        except OutputIsInput:
            raise UsageProblem("--rewrite writes a copy: OUT.md must not be DOC itself") from None
    try:
        document = load_document(doc)
        rendering = _render(doc, document, style, locale, "markdown" if rewrite else output)
        problems = list(rendering.problems)
        if rewrite:
            source = _read_source(doc, document)
            text, more = rewrite_markdown(source, document, rendering)
            problems += more
            _write_file(rewrite, text)
    except BibkitError as exc:
        raise click.ClickException(str(exc)) from None
    from bibkit.export.text import visible  # imported here: `bibkit --help` stays fast

    for problem in problems:
        click.echo(visible(f"warning: {problem}"), err=True)
    if not rewrite:
        click.echo(visible(write(rendering)), nl=False)


def _render(doc: str, document: dict[str, Any], style: Any, locale: str | None, output: str) -> Any:
    """Render, and blame a hand-edited Document JSON (not bibkit) for values of the wrong shape."""
    from bibkit.render.notes import render_document

    try:
        return render_document(document, style, locale, output)
    except (TypeError, KeyError, AttributeError, ValueError) as exc:
        if not _is_document_json(doc):
            raise
        raise BibkitError(
            f"{doc}: a Document JSON bibkit cannot render ({type(exc).__name__}: {exc})"
        ) from None


def _is_document_json(doc: str) -> bool:
    return doc != "-" and doc.lower().endswith(".json")


def load_document(doc: str) -> dict[str, Any]:
    """The Document of ``doc`` as ``Document.to_json()`` gives it.

    :raises BibkitError: unreadable input, or no parser yet for an article.
    """
    if _is_document_json(doc):
        try:
            data = json.loads(Path(doc).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise BibkitError(f"{doc}: no such file") from None
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise BibkitError(f"{doc}: not a readable Document JSON ({exc})") from None
        if not (isinstance(data, dict) and isinstance(data.get("records"), list)):
            raise BibkitError(f"{doc}: JSON, but not a bibkit Document (write one with `bibkit parse`)")
        for part in ("records", "citations", "notes", "unparsed"):
            items = data.get(part, [])
            if not (isinstance(items, list) and all(isinstance(item, dict) for item in items)):
                raise BibkitError(f"{doc}: not a bibkit Document: {part!r} must be a list of objects")
        from bibkit.export.text import visible_deep

        return visible_deep(data)  # type: ignore[return-value]
    # find_spec, not try/except ImportError: a broken pipeline must fail loudly, not look absent.
    if importlib.util.find_spec("bibkit.pipeline") is None:
        raise BibkitError("bibkit.pipeline is not available yet: pass a Document JSON from `bibkit parse`")
    pipeline = importlib.import_module("bibkit.pipeline")
    result = pipeline.parse_file(doc)
    return result.to_json() if hasattr(result, "to_json") else result


def _read_source(doc: str, document: dict[str, Any]) -> str:
    """The article's text with the parser's decoding, so that line numbers agree."""
    path = doc
    if _is_document_json(doc):
        path = str(document.get("source") or "")
        if not Path(path).is_file():
            raise BibkitError(
                f"{doc}: --rewrite needs the article; its source {path!r} is not a readable file"
            )
    from bibkit.read import read_path

    return read_path(path).text


def _write_file(path: str, text: str) -> None:
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise BibkitError(f"{path}: cannot write ({exc.strerror})") from None
