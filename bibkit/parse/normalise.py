"""Labelled fields of one work → a CSL :class:`~bibkit.model.Record`: the rules where rules are right.

The labeller decides which words are the title, the volume, the archive; this module reads each
field's text the way its conventions write it (``Cilt XVIII`` → volume ``18``, ``Kasım 2002`` →
November 2002, ``М.`` → ``Moskva``, ``Fon 159, Sayı 2, Dosya 57, varak 003`` → ``f. 159, op. 2,
d. 57, l. 3``) and infers the work's type from which fields are there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bibkit import turkish
from bibkit.archives import ArchivalLocator, record_id
from bibkit.model import Date, Name, Record
from bibkit.parse import fields as F
from bibkit.parse.archives import archive_by_acronym, find_archive, parse_fond, parse_locator
from bibkit.parse.language import detect_language
from bibkit.parse.persons import parse_persons
from bibkit.read import repair_mojibake

_PAIRS = {'"': '"', "“": "”", "«": "»", "„": "“", "‘": "’", "'": "'"}
# A number (digits may be glued to the word before them: "Sayı2") or a Roman numeral standing alone.
_NUMBER = re.compile(
    r"(?<!\d)(\d{1,5}(?:\s*[-–—/]\s*\d{1,5})?)(?!\d)"
    r"|(?<![\w])([IVXLC]{1,7}(?:\s*[-–—]\s*[IVXLC]{1,7})?)(?![\w])"
)
_RANGE = re.compile(r"(\d{1,5}[a-zа-я]?)\s*[-–—]+\s*(\d{1,5}[a-zа-я]?)")
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]")
_IN_CONTAINER = re.compile(
    r"^\s*(?://|in\s*:|in\s|içinde\s*:?|в\s*(?:кн|сб)\.\s*:?|в\s*:|dans\s)\s*", re.IGNORECASE
)
_CONTAINER_AFTER = re.compile(r"\s+(?:içinde|İçinde)\s*$")
_YEAR = re.compile(rf"(?<!\d)({F.YEAR}|1[0-4]\d\d)(?!\d)")
_YEAR_RANGE = re.compile(rf"(?<!\d)({F.YEAR})\s*[-–—/]\s*({F.YEAR}|\d\d)(?!\d)")
_COLLECTION_NUMBER = re.compile(
    r"^(?P<t>.*?)[\s,;:.]*(?:(?:No|Nr|№|вып|Vyp|Sa|Sayı|Number|Vol|Dizi|Seri)\.?\s*:?\s*)?(?P<n>\d{1,5})\s*$"
)
_CUMULATIVE = re.compile(r"^\s*(\d{1,5})\s*\((\d{1,5})\)\s*$")
_ORDINAL_DIGITS = re.compile(r"(\d{1,2})(?:\s*\.|st|nd|rd|th|-?е|-?e|-?ое|-?ье)?(?![\d])")
_VOLUMES_COUNT = re.compile(r"^\s*(\d{1,3})\s+(?:vols?\.?|volumes|cilt|tomes?|т\.|тт\.)\s*$", re.IGNORECASE)
_VOLUME_KEYWORD = re.compile(r"(?i)(?<![\w])(?:vol|cilt|c|т|t|tom|band|bd)\.?\s*(?=[\dIVXLC])")
_PART_WORDS = re.compile(r"(?i)kısım|part|teil|kitap|ч\.|chast|bölüm")
_PAGE_LABEL_BEFORE = re.compile(r"(?i)(?:^|[\s,(])(?:pp?|ss?|sf|с|сс|стр|str|p|page|pages|sayfa)\.?\s*$")
_LOCATOR_LABEL = {
    "folio": re.compile(r"(?i)^(?:vrk?\.?|varak|yaprak|l\.|ll\.|л\.|лл\.|f\.|ff\.|fols?\.?|folio)"),
    "column": re.compile(r"(?i)^(?:cols?\.|стб\.|sütun)"),
    "volume": re.compile(r"(?i)^(?:vol\.|cilt|c\.|т\.)(?=\s*\d)"),
}
_LOCATOR_WORDS = re.compile(
    r"(?i)^(?:pp?\.|ss?\.|sf\.|sh\.|с\.|сс\.|стр\.|str\.|s|p|page|pages|sayfa|vrk?\.?|varak|yaprak|ll?\.|лл?\.|ff?\.|fols?\.?|cols?\.|стб\.)\s*"
)
_VERSO = re.compile(r"\s*(?:об\.?|ob\.?|verso)(?![\w])")


_LIGATURE_CHAR = re.compile("[ﬁﬂﬀﬃﬄ\u00ad\u200b]")
_LIGATURES = str.maketrans(
    {"ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff", "ﬃ": "ffi", "ﬄ": "ffl", "\u00ad": "", "\u200b": ""}
)


def repair(text: str) -> str:
    """A field's text with PDF damage undone: ligatures, soft hyphens, broken Turkish font maps."""
    if _LIGATURE_CHAR.search(text):
        text = text.translate(_LIGATURES)
    return repair_mojibake(text)[0]


def clean_title(text: str) -> str:
    """Markup and enclosing quotes stripped; a final period kept only after an abbreviation (``гг.``)."""
    text = text.strip().rstrip(" ,;:").strip("*_").strip()
    if text.endswith((".", ",")) and text[-2:-1] in "”»\"'*_":
        text = text[:-1].rstrip("*_")
    if not text:
        return text
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
    text = text.strip("*_ ").rstrip(" ,;:/")
    # Chicago moves a period inside closing quotes: "… the ‘Deep State.’" ends without it.
    if text[-1:] in "’'”\"" and text[-2:-1] == ".":
        text = text[:-2] + text[-1]
    return F.strip_field(text)


def number_value(text: str) -> str:
    """``Cilt XVIII`` → ``18``, ``Sayı 07`` → ``7``, ``I-III`` → ``1-3``, ``121-124`` → ``121-124``."""
    m = _NUMBER.search(text)
    return F.number(m.group(1) or m.group(2)) if m else ""


def date_value(text: str) -> Date | None:
    """The publication date in a date field: ``Kasım 2002``, ``(May, 1946)``, ``1991-1993``, ``12.05.2019``."""
    m = F.patterns().date.search(text)
    if m:
        g = m.groupdict()
        for k in "12345":
            if g.get(f"y{k}"):
                name = g.get(f"m{k}")
                month = F.month_number(name) if name else (int(g[f"mo{k}"]) if g.get(f"mo{k}") else None)
                if month is not None and not 1 <= month <= 12:
                    month = None
                day = g.get(f"d{k}")
                return Date(int(g[f"y{k}"]), month, int(day) if day and month else None)
    m = _YEAR_RANGE.search(text)
    if m:
        start, end = m.group(1), m.group(2)
        end_year = int(end) if len(end) == 4 else int(start[:2] + end)
        return Date(int(start), end_year=end_year if end_year > int(start) else None)
    m = _YEAR.search(text)
    if not m:
        return None
    month = None
    for word in re.findall(r"[^\W\d_]+\.?", text):
        month = month or F.month_number(word)
    return Date(int(m.group(1)), month)


def edition_value(text: str) -> str:
    """``2. Baskı`` → ``2``, ``3rd ed.`` → ``3``, ``Изд. 2-е, испр.`` → ``2``, ``İkinci Baskı`` → ``2``."""
    m = _ORDINAL_DIGITS.search(text)
    if m:
        return str(int(m.group(1)))
    low = turkish.lower(text)
    for word, value in F.ordinal_words().items():
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            return str(value)
    return F.strip_field(text.strip("()[] "))


def page_value(text: str) -> tuple[str, str]:
    """(page range, page count) of a ``pages`` field: ``pp. 375-413`` → range, ``320 с.`` → count."""
    ranges = _RANGE.findall(text)
    if ranges:
        return ", ".join(f"{a}-{b}" for a, b in ranges), ""
    digits = _DIGITS.findall(text)
    if not digits:
        return "", ""
    m = re.search(r"\d", text)
    if m and _PAGE_LABEL_BEFORE.search(text[: m.start()]):  # "S. 45", "pp. 376": a label before the number
        return digits[0], ""
    return "", digits[-1]  # "320 с.", "xii+310 p.": the count


def locator_value(text: str) -> tuple[str, str]:
    """(locator, label) of a pinpoint: ``s. 45`` → (45, page), ``vr. 3b`` → (3b, folio), ``л. 5 об.`` → (5ob., folio)."""
    text = text.strip(" ,.;:()")
    label = "page"
    for name, pattern in _LOCATOR_LABEL.items():
        if pattern.match(text):
            label = name
            break
    value = _LOCATOR_WORDS.sub("", text).strip(" ,.;:")
    value = _VERSO.sub("ob.", value)
    value = re.sub(r"\s*[-–—]\s*", "-", value)
    value = re.sub(r"\s*(?:,|\bve\b|\band\b|\bи\b|&)\s*", ", ", value)
    return value, label


@dataclass
class Fields:
    """The text of each label in one work, in order (a label may occur more than once)."""

    texts: dict[str, list[str]] = field(default_factory=dict)
    order: list[tuple[str, str]] = field(default_factory=list)

    def add(self, label: str, text: str) -> None:
        text = repair(text)
        self.texts.setdefault(label, []).append(text)
        self.order.append((label, text))

    def before_and_after(self, label: str, mark: set[str]) -> tuple[list[str], list[str]]:
        """The texts of ``label`` before the first run labelled in ``mark``, and those after it."""
        before: list[str] = []
        after: list[str] = []
        seen = False
        for name, text in self.order:
            seen = seen or name in mark
            if name == label:
                (after if seen else before).append(text)
        return before, after

    def get(self, label: str) -> list[str]:
        return self.texts.get(label, [])

    def first(self, label: str) -> str:
        values = self.texts.get(label)
        return values[0] if values else ""

    def has(self, *labels: str) -> bool:
        return any(label in self.texts for label in labels)


def _names(texts: Sequence[str], turkish_rules: bool, record: Record) -> tuple[list[Name], bool]:
    names: list[Name] = []
    ditto = False
    for text in texts:
        persons = parse_persons(text, turkish_rules)
        names.extend(persons.names)
        ditto = ditto or persons.ditto
        if persons.et_al:
            record.et_al = True
    return names, ditto


def _plain(text: str) -> str:
    """A field's text without the brackets, markup and separators around it."""
    return F.strip_field(text.strip(" ,;:").strip(" ()[]*_"))


def _container(text: str) -> str:
    text = _IN_CONTAINER.sub("", text)
    text = _CONTAINER_AFTER.sub("", text)
    return clean_title(text)


def _collection(text: str, record: Record) -> None:
    text = text.strip(" ()[],.;")
    m = _COLLECTION_NUMBER.match(text)
    if m and m.group("t").strip(" ,;:.-"):
        record.collection_title = clean_title(m.group("t"))
        record.collection_number = m.group("n")
    else:
        record.collection_title = clean_title(text)


def _volume(text: str, record: Record) -> None:
    count = _VOLUMES_COUNT.match(text)
    if count:
        record.number_of_volumes = count.group(1)
        return
    part = _PART_WORDS.search(text)
    numbers = list(_NUMBER.finditer(text))
    if part and len(numbers) > 1:
        # "III. Cilt I. Kısım": the number next to the part word is the part.
        nearest = min(numbers, key=lambda m: min(abs(m.end() - part.start()), abs(m.start() - part.end())))
        record.part = F.number(nearest.group(1) or nearest.group(2))
        numbers = [m for m in numbers if m is not nearest]
    keyed = _VOLUME_KEYWORD.search(text)
    if keyed:  # "1859 T. VI": the number after the volume word
        numbers = [m for m in numbers if m.start() >= keyed.end()] or numbers
    if numbers:
        record.volume = F.number(numbers[0].group(1) or numbers[0].group(2))


def _issue(text: str, record: Record) -> None:
    text = text.strip(" ,.;:")
    cumulative = _CUMULATIVE.match(
        _LOCATOR_WORDS.sub("", re.sub(r"(?i)^\s*(?:sayı|say|s\.|no\.?|№|nr\.?|вып\.)\s*:?", "", text))
    )
    if cumulative:
        record.issue = F.number(cumulative.group(1))
        record.issue_cumulative = cumulative.group(2)
        return
    record.issue = number_value(text)


def _url(text: str, record: Record) -> None:
    p = F.patterns()
    doi = p.doi.search(text)
    if doi:
        record.doi = doi.group("d").rstrip(".,;)")
    url = p.url.search(text)
    if url and not (doi and "doi.org" in url.group("u")):
        record.url = url.group("u").rstrip(".,;)")
    elif not doi:
        bare = re.search(r"(?<![\w/])(10\.\d{4,9}/\S+)", text)
        if bare:
            record.doi = bare.group(1).rstrip(".,;)")
    rest = text[url.end() :] if url else text
    said = p.accessed.search(text)
    accessed = date_value(rest) if said or url else None
    if accessed is None and said and url and said.end() <= url.start():
        # "Geliş tarihi 27 Mart 2024 (https://…)": the date stands between the words and the link.
        accessed = date_value(text[said.end() : url.start()])
    if accessed is not None and (url or doi):
        record.accessed = accessed


def absorb_pinpoint(record: Record, pinpoint: str) -> bool:
    """Move a note's "pinpoint" into an archival record's locator when it continues the
    locator's hierarchy (``NAG, f. 1440, an. 2`` + ``s. 151, f. 12``: the file and folio, which
    the labeller took for a page). The folio is part of the document's place, as in the list.

    :returns: whether the pinpoint was absorbed (the caller then drops it).
    """
    locator = record.locator
    if locator is None or not pinpoint or not record.archival_forms:
        return False
    longer = parse_locator(f"{record.archival_forms[0]}, {pinpoint}")
    if longer is None:
        return False
    extended = longer[0]
    if extended.archive != locator.archive or extended.levels[: len(locator.levels)] != locator.levels:
        return False
    if len(extended.levels) <= len(locator.levels):
        return False
    record.locator = extended
    record.archive_location = extended.canonical()
    record.archival_forms = [extended.raw]
    record.id = record_id(extended)
    return True


def _archival(fields: Fields, record: Record) -> None:
    """Archive and locator: the registry's acronym and canonical form where the archive is known."""
    archive_text = " ".join(fields.get("archive")).strip(" ,.;:")
    locator_text = " ".join(fields.get("locator"))
    combined = f"{archive_text}, {locator_text}".strip(" ,")
    parsed = parse_locator(combined) if combined else None
    locator: ArchivalLocator | None = parsed[0] if parsed else None
    if locator is None and locator_text:
        levels = parse_fond(locator_text)
        if levels is not None and re.search(r"(?i)(?:^|\W)(?:f|ф|fond|фонд)\W", locator_text):
            name = F.strip_field(archive_text) or "archive"
            locator = ArchivalLocator(name, "russian", levels[0], qualifier=levels[1], raw=combined)
    if locator is not None:
        known = archive_by_acronym(locator.archive)
        record.locator = locator
        record.archive = locator.archive
        record.archive_location = locator.canonical()
        record.archive_place = known.place if known else ""
        record.language = known.language if known else record.language
        record.archival_forms = [locator.raw or combined]
        if locator.qualifier:
            record.qualifier = locator.qualifier
        record.id = record_id(locator)
        return
    found = find_archive(archive_text) if archive_text else None
    record.archive = found[0].acronym if found else F.strip_field(archive_text.strip(" ()[]"))
    if found:
        record.archive_place = found[0].place
    record.archive_location = F.strip_field(locator_text)
    if combined:
        record.archival_forms = [combined]


def is_archival(fields: Fields) -> bool:
    """Whether the labelled fields describe an archival document: a locator with a number in it,
    or an archive named without what a publication has (publisher, place, container, pages). A
    stray ``archive`` or ``locator`` label on a book's words does not make the book a manuscript."""
    if any(_DIGITS.search(text) for text in fields.get("locator")):
        return True
    return fields.has("archive") and not fields.has("publisher", "place", "container", "pages", "volume")


def _type(fields: Fields, record: Record) -> str:
    if record.archive or record.archive_location:
        return "manuscript"
    genre = " ".join(fields.get("genre"))
    if (
        genre
        and F.patterns().thesis.search(genre)
        or re.search(r"(?i)thesis|dissertation|diss\.|дис|tez", genre)
    ):
        return "thesis"
    container = record.container_title
    if container:
        if F.has_keyword("encyclopedia", container):
            return "entry-encyclopedia"
        if F.has_keyword("proceedings", container):
            return "paper-conference"
        if record.issue or F.has_keyword("journal", container):
            return "article-journal"
        if record.editor or record.publisher or record.publisher_place:
            return "chapter"
        return "article-journal"
    if record.url and not (record.publisher or record.publisher_place or record.volume or record.page):
        return "webpage"
    return "book"


def record_from_fields(
    fields: Fields, raw: str, source: str, line: int, previous: Record | None = None
) -> Record:
    """The record the labelled fields of one work describe.

    :param previous: the record before it in the same list, whose names a ``———`` stands for.
    """
    record = Record(source=source, line=line, raw=raw.strip())
    title_text = " ".join(fields.get("title")) + " " + " ".join(fields.get("container"))
    turkish_rules = turkish.looks_turkish(raw) or detect_language(title_text) in ("tr", "az")
    # Names after the title are the container's authors ("“Svoboda,” in Ivan A. Il'in, *Novaia …*").
    own, container_authors = fields.before_and_after("author", {"title", "container"})
    if not own:
        own, container_authors = container_authors, []
    names, ditto = _names(own, turkish_rules, record)
    if ditto and previous is not None:
        names = list(previous.author)
    record.author = names
    record.container_author, _ = _names(container_authors, turkish_rules, record)
    editors, _ = _names(fields.get("editor"), turkish_rules, record)
    translators, _ = _names(fields.get("translator"), turkish_rules, record)
    # "Smith, J. (ed.)": the names were tagged author and the role alone editor.
    if fields.has("editor") and not editors and record.author:
        editors, record.author = record.author, []
    record.editor, record.translator = editors, translators
    titles = [clean_title(t) for t in fields.get("title")]
    record.title = ". ".join(t for t in titles if t)
    containers = [_container(t) for t in fields.get("container")]
    record.container_title = ". ".join(c for c in containers if c)
    # "…Dergisi, Atatürk Özel Sayısı": a special issue's name after the journal's.
    journal, comma, tail = record.container_title.rpartition(", ")
    if comma and journal and F.patterns().special_issue.search(tail):
        record.container_title, record.volume_title = journal, clean_title(tail)
    for text in fields.get("collection")[:1]:
        _collection(text, record)
    for text in fields.get("volume")[:1]:
        _volume(text, record)
    for text in fields.get("issue")[:1]:
        _issue(text, record)
    if (
        record.issue
        and not record.volume
        and not record.issue_cumulative
        and not _LETTERS.search(fields.first("issue"))
    ):
        # A bare number after a journal ("Türk Dili, 7, 19-22") is its volume: the first number
        # a citation gives is the volume unless a word (Sayı, No., №) says otherwise or it is a
        # Russian issue with its running number ("2 (219)").
        record.volume, record.issue = record.issue, ""
    # A list entry has no pinpoint: a range the labeller called one is the work's own pages.
    for text in fields.get("pages") + (fields.get("pinpoint") if source == "list" else []):
        page, count = page_value(text)
        record.page = record.page or page
        record.number_of_pages = record.number_of_pages or count
    # The last date is the edition's: years before it belong to the title ("(1773–1917)") or to
    # the document a collection prints ("Март 1917 г. … 1966").
    for text in reversed(fields.get("date")):
        record.issued = date_value(text)
        if record.issued is not None:
            break
    if fields.has("edition"):
        record.edition = edition_value(fields.first("edition"))
    places = [F.normalise_place(_plain(p)) for p in fields.get("place")]
    record.publisher_place = "; ".join(dict.fromkeys(p for p in places if p))
    publishers = [_plain(p) for p in fields.get("publisher")]
    record.publisher = "; ".join(p for p in publishers if p)
    for text in fields.get("genre"):
        if F.patterns().electronic.search(text):
            record.medium = F.strip_field(text.strip("[]() "))
        elif not record.genre:
            record.genre = F.strip_field(text.strip("[]() "))
    for text in fields.get("url"):
        _url(text, record)
    for text in fields.get("other"):
        isbn = F.patterns().isbn.search(text)
        if isbn:
            record.isbn = isbn.group("n")
        elif F.patterns().special_issue.search(text) and not record.volume_title:
            record.volume_title = clean_title(text)  # "Atatürk Özel Sayısı": a special issue's name
    if is_archival(fields):
        _archival(fields, record)
    record.type = _type(fields, record)
    if not record.language:
        record.language = detect_language(f"{record.title} {record.container_title}".strip(), "")
    return record
