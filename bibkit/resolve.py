"""Back-references in notes → the earlier work they name.

``ibid.``, ``a.e.``, ``aynı eser``, ``Там же`` point to the work of the preceding citation;
``a.g.e.``, ``a.g.m.``, ``op. cit.``, ``Указ. соч.`` and short forms (``Kurat, Türkiye ve Rusya``)
to the earlier work whose author and/or title they give. Earlier notes are searched first, then
the reference list. A reference that fits no work, or several, is reported, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from bibkit import turkish
from bibkit.matching import same_work, title_key, titles_match
from bibkit.model import Mention, Record, Unparsed


@dataclass(frozen=True)
class Resolved:
    """A mention and the work it names: its own record, or the earlier work a back-reference points at."""

    mention: Mention
    record: Record


@dataclass
class Resolution:
    resolved: list[Resolved]
    unparsed: list[Unparsed]


def _one_work(records: list[Record]) -> Record | None:
    """The work all ``records`` are entries of, or ``None`` when they name more than one.

    Only one answer matters to a back-reference — one work or several — so each record is compared
    with the first alone: linear in the author's works, where counting distinct works would be
    quadratic (a.g.e. after a list of a thousand works by one author).
    """
    first = records[0]
    return first if all(r is first or same_work(first, r) for r in records[1:]) else None


def _title_fits(title: str, record: Record) -> bool:
    return titles_match(title, record.title) or title_key(record.title).startswith(title_key(title))


_ARTICLE_TYPES = {
    "article-journal",
    "article-magazine",
    "article-newspaper",
    "chapter",
    "paper-conference",
    "entry-encyclopedia",
    "entry-dictionary",
    "entry",
}


class _Pool:
    """Works a back-reference may name, indexed by folded surname and first title word.

    A reference is compared only with the works that share its surname or title word, so resolving
    a thesis's thousands of notes stays linear.
    """

    def __init__(self, records: list[Record] = ()) -> None:  # type: ignore[assignment]
        self.ids: set[int] = set()
        self.by_name: dict[str, list[Record]] = {}
        self.by_word: dict[str, list[Record]] = {}
        for record in records:
            self.add(record)

    def add(self, record: Record) -> None:
        if id(record) in self.ids:
            return
        self.ids.add(id(record))
        for name in record.author or record.editor:
            self.by_name.setdefault(turkish.skeleton(name.family or name.literal), []).append(record)
        words = title_key(record.title).split()
        if words:
            self.by_word.setdefault(words[0], []).append(record)

    def matching(self, author: str, title: str) -> list[Record]:
        """The works a reference by ``author`` and/or ``title`` may name, each once.

        Works under the author's folded surname share it by construction, so only their titles
        are compared. With a surname and no title, a work whose title starts with that word is
        a candidate too ("Atatürk'ün Söylev ve Demeçleri, a.g.e.": the one-word prefix may be a
        title's first word, not an author).
        """
        out: list[Record] = []
        seen: set[int] = set()

        def take(record: Record) -> None:
            if id(record) not in seen:
                seen.add(id(record))
                out.append(record)

        if author:
            key = turkish.skeleton(author)
            for record in self.by_name.get(key, ()):
                if not title or _title_fits(title, record):
                    take(record)
            if not title and key:
                for record in self.by_word.get(key.split()[0], ()):
                    if title_key(record.title).startswith(key):
                        take(record)
        elif title:
            words = title_key(title).split()
            for record in self.by_word.get(words[0], ()) if words else ():
                if _title_fits(title, record):
                    take(record)
        return out


def _find(ref: dict, earlier: _Pool, listed: _Pool) -> tuple[Record | None, str]:
    author, title = ref.get("author", ""), ref.get("title", "")
    for pool, where in ((earlier, "earlier notes"), (listed, "the reference list")):
        found = pool.matching(author, title)
        if not found:
            continue
        if ref.get("article") and len(found) > 1:
            found = [r for r in found if r.type in _ARTICLE_TYPES] or found
        work = _one_work(found)
        if work is not None:
            return work, ""
        return None, f"ambiguous: {len(found)} entries in {where} match {author or title!r}, not all one work"
    return None, f"no earlier work matches {author or title!r}"


def resolve(mentions: list[Mention], listed: list[Record]) -> Resolution:
    """Point every back-reference at a record; full citations keep their own record.

    :param mentions: the mentions of all notes, in note order.
    :param listed: the records of the reference list.
    :returns: each resolved mention with its target (the mentions are left as they were), and what
        could not be resolved.
    """
    resolved: list[Resolved] = []
    unparsed: list[Unparsed] = []
    earlier = _Pool()
    listed_pool = _Pool(listed)
    previous_note: list[Record] = []
    current_note = -1
    current: list[Record] = []
    for mention in mentions:
        if mention.note != current_note:
            if current:
                previous_note = current
            current, current_note = [], mention.note
        ref = mention.ref
        target: Record | None = mention.record
        reason = ""
        if ref is not None:
            kind = ref["kind"]
            if kind == "ibid" or (kind == "op_cit" and not ref.get("author") and not ref.get("title")):
                context = current or previous_note
                if len(context) == 1:
                    target = context[-1] if not current else current[-1]
                elif current:
                    target = current[-1]
                elif not context:
                    target, reason = None, "ibid. with no earlier citation"
                else:
                    target, reason = None, f"ibid. after a note citing {len(context)} works"
            elif kind == "op_cit":
                target, reason = _find(ref, earlier, listed_pool)
            elif kind == "short":
                found, _ = _find(ref, earlier, listed_pool)
                if found is not None:
                    target = found
        if target is None:
            unparsed.append(
                Unparsed(mention.raw, mention.line, reason or "unresolved reference", kind="mention")
            )
            continue
        resolved.append(Resolved(mention, target))
        current.append(target)
        earlier.add(target)
    return Resolution(resolved, unparsed)
