"""The language of a work, guessed from its title and container.

Russian is recognised in Cyrillic and in every romanisation, including the Turkish-alphabet one
(``Jizn``, ``Voprosı``, ``İstoriya``) that shares letters with Turkish: Turkish is told apart by
its words and inflections (``ve``, ``-ları``, ``'ün``) and by ``ğ``, which Russian never needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bibkit import turkish
from bibkit.tables import load

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_ORDER = ("tr", "ru", "en", "de", "fr", "az")


@dataclass(frozen=True)
class _Features:
    letters: dict[str, float]
    words: frozenset[str]
    suffixes: tuple[str, ...]
    stems: tuple[str, ...]


@cache
def _features() -> dict[str, _Features]:
    out = {}
    for lang, data in load("languages")["languages"].items():
        out[lang] = _Features(
            letters=data.get("letters", {}),
            words=frozenset(data["words"]),
            suffixes=tuple(sorted(data["suffixes"], key=len, reverse=True)),
            stems=tuple(data.get("stems", [])),
        )
    return out


def scores(text: str) -> dict[str, float]:
    """Evidence for each language in ``text`` (words 2, an inflection 1, a stem 1, letters by weight)."""
    result = dict.fromkeys(_ORDER, 0.0)
    features = _features()
    for word in _WORD.findall(text):
        if _CYRILLIC.search(word):
            result["uk" if _UKRAINIAN.search(word) else "ru"] = result.get("ru", 0.0) + 3
            continue
        low = turkish.lower(word)
        plain = low.replace("’", "'")
        for lang, f in features.items():
            if plain in f.words:
                result[lang] += 2
            elif len(plain) > 3:
                for suffix in f.suffixes:
                    if plain.endswith(suffix) and len(plain) > len(suffix) + 1:
                        result[lang] += 1
                        break
                if any(plain.startswith(stem) for stem in f.stems):
                    result[lang] += 1
            for ch in word:
                weight = f.letters.get(ch)
                if weight:
                    result[lang] += weight
    return result


def detect_language(text: str, fallback: str = "") -> str:
    """BCP 47 code of ``text`` (``tr``, ``ru``, ``en``, ``de``, ``fr``, ``az``, ``uk``), or ``""``.

    :param fallback: more text of the record (publisher, place) used only when ``text`` gives no evidence.
    """
    result = scores(text)
    best = max(result, key=lambda k: (result[k], -(_ORDER.index(k) if k in _ORDER else 9)))
    if result[best] <= 0:
        if fallback:
            return detect_language(fallback)
        return ""
    return best
