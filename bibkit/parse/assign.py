"""What is left of the chunks after field extraction → title, container, place, publisher; the CSL type.

Roles come from keywords (``Dergisi``, ``Yayınları``, ``Üniversitesi``, ``Bildirileri``), from
markers (``In``, ``içinde``, ``//``), from shape (a place is one or two capitalised words before a
year or a colon) and from position (the first chunk is the title; a chunk before volume, issue and
pages is the container).
"""

from __future__ import annotations

import re

from bibkit.model import Record
from bibkit.parse import fields as F
from bibkit.parse.chunks import Chunk
from bibkit.parse.extract import Found

_PLACE_PUBLISHER = re.compile(r"^(?P<place>[^:]{1,60}?)\s*:\s*(?P<publisher>.+)$")


def split_place_publisher(text: str, year_next: bool = True) -> tuple[str, str] | None:
    """``Ankara: Türk Tarih Kurumu`` → (place, publisher) when the left side is a place.

    An unknown place-shaped word counts only when the right side names a publisher or the year
    follows: ``Turtsiya: İstoriya i Sovremennost`` is a title with its subtitle.
    """
    m = _PLACE_PUBLISHER.match(text)
    if not m:
        return None
    place, publisher = m.group("place").strip(), m.group("publisher").strip()
    if F.is_place(place):
        return F.normalise_place(place), publisher
    shaped = F.place_shaped(re.sub(r",\s*[A-Z][\w.]{1,5}$", "", place)) and len(place.split()) <= 3
    if shaped and (
        year_next or F.has_keyword("publisher", publisher) or F.has_keyword("institution", publisher)
    ):
        return F.normalise_place(place), publisher
    return None


_ROMAN_RANGE = re.compile(rf"({F.ROMAN}(?:\s*[-–]\s*{F.ROMAN})?)")


def _bare_volume(text: str) -> str | None:
    """A chunk that is only a volume in Roman numerals: ``I-III``, ``XXXI``."""
    m = _ROMAN_RANGE.fullmatch(text)
    return F.number(m.group(1)) if m else None


def _role(c: Chunk) -> str:
    text = c.rest
    if c.fields.get("volume_title"):
        return "volume-title"
    if c.fields.get("in") or c.sep == "//":
        return "container"
    if F.patterns().special_issue.search(text):
        return "volume-title"
    if (
        F.last_word_is("journal", text)
        or F.has_keyword("proceedings", text)
        or F.has_keyword("encyclopedia", text)
    ):
        return "container"
    if F.is_place(text):
        return "place"
    if (c.italic or c.quoted) and not F.last_word_is("publisher", text):
        return "container"  # an italic name after the title is a journal or book: *Review (… Center)*
    if F.has_keyword("publisher", text) or F.has_keyword("institution", text):
        return "publisher"
    if c.italic or c.quoted:
        return "container"
    if F.has_keyword("journal", text):
        return "container"
    return "unknown"


_NAME_THEN_NUMBER = re.compile(r"(.+?[^\W\d_].*?)\s+(\d{1,4})")


def _container_with_volume(text: str, record: Record) -> str:
    """Chicago writes the volume after the journal: ``Slavic Review 45`` → container, volume 45."""
    m = _NAME_THEN_NUMBER.fullmatch(text)
    if m and not record.volume:
        record.volume = F.number(m.group(2))
        return m.group(1)
    return text


def _imprint(text: str) -> bool:
    """``М.: Наука``: a known place before a colon starts the imprint."""
    pair = split_place_publisher(text)
    return pair is not None and F.is_place(pair[0])


def _prepare(chunks: list[Chunk]) -> None:
    """Join what the separators cut too eagerly, before roles are given.

    - after ``//`` the container runs on over periods until a field (GOST series titles);
    - ``X içinde`` marks the chunk before it as the container;
    - two adjacent institution chunks are one publisher (``Marmara Üniversitesi, Türkiyat … Enstitüsü``).
    """
    for i, c in enumerate(chunks):
        # Chicago: "*Stalin*. Vol. 1, *Paradoxes of Power*": the title after a volume is the volume's.
        if (
            c.fields.get("volume")
            and not c.rest
            and i + 1 < len(chunks)
            and (chunks[i + 1].italic or chunks[i + 1].quoted)
        ):
            chunks[i + 1].fields["volume_title"] = "1"
        if c.fields.get("in_previous"):
            for prev in reversed(chunks[:i]):
                if prev.rest:
                    prev.fields["in"] = "1"
                    break
    i = 0
    while i < len(chunks) - 1:
        a, b = chunks[i], chunks[i + 1]
        untouched = b.rest and b.rest == b.text.strip(" ,.;:") and not (b.quoted or b.italic)
        if (
            a.sep == "//"
            and a.rest
            and b.sep == "."
            and untouched
            and not F.is_place(b.rest)
            and not _imprint(b.rest)
        ):
            a.rest = f"{a.rest}. {b.rest}"
            a.text = a.rest
            del chunks[i + 1]
            continue
        if (
            a.rest
            and b.rest
            and b.sep == ","
            and not (a.quoted or a.italic or b.quoted or b.italic)
            and F.has_keyword("institution", a.rest)
            and F.has_keyword("institution", b.rest)
            and not F.last_word_is("journal", a.rest)
            and not F.last_word_is("journal", b.rest)
        ):
            a.rest = f"{a.rest}, {b.rest}"
            del chunks[i + 1]
            continue
        i += 1


def assign(chunks: list[Chunk], found: Found, record: Record) -> None:
    """Give each leftover chunk its role: title, container, place, publisher, volume-title."""
    _prepare(chunks)
    free = [c for c in chunks if c.rest or c.fields.get("bare_number")]
    if not free:
        return
    rest = free
    if not record.title:
        record.title = free[0].rest
        rest = free[1:]
    after_title = next((c for c in rest if c.rest), None)
    # "Death and Exile: …, 1821-1922, The Darwin Press, Princeton 1995": the range not taken as the
    # date belongs to the title it follows.
    where = {id(c): i for i, c in enumerate(chunks)}
    title_at = where.get(id(free[0]), -1) if free[0].rest == record.title else -1
    if title_at >= 0 and title_at + 1 < len(chunks):
        span = chunks[title_at + 1].fields.get("year_range")
        issued = found.issued()
        if span and issued is not None and issued.end_year is None:
            record.title = f"{record.title}, {span}"
    unknown: list[Chunk] = []
    pending_volume = ""
    for c in rest:
        if c.fields.get("bare_number") and not c.rest:
            issued = found.issued()
            if issued is not None and issued.day and not record.page:
                record.page = c.fields["bare_number"]  # a newspaper's page after its full date
            elif record.container_title and not record.volume:
                record.volume = c.fields["bare_number"]
            else:
                pending_volume = pending_volume or c.fields["bare_number"]
            continue
        idx = where[id(c)]
        year_next = idx + 1 >= len(chunks) or bool(
            F.patterns().year.fullmatch(chunks[idx + 1].text.strip(" .,;"))
        )
        pair = split_place_publisher(c.rest, year_next) if not (c.quoted or c.italic) else None
        if pair:
            place, publisher = pair
            record.publisher_place = record.publisher_place or place
            record.publisher = record.publisher or publisher
            continue
        bare = _bare_volume(c.rest)
        if bare and not record.volume:
            record.volume = bare
            continue
        role = _role(c)
        if role == "container" and not record.container_title:
            record.container_title = _container_with_volume(c.rest, record)
        elif role == "volume-title" and not record.volume_title:
            record.volume_title = c.rest
        elif role == "place" and not record.publisher_place:
            record.publisher_place = F.normalise_place(c.rest)
        elif role == "publisher" and not record.publisher:
            record.publisher = c.rest
        elif (
            role == "publisher"
            and F.has_keyword("institution", record.publisher)
            and F.has_keyword("publisher", c.rest)
        ):
            record.publisher = c.rest
        else:
            unknown.append(c)
    _assign_unknown(unknown, chunks, found, record, bool(pending_volume), after_title)
    if pending_volume and not record.volume and record.container_title:
        record.volume = pending_volume


def _assign_unknown(
    unknown: list[Chunk],
    chunks: list[Chunk],
    found: Found,
    record: Record,
    numbered: bool,
    after_title: Chunk | None,
) -> None:
    """Chunks no keyword explained: a container before volume/issue/pages, else a place or publisher by shape."""
    # A volume alone is also a book's ("Cilt III"); an issue or the item's pages make it an article.
    issued = found.issued()
    dated = issued is not None and issued.day is not None  # a day's date: a newspaper
    article_signals = (
        numbered or dated or any(k in found.values for k in ("issue", "page", "volume_or_issue"))
    )
    where = {id(c): i for i, c in enumerate(chunks)}
    for c in unknown:
        idx = where[id(c)]
        nxt = chunks[idx + 1] if idx + 1 < len(chunks) else None
        followed_by_year = nxt is not None and not nxt.rest and bool(found.years)
        second = c is after_title and c.sep in ("", ".")
        if second and not article_signals and not record.container_title and not F.place_shaped(c.rest):
            # A book's second sentence before its imprint is its subtitle (GOST, Chicago without a colon).
            record.title = f"{record.title}. {c.rest}" if record.title else c.rest
        elif not record.container_title and c.sep == "//":
            record.container_title = _container_with_volume(c.rest, record)
        elif record.container_title and F.patterns().special_issue.search(c.rest) and not record.volume_title:
            record.volume_title = c.rest
        elif (
            not record.container_title
            and article_signals
            and not F.is_place(c.rest)
            and not (
                F.place_shaped(c.rest)
                and followed_by_year
                and len(c.rest.split()) == 1
                and record.container_title
            )
        ):
            record.container_title = _container_with_volume(c.rest, record)
        elif not record.publisher_place and F.place_shaped(c.rest) and len(c.rest.split()) <= 2:
            record.publisher_place = F.normalise_place(c.rest)
        elif not record.publisher and not c.quoted and not c.italic:
            record.publisher = c.rest
        elif not record.container_title:
            record.container_title = c.rest
        else:
            record.custom.setdefault("unassigned", []).append(c.rest)


_NEWSPAPER = re.compile(
    r"(?i)gazete|newspaper|газета|gazeta|\btimes\b|daily|herald|\bpost\b|guardian|tribune|chronicle|правда|izvestiia|"
    r"известия|pravda|cumhuriyet|hâkimiyet|hakimiyet|vakit|tanin|ikdam|yenigün|\bakşam\b"
)


def infer_type(record: Record, found: Found) -> str:
    """The CSL type from the fields the entry has."""
    container = record.container_title
    if record.genre:
        return "thesis"
    if found.values.get("report"):
        return "report"
    dated = record.issued is not None and record.issued.day is not None
    if container:
        if F.has_keyword("proceedings", container):
            return "paper-conference"
        if F.has_keyword("encyclopedia", container):
            return "entry-encyclopedia"
        if not record.volume and (_NEWSPAPER.search(container) or (dated and not record.issue)):
            return "article-newspaper"
        if found.in_marker or record.editor:
            return "chapter"
        if record.url and not (record.volume or record.issue or record.page or record.publisher):
            return "webpage"
        if record.publisher_place and record.publisher and not (record.volume or record.issue):
            return "chapter"  # a container with its own imprint is a book
        return "article-journal"
    if record.url and not (record.publisher or record.publisher_place):
        return "webpage"
    return "book"
