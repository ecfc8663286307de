"""The data bibkit passes between its stages: plain dataclasses, CSL names only at the boundary.

``Record`` holds one work; ``CSL_KEYS`` is the one table from its attributes to CSL-JSON keys.
Every record, mention and unparsed item keeps its raw text and source line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
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


@dataclass(frozen=True)
class Variant:
    """A value a merged record gave for a field and the kept record did not, as CSL-JSON writes
    it, with the source line it was read from."""

    value: Any
    line: int


@dataclass(frozen=True)
class MergedEntry:
    """A reference-list entry merged into a record: its line and source text."""

    line: int
    raw: str


@dataclass(frozen=True)
class KeptApart:
    """A record of the same title not merged with this one (at ``line``), and why."""

    line: int
    because: str


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
    # Provenance and bibkit's own data, which CSL has no keys for: to_csl writes them under
    # ``custom`` (each under its attribute's name, cited_in as "notes"; only when it says something).
    locator: ArchivalLocator | None = None
    source: str = "list"  # "list" | "note": where the record was read
    line: int = 0
    raw: str = ""
    spans: list[tuple[int, int]] = field(default_factory=list)  # a list entry's source lines
    cited_in: list[int] = field(default_factory=list)  # the numbers of the notes that cite it
    et_al: bool = False  # the source's names end in "et al.", "vd.", "и др."
    issue_cumulative: str = ""  # the running number of an issue written "2 (219)"
    qualifier: str = ""  # what follows an archival locator: "(ob.)", "(1)"
    archival_forms: list[str] = field(default_factory=list)  # the locator as each source wrote it
    variants: dict[str, list[Variant]] = field(default_factory=dict)  # by CSL key
    merged: list[MergedEntry] = field(default_factory=list)
    kept_apart: list[KeptApart] = field(default_factory=list)
    # The keys of a CSL item's ``custom`` that bibkit does not write, kept as they were read.
    extra: dict[str, Any] = field(default_factory=dict)

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
        custom = dict(self.extra)
        custom["source"] = self.source
        if self.line:
            custom["line"] = self.line
        if self.raw:
            custom["raw"] = self.raw
        if self.spans:
            custom["spans"] = [list(s) for s in self.spans]
        if self.cited_in:
            custom["notes"] = list(self.cited_in)
        if self.et_al:
            custom["et_al"] = True
        if self.issue_cumulative:
            custom["issue_cumulative"] = self.issue_cumulative
        if self.qualifier:
            custom["qualifier"] = self.qualifier
        if self.archival_forms:
            custom["archival_forms"] = list(self.archival_forms)
        if self.variants:
            custom["variants"] = {k: [asdict(v) for v in self.variants[k]] for k in sorted(self.variants)}
        if self.merged:
            custom["merged"] = [asdict(m) for m in self.merged]
        if self.kept_apart:
            custom["kept_apart"] = [asdict(a) for a in self.kept_apart]
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
        for key, read in _CUSTOM_READERS.items():
            if key in custom:
                try:
                    kwargs[_CUSTOM_ATTRS.get(key, key)] = read(custom[key])
                except (TypeError, ValueError, KeyError, AttributeError):
                    continue  # not as bibkit writes it: kept as it was, under extra
                del custom[key]
        kwargs["extra"] = custom
        return cls(**kwargs)


# How from_csl reads back what to_csl writes under ``custom``, by key (the attribute's name but
# where _CUSTOM_ATTRS says otherwise).
_CUSTOM_ATTRS = {"notes": "cited_in"}
_CUSTOM_READERS: dict[str, Callable[[Any], Any]] = {
    "spans": lambda v: [(int(a), int(b)) for a, b in v],
    "notes": lambda v: [int(n) for n in v],
    "et_al": lambda v: _only(True, v),
    "issue_cumulative": str,
    "qualifier": str,
    "archival_forms": lambda v: [str(f) for f in v],
    "variants": lambda v: {k: [Variant(x["value"], int(x["line"])) for x in xs] for k, xs in v.items()},
    "merged": lambda v: [MergedEntry(int(m["line"]), str(m["raw"])) for m in v],
    "kept_apart": lambda v: [KeptApart(int(a["line"]), str(a["because"])) for a in v],
}


def _only(allowed: Any, value: Any) -> Any:
    if value is not allowed:
        raise ValueError(value)
    return value


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


@dataclass(frozen=True)
class BackReference:
    """What a back-reference gives of the earlier work it names.

    ``kind`` is ``ibid`` (``ibid.``, ``a.e.``, ``Там же``: the work just cited), ``op_cit``
    (``a.g.e.``, ``op. cit.``, ``Указ. соч.``, with the author and/or title before it) or ``short``
    (a short form: ``Kurat, Türkiye ve Rusya``). ``article``: ``a.g.m.`` names an article.
    """

    kind: str
    author: str = ""
    title: str = ""
    article: bool = False


@dataclass
class Mention:
    """One work named in a note, before resolution.

    ``record`` is the work as the note describes it (``None`` for a bare back-reference); ``ref``
    is set when the mention names an earlier work (a back-reference or a short form), which
    :mod:`bibkit.resolve` finds.
    """

    note: int
    line: int
    raw: str
    record: Record | None = None
    ref: BackReference | None = None
    locator: str = ""
    label: str = ""
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


@dataclass(frozen=True)
class Segment:
    """A piece of a note's text: commentary kept as written (``cite`` is ``None``), or a cited
    work's source text, ``cite`` being its item's index in the note's citation."""

    text: str
    cite: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text} if self.cite is None else {"cite": self.cite, "text": self.text}


@dataclass
class NoteText:
    """A note as the Document keeps it: its text split into commentary and cited parts."""

    number: int
    line: int
    text: str
    segments: list[Segment] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "line": self.line,
            "spans": [list(s) for s in self.spans],
            "text": self.text,
            "segments": [s.to_json() for s in self.segments],
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
