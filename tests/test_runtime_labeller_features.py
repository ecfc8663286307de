"""The translator's labeller features (zotero_translator/runtime/labeller_features.js) are bibkit's.

The labeller model was trained on the feature strings of :func:`bibkit.parse.features.sequence_features`;
a string the JavaScript port spells differently is a feature the model never saw. Every annotated
note and entry of the real and blind corpora, and hostile strings, must give identical features,
token by token, in one Node process.
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest

from bibkit import corpus
from bibkit.parse.features import sequence_features, stacked_features, word_features
from bibkit.parse.spans import token_labels
from bibkit.tokens import tokenize
from tests.runtime_js import call_js

pytestmark = pytest.mark.node

ROOT = Path(__file__).resolve().parent
FILES = ["text.js", "labeller_features.js"]

HOSTILE = [
    "",
    " ",
    "   \t \n  ",
    "\u00a0\u2003\u3000",
    ".",
    "...;;;,,,",
    "«»“”„‘’\"'()[]{}*_/\\",
    "— – - / // :: ;",
    "𝔸𝔹ℂ 𝔻𝔼𝔽𝔾 𝒜𝒷𝒸𝒹𝒺𝒻 𝐀𝐁𝐂𝐃𝐄. 𝔸.𝔹. 10.𝔸/𝔹",
    "😀 👍🏽 👨‍👩‍👧 🇹🇷, 1990😀",
    "Cafe\u0301 re\u0301sume\u0301 n\u0303o A\u030a\u0328 ǅemal ǈ Ǌ ǋ ẞ ß ﬁ ŉ",
    "İstanbul ISTANBUL ıslak IŞIK İİİ i̇ Iı. İ.İ. ıı.ıı.",
    "ЁЛКА ёлка Ёж, М.: Наука, 1990. – 375–413 с. Т. 2. Там же. С. 45.",
    "ქართული ენა, თბილისი, 1990. გვ. 12–14.",
    "الكتاب العربي، بيروت، ١٩٩٠، ص. ٤٥-٤٦. ١٩٩٠-٢٠٠٠",
    "१९९० ໑໙໙໐ １９９０ １９９０-２０００ ² ³⁴ ①② 12²",
    "ª º ʰ ˢ ꟸ Ⅻ ⅻ Ⓐ ⓐ Σ ΣΑΣ σας ΌΣΟΣ",
    "中文书名，北京：出版社，2001年。 日本語の本、東京、1999。 한국어 책, 서울, 2005.",
    "https://example.com/a/b). www.example.org/x.html, doi:10.1000/182. "
    "10.1234/abc-def;) (https://doi.org/10.5555/12345678). http://x.y/z»”' <https://a.b/c>",
    "doi: 10.1000/xyz123.,; http://example.com 10.1000 10.12/ab www.x httpfoo.bar/",
    "*Italic title* _another_ * lone * _ x_y *a*b* 1234",
    '"Quoted "nested" title" „Deutsch“ ‘single’ «guillemets “inner” more» ”stray“',
    "(a (b [c] d) e)) ]] [[ ((",
    "Ibid., 45; idem, op. cit., 12; a.g.e., s. 45; V.A. G.Ya. op.cit. vol. 2, no. 3, pp. 375-413.",
    "XXXI/121-124 f.159,op.2 s.45 159-2-57-003 12.05.2019 1500 2099 1499 2100 1990-2000 MDCCLXXVI",
    "a.b.c.d.e.f.g. I. II. III. IV. MMMMMMMM",
    "Yay. Haz. Там же. См.: ibid. et al. n.d. s.l. s.n. [s.l.]: [s.n.], [1990?].",
    "\u0307\u0301 a\x1cb\x85c\ufeffd\u200be\r\nf\u2028g \x00 \x7f \u00ad soft\u00adhyphen",
    "x" * 50 + " " + "𝔸" * 30 + " " + "ab" * 20 + "." + " İ" * 3,
    "Smith, J. " * 300,
]


def _texts() -> list[tuple[str, str]]:
    docs = corpus.read_all([ROOT / "corpus" / "real", ROOT / "corpus" / "blind"])
    seqs = [(seq.text, seq.kind) for doc in docs for seq in doc.sequences]
    assert len(seqs) > 1000
    hostile = [(text, kind) for text in HOSTILE for kind in ("note", "ref")]
    assert len(HOSTILE[-1]) == 3000
    return seqs + hostile


def _diff(text: str, kind: str, want: list[list[str]], got: list[list[str]]) -> str:
    head = f"{kind} {text[:300]!r}\n"
    if len(want) != len(got):
        return head + f"{len(want)} tokens in Python, {len(got)} in JavaScript"
    tokens = tokenize(text)
    for i, (w, g) in enumerate(zip(want, got, strict=True)):
        if w != g:
            missing = [f for f in w if f not in g]
            extra = [f for f in g if f not in w]
            return head + (
                f"token {i} {tokens[i].text!r}: missing in JS {missing}, extra in JS {extra}\n"
                f"python {w}\njs     {g}"
            )
    return head + "equal"


def test_every_sequence_has_python_features() -> None:
    texts = _texts()
    want = [sequence_features(tokenize(text), kind) for text, kind in texts]
    got = call_js(FILES, [("labellerFeatures", [text, kind]) for text, kind in texts])
    assert len(got) == len(want)
    bad = [k for k in range(len(texts)) if got[k] != want[k]]
    if bad:
        text, kind = texts[bad[0]]
        pytest.fail(
            f"{len(bad)} of {len(texts)} sequences differ; the first:\n"
            + _diff(text, kind, want[bad[0]], got[bad[0]])
        )
    assert sum(len(f) for f in want) > 100_000


def test_every_sequence_has_python_stacked_features() -> None:
    """The relabeller's features, given the annotated labels as the first pass's (and, for the
    hostile strings, labels dealt in turn), are the same in both runtimes."""
    docs = corpus.read_all([ROOT / "corpus" / "real", ROOT / "corpus" / "blind"])
    cases = [
        (seq.text, seq.kind, token_labels(tokenize(seq.text), seq.spans))
        for doc in docs
        for seq in doc.sequences
    ]
    cycle = ["author", "title", "container", "date", "other"]
    for text in HOSTILE:
        cases.append((text, "note", [cycle[i % len(cycle)] for i in range(len(tokenize(text)))]))
    want = [
        stacked_features(tokenize(t), sequence_features(tokenize(t), k), labels) for t, k, labels in cases
    ]
    calls = [
        (
            "stackedFeatures",
            [[tok._asdict() for tok in tokenize(t)], sequence_features(tokenize(t), k), labels],
        )
        for t, k, labels in cases
    ]
    got = call_js(FILES, calls)
    bad = [k for k in range(len(cases)) if got[k] != want[k]]
    if bad:
        text, kind, _ = cases[bad[0]]
        pytest.fail(
            f"{len(bad)} of {len(cases)} differ; the first:\n" + _diff(text, kind, want[bad[0]], got[bad[0]])
        )
    assert sum("pb:title" in f for seq in want for f in seq) > 1000


# Large blocks of caseless ideographs and syllables, all alike: one in 64 is enough.
_ALIKE = (
    "CJK UNIFIED",
    "CJK COMPATIBILITY IDEOGRAPH",
    "HANGUL SYLLABLE",
    "TANGUT IDEOGRAPH",
    "KHITAN",
    "NUSHU",
    "YI SYLLABLE",
)


def _characters() -> list[str]:
    """Every character Python's Unicode database assigns (not surrogates or private use)."""
    out = []
    for cp in range(0x110000):
        ch = chr(cp)
        category = unicodedata.category(ch)
        if category in ("Cn", "Cs", "Co"):
            continue
        if category == "Lo" and cp % 64 and unicodedata.name(ch, "").startswith(_ALIKE):
            continue
        out.append(ch)
    return out


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="checked against Unicode 14.0 (Python 3.11)")
def test_word_features_of_every_character() -> None:
    """Each character alone, and with letters around it: isalpha/isupper/islower/isdigit, lower()
    and code point counts agree for every assigned character."""
    words = []
    for ch in _characters():
        words.extend([ch, "A" + ch + "b."])
    want = [list(word_features(w)) for w in words]
    got = call_js(FILES, [("labellerWordFeatures", [w]) for w in words])
    bad = [k for k in range(len(words)) if got[k] != want[k]]
    if bad:
        lines = [f"U+{ord(words[k][0]):04X} {words[k]!r}: python {want[k]} js {got[k]}" for k in bad[:20]]
        pytest.fail(f"{len(bad)} words differ:\n" + "\n".join(lines))


def test_non_decimal_digits_are_no_year_in_both() -> None:
    """``¹²³⁴`` is isdigit() but not a number int() reads: no year, and no error, in either runtime."""
    texts = ["¹²³⁴", "19²0", "①②③④", "Smith ¹²³⁴–①②③④, s. 4"]
    want = [sequence_features(tokenize(text), "ref") for text in texts]
    assert not any(
        "year" in feature for seq in want for feats in seq for feature in feats if "yr" not in feature
    )
    assert call_js(FILES, [("labellerFeatures", [text, "ref"]) for text in texts]) == want
