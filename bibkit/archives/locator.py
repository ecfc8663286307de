"""An archival document's place in its archive, and the forms bibkit writes it in.

:class:`ArchivalLocator` holds the levels (``f. 159, op. 2, d. 57, l. 3`` as
``(("f", "159"), ("op", "2"), ("d", "57"), ("l", "3"))``); :func:`canonical_location` writes them
in the archive system's citation form and :func:`record_id` as a readable id. Parsing the many
notations into a locator is :mod:`bibkit.parse.archives`' job; this module sits below the model,
the keys and the parser, which all use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bibkit import turkish


@dataclass(frozen=True)
class ArchivalLocator:
    """A document's place in an archive: ``levels`` from the largest unit down, e.g.
    ``(("f", "159"), ("op", "2"), ("d", "57"), ("l", "3"))`` for a Russian archive."""

    archive: str
    system: str
    levels: tuple[tuple[str, str], ...]
    qualifier: str = ""
    raw: str = ""

    def canonical(self) -> str:
        return canonical_location(self)

    def key(self) -> tuple[str, ...]:
        """Identity of the document: equal keys are one record whatever the notation."""
        return (self.archive, *(f"{label}{value}" for label, value in self.levels))


_RUSSIAN_LABELS = {"f": "f.", "op": "op.", "p": "p.", "k": "k.", "d": "d."}
_TURKISH_LABELS = {
    "k": "k.",
    "kt": "kt.",
    "d": "d.",
    "f": "f.",
    "g": "g.",
    "b": "b.",
    "no": "no.",
    "vr": "vr.",
    "yer": "yer",
}


def canonical_location(locator: ArchivalLocator) -> str:
    """``f. 159, op. 2, d. 57, l. 3``, ``DH.KMS, 50-1/12``, ``030.18.1.2, yer 12.45.7``, ``FO 371/4158, f. 12``."""
    parts: list[str] = []
    for label, value in locator.levels:
        if locator.system == "russian":
            if label == "l":
                many = bool(re.search(r"[-,]", value))
                parts.append(f"{'ll.' if many else 'l.'} {value}")
            else:
                parts.append(f"{_RUSSIAN_LABELS[label]} {value}")
        elif label in ("code", "num", "ref"):
            parts.append(value)
        elif label == "yer":
            parts.append(f"yer {value}")
        elif label in ("f", "ff") and locator.system == "british":
            parts.append(f"{label}. {value}")
        else:
            parts.append(f"{_TURKISH_LABELS.get(label, label)} {value}")
    return ", ".join(parts)


def record_id(locator: ArchivalLocator) -> str:
    """A stable, readable id: ``rgaspi-495-154-12-3``, ``boa-dh-kms-50-1-12``, ``tna-fo-371-4158-12``."""
    pieces = [locator.archive]
    pieces.extend(value for _, value in locator.levels)
    text = turkish.to_ascii(" ".join(pieces)).lower()
    text = text.replace("ob.", "ob")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")
