"""Reading bytes: encodings are detected, text is NFC, bad input raises typed errors."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from bibkit.errors import BinaryInput, DecodingError, EmptyInput, InputNotFound, InputTooLarge
from bibkit.read import decode, read_path, repair_mojibake

TURKISH = "ÇAĞLAR Şükrü, “Osmanlı Dönemi İzmir Ticareti”, Ege Araştırmaları, Sayı 4, İzmir, 1999, s. 11-29.\n"


@pytest.mark.parametrize(
    "encoded, encoding",
    [
        (TURKISH.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TURKISH.encode("utf-8"), "utf-8-sig"),
        (TURKISH.encode("utf-16"), "utf-16"),
        (TURKISH.encode("utf-16-le"), "utf-16-le"),
        (TURKISH.encode("utf-16-be"), "utf-16-be"),
        (TURKISH.encode("cp1254"), "cp1254"),
        (TURKISH.replace("“", '"').replace("”", '"').encode("iso-8859-9"), "iso-8859-9"),
    ],
)
def test_encodings_are_detected(encoded, encoding):
    text = decode(encoded, "x")
    assert text.encoding == encoding
    assert "ÇAĞLAR Şükrü" in text.text and "İzmir" in text.text


def test_text_is_nfc():
    decomposed = unicodedata.normalize("NFD", "Şükrü Hanioğlu, İstanbul")
    assert decode(decomposed.encode("utf-8")).text == "Şükrü Hanioğlu, İstanbul"


def test_crlf_becomes_lf():
    assert decode(b"a\r\nb\rc").text == "a\nb\nc"


@pytest.mark.parametrize("data", [b"", b"   \n\t\n"])
def test_empty_input_is_an_error(data):
    with pytest.raises(EmptyInput):
        decode(data, "empty.txt")


def test_binary_input_is_an_error():
    with pytest.raises(BinaryInput):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "image.png")


def test_control_characters_are_binary():
    with pytest.raises(BinaryInput):
        decode(bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 20, "x")


def test_undecodable_bytes_name_the_offset():
    # 0x81 is undefined in cp1254 and invalid UTF-8.
    with pytest.raises(DecodingError, match="offset"):
        decode("Kurat, Türkiye".encode("cp1254") + b"\x81\x8d", "bad.txt")


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputNotFound, match="no such file"):
        read_path(str(tmp_path / "missing.md"))
    with pytest.raises(InputNotFound, match="directory"):
        read_path(str(tmp_path))


def test_pdf_font_map_mojibake_is_repaired():
    text, count = repair_mojibake("Kafkas›n Savafl› ve ‹stanbul da¤lar›; conflict and reflection")
    assert text == "Kafkasın Savaşı ve İstanbul dağları; conflict and reflection"
    assert count == 4


def test_latin1_read_turkish_is_repaired_only_without_real_turkish_letters():
    assert repair_mojibake("Kafkasýn Savaþý")[0] == "Kafkasın Savaşı"
    # Genuine text that has both is left alone.
    assert repair_mojibake("Jón Þórsson, Kafkasın")[1] == 0


def test_english_fl_is_left_alone():
    assert repair_mojibake("Conflict, reflection, flow")[1] == 0


def test_the_size_limit_counts_bytes_read_not_the_file_size(tmp_path, monkeypatch):
    import bibkit.read as read

    monkeypatch.setattr(read, "MAX_BYTES", 1000)
    (tmp_path / "big.md").write_bytes(b"Kaya, Ali. Kitap.\n" * 100)
    with pytest.raises(InputTooLarge, match="1000-byte limit"):
        read_path(str(tmp_path / "big.md"))
    (tmp_path / "small.md").write_bytes(b"Kaya, Ali. Kitap.\n" * 10)
    assert read_path(str(tmp_path / "small.md")).text.count("Kaya") == 10


@pytest.mark.parametrize("source", ["file", "stdin"])
def test_an_endless_device_is_refused_at_the_limit(source):
    # /dev/zero has no size to stat: before, bibkit read it until memory ran out.
    import subprocess
    import sys

    if not Path("/dev/zero").exists():
        pytest.skip("/dev/zero not available")
    argv = [sys.executable, "-m", "bibkit", "parse", "/dev/zero" if source == "file" else "-"]
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run(argv, stdin=zero, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "byte limit" in result.stderr
