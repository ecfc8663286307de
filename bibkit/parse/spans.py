"""Token labels ↔ labelled spans of text.

Annotations tag words; the punctuation and spaces between tags are left untagged. A token's label is
the label of the span it starts in; an untagged token takes the label of the field before it
(AnyStyle's convention: ``Kurat,`` is author), except an opening bracket or quote, which opens the
field after it (``(1990)`` is date). Decoding goes back: runs of one label are the fields.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from bibkit.tokens import Token

_OPENING = frozenset("([{«“„‘<")


@dataclass(frozen=True)
class Run:
    """Tokens ``first``–``last`` (inclusive) share ``label``; ``start``/``end`` are character offsets."""

    label: str
    first: int
    last: int
    start: int
    end: int


def token_labels(tokens: Sequence[Token], spans: Sequence) -> list[str]:
    """The label of every token, from the annotated spans (objects with ``start``, ``end``, ``label``)."""
    ordered = sorted(spans, key=lambda s: s.start)
    starts = [s.start for s in ordered]
    labels: list[str] = []
    for tok in tokens:
        k = bisect_right(starts, tok.start) - 1
        inside = k >= 0 and tok.start < ordered[k].end
        labels.append(ordered[k].label if inside else "")
    for i, tok in enumerate(tokens):
        if labels[i]:
            continue
        if tok.text in _OPENING or tok.text == '"' and tok.space:
            after = next((labels[j] for j in range(i + 1, len(tokens)) if labels[j]), "")
            if after:
                labels[i] = after
                continue
        before = labels[i - 1] if i else ""
        labels[i] = before or next((labels[j] for j in range(i + 1, len(tokens)) if labels[j]), "other")
    return labels


def runs(tokens: Sequence[Token], labels: Sequence[str]) -> list[Run]:
    """Consecutive tokens with one label, in order."""
    out: list[Run] = []
    for i, (tok, label) in enumerate(zip(tokens, labels, strict=True)):
        if out and out[-1].label == label:
            last = out[-1]
            out[-1] = Run(label, last.first, i, last.start, tok.end)
        else:
            out.append(Run(label, i, i, tok.start, tok.end))
    return out
