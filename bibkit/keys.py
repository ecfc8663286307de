"""Citation keys (record ids): stable, readable, unique, folded to ASCII the Turkish way.

Better BibTeX's ``authorYYYYfirsttitleword``: ``kurat1967brest``, ``armaoglu1992yuzyil``; a work
without author takes its first title word in the author's place. Archival documents are
``rgaspi-495-154-12-3``. Clashes get ``a``, ``b``, … in the order the records come.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from bibkit import turkish
from bibkit.archives import record_id
from bibkit.model import Record
from bibkit.tables import load


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(load("abbreviations")["title_stopwords"])


def _ascii_words(text: str) -> list[str]:
    words = []
    for word in re.findall(r"[^\W_]+(?:['’][^\W_]+)?", text):
        folded = re.sub(r"[^a-z0-9]", "", turkish.to_ascii(turkish.lower(word)))
        if (
            folded
            and not folded.isdigit()
            and turkish.lower(word) not in _stopwords()
            and folded not in _stopwords()
        ):
            words.append(folded)
    return words


def base_key(record: Record) -> str:
    """The key before clash suffixes."""
    if record.locator is not None:
        return record_id(record.locator)
    names = record.author or record.editor or record.translator
    title_words = _ascii_words(record.title or record.container_title)
    if names:
        who = _ascii_words(names[0].family or names[0].literal)
        author = who[0] if who else "anon"
    else:
        author = title_words.pop(0) if title_words else "anon"
    year = str(record.issued.year) if record.issued else ""
    word = title_words[0] if title_words else ""
    return f"{author}{year}{word}"[:60]


def unique_ids(records: list[Record]) -> list[str]:
    """Each record's key, made unique among ``records`` by a letter (``kurat1970``, ``kurat1970a``)."""
    seen: dict[str, int] = {}
    out: list[str] = []
    for record in records:
        key = base_key(record) or "item"
        count = seen.get(key, 0)
        seen[key] = count + 1
        new_id = key if count == 0 else f"{key}{_suffix(count)}"
        while new_id in seen and new_id != key:
            count += 1
            new_id = f"{key}{_suffix(count)}"
        seen.setdefault(new_id, 1)
        out.append(new_id)
    return out


def assign_ids(records: list[Record]) -> list[Record]:
    """``records`` with :func:`unique_ids` as ids: a record whose id changes is a new value, none
    given is changed."""
    return [r if r.id == i else replace(r, id=i) for r, i in zip(records, unique_ids(records), strict=True)]


def _suffix(n: int) -> str:
    """1 → a, 26 → z, 27 → aa."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(97 + rem) + out
    return out
