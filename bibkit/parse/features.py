"""The labeller's token features, as ``bibkit/data/features.json`` configures them.

Each token gets a list of ``name:value`` strings (python-crfsuite's attribute form):

- of the word alone (cached): ``w`` folded word, ``s`` shape (``Xx``, ``d-d``, ``x.x.x.``), ``l`` length
  class, ``c`` capitalisation, ``n`` number class, ``sc`` script, ``p1…``/``x1…`` prefixes and suffixes;
- of its lexicon phrases: ``k`` one per class covering it (``k:volume``, ``k:ibid``, ``k:place``);
- of its place in the sequence: ``sp`` space before, ``q``/``br``/``sq``/``it`` inside quotes,
  parentheses, square brackets or ``*italics*``, ``pos`` tenth of the sequence, ``semi`` semicolons
  so far, ``yr`` a year seen before, ``first``/``last``, ``kind`` note or list entry;
- of its neighbours: the window features named in the spec, written ``w[-1]:…``, and bigrams.

The labeller reads a note or entry twice (stacked sequential learning): the second pass, the
*relabeller*, gets these features and what the first pass said (:func:`stacked_features`), so that
it can see the whole record at once — a title already found before a segment makes the segment's
words a container rather than more title, which one step of label history cannot tell.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from bibkit.lexicon import fold, phrases, spec
from bibkit.tokens import Token

_ROMAN = frozenset("IVXLCDM")
_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“", "‘": "’"}
_CLOSE_QUOTES = frozenset("”»’")


def _config() -> dict:
    return spec()["token"]


def shape(word: str) -> str:
    """``Kurat`` → ``Xx``, ``1990`` → ``d``, ``a.g.e.`` → ``x.x.x.``, ``375-413`` → ``d-d`` (runs squeezed)."""
    out: list[str] = []
    for ch in word[:40]:
        if ch.isdigit():
            c = "d"
        elif ch.isalpha():
            c = "X" if ch.isupper() else "x"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def _roman(word: str) -> bool:
    return bool(word) and all(ch in _ROMAN for ch in word) and len(word) <= 7


_YEAR_LETTERS = "abcdefghij"


def is_year(word: str) -> bool:
    """A four-digit year of the span references cite (1500–2099)."""
    return len(word) == 4 and word.isdecimal() and 1500 <= int(word) <= 2099


def _number_class(word: str) -> str:
    if word.isdigit():
        if is_year(word):
            return "year"
        return "n" + str(min(len(word), 4))
    if word[:1].isdigit():
        parts = [p for p in word.replace("–", "-").replace("—", "-").replace("/", "-").split("-") if p]
        if len(parts) == 2 and all(p.isdigit() for p in parts):
            if all(is_year(p) for p in parts):
                return "yearrange"
            return "range"
        if "." in word and len(word.split(".")) == 3:
            return "date"
        if len(parts) >= 3:
            return "compact"
        # A year with a letter that tells apart one author's works of that year (APA's 2016a).
        if len(word) == 5 and word[4] in _YEAR_LETTERS and is_year(word[:4]):
            return "yearletter"
        return "mixed"
    if _roman(word):
        return "roman"
    return ""


def _script(word: str) -> str:
    latin = cyrillic = digit = 0
    for ch in word:
        if ch.isdigit():
            digit += 1
        elif ch.isalpha():
            if "\u0400" <= ch <= "\u04ff":
                cyrillic += 1
            else:
                latin += 1
    if latin and cyrillic:
        return "mix"
    if cyrillic:
        return "cyr"
    if latin:
        return "lat"
    return "dig" if digit else "pun"


def _caps(word: str) -> str:
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return "none"
    if all(ch.isupper() for ch in letters):
        return "upper" if len(letters) > 1 else "single"
    if letters[0].isupper():
        return "title" if all(ch.islower() for ch in letters[1:]) else "mixed"
    return "lower" if all(ch.islower() for ch in letters) else "mixed"


@lru_cache(maxsize=262144)
def word_features(word: str) -> tuple[str, ...]:
    """Features of a token's text alone (cached: words recur across entries)."""
    config = _config()
    folded = fold(word)[: config["max_word"]]
    feats = ["w:" + folded, "s:" + shape(word)]
    size = len(word)
    feats.append(
        "l:" + ("1" if size == 1 else "2" if size == 2 else "3" if size <= 4 else "5" if size <= 8 else "9")
    )
    feats.append("c:" + _caps(word))
    number = _number_class(word)
    if number:
        feats.append("n:" + number)
    feats.append("sc:" + _script(word))
    if size >= 3 and word[0].isalpha():
        for k in config["affixes"]:
            if k < size:
                feats.append(f"p{k}:" + folded[:k])
                feats.append(f"x{k}:" + folded[-k:])
    if "." in word and size > 2 and word[-1] == ".":
        feats.append("abbr:1")
    if word.startswith(("http", "www.", "doi:", "10.")) and ("/" in word or "." in word[4:]):
        feats.append("url:1")
    return tuple(feats)


_SPACE = {True: "sp:1", False: "sp:0"}
_POSITION = tuple(f"pos:{k}" for k in range(100))
_SEMICOLONS = tuple(f"semi:{k}" for k in range(4))


def _context(tokens: Sequence[Token]) -> list[list[str]]:
    """Per-token features of place: quotes, brackets, italics, position, semicolons, years seen."""
    n = len(tokens)
    bins = _config()["position_bins"]
    out: list[list[str]] = []
    quote_close = ""
    plain_quote = False
    paren = square = 0
    italic = False
    semis = 0
    year_seen = False
    for i, tok in enumerate(tokens):
        t = tok.text
        feats = [_SPACE[tok.space], _POSITION[i * bins // n], _SEMICOLONS[min(semis, 3)]]
        opens = t in _OPEN_QUOTES or (t == '"' and not plain_quote)
        if quote_close or plain_quote or opens:
            feats.append("q:1")
        if paren or t == "(":
            feats.append("br:1")
        if square or t == "[":
            feats.append("sq:1")
        if italic or t in ("*", "_"):
            feats.append("it:1")
        if year_seen:
            feats.append("yr:1")
        if i == 0:
            feats.append("first:1")
        if i == n - 1:
            feats.append("last:1")
        out.append(feats)
        # state after this token
        if t in _OPEN_QUOTES and not quote_close:
            quote_close = _OPEN_QUOTES[t]
        elif quote_close and t == quote_close:
            quote_close = ""
        elif t in _CLOSE_QUOTES and quote_close:
            quote_close = ""
        elif t == '"':
            plain_quote = not plain_quote
        elif t == "(":
            paren += 1
        elif t == ")" and paren:
            paren -= 1
        elif t == "[":
            square += 1
        elif t == "]" and square:
            square -= 1
        elif t in ("*", "_") and (italic or not tok.space or i + 1 < n and not tokens[i + 1].space):
            italic = not italic
        elif t == ";":
            semis += 1
        if is_year(t):
            year_seen = True
    return out


_BOUNDARIES = frozenset(",;:()[]«»“”„")


def _segment_starts(tokens: Sequence[Token]) -> list[int]:
    """Where the segments between separators start: after , ; : brackets, quotes, and a period that
    ends a word (not an initial or an abbreviation like ``s.``) before a space."""
    starts = [0]
    n = len(tokens)
    for i, tok in enumerate(tokens[:-1]):
        t = tok.text
        if t in _BOUNDARIES or t == "/" and i + 1 < n and tokens[i + 1].text == "/":
            starts.append(i + 1)
        elif t == "." and tokens[i + 1].space and i > 0:
            before = tokens[i - 1].text
            if len(before) >= 3 or before.isdigit() or before in "”»\"')":
                starts.append(i + 1)
    return sorted(set(starts))


def _segments(
    tokens: Sequence[Token], words: list[tuple[str, ...]], lexicon: list[tuple[str, ...]]
) -> list[list[str]]:
    """Features of the segment each token is in: its index and size, and what it holds (a year,
    lexicon classes, capitalised words), so that a comma-separated field is read as a whole."""
    config = _config().get("segments")
    n = len(tokens)
    if not config:
        return [[] for _ in range(n)]
    starts = _segment_starts(tokens) + [n]
    out: list[list[str]] = [[] for _ in range(n)]
    for k in range(len(starts) - 1):
        a, b = starts[k], starts[k + 1]
        size = b - a
        feats = [f"sg:{min(k, config['max_index'])}"]
        want = config["features"]
        if "size" in want:
            feats.append(
                "sgl:"
                + (
                    "1"
                    if size == 1
                    else "2"
                    if size <= 2
                    else "5"
                    if size <= 5
                    else "9"
                    if size <= 10
                    else "x"
                )
            )
        if "lexicon" in want:
            feats.extend(f"sgk:{c}" for c in sorted({c for i in range(a, b) for c in lexicon[i]}))
        letters = [f for i in range(a, b) for f in words[i] if f in ("c:title", "c:upper", "c:lower")]
        if letters and "case" in want:
            upper = sum(1 for w in letters if w != "c:lower")
            feats.append("sgc:" + ("T" if upper == len(letters) else "L" if upper == 0 else "M"))
        if "year" in want and any("n:year" in words[i] for i in range(a, b)):
            feats.append("sgy:1")
        for i in range(a, b):
            out[i].extend(feats)
        out[a].append("sgf:1")
    return out


@lru_cache(maxsize=262144)
def _windowed(word: str) -> dict[tuple[str, int], tuple[str, ...]]:
    """The features a word lends its neighbours: ``w[-1]:…``, ``s[2]:…`` for every window slot."""
    feats = word_features(word)
    out: dict[tuple[str, int], tuple[str, ...]] = {}
    for name, offsets in _config()["window"].items():
        if name == "k":
            continue
        prefix = name + ":"
        values = [f[len(prefix) :] for f in feats if f.startswith(prefix)] or ["-"]
        for off in offsets:
            out[(name, off)] = tuple(f"{name}[{off}]:{v}" for v in values)
    return out


@lru_cache(maxsize=4096)
def _lexicon_window(classes: tuple[str, ...], off: int) -> tuple[str, ...]:
    return tuple(f"k[{off}]:{c}" for c in classes) or (f"k[{off}]:-",)


@lru_cache(maxsize=4096)
def _own_lexicon(classes: tuple[str, ...]) -> tuple[str, ...]:
    return tuple("k:" + c for c in classes)


@lru_cache(maxsize=64)
def _edge(name: str, off: int) -> tuple[str, ...]:
    return (f"{name}[{off}]:{'BOS' if off < 0 else 'EOS'}",)


def sequence_features(tokens: Sequence[Token], kind: str) -> list[list[str]]:
    """The features of every token of one note (``kind="note"``) or list entry (``"ref"``)."""
    if not tokens:
        return []
    config = _config()
    texts = [t.text for t in tokens]
    words = [word_features(t) for t in texts]
    windows = [_windowed(t) for t in texts]
    folded = [w[0][2:] for w in words]
    lexicon = phrases().mark(folded)
    context = _context(tokens)
    segments = _segments(tokens, words, lexicon)
    slots = [(name, off) for name, offsets in config["window"].items() for off in offsets]
    n = len(tokens)
    out: list[list[str]] = []
    kind_feature = "kind:" + kind
    bigrams = config["bigrams"]
    for i in range(n):
        feats = list(words[i])
        feats.extend(_own_lexicon(lexicon[i]))
        feats.extend(context[i])
        feats.extend(segments[i])
        feats.append(kind_feature)
        for name, off in slots:
            j = i + off
            if j < 0 or j >= n:
                feats.extend(_edge(name, off))
            elif name == "k":
                feats.extend(_lexicon_window(lexicon[j], off))
            else:
                feats.extend(windows[j][(name, off)])
        for off in bigrams:  # the word with its neighbour before (-1) or after (+1)
            j = i + off
            other = folded[j] if 0 <= j < n else ("BOS" if j < 0 else "EOS")
            feats.append(f"b[{off}]:{other}|{folded[i]}" if off < 0 else f"b[{off}]:{folded[i]}|{other}")
        out.append(feats)
    return out


def _is_word(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def stacked_features(
    tokens: Sequence[Token], features: Sequence[Sequence[str]], labels: Sequence[str]
) -> list[list[str]]:
    """The relabeller's features: each token's own (``features``) and what the first pass said
    (``labels``) of it, of its neighbours, of its segment (the label most of the segment's words
    got, ``ps``) and of the segments around it, and which fields it found before (``pb:title``)
    and after (``pa:container``) the segment within its work."""
    n = len(tokens)
    if not n:
        return []
    seen = spec()["stack"]["seen"]
    starts = _segment_starts(tokens) + [n]
    segment_of = [0] * n
    segment_labels: list[str] = []
    for k in range(len(starts) - 1):
        counts: dict[str, int] = {}
        for i in range(starts[k], starts[k + 1]):
            segment_of[i] = k
            if _is_word(tokens[i].text):
                counts[labels[i]] = counts.get(labels[i], 0) + 1
        # the commonest label; of equals, the first found (what Counter.most_common gives)
        segment_labels.append(max(counts, key=counts.__getitem__) if counts else "-")
    # A note may cite several works: the fields before and after a segment are those of its own
    # work, which ends where the first pass put a work separator (``;``) at a segment's end.
    ends_work = set(spec()["stack"]["ends_work"])
    opens_work = [k == 0 or labels[starts[k] - 1] in ends_work for k in range(len(segment_labels))]
    # What each segment lends its tokens, once per segment: its label, its neighbours', and the
    # fields before and after it (running unions, so a long note stays linear).
    last = len(segment_labels) - 1
    after: list[set[str]] = [set() for _ in segment_labels]
    for k in range(last - 1, -1, -1):
        if not opens_work[k + 1]:
            after[k] = after[k + 1] | {segment_labels[k + 1]}
    before: set[str] = set()
    lent: list[list[str]] = []
    for k, label in enumerate(segment_labels):
        if opens_work[k]:
            before = set()
        feats = [
            "ps:" + label,
            "ps[-1]:" + (segment_labels[k - 1] if k else "BOS"),
            "ps[1]:" + (segment_labels[k + 1] if k < last else "EOS"),
        ]
        for field in seen:
            if field in before:
                feats.append("pb:" + field)
            if field in after[k]:
                feats.append("pa:" + field)
        lent.append(feats)
        before.add(label)
    out: list[list[str]] = []
    for i in range(n):
        feats = list(features[i])
        feats.append("pl:" + labels[i])
        feats.append("pl[-1]:" + (labels[i - 1] if i else "BOS"))
        feats.append("pl[1]:" + (labels[i + 1] if i < n - 1 else "EOS"))
        feats.extend(lent[segment_of[i]])
        out.append(feats)
    return out
