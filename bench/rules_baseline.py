"""The rule parser bibkit had before its models, on the texts of annotated documents.

Run by ``bench/crossval.py`` inside a git worktree of the last rule-parser commit (5ada9f8):
reads ``{"name": text, …}`` as JSON on stdin and prints, for each document, the same summary
``bibkit.evaluate.summarise`` gives (records by entry line, mentions with their resolved target
and pinpoint by note line), so both parsers are scored by the same code on the same folds.
"""

from __future__ import annotations

import json
import sys

from bibkit.parse.entries import parse_entry
from bibkit.parse.notes import parse_note
from bibkit.segment import segment

from bibkit.pipeline import _is_reference
from bibkit.resolve import resolve


def _span(note_text: str, raw: str) -> list[int]:
    """Where a mention's text is in its note (the rule parser kept only the text)."""
    start = note_text.find(raw[:40])
    return [start, start + len(raw)] if start >= 0 else [0, 0]


def summary(text: str) -> dict:
    seg = segment(text)
    listed = []
    for entry in seg.entries:
        if len(entry.text) > 3000:
            continue
        record = parse_entry(entry.text, line=entry.line, source="list")
        if _is_reference(record):
            listed.append(record)
    parsed = [parse_note(note) for note in seg.notes]
    notes_by_line = {}
    mentions = []
    text_of = {}
    for note, p in zip(seg.notes, parsed, strict=True):
        notes_by_line[note.line] = p.mentions
        text_of[note.line] = p.text.text
        mentions.extend(p.mentions)
    resolution = resolve(mentions, listed)
    targets = {id(m): m.record for m in resolution.mentions}
    notes = {}
    for line, note_mentions in notes_by_line.items():
        items = []
        for m in note_mentions:
            target = targets.get(id(m))
            items.append(
                {
                    "record": m.record.to_csl() if m.record is not None and m.ref is None else None,
                    "target": target.to_csl() if target is not None else None,
                    "locator": m.locator,
                    "span": _span(text_of[line], m.raw),
                }
            )
        notes[str(line)] = items
    return {"entries": {str(r.line): r.to_csl() for r in listed}, "notes": notes}


def main() -> None:
    texts = json.load(sys.stdin)
    out = {}
    for name, text in texts.items():
        try:
            out[name] = summary(text)
        except Exception as exc:  # noqa: BLE001 - a crash of the old parser scores as nothing found
            out[name] = {"entries": {}, "notes": {}, "error": repr(exc)}
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
