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
from functools import cache

from bibkit import turkish
from bibkit.tables import load


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


@cache
def _canonical_labels(system: str) -> dict[str, tuple[str, str]] | None:
    """For a fond-shaped system (the systems table in ``bibkit/data/archives.json``): each unit's
    label for one value and for several (``l.``/``ll.``); ``None`` for the other systems."""
    spec = load("archives")["systems"].get(system)
    if spec is None or spec["shape"] != "fond":
        return None
    return {
        level["level"]: (level["canonical"], level.get("canonical_many", level["canonical"]))
        for level in spec["levels"]
    }


def canonical_location(locator: ArchivalLocator) -> str:
    """``f. 159, op. 2, d. 57, l. 3``, ``DH.KMS, 50-1/12``, ``030.18.1.2, yer 12.45.7``, ``FO 371/4158, f. 12``."""
    fond_labels = _canonical_labels(locator.system)
    parts: list[str] = []
    for label, value in locator.levels:
        if fond_labels is not None:
            one, many = fond_labels.get(label, (label, label))
            parts.append(f"{many if re.search(r'[-,]', value) else one} {value}")
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
