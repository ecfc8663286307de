"""Notes and list entries through the labeller: tokens → labels → works → records and mentions.

A list entry is one work. A note may cite several: a work ends at a ``sep`` (``;``), before a
``prefix`` (``Ayrıca bk.``, ``See also``) once a work has begun, where ``commentary`` interrupts,
and where an opening field (author, back-reference, archive) follows a closing one (pinpoint,
date, pages, locator) or repeats (a second author run). What cites nothing stays note text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bibkit.crf import Model, model
from bibkit.lexicon import fold, phrases
from bibkit.model import BackReference, Mention, Note, Record, Segment
from bibkit.parse.archives import archive_entry
from bibkit.parse.features import sequence_features, stacked_features
from bibkit.parse.normalise import Fields, absorb_pinpoint, clean_title, locator_value, record_from_fields
from bibkit.parse.persons import parse_persons
from bibkit.parse.spans import Run, runs
from bibkit.tokens import Token, tokenize

# Longer text is not one reference or note: kept whole as unparsed text (and parsing stays linear).
MAX_ENTRY_CHARS = 3000
MAX_NOTE_CHARS = 20000

_OPENING = frozenset({"author", "backref", "archive", "editor"})
_CLOSING = frozenset({"pinpoint", "date", "pages", "locator", "url"})
_REPEATS = frozenset({"author", "backref"})
_NOT_WORK = frozenset({"sep", "commentary", "prefix", "number"})
_CITING = frozenset({"author", "editor", "title", "container", "backref", "archive", "locator"})


@dataclass
class Work:
    """The runs of one cited work, and where it sits in its note or entry."""

    runs: list[Run] = field(default_factory=list)
    start: int = 0
    end: int = 0

    def labels(self) -> set[str]:
        return {r.label for r in self.runs}


Tagger = Callable[[str, str], list[str]]


def label_tokens(tokens: Sequence[Token], kind: str, labeller: Model, relabeller: Model) -> list[str]:
    """The labels of one note's (``kind="note"``) or entry's (``"ref"``) tokens: the labeller's
    first pass, read again by the relabeller with the first labels as features."""
    if not tokens:
        return []
    features = sequence_features(tokens, kind)
    return relabeller.tag(stacked_features(tokens, features, labeller.tag(features)))


def tag(text: str, kind: str) -> list[str]:
    """The label of each token of a note (``kind="note"``) or entry (``"ref"``), by the installed models."""
    return label_tokens(tokenize(text), kind, model("labeller"), model("relabeller"))


def split_works(all_runs: list[Run], kind: str) -> list[Work]:
    """The works of a note (or the one work of an entry), by the rules in the module docstring."""
    works: list[Work] = []
    current = Work()

    def close() -> None:
        nonlocal current
        if current.runs:
            works.append(current)
        current = Work()

    for run in all_runs:
        if kind == "ref":
            if run.label not in _NOT_WORK:
                current.runs.append(run)
            continue
        seen = current.labels()
        if run.label in ("sep", "commentary"):
            close()
            continue
        if run.label == "prefix":
            if seen - _NOT_WORK:
                close()
            continue
        if run.label in _NOT_WORK:
            continue
        last = current.runs[-1].label if current.runs else ""
        complete = bool(seen & _CLOSING) or bool(
            seen & {"title"} and seen & {"place", "publisher", "container"}
        )
        if (run.label in _OPENING and last in _CLOSING) or (
            run.label in _REPEATS and run.label in seen and complete
        ):
            close()
        current.runs.append(run)
    close()
    for work in works:
        work.start, work.end = work.runs[0].start, work.runs[-1].end
    return works


def fields_of(text: str, work: Work) -> Fields:
    fields = Fields()
    for run in work.runs:
        fields.add(run.label, text[run.start : run.end])
    return fields


def archive_first(text: str, tokens: Sequence[Token], labels: list[str]) -> list[str]:
    """An entry that is an archive and a locator its grammar reads whole (``BCA, 030.18.1.2,
    12.45.7.``, ``TNA, FO 371/4158, f. 12.``) is labelled so, whatever the labeller said: the
    registry and the locator grammars are rules that are right where they read the whole entry.
    An entry with anything else in it, or with a locator the labeller found and nothing it could
    not name (``other``), keeps its labels: a locator cut short (``Fon Kodu: DH`` then
    ``.MKT, Dosya No: 2045`` as other) is read again by the grammar."""
    found = "locator" in labels and "other" not in labels
    split = None if found else archive_entry(text)
    if split is None:
        return labels
    out: list[str] = []
    for token in tokens:
        # Punctuation after the name is the name's, as the annotation tags it.
        wordless = not any(ch.isalnum() for ch in token.text)
        out.append("archive" if token.start < split or (wordless and out[-1:] == ["archive"]) else "locator")
    return out


def parse_entry(
    text: str,
    line: int = 0,
    source: str = "list",
    previous: Record | None = None,
    tagger: Tagger = tag,
    spans: Sequence[tuple[int, int]] = (),
) -> Record:
    """One reference-list entry → its record (fields it does not give stay empty).

    :param previous: the entry before it, whose authors a ``———`` repeats.
    :param tagger: labels the tokens (the labeller and relabeller models unless given).
    :param spans: the source lines the entry was read from, kept in the record.
    """
    tokens = tokenize(text)
    labels = archive_first(text, tokens, tagger(text, "ref"))
    works = split_works(runs(tokens, labels), "ref")
    fields = fields_of(text, works[0]) if works else Fields()
    record = record_from_fields(fields, text, source, line, previous)
    record.spans = list(spans)
    return record


@dataclass
class ParsedNote:
    """A note's mentions and its text cut into segments; a cited segment's ``cite`` is the index
    of its mention here (:mod:`bibkit.cite` numbers it by the note's citation)."""

    note: Note
    mentions: list[Mention]
    segments: list[Segment]
    too_long: bool = False


def _backref_kind(text: str) -> tuple[str, bool]:
    classes = {c for m in phrases().mark([fold(t.text) for t in tokenize(text)]) for c in m}
    article = "a.g.m" in fold(text) or "agm" in fold(text).replace(".", "")
    if "opcit" in classes:
        return "op_cit", article
    return "ibid", False


def _mention(note: Note, text: str, work: Work) -> Mention | None:
    fields = fields_of(text, work)
    raw = text[work.start : work.end]
    locator, loc_label = "", ""
    pinpoints = fields.get("pinpoint")
    if pinpoints:
        locator, loc_label = locator_value(" ".join(pinpoints))
    mention = Mention(
        note=note.number,
        line=note.line,
        raw=raw,
        locator=locator,
        label=loc_label,
        span=(work.start, work.end),
    )
    if fields.has("backref"):
        kind, article = _backref_kind(" ".join(fields.get("backref")))
        author = ""
        if fields.has("author"):
            names = parse_persons(fields.first("author")).names
            author = (names[0].family or names[0].literal) if names else ""
        title = clean_title(fields.first("title") or fields.first("container"))
        if author or title:
            kind = "op_cit"
        mention.ref = BackReference(kind, author, title, article)
        return mention
    if not (work.labels() & _CITING):
        return None
    record = record_from_fields(fields, raw, "note", note.line)
    mention.record = record
    if pinpoints and absorb_pinpoint(record, " ".join(pinpoints)):
        mention.locator, mention.label = "", ""
    if (
        record.type != "manuscript"
        and record.title
        and not (
            record.issued
            or record.publisher
            or record.publisher_place
            or record.container_title
            or record.volume
            or record.url
            or record.genre
        )
    ):
        # "Kurat, Türkiye ve Rusya, s. 45" or "Zeine, p. 144": a later citation of a work.
        author = (record.author[0].family or record.author[0].literal) if record.author else ""
        mention.ref = BackReference("short", author, record.title)
    return mention


def parse_note(note: Note, tagger: Tagger = tag) -> ParsedNote:
    """The mentions of one note, and its text split into commentary and cited parts.

    A note longer than :data:`MAX_NOTE_CHARS` is kept as text without citations.
    """
    text = note.text
    if len(text) > MAX_NOTE_CHARS:
        return ParsedNote(note, [], [Segment(text)], too_long=True)
    tokens = tokenize(text)
    labels = tagger(text, "note")
    mentions: list[Mention] = []
    segments: list[Segment] = []
    cursor = 0
    for work in split_works(runs(tokens, labels), "note"):
        mention = _mention(note, text, work)
        if mention is None:
            continue
        if work.start > cursor:
            segments.append(Segment(text[cursor : work.start]))
        segments.append(Segment(text[work.start : work.end], len(mentions)))
        mentions.append(mention)
        cursor = work.end
    if cursor < len(text):
        segments.append(Segment(text[cursor:]))
    return ParsedNote(note, mentions, segments)
