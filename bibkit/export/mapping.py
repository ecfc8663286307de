"""The shared CSL → BibTeX / BibLaTeX / RIS mapping (``bibkit/data/export_mapping.json``) as functions.

Every writer and the read-back tests ask this module which entry type and which fields a CSL item
gets, so the formats cannot drift apart; the writers only encode the values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bibkit.export.text import clean
from bibkit.tables import load

FORMAT_NAMES = ("bibtex", "biblatex", "ris")


@dataclass(frozen=True)
class Target:
    """One field an item gets in one format.

    :param name: the target field (BibTeX/BibLaTeX field name or RIS tag).
    :param kind: how to encode it: ``text``, ``range``, ``pages``, ``names``, ``date``, ``verbatim``,
        ``language``, ``join``, ``volume``, ``annex``.
    :param csl: the CSL key(s) the value comes from.
    :param value: the CSL value (a string, a name list, a date object; ``join`` gives the joined
        string, ``annex`` a dict of the present keys and their values).
    :param alt: the rule's ``else`` field: where a value goes that ``name`` cannot hold (a volume
        range where BibLaTeX wants an integer).
    """

    name: str
    kind: str
    csl: tuple[str, ...]
    value: Any
    alt: str | None = None


def table() -> dict[str, Any]:
    """The parsed mapping table."""
    return load("export_mapping")


def present(item: dict[str, Any], key: str) -> bool:
    """Whether a CSL item has a value for ``key``: empty lists and strings that clean to nothing
    (blank, control characters only) count as absent, so a blank title is no title.
    """
    value = item.get(key)
    if value is None:
        return False
    if isinstance(value, str):
        return bool(clean(value))
    if isinstance(value, list | dict):
        return bool(value)
    return True


def entry_type(fmt: str, item: dict[str, Any]) -> str:
    """The entry type (BibTeX/BibLaTeX) or RIS ``TY`` for a CSL item.

    :param fmt: ``bibtex``, ``biblatex`` or ``ris``.
    :param item: a CSL-JSON item.
    """
    types = table()["types"]
    spec = types.get(str(item.get("type", "")), types["*"])[fmt]
    if isinstance(spec, str):
        return spec
    genre = str(item.get("genre") or "")
    for candidate in spec:
        if not all(present(item, key) for key in candidate.get("requires", ())):
            continue
        pattern = candidate.get("genre")
        if pattern and not re.search(pattern, genre, re.IGNORECASE):
            continue
        return candidate["type"]
    return spec[-1]["type"]


def _rule_target(
    rules: Any, fmt: str, kind: str, etype: str, item: dict[str, Any]
) -> tuple[str, str, str | None] | None:
    """The (target, kind, else target) the first matching rule gives, or None when the field is
    not exported."""
    if rules is None:
        return None
    if isinstance(rules, str):
        return rules, kind, None
    for rule in rules:
        if "types" in rule and etype not in rule["types"]:
            continue
        if "if" in rule and not present(item, rule["if"]):
            continue
        return rule["field" if fmt != "ris" else "tag"], rule.get("kind", kind), rule.get("else")
    return None


def targets(fmt: str, item: dict[str, Any], etype: str | None = None) -> list[Target]:
    """The fields a CSL item gets in ``fmt``, in table order, each target at most once.

    :param fmt: ``bibtex``, ``biblatex`` or ``ris``.
    :param item: a CSL-JSON item.
    :param etype: the entry type; computed with :func:`entry_type` when omitted.
    """
    etype = etype or entry_type(fmt, item)
    out: list[Target] = []
    taken: set[str] = set()
    for row in table()["fields"]:
        keys = tuple(row["csl"]) if isinstance(row["csl"], list) else (row["csl"],)
        if not any(present(item, key) for key in keys):
            continue
        found = _rule_target(row[fmt], fmt, row["kind"], etype, item)
        if found is None or found[0] in taken:
            continue
        name, kind, alt = found
        if kind == "join":
            value: Any = ", ".join(str(item[key]).strip() for key in keys if present(item, key))
        elif kind == "annex":
            value = {key: item[key] for key in keys if present(item, key)}
        else:
            value = item[keys[0]]
        taken.add(name)
        out.append(Target(name, kind, keys, value, alt))
    return out


def untitled_targets(fmt: str) -> tuple[str, ...]:
    """The targets whose value stands in for a missing title in ``fmt``, the first present one
    winning (see ``untitled`` in the table)."""
    return tuple(table()["untitled"].get(fmt, ()))


def babel_language(code: str) -> str:
    """The babel/biblatex language name for a BCP 47 tag (``tr`` → ``turkish``), or ``""`` if unknown.

    :param code: a BCP 47 tag such as ``ru`` or ``ru-Latn``.
    """
    primary = code.strip().split("-")[0].lower()
    return str(load("languages")["babel"].get(primary, ""))
