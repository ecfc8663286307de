"""Archival locators: find the archive named in a note or entry, parse its locator, write it canonically.

Systems (``system`` in ``bibkit/data/archives.json``):

- ``russian``: fond / opis / karton / delo / list (``f. 159, op. 2, d. 57, l. 3``), in Latin or
  Cyrillic abbreviations, full words, the Turkish renderings (``Fon``, ``Sayı``/``Liste``,
  ``Dosya``, ``varak``) and the compact ``495-154-12-003``.
- ``ottoman`` (BOA): a fond code (``DH.KMS``, ``A.DVNS.ASK.MHM.d``) then Dosya/Gömlek/No./folio.
- ``republican`` (BCA): ``Fon Kodu`` and ``Yer No``.
- ``atase``: a collection code, then Klasör/Kutu/Dosya/Fihrist/Gömlek/Belge.
- ``british`` (TNA): ``FO 371/4158`` with an optional folio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bibkit import turkish
from bibkit.archives import ArchivalLocator
from bibkit.parse import fields as F
from bibkit.tables import load


@dataclass(frozen=True)
class Archive:
    acronym: str
    system: str
    place: str
    language: str


@cache
def _registry() -> tuple[dict[str, Archive], re.Pattern[str]]:
    """Alias (folded) → archive, and one regex finding any alias as a whole word."""
    by_alias: dict[str, Archive] = {}
    aliases: list[str] = []
    for entry in load("archives")["archives"]:
        archive = Archive(entry["acronym"], entry["system"], entry["place"], entry["language"])
        for alias in {entry["acronym"], *entry["aliases"], *entry["names"].values()}:
            by_alias[_fold(alias)] = archive
            aliases.append(alias)
    # Longest first so that "TNA: PRO" wins over "TNA"; full names match case-insensitively.
    pattern = re.compile(
        r"(?<![\w.])(?:" + F.alternation(aliases, space=r"\s+", fold=True) + r")(?![\w])", re.IGNORECASE
    )
    return by_alias, pattern


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", turkish.lower(text.replace("İ", "I"))).strip(" .")


@cache
def _series_codes() -> tuple[Archive, re.Pattern[str]] | None:
    """Archives recognisable by their own reference shape: TNA's ``FO 371/9058`` needs no name."""
    for entry in load("archives")["archives"]:
        codes = entry.get("series_codes")
        if codes:
            archive = Archive(entry["acronym"], entry["system"], entry["place"], entry["language"])
            alternation = "|".join(sorted(codes, key=len, reverse=True))
            return archive, re.compile(rf"(?<![\w/])(?:{alternation})(?=\s+\d{{1,4}}\s*/\s*\d)")
    return None


def find_archive(text: str) -> tuple[Archive, re.Match[str]] | None:
    """The first archive named in ``text`` (acronym in any script, or a full name in any language)."""
    found = _find_named_archive(text)
    if found is not None:
        return found
    coded = _series_codes()
    if coded is not None and "/" in text:  # a series reference is "FO 371/9058"
        archive, pattern = coded
        m = pattern.search(text)
        if m:
            # The code is part of the locator: report an empty match just before it.
            return archive, re.compile("").match(text, m.start())  # type: ignore[return-value]
    return None


def _find_named_archive(text: str) -> tuple[Archive, re.Match[str]] | None:
    by_alias, pattern = _registry()
    for match in pattern.finditer(text):
        found = match.group(0)
        archive = by_alias.get(_fold(found))
        if archive is None:
            continue
        # Acronyms must be written in capitals: "pro" or "boa" in running text are words.
        if len(found) <= 6 and not found.replace(" ", "").replace(".", "").isupper():
            continue
        return archive, match
    return None


_UNREGISTERED = re.compile(
    r"(?<![\w])([A-ZА-ЯЁ]{2,10}(?:\s[A-ZА-ЯЁ][A-ZА-ЯЁa-zа-яё]{1,9})?)[.,]\s*(?=(?:f|F|ф|Ф)\.\s*(?:[RРР]-?)?\d)"
)


def _unregistered_russian(text: str) -> tuple[Archive, re.Match[str]] | None:
    """An archive missing from the registry, named by its acronym before a fond (``ЦГАИПД. Ф. 1728``)."""
    if not ("f." in text or "F." in text or "ф." in text or "Ф." in text):
        return None  # no fond marker, which the pattern requires
    m = _UNREGISTERED.search(text)
    if not m:
        return None
    return Archive(m.group(1), "russian", "", "ru"), m


def archive_by_acronym(acronym: str) -> Archive | None:
    by_alias, _ = _registry()
    return by_alias.get(_fold(acronym))


# ---------------------------------------------------------------- fond/opis/delo/list (from the systems table)

_NUM = r"\d{1,6}(?:[a-zа-я](?![a-zа-я]))?"
_VERSO = r"(?:\s*(?:ob\.?|об\.?|verso|v\.|obr\.?)(?![\w]))?"
_FOLIO = rf"{_NUM}{_VERSO}(?:\s*[-–—]\s*{_NUM}{_VERSO})?"
_FOLIOS = rf"{_FOLIO}(?:\s*,\s*{_FOLIO})*"
# What follows a unit's label, by the kind of value the systems table names.
_VALUES = {"fond": rf"(?:[RРrр]\s*[-‐–]?\s*)?{_NUM}", "number": _NUM, "folios": _FOLIOS}
_COMPACT = re.compile(
    rf"(?<![\w.-])(?P<f>(?:[RРrр]-?)?\d{{1,6}})\s*-\s*(?P<op>\d{{1,5}})\s*-\s*(?P<d>\d{{1,6}})"
    rf"(?:\s*-\s*(?P<l>\d{{1,5}}{_VERSO}))?(?![\w-])"
)
_QUALIFIER = re.compile(r"^\s*(\(\s*[\w.]{1,8}\s*\))")
_BETWEEN = re.compile(r"[\s,.;:]*")


@dataclass(frozen=True)
class _Level:
    name: str
    kind: str
    pattern: re.Pattern[str]


@cache
def _fond_levels(system: str) -> tuple[_Level, ...]:
    """The units of a fond-shaped system, each with one pattern for its labels and value."""
    out = []
    for level in load("archives")["systems"][system]["levels"]:
        labels = "|".join(level["labels"])
        pattern = re.compile(rf"(?:{labels})\s*(?P<value>{_VALUES[level['value']]})")
        out.append(_Level(level["level"], level["value"], pattern))
    return tuple(out)


def _strip_zeros(value: str) -> str:
    return re.sub(r"(?<!\d)0+(?=\d)", "", value)


def _normalise_folio(value: str) -> str:
    """``003`` → ``3``; ``5-7 об.`` → ``5-7ob.``; ``17 ob`` → ``17ob.``; ``11, 12`` kept as a list."""
    value = re.sub(r"\s*(?:ob\.?|об\.?|verso|v\.|obr\.?)(?![\w])", "ob.", value)
    value = re.sub(r"\s*[-–—]\s*", "-", value)
    value = re.sub(r"\s*,\s*", ", ", value)
    return _strip_zeros(value)


def _normalise_fond(value: str) -> str:
    """``Р-1235`` (Cyrillic Er) and ``R 1235`` → ``R-1235``; leading zeros go."""
    m = re.match(r"([RРrр])\s*[-‐–]?\s*(\d.*)", value)
    if m:
        return "R-" + _strip_zeros(m.group(2))
    return _strip_zeros(value)


_NORMALISE = {"fond": _normalise_fond, "folios": _normalise_folio, "number": _strip_zeros}


def _first_unit(text: str, levels: tuple[_Level, ...]) -> tuple[int, re.Match[str]] | None:
    """The earliest labelled unit in ``text`` (the largest unit first where two start together)."""
    best: tuple[int, re.Match[str]] | None = None
    for index, level in enumerate(levels):
        m = level.pattern.search(text)
        if m and (best is None or m.start() < best[1].start()):
            best = (index, m)
    return best


def parse_fond(text: str, system: str = "russian") -> tuple[tuple[tuple[str, str], ...], str, int] | None:
    """Levels of a fond/opis/delo/list locator of ``system`` in ``text``, the qualifier after it
    (``(ob.)``), and where it ends. After the first unit only separators may stand between units;
    each next unit is the first not yet seen, in the table's order, whose label matches there."""
    levels = _fond_levels(system)
    found: dict[str, str] = {}
    first = _first_unit(text, levels)
    end = 0
    if first is not None:
        index, m = first
        found[levels[index].name] = m.group("value")
        end = m.end()
        while True:
            pos = _BETWEEN.match(text, end).end()
            for level in levels:
                if level.name in found:
                    continue
                m = level.pattern.match(text, pos)
                if m:
                    found[level.name] = m.group("value")
                    end = m.end()
                    break
            else:
                break
    if "f" not in found or len(found) < 2:
        compact = _COMPACT.search(text)
        if not compact:
            return None
        found = {k: v for k, v in compact.groupdict().items() if v}
        end = compact.end()
    kinds = {level.name: level.kind for level in levels}
    out = tuple(
        (level.name, _NORMALISE[kinds[level.name]](found[level.name]))
        for level in levels
        if level.name in found
    )
    qualifier = ""
    q = _QUALIFIER.match(text[end:])
    if q:
        qualifier = q.group(1)
        end += q.end()
    return out, qualifier, end


# ---------------------------------------------------------------- Turkish and British archives

_CODE_PART = r"(?:[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜa-zçğıöşü]{0,7}|\d{1,2}|d|\([A-ZÇĞİÖŞÜ.]{1,10}\))"
# BOA fond codes: "DH.KMS", "A.DVNS.ASK.MHM.d", "A.(AMD)", "DH.EUM.5.Şb", "MV", "İ.DUİT".
_OTTOMAN_CODE = re.compile(rf"(?<![\w.])([A-ZÇĞİÖŞÜ]{{1,6}}(?:\.{_CODE_PART}){{0,6}})(?![\w])")
_TURKISH_LEVELS = [
    ("yer", r"Yer(?:\s*No)?\s*:"),
    ("k", r"Klasör(?:\s*No\.?)?\s*:?|Kls\.?|K\.(?=\s*\d)"),
    ("kt", r"Kutu(?:\s*No\.?)?\s*:?"),
    ("d", r"Dosya(?:\s*No\.?)?\s*:?|Dos\.|[Dd]\.(?=\s*\d)"),
    ("f", r"Fihrist(?:\s*No\.?)?\s*:?|Fih\.|F\.(?=\s*\d)"),
    ("g", r"Gömlek(?:\s*No\.?)?\s*:?|Göm\.|[Gg]\.(?=\s*\d)"),
    ("b", r"Belge(?:\s*No\.?)?\s*:?"),
    ("no", r"No\s*[:.]?|Nr\.|Sıra\s*No\s*:?"),
    ("vr", r"vr\.|varak|Varak|s\."),
]
_TURKISH_TOKEN = re.compile(
    "|".join(
        rf"(?P<{n}>{label})\s*(?P<{n}v>[\d.]+[a-z]?(?:\s*[-/]\s*[\d.]+[a-z]?)*)"
        for n, label in _TURKISH_LEVELS
    )
)
_FOND_KODU = re.compile(r"Fon(?:\s*Kodu)?\s*:\s*([\d.]+\d)|Fon\s*Kodu\s*([\d.]+\d)")
# "87/40", "50-1/12", "2318/1": Dosya/Gömlek numbers printed without labels.
# A code may be printed in brackets after the fond's name: "… Siyasî Kısım [HR.SYS], 1234/5".
_BARE_NUMBERS = re.compile(r"[\s,)\]]*(\d{1,6}(?:-\d{1,4})?(?:\s*/\s*\d{1,6}[a-z]?)?)(?![\w/-]|\.\d)")
_BCA_CODE = re.compile(
    r"(?<![\w.])(\d{3}(?:\.\d{1,4}){1,8})(?:\s*(?:/|,)\s*(\d{1,4}(?:\.\d{1,5}){1,6}))?(?![\w])"
)
_TNA_REF = re.compile(
    r"(?<![\w])([A-Z]{1,5})\s+(\d{1,4})\s*/\s*(\d{1,6}[A-Z]?)((?:\s*/\s*[A-Z]?\d{1,6}[A-Za-z]?)?)(?![\w])"
)
_TNA_FOLIO = re.compile(r"^\s*,?\s*(ff?\.|fols?\.|folios?|p\.|pp\.)\s*(\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?)")
_OWN_ACRONYM = re.compile(r"\s*\(\s*[A-ZÇĞİÖŞÜА-Я]{2,8}\s*\)")


def _levels_from_tokens(text: str) -> tuple[list[tuple[str, str]], int]:
    levels: list[tuple[str, str]] = []
    seen: set[str] = set()
    end = 0
    for m in _TURKISH_TOKEN.finditer(text):
        name = next(k for k, v in m.groupdict().items() if v is not None and not k.endswith("v"))
        if name in seen:
            break
        if (levels or end) and not re.fullmatch(r"[\s,.;:]*", text[end : m.start()]):
            break
        if not levels and not end and not re.fullmatch(r"[\s,.;:]*", text[: m.start()]):
            break
        seen.add(name)
        value = re.sub(r"\s*([-/])\s*", r"\1", m.group(f"{name}v")).rstrip(".")
        levels.append((name, value))
        end = m.end()
    # İSNAD ends a BOA reference with the folio or page alone: "Gömlek No. 7, 440a."
    if levels:
        tail = re.match(r"\s*,\s*(\d{1,5}[ab]?)(?![\w/-]|\.\d)", text[end:])
        if tail and "vr" not in seen:
            levels.append(("vr", tail.group(1)))
            end += tail.end()
    return levels, end


def parse_ottoman(text: str) -> tuple[tuple[tuple[str, str], ...], int] | None:
    code = _OTTOMAN_CODE.search(text)
    if not code:
        return None
    out: list[tuple[str, str]] = [("code", code.group(1))]
    end = code.end()
    bare = _BARE_NUMBERS.match(text, end)
    if bare:
        out.append(("num", re.sub(r"\s+", "", bare.group(1))))
        end = bare.end()
    levels, used = _levels_from_tokens(text[end:])
    if not levels and not bare:
        return None
    out.extend(levels)
    return tuple(out), end + used


def parse_republican(text: str) -> tuple[tuple[tuple[str, str], ...], int] | None:
    fond = _FOND_KODU.search(text)
    out: list[tuple[str, str]] = []
    if fond:
        out.append(("code", fond.group(1) or fond.group(2)))
        rest_at = fond.end()
    else:
        bare = _BCA_CODE.search(text)
        if not bare:
            return None
        out.append(("code", bare.group(1)))
        if bare.group(2):
            out.append(("yer", bare.group(2)))
        rest_at = bare.end()
    levels, end = _levels_from_tokens(text[rest_at:])
    if not levels and fond is None and len(out) == 1:
        # "BCA, 030.18.1.2, 12.45.7": the place number without its label.
        second = re.match(r"\s*,\s*(\d{1,4}(?:\.\d{1,5}){1,6})(?![\w])", text[rest_at:])
        if second:
            out.append(("yer", second.group(1)))
            end = second.end()
    out.extend(levels)
    return tuple(out), rest_at + end


def parse_atase(text: str) -> tuple[tuple[tuple[str, str], ...], int] | None:
    start = _TURKISH_TOKEN.search(text)
    if not start:
        return None
    prefix = text[: start.start()]
    codes = re.findall(r"(?<![\w.])([A-ZÇĞİÖŞÜ]{2,6}(?:\.[A-ZÇĞİÖŞÜ]{1,6})*)(?![\w])", prefix)
    codes = [c for c in codes if c not in ("ATASE", "TBMM", "TBMMA")]
    levels, end = _levels_from_tokens(text[start.start() :])
    if not levels:
        return None
    out: list[tuple[str, str]] = [("code", codes[-1])] if codes else []
    out.extend(levels)
    return tuple(out), start.start() + end


def parse_british(text: str) -> tuple[tuple[tuple[str, str], ...], int] | None:
    m = _TNA_REF.search(text)
    if not m:
        return None
    out: list[tuple[str, str]] = [
        ("ref", f"{m.group(1)} {m.group(2)}/{m.group(3)}{m.group(4).replace(' ', '')}")
    ]
    end = m.end()
    folio = _TNA_FOLIO.match(text[end:])
    if folio:
        label = "ff" if folio.group(1).startswith("ff") or "-" in folio.group(2) else "f"
        out.append((label, re.sub(r"\s*[-–]\s*", "-", folio.group(2))))
        end += folio.end()
    return tuple(out), end


# One parser per hierarchy shape; the systems table says which shape each system has.
_SHAPES = {
    "ottoman": parse_ottoman,
    "republican": parse_republican,
    "atase": parse_atase,
    "british": parse_british,
}


@cache
def _shape(system: str) -> str:
    return load("archives")["systems"][system]["shape"]


def _locate(text: str) -> tuple[ArchivalLocator, int, int, int] | None:
    """The locator in ``text``, where the archive's name starts, where the name ends (with its own
    acronym after a full name) and where the locator ends; None as for :func:`parse_locator`."""
    found = find_archive(text) or _unregistered_russian(text)
    if found is None:
        return None
    archive, match = found
    # "Başbakanlık Osmanlı Arşivi (BOA), …": the acronym after the full name is not a fond code.
    skip = _OWN_ACRONYM.match(text, match.end())
    offset = skip.end() if skip else match.end()
    rest = text[offset:]
    qualifier = ""
    if _shape(archive.system) == "fond":
        parsed = parse_fond(rest, archive.system)
        if parsed is None:
            return None
        levels, qualifier, end = parsed
    else:
        result = _SHAPES[_shape(archive.system)](rest)
        if result is None:
            return None
        levels, end = result
    raw = text[match.start() : offset + end].strip()
    locator = ArchivalLocator(archive.acronym, archive.system, levels, qualifier=qualifier, raw=raw)
    return locator, match.start(), offset, offset + end


def parse_locator(text: str) -> tuple[ArchivalLocator, int, int] | None:
    """Find an archive and its locator in ``text``.

    :returns: the locator, where the archive's name starts and where the locator ends; None when
        ``text`` names no known archive or no locator follows it.
    """
    located = _locate(text)
    return (located[0], located[1], located[3]) if located else None


def archive_entry(text: str) -> int | None:
    """Where the archive's name ends (its own acronym included) when ``text`` is nothing but an
    archive and a locator its grammar reads (``BCA, 030.18.1.2, 12.45.7.``); None otherwise."""
    located = _locate(text)
    if located is None or text[: located[1]].strip() or text[located[3] :].strip(" .,;"):
        return None
    return located[2]
