"""Which encoding are these bytes in: UTF-16 without a BOM, and the single-byte code pages of
Turkish and Russian text (cp1254 / ISO-8859-9, cp1251, KOI8-R).

``charset-normalizer`` makes the first guess among the candidates; bibkit's own checks then
settle what a statistical detector gets wrong on short bibliographic text: cp1251 against KOI8-R
by letter case (KOI8-R read as cp1251 swaps the case of every Cyrillic letter), cp1254 against
ISO-8859-9 by the 0x80–0x9F range, and a reading whose words mix Latin and Cyrillic letters is
not accepted at all.
"""

from __future__ import annotations

import re

# Single-byte candidates, most likely first: a tie goes to the earlier one. cp1252 is not among
# them: for Western European text it differs from cp1254 in six letters only (Ð Ý Þ ð ý þ), and a
# detector that may answer cp1252 takes Turkish for it.
SINGLE_BYTE = ("cp1254", "cp1251", "koi8_r")

# Fewer non-ASCII bytes than this say nothing a detector could use.
MIN_EVIDENCE = 4

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_SMALL_OPENING = re.compile(r"(?:^|[.!?]\s+)[\s\d.]*[а-яё]", re.MULTILINE)
_CASE_FLIP = re.compile(r"(?<=[^\W\d_])(?<![A-ZА-ЯЁ])[А-ЯЁ]")


def utf16_without_bom(data: bytes) -> str:
    """``utf-16-le`` or ``utf-16-be`` when ``data`` looks like UTF-16 without a BOM, else ``""``.

    In UTF-16 the high byte of the letters of one script is one of a few small values (0x00 for
    ASCII, 0x01 for Turkish ı ş ğ, 0x04 for Cyrillic), so one byte of each pair is mostly below
    0x09 while the other is not. UTF-8 and single-byte text never holds those control bytes.
    """
    sample = data[:8192]
    if len(sample) < 4:
        return ""
    half = len(sample) // 2
    even = sum(b < 0x09 for b in sample[0::2])
    odd = sum(b < 0x09 for b in sample[1::2])
    if odd > 0.5 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.5 * half and odd < 0.05 * half:
        return "utf-16-be"
    return ""


def mixed_script_share(text: str) -> float:
    """The share of words with non-ASCII letters that mix Latin and Cyrillic letters: near 0 in
    real text, high in text read with the wrong code page (``Tьrkiye``, ``Èñòîðèÿ`` is not)."""
    checked = mixed = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        checked += 1
        if _CYRILLIC.search(word) and _LATIN.search(word):
            mixed += 1
    return mixed / checked if checked else 0.0


def _case_flips(text: str) -> int:
    """Cyrillic capitals inside words after a small letter, and small letters opening a line or
    a sentence: KOI8-R read as cp1251 and the reverse swap the case of every Cyrillic letter
    (``иСТОРИЯ``; an all-capitals heading ``СПИСОК`` becomes ``урйупл``)."""
    return len(_CASE_FLIP.findall(text)) + len(_SMALL_OPENING.findall(text))


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def single_byte(data: bytes) -> str | None:
    """The code page ``data`` (not UTF-8, not UTF-16) is written in, or ``None`` when no
    candidate gives plausible text."""
    candidates = [e for e in SINGLE_BYTE if _decodes(data, e)]
    if not candidates:
        return None
    foreign = sum(b > 0x7F for b in data)
    if foreign < MIN_EVIDENCE or all(data.decode(e) == data.decode(candidates[0]) for e in candidates[1:]):
        # A stray quote or two: too little to detect from, so the most likely code page.
        guess = candidates[0]
    else:
        guess = _detected(data, candidates)
    if mixed_script_share(data.decode(guess)) > 0.2:
        return None
    if guess == "cp1254" and not any(0x80 <= b <= 0x9F for b in data):
        return "iso-8859-9"  # the same letters; the name says the file uses no cp1254-only sign
    return guess


def _detected(data: bytes, candidates: list[str]) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=candidates).best()
    guess = best.encoding if best is not None and best.encoding in candidates else None
    if guess is None:  # nothing the detector liked: the reading with the fewest mixed words
        guess = min(candidates, key=lambda e: mixed_script_share(data.decode(e)))
    if guess in ("cp1251", "koi8_r") and {"cp1251", "koi8_r"} <= set(candidates):
        flips = {e: _case_flips(data.decode(e)) for e in ("cp1251", "koi8_r")}
        if flips["cp1251"] != flips["koi8_r"]:
            guess = min(flips, key=flips.__getitem__)
    return guess
