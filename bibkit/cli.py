"""The ``bibkit`` command: a thin shell around :mod:`bibkit.pipeline` and :mod:`bibkit.export`.

Input problems give one line on stderr and exit code 1; usage errors exit 2 (click); a traceback
is shown only with ``--debug``. Heavy modules are imported inside the commands that need them so
that ``bibkit --help`` starts fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from typing import Any

import click

EXPORT_FORMATS = ("bibtex", "biblatex", "csl", "ris")
PARSE_FORMATS = ("json", *EXPORT_FORMATS)


def _say(text: str, **kwargs: Any) -> None:
    """``click.echo`` of text that reaches a terminal: no escape sequence, bidi override or lone
    surrogate from a document gets through (the writers' one character rule)."""
    from bibkit.export.text import visible

    click.echo(visible(text), **kwargs)


def _fail(message: str) -> None:
    _say(f"bibkit: {message}", err=True)
    sys.exit(1)


def _guard(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors (and, without --debug, any error) into one line on stderr."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from bibkit.errors import BibkitError

        debug = click.get_current_context().find_root().params.get("debug", False)
        try:
            return func(*args, **kwargs)
        except BibkitError as exc:
            if debug:
                raise
            _fail(str(exc))
        except OSError as exc:
            if debug:
                raise
            _fail(f"{exc.filename or 'output'}: {exc.strerror or exc}")
        except (KeyboardInterrupt, click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except Exception as exc:  # noqa: BLE001 - last line of defence: no traceback for users
            if debug:
                raise
            _fail(f"internal error ({type(exc).__name__}: {exc}); rerun with --debug and report it")

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
@click.version_option(package_name="bibkit")
def main(debug: bool) -> None:
    """Parse Turkish, Russian and English notes and reference lists (with archival locators)
    into CSL records, and export them to BibTeX, BibLaTeX, CSL-JSON and RIS."""


def _report(doc: Any) -> None:
    c = doc.counts
    _say(
        f"{doc.source}: {c['notes']} notes, {c['entries']} entries, {c['records']} records, "
        f"{c['citations']} citations, {c['unparsed']} unparsed",
        err=True,
    )
    for warning in doc.warnings:
        _say(f"{doc.source}: warning: {warning}", err=True)
    for item in doc.unparsed:
        _say(f"{doc.source}:{item.line}: unparsed {item.kind}: {item.reason}", err=True)


def _echo(pieces: Iterable[str]) -> None:
    """Text to standard output as it comes, ending with a line break."""
    last = ""
    for piece in pieces:
        click.echo(piece, nl=False)  # the writers' own output: already under the character rule
        last = piece or last
    if not last.endswith("\n"):
        click.echo("")


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        from bibkit.atomic import write_text_atomic

        write_text_atomic(output, text)
    else:
        _echo([text])


def _export(fmt: str, records: list[Any], output: str | None) -> None:
    """Records in ``fmt`` to ``output`` or standard output, written as they are produced."""
    from bibkit.export import pieces, write_file

    if output and output != "-":
        write_file(fmt, records, output)
    else:
        _echo(pieces(fmt, records))


def _refuse_overwriting_inputs(output: str | None, docs: Iterable[str]) -> None:
    """Before any work: ``-o`` naming one of the documents read would replace the article."""
    if output and output != "-":
        from bibkit.atomic import refuse_input_as_output

        refuse_input_as_output(output, docs)


def _parse_all(docs: tuple[str, ...], jobs: int, quiet: bool = False) -> list[Any]:
    from bibkit.batch import parse_many

    # A progress bar only on a terminal and only for several documents; pipes and CI stay quiet.
    if len(docs) > 3 and sys.stderr.isatty():
        with click.progressbar(length=len(docs), label="parsing", file=sys.stderr) as bar:
            documents = parse_many(list(docs), jobs=jobs, progress=lambda: bar.update(1))
    else:
        documents = parse_many(list(docs), jobs=jobs)
    if not quiet:
        for doc in documents:
            _report(doc)
    return documents


@main.command()
@click.argument("doc", metavar="DOC")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(PARSE_FORMATS),
    default="json",
    show_default=True,
    help="json: the whole Document; the others: its records.",
)
@click.option("--output", "-o", metavar="FILE", help="Write here instead of standard output.")
@_guard
def parse(doc: str, fmt: str, output: str | None) -> None:
    """Parse DOC (Markdown or plain-text article, or a bare reference list; - for stdin)."""
    from bibkit.pipeline import parse_file

    _refuse_overwriting_inputs(output, (doc,))
    document = parse_file(doc)
    _report(document)
    if fmt == "json":
        from bibkit.export.text import visible_deep

        _write(json.dumps(visible_deep(document.to_json()), ensure_ascii=False, indent=2) + "\n", output)
    else:
        _export(fmt, document.records, output)


@main.command()
@click.argument("docs", nargs=-1, required=True, metavar="DOC...")
@click.option("--format", "-f", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("--output", "-o", metavar="FILE", help="Write here instead of standard output.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Parse documents in this many processes.",
)
@_guard
def export(docs: tuple[str, ...], fmt: str, output: str | None, jobs: int) -> None:
    """Export the records of one or more documents, merged across them."""
    from bibkit.batch import merge_documents

    _refuse_overwriting_inputs(output, docs)
    _export(fmt, merge_documents(_parse_all(docs, jobs)), output)


@main.command()
@click.argument("docs", nargs=-1, required=True, metavar="DOC...")
@click.option("--library", required=True, metavar="user:ID|group:ID", help="The Zotero library to write to.")
@click.option("--collection", metavar="NAME", help="Put the items in this collection (created if missing).")
@click.option(
    "--api-key-file",
    metavar="FILE",
    help="Read the Zotero API key from FILE (default: the ZOTERO_API_KEY environment variable).",
)
@click.option("--dry-run", is_flag=True, help="Print the items as JSON instead of sending them.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True)
@_guard
def push(
    docs: tuple[str, ...],
    library: str,
    collection: str | None,
    api_key_file: str | None,
    dry_run: bool,
    jobs: int,
) -> None:
    """Create the records of DOC... as items in a Zotero library (Web API); a second push of the
    same documents updates what changed and creates nothing twice."""
    import os

    from bibkit.batch import merge_documents
    from bibkit.export.text import visible_deep
    from bibkit.zotero.api import DEFAULT_URL, Client, library_prefix
    from bibkit.zotero.push import plan
    from bibkit.zotero.push import push as push_records

    library_prefix(library)  # a malformed library fails before any parsing
    key = None if dry_run else _api_key(api_key_file)
    items = [record.to_csl() for record in merge_documents(_parse_all(docs, jobs))]
    if dry_run:
        click.echo(json.dumps(visible_deep(plan(items)), ensure_ascii=False, indent=2))
        return
    client = Client(library, key or "", base_url=os.environ.get("ZOTERO_API_URL") or DEFAULT_URL)
    outcome = push_records(items, client, collection)
    for failure in outcome.failed:
        _say(f"line {failure.line}: {failure.id}: not written: {failure.message}", err=True)
    where = f"{library}" + (f", collection {collection!r}" if collection else "")
    _say(
        f"{where}: {len(outcome.created)} created, {len(outcome.updated)} updated, "
        f"{len(outcome.unchanged)} unchanged, {len(outcome.failed)} failed",
        err=True,
    )
    if outcome.failed:
        sys.exit(1)


def _api_key(path: str | None) -> str:
    """The key from ``--api-key-file`` or ``$ZOTERO_API_KEY``: never from the command line, where
    it would be in the shell history and the process list."""
    import os

    from bibkit.errors import BibkitError

    if path:
        try:
            with open(path, encoding="utf-8") as fh:
                key = fh.readline().strip()
        except OSError as exc:
            raise BibkitError(f"{path}: cannot read the API key ({exc.strerror})") from None
    else:
        key = os.environ.get("ZOTERO_API_KEY", "").strip()
    if not key:
        raise BibkitError("no Zotero API key: set ZOTERO_API_KEY or pass --api-key-file FILE")
    return key


@main.command()
@click.argument("docs", nargs=-1, required=True, metavar="DOC...")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True)
@_guard
def archives(docs: tuple[str, ...], jobs: int) -> None:
    """Print the archival documents cited in DOC..., deduplicated, one canonical line each."""
    from bibkit.batch import merge_documents

    records = merge_documents(_parse_all(docs, jobs, quiet=True))
    for record in records:
        if record.locator is not None:
            _say(f"{record.archive}, {record.archive_location}")


@main.command()
@click.option(
    "--corpus",
    "corpora",
    multiple=True,
    metavar="DIR",
    help="Annotated corpus to learn from (default: the real corpus of a bibkit checkout).",
)
@click.option(
    "--add", "added", multiple=True, metavar="FILE", help="Your own annotated files, learnt with the corpus."
)
@click.option("--out", metavar="DIR", help="Write the models here (default: where bibkit reads them from).")
@_guard
def train(corpora: tuple[str, ...], added: tuple[str, ...], out: str | None) -> None:
    """Rebuild the finder, labeller and relabeller models from annotated text (docs/ANNOTATION.md)."""
    from pathlib import Path

    from bibkit.crf import models_dir
    from bibkit.errors import BibkitError
    from bibkit.train import DEFAULT_CORPUS
    from bibkit.train import train as train_models

    sources = [*corpora] or [str(DEFAULT_CORPUS)]
    for source in sources:
        if not Path(source).exists():
            raise BibkitError(f"{source}: no such corpus directory (pass --corpus DIR)")
    target = Path(out) if out else models_dir()
    trained = train_models([*sources, *added], target)
    _say(
        f"trained on {trained.documents} files ({trained.sequences} notes and entries) into {trained.directory}",
        err=True,
    )
    if out:
        _say(f"use them with: BIBKIT_MODELS={target} bibkit parse DOC", err=True)


@main.command()
@click.argument("files", nargs=-1, required=True, metavar="FILE...")
@click.option(
    "--limit", type=int, default=50, show_default=True, help="Show at most this many disagreements."
)
@_guard
def check(files: tuple[str, ...], limit: int) -> None:
    """Check annotated FILEs and show where the models read them differently."""
    from bibkit.train import check as check_files

    result = check_files(files)
    for d in result.disagreements[:limit]:
        _say(f"{d.path}:{d.line}: {d.what}")
        _say(f"  annotated: {d.annotated}")
        _say(f"  models:    {d.predicted}")
    if len(result.disagreements) > limit:
        _say(f"… {len(result.disagreements) - limit} more")
    line_acc = result.lines_right / result.lines if result.lines else 1.0
    token_acc = result.tokens_right / result.tokens if result.tokens else 1.0
    _say(
        f"{result.files} files: lines {result.lines_right}/{result.lines} ({line_acc:.3f}), "
        f"tokens {result.tokens_right}/{result.tokens} ({token_acc:.3f}), "
        f"notes and entries read wholly right {result.sequences_right}/{result.sequences}",
        err=True,
    )


def _register_optional_commands() -> None:
    try:
        from bibkit.render.cli import format_command
    except ImportError:  # the render extra is optional
        return
    format_command.callback = _guard(format_command.callback)  # one line on stderr, as everywhere
    main.add_command(format_command)


_register_optional_commands()
