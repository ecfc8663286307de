"""The data bibkit passes between its stages: plain dataclasses, CSL names only at the boundary.

``Record`` holds one work; ``CSL_KEYS`` is the one table from its attributes to CSL-JSON keys.
Every record, mention and unparsed item keeps its raw text and source line.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

from bibkit.archives import ArchivalLocator


@dataclass(frozen=True)
class Name:
    """A personal or institutional name. ``literal`` is set for institutions only."""

    family: str = ""
    given: str = ""
    literal: str = ""

    def to_csl(self) -> dict[str, str]:
        if self.literal:
            return {"literal": self.literal}
        out = {"family": self.family}
        if self.given:
            out["given"] = self.given
        return out

    @classmethod
    def from_csl(cls, data: dict[str, Any]) -> Name:
        return cls(
            family=data.get("family", ""), given=data.get("given", ""), literal=data.get("literal", "")
        )


@dataclass(frozen=True)
class Date:
    """A date as precise as the source gives it; ``end_year`` for ranges such as ``1991-1993``."""

    year: int
    month: int | None = None
    day: int | None = None
    end_year: int | None = None

    def to_csl(self) -> dict[str, Any]:
        first: list[int] = [self.year]
        if self.month:
            first.append(self.month)
            if self.day:
                first.append(self.day)
        parts = [first]
        if self.end_year and self.end_year != self.year:
            parts.append([self.end_year])
        return {"date-parts": parts}

    @classmethod
    def from_csl(cls, data: dict[str, Any]) -> Date | None:
        parts = data.get("date-parts") or []
        if not parts or not parts[0]:
            return None
        first = [int(p) for p in parts[0]]
        end = int(parts[1][0]) if len(parts) > 1 and parts[1] else None
        return cls(first[0], first[1] if len(first) > 1 else None, first[2] if len(first) > 2 else None, end)


@dataclass
class Record:
    """One work (book, article, chapter, thesis, archival document …) as CSL describes it."""

    id: str = ""
    type: str = "book"
    title: str = ""
    container_title: str = ""
    collection_title: str = ""
    volume_title: str = ""
    author: list[Name] = field(default_factory=list)
    editor: list[Name] = field(default_factory=list)
    translator: list[Name] = field(default_factory=list)
    container_author: list[Name] = field(default_factory=list)
    volume: str = ""
    issue: str = ""
    part: str = ""
    edition: str = ""
    page: str = ""
    number_of_pages: str = ""
    number_of_volumes: str = ""
    collection_number: str = ""
    number: str = ""
    publisher: str = ""
    publisher_place: str = ""
    issued: Date | None = None
    accessed: Date | None = None
    original_date: Date | None = None
    genre: str = ""
    medium: str = ""
    language: str = ""
    archive: str = ""
    archive_location: str = ""
    archive_place: str = ""
    archive_collection: str = ""
    url: str = ""
    doi: str = ""
    isbn: str = ""
    note: str = ""
    # Provenance and bibkit's own data: never written as top-level CSL keys.
    custom: dict[str, Any] = field(default_factory=dict)
    locator: ArchivalLocator | None = None
    source: str = "list"
    line: int = 0
    raw: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)  # a list entry's source lines
    cited_in: list[int] = field(default_factory=list)  # the numbers of the notes that cite it

    def to_csl(self) -> dict[str, Any]:
        """This record as a CSL-JSON item (schema-valid: extra data lives under ``custom``)."""
        out: dict[str, Any] = {"id": self.id, "type": self.type}
        for attr, key in CSL_KEYS.items():
            value = getattr(self, attr)
            if not value:
                continue
            if attr in NAME_ATTRS:
                out[key] = [n.to_csl() for n in value]
            elif attr in DATE_ATTRS:
                out[key] = value.to_csl()
            else:
                out[key] = value
        custom = dict(self.custom)
        custom["source"] = self.source
        if self.line:
            custom["line"] = self.line
        if self.raw:
            custom["raw"] = self.raw
        if self.spans:
            custom["spans"] = [list(s) for s in self.spans]
        if self.cited_in:
            custom["notes"] = list(self.cited_in)
        out["custom"] = {k: custom[k] for k in sorted(custom)}
        return out

    @classmethod
    def from_csl(cls, item: dict[str, Any]) -> Record:
        """Rebuild a record from a CSL-JSON item written by :meth:`to_csl` (or any CSL-JSON item)."""
        kwargs: dict[str, Any] = {"id": str(item.get("id", "")), "type": item.get("type", "document")}
        for attr, key in CSL_KEYS.items():
            if key not in item:
                continue
            value = item[key]
            if attr in NAME_ATTRS:
                kwargs[attr] = [Name.from_csl(n) for n in value]
            elif attr in DATE_ATTRS:
                kwargs[attr] = Date.from_csl(value)
            else:
                kwargs[attr] = str(value)
        custom = dict(item.get("custom") or {})
        kwargs["source"] = custom.pop("source", "list")
        kwargs["line"] = int(custom.pop("line", 0) or 0)
        kwargs["raw"] = custom.pop("raw", "")
        kwargs["spans"] = [(int(a), int(b)) for a, b in custom.pop("spans", [])]
        kwargs["cited_in"] = [int(n) for n in custom.pop("notes", [])]
        kwargs["custom"] = custom
        return cls(**kwargs)


# The one table from Record attributes to CSL-JSON keys (order = key order in exports).
CSL_KEYS: dict[str, str] = {
    "title": "title",
    "container_title": "container-title",
    "collection_title": "collection-title",
    "volume_title": "volume-title",
    "author": "author",
    "editor": "editor",
    "translator": "translator",
    "container_author": "container-author",
    "volume": "volume",
    "issue": "issue",
    "part": "part",
    "edition": "edition",
    "page": "page",
    "number_of_pages": "number-of-pages",
    "number_of_volumes": "number-of-volumes",
    "collection_number": "collection-number",
    "number": "number",
    "publisher": "publisher",
    "publisher_place": "publisher-place",
    "issued": "issued",
    "accessed": "accessed",
    "original_date": "original-date",
    "genre": "genre",
    "medium": "medium",
    "language": "language",
    "archive": "archive",
    "archive_location": "archive_location",
    "archive_place": "archive-place",
    "archive_collection": "archive_collection",
    "url": "URL",
    "doi": "DOI",
    "isbn": "ISBN",
    "note": "note",
}
NAME_ATTRS = frozenset({"author", "editor", "translator", "container_author"})
DATE_ATTRS = frozenset({"issued", "accessed", "original_date"})
TEXT_ATTRS = tuple(
    f.name for f in fields(Record) if f.name in CSL_KEYS and f.name not in NAME_ATTRS | DATE_ATTRS
)


@dataclass
class Entry:
    """One reference-list entry, joined across lines and page breaks.

    ``spans`` are the 1-based inclusive source line ranges it was read from.
    """

    text: str
    line: int
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Note:
    """One footnote or endnote: its number, first source line and full text (joined across pages)."""

    number: int
    text: str
    line: int
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Mention:
    """One work named in a note, before resolution.

    Either ``record`` (the work as the note describes it) or ``ref`` (an a.g.e./ibid./short form:
    ``{"kind": "ibid"|"op_cit"|"short", "author": …, "title": …, "article": bool}``).
    """

    note: int
    line: int
    raw: str
    record: Record | None = None
    ref: dict[str, Any] | None = None
    locator: str = ""
    label: str = ""
    target: str = ""  # record id after resolution
    span: tuple[int, int] = (0, 0)  # where the work is in the note's text


@dataclass
class CitationItem:
    id: str
    locator: str = ""
    label: str = ""

    def to_csl(self) -> dict[str, str]:
        out = {"id": self.id}
        if self.locator:
            out["locator"] = self.locator
            out["label"] = self.label or "page"
        return out


CSL_CITATION_SCHEMA = "https://resource.citationstyles.org/schema/latest/input/json/csl-citation.json"


@dataclass
class Citation:
    """A CSL citation object for one note."""

    note: int
    items: list[CitationItem]

    def to_csl(self) -> dict[str, Any]:
        return {
            "schema": CSL_CITATION_SCHEMA,
            "citationID": f"note-{self.note}",
            "properties": {"noteIndex": self.note},
            "citationItems": [i.to_csl() for i in self.items],
        }


@dataclass
class NoteText:
    """A note as the Document keeps it: its text split into commentary and cited parts.

    ``segments`` alternate ``{"text": …}`` (commentary kept as written) and
    ``{"cite": k, "text": …}`` (the k-th item of the note's citation, with its source text).
    """

    number: int
    line: int
    text: str
    segments: list[dict[str, Any]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "line": self.line,
            "spans": [list(s) for s in self.spans],
            "text": self.text,
            "segments": self.segments,
        }


@dataclass
class Unparsed:
    """What bibkit could not turn into a record or a citation, with why."""

    raw: str
    line: int
    reason: str
    kind: str = "entry"  # "entry" | "note" | "mention"

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "line": self.line, "reason": self.reason, "raw": self.raw}


@dataclass
class Document:
    """Everything bibkit learned from one input."""

    source: str
    kind: str
    records: list[Record] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    notes: list[NoteText] = field(default_factory=list)
    unparsed: list[Unparsed] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    # Where the reference list is: {"heading_line": int | None, "spans": [[first, last], …]} or None.
    bibliography: dict[str, Any] | None = None
    # The lines in no note or entry, as the finder labelled them: [[first, last, label], …] (1-based).
    lines: list[list[Any]] = field(default_factory=list)
    # How the input's bytes were read (``utf-8``, ``cp1251``, ``utf-8+cp1254`` for a UTF-8 file
    # with lines in cp1254), and what was doubtful about it, one line each.
    encoding: str = ""
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "encoding": self.encoding,
            "warnings": self.warnings,
            "counts": self.counts,
            "bibliography": self.bibliography,
            "records": [r.to_csl() for r in self.records],
            "citations": [c.to_csl() for c in self.citations],
            "notes": [n.to_json() for n in self.notes],
            "unparsed": [u.to_json() for u in self.unparsed],
            "lines": self.lines,
        }
