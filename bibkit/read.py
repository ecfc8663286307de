"""Bytes → text: encoding detection, NFC, repair of broken Turkish letters.

UTF-8 (with or without BOM) and UTF-16 (with or without BOM) first; then the single-byte code
pages of Turkish and Russian files from older Windows and Unix tools (cp1254 / ISO-8859-9,
cp1251, KOI8-R; :mod:`bibkit.charsets` tells them apart). A UTF-8 file with some bytes that are
not UTF-8 stays UTF-8: only those bytes are read in a code page, and each line holding them is
reported. Nothing is decoded silently into mojibake: text that reads as none of these is refused.
"""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from bibkit import charsets
from bibkit.errors import BinaryInput, DecodingError, EmptyInput, InputNotFound, InputTooLarge

MAX_BYTES = 64 * 1024 * 1024

# Two ways Turkish letters get broken before bibkit sees them, each repaired only on evidence:
# a PDF text layer with a broken font map (``Kafkas›``, ``Savafl``), and cp1254 bytes read as
# Latin-1 (``Kafkasý``, ``Savaþ``). Replacements apply inside words only.
_FONTMAP = {"›": "ı", "¤": "ğ", "‹": "İ"}
_FONTMAP_CHAR = re.compile(r"(?<=[^\W\d_])[›¤](?=[^\W\d_]|\b)|‹(?=[^\W\d_])")
# ``fl`` stands for ``ş`` in such text; it is changed only in words that show another broken
# letter or end in it (``Savafl``), so that ``conflict`` or ``reflection`` stay as they are.
_FONTMAP_WORD = re.compile(r"[^\W\d_]*(?:[›¤‹][^\W\d_]*)+|[^\W\d_]+fl\b")
_LATIN1 = {"ý": "ı", "þ": "ş", "ð": "ğ", "Ý": "İ", "Þ": "Ş", "Ð": "Ğ"}
_LATIN1_CHAR = re.compile(r"(?<=[^\W\d_])[ýþðÝÞÐ]|[ÝÞÐ](?=[^\W\d_])")
_GENUINE = re.compile("[ışğİŞĞ]")
_SUSPECT = re.compile("[›¤‹ýþðÝÞÐ]")


@dataclass
class Text:
    """Decoded input: the text and how it was read."""

    text: str
    encoding: str
    source: str
    repaired: int = 0
    # Problems met while decoding, one line each (``line 12: 1 byte(s) not UTF-8 …``).
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, source: str = "<bytes>") -> Text:
    """Decode ``data`` into NFC text, detecting its encoding.

    :param data: the raw input.
    :param source: a name for messages (a path or ``<stdin>``).
    :raises EmptyInput, BinaryInput, DecodingError: when the input is not usable text.
    """
    if len(data) > MAX_BYTES:
        raise InputTooLarge(f"{source}: input is {len(data)} bytes, more than the {MAX_BYTES}-byte limit")
    if not data.strip():
        raise EmptyInput(f"{source}: input is empty")
    text, encoding, warnings = _decode_bytes(data, source)
    _reject_binary(text, source)
    text = unicodedata.normalize("NFC", _entities(text.replace("\r\n", "\n").replace("\r", "\n")))
    text, repaired = repair_mojibake(text)
    if not text.strip():
        raise EmptyInput(f"{source}: input holds only whitespace")
    return Text(text=text, encoding=encoding, source=source, repaired=repaired, warnings=warnings)


def _decode_bytes(data: bytes, source: str) -> tuple[str, str, list[str]]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source), "utf-8-sig", []
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16", source), "utf-16", []
    utf16 = charsets.utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, source), utf16, []
    if b"\x00" in data:
        raise BinaryInput(f"{source}: binary data (NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    lines = data.split(b"\n")
    texts = [_utf8(line) for line in lines]
    if any(text is not None and not text.isascii() for text in texts):
        return _utf8_with_foreign_lines(lines, texts)
    encoding = charsets.single_byte(data)
    if encoding is None:
        first = _first_doubtful_byte(data)
        raise DecodingError(
            f"{source}: byte 0x{data[first]:02x} at offset {first}: the text reads as none of "
            f"UTF-8, UTF-16, {', '.join(charsets.SINGLE_BYTE)}; convert the file to UTF-8"
        )
    return data.decode(encoding), encoding, []


MAX_WARNINGS = 10


def _first_doubtful_byte(data: bytes) -> int:
    """The offset to name in a refusal: the first byte the likeliest code page does not define,
    else the first byte that is not ASCII."""
    try:
        data.decode(charsets.SINGLE_BYTE[0])
    except UnicodeDecodeError as exc:
        return exc.start
    return next(i for i, b in enumerate(data) if b > 0x7F)


def _utf8(line: bytes) -> str | None:
    """``line`` as UTF-8, or ``None`` when it is not UTF-8."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _utf8_with_foreign_lines(lines: list[bytes], texts: list[str | None]) -> tuple[str, str, list[str]]:
    """A UTF-8 file with lines that are not UTF-8 (``texts[k]`` is ``None``: a stray cp1254
    quote, lines pasted from a cp1251 file). UTF-8 lines stay UTF-8. A line with at least as many
    UTF-8 letters as foreign bytes is UTF-8 with stray bytes, and only those bytes are re-read;
    any other line is read whole in the one code page the foreign lines agree on (a cp1251 line
    may hold a byte pair that happens to be UTF-8). Each line that needed it is reported with its
    byte offset."""
    foreign = [line for line, text in zip(lines, texts, strict=True) if text is None]
    encoding = charsets.single_byte(b"\n".join(foreign)) or charsets.SINGLE_BYTE[0]
    out: list[str] = []
    warnings: list[str] = []
    offset = 0
    for number, (line, text) in enumerate(zip(lines, texts, strict=True), start=1):
        if text is not None:
            out.append(text)
        else:
            # Bytes that are not UTF-8 are kept as U+DC80–U+DCFF by surrogateescape.
            escaped = line.decode("utf-8", errors="surrogateescape")
            bad = sum(len(run) for run in _STRAY.findall(escaped))
            letters = sum(ord(c) > 0x7F for c in escaped) - bad
            first = _STRAY.search(escaped).start()  # type: ignore[union-attr]
            at = offset + len(escaped[:first].encode("utf-8", errors="surrogateescape"))
            if letters >= bad:
                out.append(_STRAY.sub(lambda run: _redecode(run.group(0), encoding), escaped))
                what = f"{bad} byte(s) not UTF-8 (first at byte offset {at}), read as {encoding}"
            else:
                out.append(line.decode(encoding, errors="replace"))
                what = f"not UTF-8 (first such byte at offset {at}), line read as {encoding}"
            warnings.append(f"line {number}: {what}")
        offset += len(line) + 1
    if len(warnings) > MAX_WARNINGS:
        warnings[MAX_WARNINGS:] = [f"… and {len(warnings) - MAX_WARNINGS} more lines not in UTF-8"]
    return "\n".join(out), f"utf-8+{encoding}", warnings


_STRAY = re.compile("[\udc80-\udcff]+")


def _redecode(escaped: str, encoding: str) -> str:
    return escaped.encode("utf-8", errors="surrogateescape").decode(encoding, errors="replace")


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodingError(f"{source}: invalid {encoding} at byte offset {exc.start}") from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


# HTML character references left in text copied from web pages (``d&#039;Erzurum``, ``&amp;``):
# Markdown shows them as the characters they name, and so does bibkit.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entities(text: str) -> str:
    if "&" not in text:
        return text

    def character(match: re.Match[str]) -> str:
        named = html.unescape(match.group(0))
        # A reference to a control character (``&#27;``) is left as written, never made live.
        if len(named) != 1 or unicodedata.category(named) == "Cc":
            return match.group(0)
        return named

    return _ENTITY.sub(character, text)


def _reject_binary(text: str, source: str) -> None:
    sample = text[:65536]
    controls = len(_CONTROL.findall(sample))
    if "\x00" in sample or controls > max(8, len(sample) // 100):
        raise BinaryInput(f"{source}: binary data ({controls} control characters), not a text document")


def repair_mojibake(text: str) -> tuple[str, int]:
    """Undo the letter substitutions of broken Turkish text (``Kafkas›`` → ``Kafkası``).

    :returns: the repaired text and the number of repaired words.
    """
    count = 0
    if not _SUSPECT.search(text):
        return text, 0
    if len(_FONTMAP_CHAR.findall(text)) >= 2:

        def fix_word(match: re.Match[str]) -> str:
            nonlocal count
            count += 1
            word = match.group(0).replace("fl", "ş")
            return "".join(_FONTMAP.get(c, c) for c in word)

        text = _FONTMAP_WORD.sub(fix_word, text)
    if not _GENUINE.search(text) and len(_LATIN1_CHAR.findall(text)) >= 2:

        def fix_char(match: re.Match[str]) -> str:
            nonlocal count
            count += 1
            return _LATIN1[match.group(0)]

        text = _LATIN1_CHAR.sub(fix_char, text)
    return text, count


def _bounded(stream: BinaryIO, source: str) -> bytes:
    """At most :data:`MAX_BYTES` of ``stream``: a device, FIFO or pipe that goes on is refused
    once it passes the limit, before its bytes fill memory (``stat`` sizes say nothing of them)."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise InputTooLarge(f"{source}: more than the {MAX_BYTES}-byte limit")
    return data


def read_path(path: str) -> Text:
    """Read a file, or standard input when ``path`` is ``-``, up to :data:`MAX_BYTES`.

    :raises InputNotFound: for a missing path or a directory.
    :raises InputTooLarge: for input beyond the limit (counted in bytes read).
    """
    if path == "-":
        import sys

        return decode(_bounded(sys.stdin.buffer, "<stdin>"), "<stdin>")
    p = Path(path)
    if p.is_dir():
        raise InputNotFound(f"{path}: is a directory, not a document")
    try:
        with p.open("rb") as stream:
            data = _bounded(stream, path)
    except FileNotFoundError:
        raise InputNotFound(f"{path}: no such file") from None
    except OSError as exc:
        raise InputNotFound(f"{path}: cannot read ({exc.strerror})") from None
    return decode(data, path)
