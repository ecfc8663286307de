"""The language of a work, guessed from its title and container.

Russian is recognised in Cyrillic and in every romanisation, including the Turkish-alphabet one
(``Jizn``, ``Voprosı``, ``İstoriya``) that shares letters with Turkish: Turkish is told apart by
its words and inflections (``ve``, ``-ları``, ``'ün``) and by ``ğ``, which Russian never needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

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
    suffix: re.Pattern[str] | None  # longest suffix first, anchored at the word's end
    stem: re.Pattern[str] | None


def _alternation(items: list[str], anchor: str) -> re.Pattern[str] | None:
    if not items:
        return None
    body = "|".join(re.escape(i) for i in sorted(set(items), key=len, reverse=True))
    return re.compile(f"^(?:{body})" if anchor == "start" else f"(?:{body})$")


@cache
def _features() -> dict[str, _Features]:
    out = {}
    for lang, data in load("languages")["languages"].items():
        out[lang] = _Features(
            letters=data.get("letters", {}),
            words=frozenset(data["words"]),
            suffix=_alternation(data["suffixes"], "end"),
            stem=_alternation(data.get("stems", []), "start"),
        )
    return out


@lru_cache(maxsize=131072)
def _word_scores(word: str) -> tuple[tuple[str, float], ...]:
    """Evidence one word gives (cached: the same words recur across entries)."""
    if _CYRILLIC.search(word):
        return (("uk" if _UKRAINIAN.search(word) else "ru", 3.0),)
    plain = turkish.lower(word).replace("’", "'")
    out = []
    for lang, f in _features().items():
        score = 0.0
        if plain in f.words:
            score = 2.0
        elif len(plain) > 3:
            m = f.suffix.search(plain) if f.suffix else None
            if m and len(plain) > len(m.group(0)) + 1:
                score += 1
            if f.stem and f.stem.match(plain):
                score += 1
        if score:
            out.append((lang, score))
    return tuple(out)


@cache
def _letter_weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Letter → the languages it is evidence for, with weights (all outside ASCII)."""
    out: dict[str, list[tuple[str, float]]] = {}
    for lang, f in _features().items():
        for letter, weight in f.letters.items():
            if letter.isascii():
                raise ValueError(
                    f"languages.json: weighted letter {letter!r} is ASCII; scores() skips ASCII texts"
                )
            out.setdefault(letter, []).append((lang, weight))
    return {letter: tuple(pairs) for letter, pairs in out.items()}


def scores(text: str) -> dict[str, float]:
    """Evidence for each language in ``text`` (words 2, an inflection 1, a stem 1, letters by weight)."""
    result = dict.fromkeys(_ORDER, 0.0)
    for word in _WORD.findall(text):
        for lang, score in _word_scores(word):
            result[lang] = result.get(lang, 0.0) + score
    if text.isascii():
        return result  # every weighted letter is outside ASCII
    weights = _letter_weights()
    # Only the letters the text holds are counted: one pass over the text, not one per letter.
    for letter in weights.keys() & set(text):
        count = text.count(letter)
        for lang, weight in weights[letter]:
            result[lang] += weight * count
    return result


def detect_language(text: str, fallback: str = "") -> str:
    """BCP 47 code of ``text`` (``tr``, ``ru``, ``en``, ``de``, ``fr``, ``az``, ``uk``), or ``""``.

    :param fallback: more text of the record (publisher, place) used only when ``text`` gives no evidence.
    """
    result = scores(text)
    # The highest score wins; on a tie, the language earlier in _ORDER (then any other).
    best, top = "", 0.0
    for lang in (*_ORDER, *(k for k in result if k not in _ORDER)):
        if result[lang] > top:
            best, top = lang, result[lang]
    if top <= 0:
        if fallback:
            return detect_language(fallback)
        return ""
    return best
