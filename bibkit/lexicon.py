"""Word and phrase lists as model features: folding, and marking the tokens a listed phrase covers.

Features must be computed identically by every runtime, so folding avoids the locale traps of
``lower()`` (``İ`` → ``i`` + U+0307; ``I`` → ``i`` outside Turkish): every I-like letter folds to
``i`` and ``ё`` to ``е``. Phrases (``Там же``, ``op. cit.``, ``Yay. Haz.``) are cut with the
labeller's own tokenizer, so they match token runs exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from bibkit.tables import load
from bibkit.tokens import tokenize

_FOLD = str.maketrans({"İ": "i", "I": "i", "ı": "i", "Ё": "е", "ё": "е"})


def fold(text: str) -> str:
    """Case-fold the same way in every runtime: I, İ, ı → i; ё → е; then ``lower()``."""
    return text.translate(_FOLD).lower()


def strings_at(path: Sequence[str]) -> list[str]:
    """The strings found at ``path`` in a data table: ``["abbreviations", "ibid"]``, ``["months", "*"]``."""
    node: Any = load(path[0])
    return list(_walk(node, list(path[1:])))


def _walk(node: Any, rest: list[str]):  # noqa: ANN202 - a generator of strings
    if isinstance(node, str):
        yield node
        return
    if isinstance(node, list):
        for item in node:
            if isinstance(item, dict) and rest:
                yield from _walk(item.get(rest[0], []), rest[1:])
            else:
                yield from _walk(item, rest)
        return
    if isinstance(node, dict):
        if not rest:
            yield from (k for k in node if not k.startswith("_"))
            return
        key, tail = rest[0], rest[1:]
        if key == "*":
            for k, value in node.items():
                if not k.startswith("_"):
                    yield from _walk(value, tail)
        else:
            yield from _walk(node.get(key, []), tail)


class PhraseIndex:
    """Phrases by class, looked up by their first folded token."""

    def __init__(self, classes: dict[str, list[str]]) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, phrases in classes.items():
            for phrase in phrases:
                words = tuple(fold(t.text) for t in tokenize(phrase))
                if words:
                    index.setdefault(words[0], []).append((words, name))
        for entries in index.values():
            entries.sort(key=lambda e: (-len(e[0]), e[1]))
        self._index = {k: tuple(dict.fromkeys(v)) for k, v in index.items()}

    def mark(self, folded: Sequence[str]) -> list[tuple[str, ...]]:
        """For each token, the sorted classes of the listed phrases that cover it."""
        n = len(folded)
        hits: list[set[str] | None] = [None] * n
        index = self._index
        for i, word in enumerate(folded):
            entries = index.get(word)
            if not entries:
                continue
            for words, name in entries:
                size = len(words)
                if size == 1 or tuple(folded[i : i + size]) == words:
                    for k in range(i, min(i + size, n)):
                        if hits[k] is None:
                            hits[k] = set()
                        hits[k].add(name)  # type: ignore[union-attr]
        return [tuple(sorted(h)) if h else () for h in hits]


@cache
def spec() -> dict[str, Any]:
    """The feature specification (``bibkit/data/features.json``)."""
    return load("features")


@cache
def phrases() -> PhraseIndex:
    """Every lexicon of the feature specification, indexed."""
    classes = {
        name: [s for source in sources for s in strings_at(source)]
        for name, sources in spec()["lexicons"].items()
    }
    return PhraseIndex(classes)
