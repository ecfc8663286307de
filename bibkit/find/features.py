"""The finder's line features, as ``bibkit/data/features.json`` configures them.

The finder labels the non-blank lines of a document; blank lines are ``blank`` by rule and show
up as features of their neighbours (``bb``/``ba``). Each line gets ``name:value`` strings:

- ``m`` its opening marker (``md``, ``sup``, ``dot``, ``bare``, ``bullet`` … or ``none``) and ``mn``
  how its number follows the last marker's (``next``, ``one``, ``same``, ``other``);
- ``h`` Markdown or bold heading, ``hw`` the heading-word class (``bibliography``, ``notes`` …),
  ``lh`` the class of the last heading above, ``caps``/``short`` for headings without markup;
- ``bb``/``ba`` a blank line before or after (``ba:end`` for the last line), ``sp`` both with how
  spaced the document is;
- ``len``/``rl`` absolute and relative length, ``ind``/``di`` indentation and its change;
- ``e`` how the line ends, ``lw`` what its last word is (a year, a number, a publisher or place
  word …), ``st`` how it starts, ``unf`` a long line above left unfinished, ``fit`` in text
  wrapped at a width, whether the line's first word would have fitted on the line above;
- ``yr``/``pg``/``ini``/``qt``/``it``/``url``/``lex`` reference evidence (years, page words,
  initials, quotes, italics, links, lexicon share), ``cap1``/``inv`` a surname opening the line;
- ``pn`` a bare page number, ``rule`` a horizontal rule, ``rep`` a line repeated with digits masked
  (running heads), ``sup``/``glue`` note markers inside body text;
- ``fw`` the first words, ``pos`` the tenth of the document;
- and the window features named in the spec, written ``m[-1]:…``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from bibkit.find.lines import read_marker
from bibkit.lexicon import fold, phrases, spec
from bibkit.parse.features import is_year
from bibkit.tables import load
from bibkit.tokens import tokenize

_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+")
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)(.+?)\1[ \t]*:?[ \t]*$")
_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,}|(?:[-*_][ \t]){2,}[-*_]|\f+)[ \t]*$")
_PAGE_NUMBER = re.compile(
    r"^[ \t]*[-–—(\[]?[ \t]*(?:\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})[ \t]*[-–—)\]]?[ \t]*$"
)
_YEAR = re.compile(r"(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)")
_PAGE = re.compile(r"(?<![\w])(?:pp?|ss?|S|С|с|стр|sf)\.\s*\d")
_INITIAL = re.compile(r"(?<![\w])[^\W\d_]\.\s?(?:[^\W\d_]\.)?")
_QUOTE = re.compile(r"[“”«»\"„]")
_ITALIC = re.compile(r"(?<![\w*])\*[^*\s][^*]*\*(?!\*)|(?<![\w_])_[^_\s][^_]*_(?!_)")
_URL = re.compile(r"https?://|www\.|doi\.org|doi:")
_INLINE_MARKER = re.compile(r"\S(?:<sup>\s*\d{1,4}\s*</sup>|\[\^[^\]\s]{1,20}\](?!:)|[¹²³⁴-⁹⁰]{1,3})")
_GLUED_MARKER = re.compile(r"[^\W\d_][.,;:”\"»)]?\d{1,3}(?=\s|$)")
_CAPS_START = re.compile(r"^[^\W\d_a-zçğıöşüа-яё]{2,}(?:[-'’][^\W\d_]+)?[,\s]")
_INVERTED = re.compile(r"^[^\W\d_][^\W\d_'’-]{1,30}(?:\s[^\W\d_][^\W\d_'’-]{1,30})?,\s*[^\W\d_]")
_MASK = re.compile(r"\d+")
# Evidence of a reference in the text after the marker, and of note markers inside the line.
_TEXT_FLAGS = (
    (_PAGE, "pg:1"),
    (_INITIAL, "ini:1"),
    (_QUOTE, "qt:1"),
    (_ITALIC, "it:1"),
    (_URL, "url:1"),
    (re.compile("//"), "gost:1"),
    (_CAPS_START, "cap1:1"),
    (_INVERTED, "inv:1"),
)
_LINE_FLAGS = ((_INLINE_MARKER, "sup:1"), (_GLUED_MARKER, "glue:1"))
_NOTE_MARKERS = frozenset({"md", "sup", "unisup", "caret"})


@cache
def _heading_words() -> dict[str, str]:
    out: dict[str, str] = {}
    for kind, words in load("headings").items():
        if kind.startswith("_"):
            continue
        for word in words:
            out.setdefault(fold(word), kind)
    return out


def heading_class(line: str) -> str:
    """``bibliography``, ``bibliography_parts``, ``notes``, ``end`` when the line is such a heading's text."""
    text = re.sub(r"[*_#`]", "", line).strip()
    text = re.sub(r"^(?:\d{1,2}|[IVXLC]{1,5}|[A-Z])[.)]\s+", "", text).rstrip(" :.").strip()
    if not text or len(text) > 60:
        return ""
    return _heading_words().get(fold(re.sub(r"\s+", " ", text)), "")


def _length_class(size: int) -> str:
    return "1" if size <= 4 else "2" if size <= 20 else "3" if size <= 60 else "4" if size <= 120 else "5"


def _ending(line: str) -> str:
    last = line.rstrip()[-1:]
    if not last:
        return "none"
    if last.isalpha():
        return "letter"
    if last.isdigit():
        return "digit"
    if last == "-" and len(line.rstrip()) > 1 and line.rstrip()[-2].isalpha():
        return "hyphen"
    return last if last in '.,;:)]*"”»' else "other"


def _start(text: str) -> str:
    stripped = text.lstrip(' \t*_"“«(')
    first = stripped[:1]
    if not first:
        return "none"
    if first.isdigit():
        return "digit"
    if first.isalpha():
        return "upper" if first.isupper() else "lower"
    return "punct"


def _line_features(line: str, marker_kind: str, marker_group: str, rest: str) -> tuple[list[str], set[str]]:
    """Features of one line alone (those that need no neighbours), and the lexicon classes in it."""
    stripped = line.strip()
    feats = [
        f"m:{marker_kind}",
        f"mg:{marker_group}",
        f"len:{_length_class(len(stripped))}",
        f"e:{_ending(stripped)}",
    ]
    feats.append(f"st:{_start(rest)}")
    indent = len(line) - len(line.lstrip(" \t"))
    feats.append("ind:" + ("0" if indent == 0 else "1" if indent < 4 else "2"))
    if _MD_HEADING.match(line):
        feats.append("h:md")
    elif _BOLD_LINE.match(line):
        feats.append("h:bold")
    cls = heading_class(stripped)
    if cls:
        feats.append("hw:" + cls)
    letters = [c for c in stripped if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 3:
        feats.append("caps:1")
    if len(stripped) <= 60 and _ending(stripped) not in (".", ",", ";"):
        feats.append("short:1")
    if _RULE.match(line):
        feats.append("rule:1")
    if _PAGE_NUMBER.match(line):
        feats.append("pn:1")
    years = len(_YEAR.findall(rest))
    feats.append("yr:" + str(min(years, 2)))
    feats.extend(flag for pattern, flag in _TEXT_FLAGS if pattern.search(rest))
    feats.extend(flag for pattern, flag in _LINE_FLAGS if pattern.search(stripped))
    tokens = tokenize(rest[:200])
    words = [fold(t.text) for t in tokens]
    classes: set[str] = set()
    if words:
        marks = phrases().mark(words)
        classes = {c for m in marks for c in m}
        hits = sum(1 for m in marks if m)
        share = hits / len(words)
        feats.append("lex:" + ("0" if not hits else "1" if share < 0.1 else "2" if share < 0.25 else "3"))
        first_classes = marks[0]
        for c in first_classes:
            feats.append("fwk:" + c)
    n_first = spec()["line"]["first_words"]
    alpha = [w for w in words if any(ch.isalpha() for ch in w)][:n_first]
    feats.append("fw:" + ("|".join(w[:15] for w in alpha) if alpha else "-"))
    if spec()["line"].get("last_word"):
        feats.extend(_last_word(rest))
    return feats, classes


def _last_word(rest: str) -> list[str]:
    """What the line's last word is: a year, a number, or its lexicon classes (a publisher, a
    place …). Entries end with such words; a line broken for want of room ends anywhere."""
    words = [t.text for t in tokenize(rest[-80:]) if t.text[:1].isalnum()]
    if not words:
        return ["lw:none"]
    last = words[-1]
    if last.isdecimal():
        return ["lw:year" if is_year(last) else "lw:num"]
    return ["lw:" + c for c in phrases().mark([fold(w) for w in words])[-1]] or ["lw:word"]


_PINPOINT_END = re.compile(
    r"(?:(?<![\w])(?:pp?|ss?|S|С|с|vr|л|l)\.\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?|,\s*\d{1,4}(?:[-–]\d{1,4})?)\s*\.?\s*$"
)


def _document_kind(lines: list[str], index: list[int], classes: set[str], list_marked: int) -> list[str]:
    """What the document as a whole shows, given to every line: back-references, pinpoints at
    line ends, note and list headings, note markers in the text; ``list_marked`` lines open with a
    list marker."""
    out: set[str] = set()
    ends = 0
    for i in index:
        line = lines[i]
        cls = heading_class(line.strip()) if len(line) <= 60 else ""
        if cls in ("bibliography", "notes"):
            out.add("dk:" + cls)
        if _PINPOINT_END.search(line):
            ends += 1
        if _INLINE_MARKER.search(line):
            out.add("dk:inline")
    if {"ibid", "opcit"} & classes:
        out.add("dk:backref")
    share = ends / len(index)
    out.add("dk:pin" + ("0" if share < 0.1 else "1" if share < 0.3 else "2"))
    # Lists whose entries carry markers (bullets, numbers), and texts whose items are separated by
    # blank lines: there an unmarked line, or a line right under another, continues the one above.
    # Footnote markers ([^1]:, <sup>) do not count: an unnumbered list often follows such notes.
    marked = list_marked / len(index)
    out.add("dk:marked" + ("0" if marked < 0.2 else "1" if marked < 0.6 else "2"))
    spaced = sum(1 for i in index if i + 1 < len(lines) and not lines[i + 1].strip()) / len(index)
    out.add("dk:spaced" + ("0" if spaced < 0.3 else "1" if spaced < 0.7 else "2"))
    return sorted(out)


def document_features(lines: list[str]) -> tuple[list[int], list[list[str]]]:
    """The indices of the non-blank lines and the features of each, in order."""
    index = [i for i, line in enumerate(lines) if line.strip()]
    if not index:
        return [], []
    classes: set[str] = set()
    sizes = sorted(len(lines[i].strip()) for i in index)
    median = sizes[len(sizes) // 2] or 1
    # The width the text was wrapped at, if it was: most wrapped lines come close to it.
    widths = sorted(len(lines[i].rstrip()) for i in index)
    width = widths[(len(index) * 9) // 10]
    # Text wrapped at a width has most of its lines close to it; a list with one entry per line
    # has lines of every length, and there the longest lines say nothing of wrapping.
    # A paste of a few lines proves nothing either way: wrapping needs four lines close to the width.
    full = sum(1 for size in widths if size * 20 >= width * 17)
    wrapped = full >= 4 and full * 5 >= len(index) * 2
    masked = Counter(_MASK.sub("#", lines[i].strip()) for i in index if len(lines[i].strip()) >= 4)
    features: list[list[str]] = []
    last_number: int | None = None
    last_heading = "none"
    since_heading = 0
    unfinished = False
    prev_indent = 0
    total = len(index)
    # How much of the document is spaced (items separated by blank lines): where it is, a line
    # with no blank line before it continues the one above; where it is not, a blank line means
    # little. The share counts the lines before the last, whose end is not a separator.
    gaps = sum(1 for i in index[:-1] if not lines[i + 1].strip()) / max(1, total - 1)
    previous_end = "none"
    list_marked = 0
    spacing = "0" if gaps < 0.3 else "1" if gaps < 0.7 else "2"
    for k, i in enumerate(index):
        line = lines[i]
        marker = read_marker(line)
        kind = marker.kind if marker else "none"
        if marker and kind not in _NOTE_MARKERS:
            list_marked += 1
        rest = line[marker.end :] if marker else line
        feats, line_classes = _line_features(line, kind, marker.group if marker else "none", rest)
        # A line that opens like an entry (a surname first) right after a line that ended a
        # sentence: the one pair of clues a wrapped entry's continuation rarely shows.
        if previous_end in (".", ")") and ("cap1:1" in feats or "inv:1" in feats):
            feats.append("fresh:1")
        previous_end = _ending(line.strip())
        # Would this line's first word have fitted on the line above? Then that line was not broken
        # for want of room: it ended where its text ended (a wrapped line breaks only when full).
        # Wrapping never crosses a blank line.
        if k and wrapped and index[k - 1] == i - 1:
            fits = len(lines[i - 1].rstrip()) + 1 + len(line.split(None, 1)[0]) <= width
            feats.append("fit:" + ("1" if fits else "0"))
        classes |= line_classes
        size = len(line.strip())
        ratio = size / median
        feats.append("rl:" + ("0" if ratio < 0.5 else "1" if ratio < 0.9 else "2" if ratio < 1.15 else "3"))
        if marker and marker.number.isdecimal():
            number = int(marker.number)
            if last_number is not None and number == last_number + 1:
                feats.append("mn:next")
            elif number == 1:
                feats.append("mn:one")
            elif last_number is not None and number == last_number:
                feats.append("mn:same")
            else:
                feats.append("mn:other")
            last_number = number
        before = i == 0 or not lines[i - 1].strip()
        if before:
            feats.append("bb:1")
        # The document's end is no blank line between two items: a list's last entry is no more
        # likely to end a wrapped entry than any other.
        after = "E" if k + 1 == total else "A" if not lines[i + 1].strip() else "-"
        if after == "E":
            feats.append("ba:end")
        elif after == "A":
            feats.append("ba:1")
        feats.append(f"sp:{spacing}{'B' if before else '-'}{after}")
        if masked[_MASK.sub("#", line.strip())] >= 2 and size >= 4:
            feats.append("rep:1")
        indent = len(line) - len(line.lstrip(" \t"))
        feats.append("di:" + ("=" if indent == prev_indent else "+" if indent > prev_indent else "-"))
        prev_indent = indent
        feats.append("lh:" + last_heading)
        feats.append(
            "dh:"
            + (
                "0"
                if since_heading == 0
                else "1"
                if since_heading < 3
                else "2"
                if since_heading < 15
                else "3"
            )
        )
        if unfinished:
            feats.append("unf:1")
        feats.append(f"pos:{k * 10 // total}")
        features.append(feats)
        heading = heading_class(line.strip()) if size <= 60 else ""
        if heading or _MD_HEADING.match(line):
            last_heading = heading or "other"
            since_heading = 0
        else:
            since_heading += 1
        if kind not in _NOTE_MARKERS and size >= 30:
            unfinished = _ending(line.strip()) not in (".", "?", "!", ")", '"', "”", "»")
    wanted = spec()["line"].get("document", [])
    if wanted:
        whole = [
            f for f in _document_kind(lines, index, classes, list_marked) if f[3:].rstrip("012") in wanted
        ]
        for feats in features:
            feats.extend(whole)
    return index, _windowed(features)


def _windowed(features: list[list[str]]) -> list[list[str]]:
    window = spec()["line"]["window"]
    n = len(features)
    # Each line's features by name ("m:dot" under "m"), read once, then lent to the neighbours.
    values: list[dict[str, list[str]]] = []
    for feats in features:
        by_name: dict[str, list[str]] = {}
        for f in feats:
            name, _, value = f.partition(":")
            if name in window:
                by_name.setdefault(name, []).append(value)
        values.append(by_name)
    out: list[list[str]] = []
    for i, feats in enumerate(features):
        row = list(feats)
        for name, offsets in window.items():
            for off in offsets:
                j = i + off
                if 0 <= j < n:
                    row.extend(f"{name}[{off}]:{v}" for v in values[j].get(name, ("-",)))
                else:
                    row.append(f"{name}[{off}]:{'BOS' if j < 0 else 'EOS'}")
        out.append(row)
    return out
