"""Classic BibTeX: pure ASCII with LaTeX escapes, for ``bibtex`` and ``plain.bst``-style styles.

Fields come from the shared mapping. Beyond the fields ``plain.bst`` knows, ``translator``,
``language`` (the language code, as Zotero and JabRef read and write it: no standard style
prints it, and biblatex's ``langid`` carries the babel name in the BibLaTeX export), ``isbn``, ``doi``, ``url``, ``urldate``, ``pagetotal`` and ``part`` are
written too: BibTeX ignores fields a style does not use, and styles such as ``natbib``'s use some.
Archival documents are ``@unpublished`` with the archive and its canonical locator in ``note``
(which ``plain.bst`` prints) and the archive's city in ``address``: the one classic type Zotero's
BibTeX importer reads as a manuscript (``@misc`` becomes a generic document there). ``plain.bst``
says "empty author" or "empty title" of a document that has none, which is true and harmless.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from bibkit.export import latex, mapping
from bibkit.export.bib import MONTHS, braced, common_value, date_parts, entry_pieces
from bibkit.export.keys import assign
from bibkit.export.text import clean

# Fields that styles put through change.case$ (plain.bst: title, type, edition): capitals there
# are protected with braces so they print as in the source.
PROTECTED = frozenset({"title", "booktitle", "series", "type", "edition"})


def _date(target: mapping.Target) -> list[tuple[str, str]]:
    parts = date_parts(target.value)
    if target.name != "year":  # urldate: ISO 8601, as biblatex and natbib-era styles read it
        return [(target.name, braced("-".join(f"{p:02d}" for p in parts[0])))] if parts else []
    if not parts:
        literal = clean((target.value or {}).get("literal", ""))
        return [("year", braced(latex.ascii_text(literal)))] if literal else []
    first = parts[0]
    year = str(first[0])
    if len(parts) > 1 and parts[1][0] != first[0]:
        year = f"{first[0]}--{parts[1][0]}"
    out = [("year", braced(year))]
    if len(first) > 1 and 1 <= first[1] <= 12:
        # The month macros (jan … dec) are predefined by every standard style.
        out.append(("month", MONTHS[first[1] - 1]))
    return out


def _encode(target: mapping.Target) -> list[tuple[str, str]]:
    if target.kind == "date":
        return _date(target)
    if target.kind in ("text", "join") and target.name in PROTECTED:
        return [(target.name, braced(latex.ascii_text(target.value, protect=True)))]
    return [(target.name, braced(common_value(target, latex.ascii_text, ascii_only=True)))]


def _sort_key(fields: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Give entries without author or editor a ``key`` (their title or archival designation):
    ``plain.bst`` sorts and labels by it and warns without it."""
    names = {n for n, _ in fields}
    if names & {"author", "editor", "key"}:
        return fields
    for source in ("title", "howpublished", "note", "booktitle", "journal"):
        if source in names:
            return [*fields, ("key", dict(fields)[source])]
    return fields


def pieces(items: Iterable[dict[str, Any]], keys: Iterable[str], **opts: Any) -> Iterator[str]:
    """The file :func:`write` returns, a batch of entries at a time."""
    return entry_pieces("bibtex", items, keys, _encode, _sort_key)


def write(items: list[dict[str, Any]], **opts: Any) -> str:
    """CSL-JSON items as a classic BibTeX file (pure ASCII).

    :param items: CSL-JSON items (``Record.to_csl()``).
    :param opts: accepted for the common writer signature; none are used.
    """
    return "".join(pieces(items, assign(items)))
