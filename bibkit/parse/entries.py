"""One reference-list entry (or one work cited in a note) → one :class:`~bibkit.model.Record`.

The entry is read in passes:

1. archival references go to :mod:`bibkit.parse.archives`;
2. names at the start (:mod:`bibkit.parse.names`), or an institution as author (APA);
3. APA's date in parentheses and role groups such as ``(R. Sezer, Çev.)`` or ``B. Oran (Ed.),``;
4. when the entry separates its fields with periods (Chicago, İSNAD and APA lists, GOST), the
   title runs to the first sentence period, commas included;
5. the rest is cut into chunks (:mod:`bibkit.parse.chunks`), each chunk gives up the fields its
   patterns recognise (:mod:`bibkit.parse.extract`), and what is left is assigned a role
   (:mod:`bibkit.parse.assign`).
"""

from __future__ import annotations

import re

from bibkit.model import Date, Name, Record
from bibkit.parse import fields as F
from bibkit.parse.archives import archive_by_acronym, find_archive, parse_locator, record_id
from bibkit.parse.assign import assign, infer_type
from bibkit.parse.chunks import Chunk, chunk, clean, first_sentence_end, is_sentence_period, marked_spans
from bibkit.parse.extract import _VOLUME_COUNT, Found, date_from_match, extract_fields
from bibkit.parse.language import detect_language
from bibkit.parse.names import parse_name_list, split_leading_names
from bibkit.tables import load

# Patterns used on every entry, compiled once.
_MARKUP_AND_SPACE = re.compile(r"[*_\s]")

__all__ = ["chunk", "clean", "parse_entry"]


def parse_entry(text: str, line: int = 0, source: str = "list", prefer: str | None = None) -> Record:
    """Parse one reference-list entry (or the text of one work cited in a note).

    :param text: the entry, list marker and surrounding whitespace allowed.
    :param line: its first line in the source, kept in the record.
    :param source: ``list`` or ``note``.
    :param prefer: name order to try first (``list`` or ``note``); defaults to ``source``.
    :returns: the record; fields the entry does not give stay empty.
    """
    raw = text
    text = clean(text)
    record = Record(source=source, line=line, raw=raw.strip())
    archival = parse_locator(text)
    if archival is not None:
        return _archival_record(text, archival, record)
    found = Found()
    rest, period_style = _leading_names(text, prefer or source, record)
    rest, dated = _apa_date(rest, found)
    rest = _role_groups(rest, found)
    if period_style or dated:
        rest = _period_title(rest, found, record)
    chunks = chunk(rest)
    for position, c in enumerate(chunks, start=1 if record.title else 0):
        extract_fields(c, found, position)
    _apply_found(found, record)
    assign(chunks, found, record)
    _finish(record, found)
    if found.problems:
        record.custom["problems"] = found.problems
    return record


def _leading_names(text: str, prefer: str, record: Record) -> tuple[str, bool]:
    """Authors (or editors, translators) at the start; returns the rest and whether fields end with periods."""
    # Markup after the names shows where they end ("…, *Title*"); inside them it is noise.
    lead = split_leading_names(text, prefer)
    if not lead.names:
        lead = split_leading_names(_unmarked_head(text), prefer)
    if not lead.names:
        institution = _INSTITUTION_AUTHOR.match(text)
        org = institution.group("org") if institution else ""
        dated = institution is not None and text[institution.end("org") :].lstrip(" .").startswith("(")
        if institution and not F.is_place(org) and (dated or F.has_keyword("institution", org)):
            record.author = [Name(literal=institution.group("org").strip())]
            return text[institution.end("org") :].lstrip(" ."), True
        return text, False
    setattr(record, {"editor": "editor", "translator": "translator"}.get(lead.role, "author"), lead.names)
    if lead.et_al:
        record.custom["et_al"] = True
    return _rest_after_names(text, lead.rest), lead.period_style


# An institution as author: APA "Türkiye İstatistik Kurumu. (2012).", Chicago "Türk Tarih Kurumu. “Title”."
_INSTITUTION_AUTHOR = re.compile(
    rf"^(?P<org>[^.()\d\"“«*]{{3,120}}?)\.\s*(?:\(\s*{F.YEAR}[a-z]?(?:,[^()]{{1,25}})?\)|(?=[\"“«*]))"
)


def _unmarked_head(text: str) -> str:
    """The entry with italic markers blanked, so that names are read before ``*Title*``."""
    return re.sub(r"(?<![\w*])[*_]{1,2}(?=\S)|(?<=\S)[*_]{1,2}(?![\w*])", " ", text).replace("  ", " ")


def _rest_after_names(text: str, rest_unmarked: str) -> str:
    """Map the rest found in the unmarked text back to the original (with its italics)."""
    start = len(text) - len(rest_unmarked)
    if text.endswith(rest_unmarked) and (start == 0 or not text[start - 1].isalnum()):
        return rest_unmarked  # the names were read in ``text`` itself: the rest is its tail
    target = _MARKUP_AND_SPACE.sub("", rest_unmarked)[:16]
    if not target:
        return ""
    for i in range(len(text)):
        if (i == 0 or not text[i - 1].isalnum()) and _MARKUP_AND_SPACE.sub("", text[i : i + 40]).startswith(
            target
        ):
            return text[i:].lstrip(" ,.;:")
    return rest_unmarked


_APA_DATE = re.compile(
    rf"^\s*\((?P<y>{F.YEAR})(?P<s>[a-z])?(?:,\s*(?P<md>[^()]{{1,25}}))?\)\s*\.?\s*|^\s*\((?:n\.d\.|t\.y\.|ts\.)\)\s*\.?\s*"
)


def _apa_date(text: str, found: Found) -> tuple[str, bool]:
    """APA's ``(2012).``, ``(1932, 14 Mayıs).`` right after the authors."""
    m = _APA_DATE.match(text)
    if not m:
        return text, False
    if m.group("y"):
        month = day = None
        if m.group("md"):
            for word in re.findall(r"[^\W\d_]+\.?", m.group("md")):
                month = month or F.month_number(word)
            digits = re.search(r"\b(\d{1,2})\b", m.group("md"))
            day = int(digits.group(1)) if digits and month else None
        found.add_date(Date(int(m.group("y")), month, day))
        if m.group("s"):
            found.put("year-suffix", m.group("s"))
    return text[m.end() :], True


_EDITOR_ROLES = r"(?:Eds?|eds?|Haz|haz|Der|der|Hrsg|Hg|Yay\.\s*[Hh]az|Ред|ред|сост|Сост)\.?\)"
_EDITOR_ROLE = re.compile(rf"\s*\({_EDITOR_ROLES}\s*,?\s*")
_GROUP_ROLES = r"(?P<role>Çev|çev|Trans|trans|Trc|trc|Übers|Haz|haz|Ed|ed|Eds|eds|Der|der|Hrsg)\.?\)"
_NAMES_ROLE_GROUP = re.compile(rf"\((?P<names>[^()]{{3,120}}?),\s*{_GROUP_ROLES}")
# What each pattern above must contain, as patterns that open with a literal: the engine finds
# those quickly, and most entries have neither, so the slower patterns run only when one is there.
_EDITOR_ROLE_CORE = re.compile(rf"\({_EDITOR_ROLES}")
_GROUP_ROLE_END = re.compile(rf",\s*{_GROUP_ROLES}")
_SPACE_RUN = re.compile(r"\s{2,}")
_ROLE_OF = {"çev": "translator", "trans": "translator", "trc": "translator", "übers": "translator"}


def _role_groups(text: str, found: Found) -> str:
    """``(R. Sezer, Çev.)`` and ``In R. G. Suny, F. M. Göçek, & N. M. Naimark (Eds.),`` → names with roles."""
    groups = list(_NAMES_ROLE_GROUP.finditer(text)) if _GROUP_ROLE_END.search(text) else []
    for m in groups[::-1]:
        names = parse_name_list(m.group("names"), known_role=True)
        if names:
            found.names.setdefault(_ROLE_OF.get(m.group("role").lower(), "editor"), names)
            text = text[: m.start()] + text[m.end() :]
    for m in _EDITOR_ROLE.finditer(text) if _EDITOR_ROLE_CORE.search(text) else ():
        start = _names_start(text, m.start())
        names = parse_name_list(text[start : m.start()], prefer="note", known_role=True)
        if names:
            found.names.setdefault("editor", names)
            found.in_marker = True
            text = text[:start] + text[m.end() :]
            break
    return _SPACE_RUN.sub(" ", text)


def _names_start(text: str, end: int) -> int:
    """Where the names before ``(Eds.)`` begin: after ``In``, or after the last sentence period."""
    head = text[max(0, end - 300) : end]
    offset = max(0, end - 300)
    start = 0
    for marker in re.finditer(r"(?:^|\s)(?:In|in|İçinde)\s*:?\s+", head):
        start = marker.end()
    for i in range(len(head) - 1, start, -1):
        if head[i] == "." and is_sentence_period(text, offset + i):
            return offset + i + 2
    return offset + start


def _period_title(text: str, found: Found, record: Record) -> str:
    """The title of a period-separated entry: up to the first sentence period, commas included.

    Trailing groups such as ``(2. bs.)``, ``(Cilt 1)`` or ``(Doktora tezi)`` are fields, not title.
    """
    if not text:
        return text
    if text[0] in '*_"“«„‘':
        # A marked title stands alone unless the sentence goes on after it: an APA book title that
        # opens with a quotation ("“They can live in the desert…”: A history of …").
        spans = marked_spans(text)
        if (
            not spans
            or spans[0][0] != 0
            or spans[0][2] != "quoted"
            or not re.match(r"\s*:\s", text[spans[0][1] :])
        ):
            return text
    end = first_sentence_end(text)
    title, rest = (text[:end], text[end:].lstrip(". ")) if end > 0 else (text, "")
    while True:
        m = re.search(r"\s*\(([^()]{1,80})\)\s*$", title)
        if not m or re.fullmatch(r"\s*\d{1,4}\s*(?:[-–]\s*\d{1,4})?\s*", m.group(1)):
            break  # "(1300-1600)" belongs to the title
        probe, group = Found(), Chunk(m.group(1))
        extract_fields(group, probe, 1)
        if group.rest:
            break
        _merge_found(found, probe)
        title = title[: m.start()]
    if not title.strip() or (not rest and not end > 0 and len(title.split()) < 2):
        return text
    record.title = _title_statements(title, found).strip()
    return rest.strip()


def _title_statements(title: str, found: Found) -> str:
    """GOST puts what the work is after its title: ``…: дис. … канд. ист. наук``, ``[Электронный ресурс]``."""
    p = F.patterns()
    for pattern, key, value in (
        (p.thesis, "genre", None),
        (p.electronic, "medium", "online"),
        (_VOLUME_COUNT, "number-of-volumes", ""),
    ):
        m = pattern.search(title)
        if m and m.start() > 0:
            found.put(key, value or (m.group(1) if key == "number-of-volumes" else m.group(0).strip()))
            title = (title[: m.start()] + title[m.end() :]).strip()
    title = re.sub(r"\s*:\s*(?:в|v)?\s*$", "", title.rstrip(" :/"))
    # "… в 1905–1907 гг." — the period that ends the title also ends its abbreviation.
    return title + "." if F.strip_field(title + ".").endswith(".") else title


def _merge_found(found: Found, probe: Found) -> None:
    for key, value in probe.values.items():
        found.put(key, value)
    for role, names in probe.names.items():
        found.names.setdefault(role, names)
    found.years.extend(probe.years)


def _apply_found(found: Found, record: Record) -> None:
    v = found.values
    for attr, key in (
        ("volume", "volume"), ("issue", "issue"), ("part", "part"), ("edition", "edition"), ("page", "page"),
        ("number_of_pages", "number-of-pages"), ("number_of_volumes", "number-of-volumes"), ("genre", "genre"),
        ("volume_title", "volume-title"),
        ("url", "url"), ("doi", "doi"), ("isbn", "isbn"), ("medium", "medium"), ("number", "number"),
    ):  # fmt: skip
        setattr(record, attr, v.get(key, ""))
    if "issue_cumulative" in v:
        record.custom["issue_cumulative"] = v["issue_cumulative"]
    record.accessed = found.accessed
    for role, names in found.names.items():
        if role == "responsibility":
            # GOST repeats the authors after "/", all of them: the longer list wins.
            if not record.author or (
                len(names) > len(record.author) and names[0].family == record.author[0].family
            ):
                record.author = names
        elif not getattr(record, role):
            setattr(record, role, names)


def _finish(record: Record, found: Found) -> None:
    record.issued = found.issued()
    singles = [d for d, is_range in found.years if not is_range and not d.month]
    if found.reprint and len(singles) >= 2 and singles[0].year < record.issued.year:  # type: ignore[union-attr]
        record.original_date = singles[0]
    record.title = clean_title(record.title)
    record.container_title = clean_title(record.container_title)
    record.volume_title = clean_title(record.volume_title)
    if record.doi and record.url and "doi.org" in record.url:
        record.url = ""
    record.language = detect_language(
        " ".join(filter(None, [record.title, record.container_title, record.volume_title])),
        fallback=" ".join(filter(None, [record.publisher, record.publisher_place])),
    )
    _resolve_volume_or_issue(found, record)
    record.type = infer_type(record, found)
    if (
        record.type == "book"
        and record.url
        and record.accessed
        and not (record.publisher_place or record.volume)
    ):
        # "“Title,” Site Name, accessed …, URL": a web page; the site is its container.
        record.type = "webpage"
        record.container_title, record.publisher = record.container_title or record.publisher, ""
    if record.type == "thesis" and not record.publisher and record.container_title:
        record.publisher, record.container_title = record.container_title, ""


def _resolve_volume_or_issue(found: Found, record: Record) -> None:
    """``3(1)``: volume 3, issue 1 (APA); ``2 (219)`` in Russian journals: issue 2 of cumulative 219."""
    pair = found.values.get("volume_or_issue")
    if not pair:
        return
    first, second = pair.split("|")
    cumulative = load("abbreviations")["cumulative_issue_languages"]
    if record.language in cumulative and not record.issue and "-" not in second and int(second) > int(first):
        record.issue = F.number(first)
        record.custom["issue_cumulative"] = second
    else:
        record.volume = record.volume or F.number(first)
        record.issue = record.issue or F.number(second)


_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’"}


def clean_title(text: str) -> str:
    """Markup and enclosing quotes stripped; a final period kept only after an abbreviation (``гг.``)."""
    if not text:
        return text
    text = text.strip().strip("*_").strip()
    if len(text) > 1 and text[0] in _PAIRS and text.endswith(_PAIRS[text[0]]):
        text = text[1:-1].strip()
    elif text[:1] in _PAIRS and _PAIRS[text[:1]] not in text[1:]:
        text = text[1:].strip()
    elif (
        text[-1:] in _PAIRS.values()
        and text[-1] not in text[:-1]
        and not any(o in text for o, c in _PAIRS.items() if c == text[-1])
    ):
        text = text[:-1].strip()
    text = text.rstrip(" ,;:")
    # Chicago moves a period inside closing quotes: "… the Turkish ‘Deep State.’" ends without it.
    if text[-1:] in "’'”\"" and text[-2:-1] == ".":
        text = text[:-2] + text[-1]
    return F.strip_field(text)


def _archival_record(text: str, archival: tuple, record: Record) -> Record:
    locator, start, end = archival
    archive = archive_by_acronym(locator.archive)
    record.type = "manuscript"
    record.locator = locator
    record.archive = locator.archive
    record.archive_location = locator.canonical()
    record.archive_place = archive.place if archive else ""
    record.language = archive.language if archive else "ru"
    record.id = record_id(locator)
    if locator.qualifier:
        record.custom["qualifier"] = locator.qualifier
    record.custom["archival_forms"] = [locator.raw]
    # Text around the locator may name the document ("Chicherin to Lenin, 27 September 1920").
    around = (text[:start] + " " + text[end:]).strip(" ,.;:")
    _describe_archival(around, record)
    return record


def _describe_archival(text: str, record: Record) -> None:
    """Title and date of an archival document, from the words around its locator.

    Only a date is taken out; everything else (``Протокол … № 12``, ``Minute by …``) is the title.
    """
    p = F.patterns()
    m = p.date.search(text)
    if m:
        record.issued = date_from_match(m)
        text = (text[: m.start()] + " " + text[m.end() :]).strip()
        text = re.sub(r"^\s*(?:г|гг|yılı)\.?(?!\w)", "", text)
    text = re.sub(r"\s*(?:г|гг)\.(?=\s*(?:,|//|$))", "", text)
    parts = []
    for c in _plain_chunks(text):
        year = p.year.fullmatch(c.rest)
        if year and record.issued is None:
            record.issued = Date(int(year.group("y")))
        elif c.rest and not _is_archive_name(c.rest):
            parts.append(c.rest)
    if parts:
        record.title = clean_title(", ".join(parts))


def _plain_chunks(text: str) -> list[Chunk]:
    chunks = chunk(text)
    for c in chunks:
        c.rest = c.text.strip(" ,.;:/")
    return chunks


def _is_archive_name(text: str) -> bool:
    found = find_archive(text)
    if found is None:
        return bool(re.fullmatch(r"T\.\s?C\.?|\(?[A-ZÇĞİÖŞÜ]{2,8}\)?", text.strip()))
    _, m = found
    leftover = (text[: m.start()] + text[m.end() :]).strip(" ,.;:()[]")
    return not leftover or bool(re.fullmatch(r"[\w\s.-]{0,12}", leftover) and leftover.isupper())
