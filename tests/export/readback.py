"""Reading bibkit's exports back with other people's tools, into values comparable with the CSL.

BibTeX and BibLaTeX are parsed by pybtex (fields, month macros, names) and counted by bibtexparser
v2; LaTeX is decoded by pylatexenc (bibtexparser's own decoder), taught the handful of text
commands bibkit writes that it does not know; biblatex's ``\\bibstring{volume}`` and
``\\mkbibordedition{5}`` in title annexes decode to their argument (``volume``, ``5``). RIS is read by rispy, then given the two
transformations Zotero's RIS.js applies (``unescapeHTML`` on values, which acts once a value holds
``&`` or ``<``; names split at the first comma). CSL-JSON is read by ``json``, and the
``variable: value`` lines at the head of an item's ``note`` are read back into variables as
citeproc-js and pandoc's citeproc read them (names ``Family || Given``, ISO dates, the rest text).
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from typing import Any

import bibtexparser
import pybtex.database
import rispy
from pybtex.bibtex.utils import split_name_list
from pylatexenc.latex2text import LatexNodes2Text, MacroTextSpec, get_default_latex_context_db

from bibkit.export.csl import SCHEMA_KEYS

_TEXT_MACROS = {
    "textbraceleft": "{",
    "textbraceright": "}",
    "textbackslash": "\\",
    "textasciicircum": "^",
    "textasciitilde": "~",
    "textasciigrave": "`",
    "textless": "<",
    "textgreater": ">",
    "textbar": "|",
    "textquotedbl": '"',
    "guillemotleft": "«",
    "guillemotright": "»",
    "textdegree": "°",
    "textperiodcentered": "·",
    "texttimes": "×",
    "textexclamdown": "¡",
    "textquestiondown": "¿",
    "S": "§",
    "P": "¶",
    "copyright": "©",
    "pounds": "£",
    "ldots": "…",
    # biblatex's unit punctuation, between the pieces of a @misc title annex ("5. bs. C. 1–3").
    "newunitpunct": ". ",
}


def _decoder() -> LatexNodes2Text:
    db = get_default_latex_context_db()
    db.add_context_category(
        "bibkit-readback", prepend=True, macros=[MacroTextSpec(k, v) for k, v in _TEXT_MACROS.items()]
    )
    return LatexNodes2Text(latex_context=db, math_mode="verbatim")


_DECODER = _decoder()


def decode(latex: str) -> str:
    """LaTeX field text → Unicode (braces gone, accents composed, whitespace collapsed)."""
    text = unicodedata.normalize("NFC", _DECODER.latex_to_text(latex))
    return re.sub(r"\s+", " ", text).strip()


def _person(person: pybtex.database.Person) -> dict[str, str]:
    raw = str(person)
    if not person.first_names and not person.middle_names and raw.startswith("{") and raw.endswith("}"):
        return {"literal": decode(raw)}
    family = decode(" ".join(person.prelast_names + person.last_names))
    given = decode(" ".join(person.first_names + person.middle_names))
    out = {"family": family, "given": given}
    if person.lineage_names:
        out["suffix"] = decode(" ".join(person.lineage_names))
    return out


def read_bib(text: str) -> list[dict[str, Any]]:
    """Entries of a BibTeX/BibLaTeX export: ``{key, type, raw: {field: latex}, fields: {field:
    decoded}, names: {role: [name]}}`` in file order, from pybtex."""
    data = pybtex.database.parse_string(text, "bibtex")
    out = []
    for key, entry in data.entries.items():
        raw = {k.lower(): v for k, v in entry.fields.items()}
        names = {role.lower(): [_person(p) for p in people] for role, people in entry.persons.items()}
        # pybtex treats only author and editor as name lists; the other name fields are split
        # with its own BibTeX name-list splitter.
        for role in ("translator", "bookauthor"):
            if role in raw:
                names[role] = [_person(pybtex.database.Person(p)) for p in split_name_list(raw.pop(role))]
        fields = {k: decode(v) for k, v in raw.items()}
        out.append({"key": key, "type": entry.type.lower(), "raw": raw, "fields": fields, "names": names})
    return out


def count_bib(text: str) -> tuple[list[str], int]:
    """Keys of the entries bibtexparser v2 finds, and the number of blocks it could not parse."""
    library = bibtexparser.parse_string(text)
    return [e.key for e in library.entries], len(library.failed_blocks)


RIS_LIST_TAGS = ["AU", "A2", "A3", "A4", "C2"]


def _unescape(value: str) -> str:
    """Zotero's ``unescapeHTML`` on a value bibkit wrote (which never holds a raw tag)."""
    return html.unescape(value) if "&" in value or "<" in value else value


def read_ris(text: str) -> list[dict[str, Any]]:
    """Records of a RIS export as rispy reads them, keyed by tag, values as Zotero would store
    them (``unescapeHTML`` applied where RIS.js applies it)."""
    tags = [f"{a}{b}" for a in "ABCDEFGHIJKLMNOPQRSTUVWXYZ" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"]
    mapping = {tag: tag for tag in tags}
    mapping["TY"] = "TY"
    records = rispy.loads(text, mapping=mapping, list_tags=RIS_LIST_TAGS, delimiter_tags_mapping={})
    out = []
    for record in records:
        fixed: dict[str, Any] = {}
        for tag, value in record.items():
            if isinstance(value, list):
                fixed[tag] = [_unescape(v) for v in value]
            else:
                fixed[tag] = _unescape(value)
        out.append(fixed)
    return out


def ris_name(value: str) -> dict[str, str]:
    """A RIS creator as Zotero splits it: ``Family, Given`` at the first comma, else one field."""
    family, sep, given = value.partition(",")
    if not sep:
        return {"literal": value.strip()}
    return {"family": family.strip(), "given": given.strip()}


_NOTE_LINE = re.compile(r"([a-z][a-z_-]*|[A-Z]+): *(.*)")
_NAMES = {"author", "editor", "translator", "container-author", "collection-editor", "recipient"}
_DATES = {"issued", "accessed", "original-date", "event-date", "available-date", "submitted"}


def _note_value(variable: str, text: str) -> Any:
    if variable in _DATES:
        return {"date-parts": [[int(p) for p in part.split("-")] for part in text.split("/")]}
    return text


def read_note_variables(item: dict[str, Any]) -> dict[str, Any]:
    """An item with the ``variable: value`` lines at the head of its ``note`` read back as variables
    (and taken out of the note), as citeproc-js does for variables the item does not already have."""
    if "note" not in item:
        return item
    out = {k: v for k, v in item.items() if k != "note"}
    lines = str(item["note"]).split("\n")
    read = 0
    while (
        lines
        and (match := _NOTE_LINE.fullmatch(lines[0]))
        and match.group(1) in SCHEMA_KEYS
        and match.group(1) not in item
    ):
        variable, text = match.groups()
        if variable in _NAMES:
            family, _, given = text.partition(" || ")
            out.setdefault(variable, []).append({"family": family, **({"given": given} if given else {})})
        else:
            out[variable] = _note_value(variable, text)
        lines.pop(0)
        read += 1
    if lines or not read:
        out["note"] = "\n".join(lines)
    return out


def read_csl(text: str) -> list[dict[str, Any]]:
    """Items of a CSL-JSON export, with the variables its notes carry read back."""
    return [read_note_variables(item) for item in json.loads(text)]
