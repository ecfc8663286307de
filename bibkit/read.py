"""Bytes → text: encoding detection (UTF-8 with or without BOM, UTF-16, cp1254, ISO-8859-9), NFC.

Turkish files from older Windows tools are cp1254; ISO-8859-9 is the same table without the
printable 0x80–0x9F range, so a file that uses that range (``‘’“”…``) is cp1254.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

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
    text, encoding = _decode_bytes(data, source)
    _reject_binary(text, source)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text, repaired = repair_mojibake(text)
    if not text.strip():
        raise EmptyInput(f"{source}: input holds only whitespace")
    return Text(text=text, encoding=encoding, source=source, repaired=repaired)


def _decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16", source), "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16, source), utf16
    if b"\x00" in data:
        raise BinaryInput(f"{source}: binary data (NUL bytes), not a text document")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Single-byte Turkish: cp1254 prints 0x80–0x9F, ISO-8859-9 has C1 controls there.
    if any(0x80 <= b <= 0x9F for b in data):
        try:
            return data.decode("cp1254"), "cp1254"
        except UnicodeDecodeError as exc:
            raise DecodingError(
                f"{source}: byte 0x{data[exc.start]:02x} at offset {exc.start} is neither UTF-8 nor cp1254"
            ) from None
    return data.decode("iso-8859-9"), "iso-8859-9"


def _utf16_without_bom(data: bytes) -> str:
    """UTF-16 text without a BOM has a NUL in every other byte of its ASCII characters."""
    sample = data[:4096]
    if len(sample) < 4:
        return ""
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return ""


def _strict(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodingError(f"{source}: invalid {encoding} at byte offset {exc.start}") from None


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


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
