"""BibLaTeX for biber: UTF-8, ``langid`` from the language, entry types and fields that pass
``biber --tool --validate-datamodel`` (biblatex's default data model, ``blx-dm.def``) with no
warning, all from the shared mapping. bibkit never invents a name, a date or a title to satisfy
the data model; where a record lacks what a type demands, it takes the standard type whose
demands it meets, and what that type has no field for is printed through a field it has.

Archival documents. The standard styles print neither ``library`` nor any archive field, so the
archive and its canonical locator go, joined, into ``howpublished`` — printed by the ``misc`` and
``unpublished`` drivers of every standard style (``RGASPI, f. 159, op. 2, d. 57, l. 3``) — or,
for types without ``howpublished``, into ``addendum``, while ``library`` keeps the archive alone
for styles and tools that read it (biblatex-mla, Better BibTeX's convention). The type is the
first whose mandatory fields the document has:

* ``@unpublished`` (author, title, date);
* ``@misc`` (a date);
* ``@dataset`` when it has no date. blx-dm.def demands ``date`` or ``year`` of every standard
  type except ``@dataset``, ``@software``, ``@mvproceedings`` and ``@mvreference`` (and the
  unsupported types such as ``@letter``, which accept no ``title`` or ``location``); of these
  only ``@dataset``, "a data set or a similar collection of (mostly) raw data", describes
  unpublished primary material kept in a repository. The standard styles print it like
  ``@misc`` (author, title, type, location, the designation in ``addendum``), with no date:
  authoryear prints biblatex's own "n.d." (``nodate``: "t.y.", "б.г."). A date is never guessed.

Every entry type needs a title: an untitled document (most archival ones) takes its
archive-and-locator designation as the title, which is how such documents are cited and sorted
in the sources (``RGASPI, …, 495-154-12-003`` in a reference list), and the designation is then
not printed a second time. ``archive-place`` fills ``location`` when the document has no place
of its own.

Books without author or editor (``Bolşaya Sovetskaya Ensiklopediya``). ``@book`` demands an
author and ``@collection`` an editor; the record names neither, so it is ``@misc``, biblatex's
fallback type (whose author, editor and year §2.3.2 of the manual calls omissible). ``@misc`` has
no ``edition``, ``volume`` or ``part``: they go into ``titleaddon`` written as the ``@book`` driver
would print them — ``\\mkbibordedition{5}~\\bibstring{edition}``, ``\\bibstring{volume}~34`` —
so the entry reads "5. bs. C. 1–3" or "Т. 34" in its own language, as it would as a ``@book``.

Volumes. biblatex's ``volume`` (and ``volumes``) is an integer in the data model. A volume that is
not one — the range ``1-3`` of ``Atatürk'ün Söylev ve Demeçleri, I-III``, or ``2a`` — goes into
the title annex of the volume's title (``titleaddon`` of a book, ``booktitleaddon`` of a chapter,
``maintitleaddon`` when the book has a volume title, ``journaltitleaddon`` of an article) as
``\\bibstring{volumes}~1--3``, printed "Vols. 1–3" / "C. 1–3" / "Т. 1–3": what the source says.
``volumes = {3}`` would print "3 vols.", the number of volumes the work has, which the source
does not state (a reference to volumes I–III of a five-volume work reads the same).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from bibkit.export import latex, mapping
from bibkit.export.bib import braced, common_value, date_parts, entry_pieces
from bibkit.export.keys import assign
from bibkit.export.text import clean, range_parts

# blx-dm.def: \DeclareDatamodelFields[type=field, datatype=integer]{sortyear, volume, volumes}.
INTEGER_FIELDS = frozenset({"volume", "volumes"})
_INTEGER = re.compile(r"[0-9]+")


def _iso(parts: list[int]) -> str:
    return "-".join(f"{p:04d}" if i == 0 else f"{p:02d}" for i, p in enumerate(parts))


def _date(target: mapping.Target) -> list[tuple[str, str]]:
    # A literal date ("Summer 1920") has no form biber accepts in a date field; it is dropped.
    parts = date_parts(target.value)
    if not parts:
        return []
    text = _iso(parts[0])
    if len(parts) > 1 and parts[1] != parts[0]:
        text += "/" + _iso(parts[1])
    return [(target.name, braced(text))]


def termed_volume(value: object) -> str:
    """A volume as biblatex's styles print it, for a field that is printed as it stands:
    ``\\bibstring{volume}~34``, ``\\bibstring{volumes}~1--3`` (a range or list takes the plural).

    :param value: the CSL ``volume``.
    """
    parts = range_parts(value)
    if not parts:
        return ""
    term = "volumes" if len(parts) > 1 or "," in clean(value) else "volume"
    return f"\\bibstring{{{term}}}~" + "--".join(latex.utf8_text(p) for p in parts)


def _volume(target: mapping.Target) -> list[tuple[str, str]]:
    value = clean(target.value)
    if not value:
        return []
    if target.name in INTEGER_FIELDS and _INTEGER.fullmatch(value):
        return [(target.name, braced(str(int(value))))]
    field = target.alt or target.name
    if field in INTEGER_FIELDS:  # no annex to carry it: kept as is (biber prints it, and warns)
        return [(field, braced(common_value(target, latex.utf8_text)))]
    return [(field, braced(termed_volume(value)))]


def termed_edition(value: object) -> str:
    """An edition as the standard styles print the ``edition`` field: an integer as
    ``\\mkbibordedition{5}~\\bibstring{edition}`` ("5th ed.", "5. bs."), other text as it is.

    :param value: the CSL ``edition``.
    """
    text = clean(value)
    if _INTEGER.fullmatch(text):
        return f"\\mkbibordedition{{{int(text)}}}~\\bibstring{{edition}}"
    return latex.utf8_text(text)


def _annex(target: mapping.Target) -> list[tuple[str, str]]:
    # The @book driver's order: edition, then volume and part; units end as in the style
    # (\newunitpunct, ". " in the standard styles).
    values = target.value
    pieces = []
    if "edition" in values:
        pieces.append(termed_edition(values["edition"]))
    if "volume" in values:
        pieces.append(termed_volume(values["volume"]))
    if "part" in values:
        pieces.append("\\bibstring{part}~" + latex.utf8_text(values["part"]))
    pieces = [p for p in pieces if p]
    return [(target.name, braced("\\newunitpunct{}".join(pieces)))] if pieces else []


def _encode(target: mapping.Target) -> list[tuple[str, str]]:
    if target.kind == "date":
        return _date(target)
    if target.kind == "language":
        lang = mapping.babel_language(str(target.value))
        return [(target.name, braced(lang))] if lang else []
    if target.kind == "volume":
        return _volume(target)
    if target.kind == "annex":
        return _annex(target)
    return [(target.name, braced(common_value(target, latex.utf8_text)))]


def pieces(items: Iterable[dict[str, Any]], keys: Iterable[str], **opts: Any) -> Iterator[str]:
    """The file :func:`write` returns, a batch of entries at a time."""
    return entry_pieces("biblatex", items, keys, _encode)


def write(items: list[dict[str, Any]], **opts: Any) -> str:
    """CSL-JSON items as a BibLaTeX file (UTF-8) for biber.

    :param items: CSL-JSON items (``Record.to_csl()``).
    :param opts: accepted for the common writer signature; none are used.
    """
    return "".join(pieces(items, assign(items)))
