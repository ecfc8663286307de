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


RUSSIAN = (
    "Иванов И. И. История Кавказа. М.: Наука, 1999. 320 с.\n"
    "Петрова А. С. Советская власть в Закавказье // Вопросы истории. 1961. Вып. 4. С. 12-31.\n"
)


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r", "utf-16-le", "utf-16-be"])
def test_russian_single_byte_and_bomless_utf16_files_are_read_as_russian(encoding):
    text = decode(RUSSIAN.encode(encoding), "ru.txt")
    assert text.text == RUSSIAN
    assert text.encoding.replace("_", "-") == encoding
    assert text.warnings == []


def test_turkish_utf16_without_bom_is_text_not_binary():
    assert decode(TURKISH.encode("utf-16-le")).text == TURKISH


def test_a_stray_byte_in_utf8_stays_utf8_and_is_reported_with_line_and_offset():
    head = "Şükrü Hanioğlu, Osmanlı Tarihi, İstanbul 1990.\n".encode()
    data = head + b"Smith\x92s book, Osmanl\xc4\xb1 Devleti, London 1990.\n" + head
    text = decode(data, "stray.md")
    assert text.text.split("\n")[1] == "Smith’s book, Osmanlı Devleti, London 1990."
    assert text.text.count("Osmanlı") == 3  # the rest is not re-read as cp1254 (no "OsmanlÄ±")
    assert text.encoding.startswith("utf-8+")
    assert text.warnings == [
        f"line 2: 1 byte(s) not UTF-8 (first at byte offset {len(head) + 5}), read as cp1254"
    ]


@pytest.mark.parametrize("other", ["cp1254", "cp1251", "koi8-r"])
def test_a_file_half_utf8_half_single_byte_is_read_line_by_line(other):
    utf8 = "Şükrü Hanioğlu, Osmanlı Tarihi, İstanbul 1990.\nÇAĞLAR Şükrü, Ege Araştırmaları, İzmir 1999.\n"
    foreign = (
        RUSSIAN if other != "cp1254" else "Kaya Ömer, Türk Tarihi Üzerine Araştırmalar, Ankara 2001.\n" * 2
    )
    text = decode(utf8.encode() + foreign.encode(other), "mixed.md")
    assert text.text == utf8 + foreign
    assert [w.split(":")[0] for w in text.warnings] == ["line 3", "line 4"]
    assert all(
        w.endswith(f"line read as {other.replace('-', '_')}") or "iso-8859-9" in w for w in text.warnings
    )


def test_many_foreign_lines_are_reported_in_a_bounded_number_of_warnings():
    data = "Osmanlı\n".encode() + "Türkiye\n".encode("cp1254") * 50
    warnings = decode(data).warnings
    assert len(warnings) == 11 and warnings[-1].startswith("… and 40 more lines")


def test_text_that_reads_as_no_candidate_is_refused_not_decoded_into_mojibake():
    # Turkish words in cp1254 with a byte cp1254 does not define: the code pages that define it
    # make Latin words with Cyrillic letters inside (``Tьrkiye``), which no real text holds.
    data = "Türkiye Tarihi, Gümüşhane ".encode("cp1254") + b"K\x8erat\n"
    with pytest.raises(DecodingError, match="byte 0x8e at offset 27: .* convert the file to UTF-8"):
        decode(data * 3, "odd.txt")


def test_the_cli_prints_decoding_warnings_and_the_document_records_them(tmp_path):
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT

    doc = tmp_path / "list.md"
    doc.write_bytes(
        "# Kaynakça\n\nKaya, Ali. Osmanlı Tarihi. İstanbul: Ötüken, 1990.\n\n".encode()
        + b"Smith, John. The Ottoman Road\x92s End. London: Murray, 1991.\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "bibkit", "parse", str(doc)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0
    assert (
        f"{doc}: warning: line 5: not UTF-8 (first such byte at offset 98), line read as cp1254"
        in result.stderr
    )
    document = json.loads(result.stdout)
    assert document["encoding"] == "utf-8+cp1254"
    assert document["warnings"] == ["line 5: not UTF-8 (first such byte at offset 98), line read as cp1254"]
    assert any("Road’s End" in (r.get("title") or "") for r in document["records"])


def test_an_all_capitals_koi8r_heading_is_not_read_as_small_cp1251_letters():
    # The only Cyrillic is a heading in capitals: read as cp1251 it would be ``урйупл мйфетбфхтщ``.
    text = "СПИСОК ЛИТЕРАТУРЫ\n1. Wu D., Yotnda P. // J. Vis. Exp. 2011. N 57. P. 3357.\n"
    assert decode(text.encode("koi8-r")).text == text
    assert decode(text.encode("cp1251")).text == text


def test_html_character_references_from_web_pages_become_their_characters():
    text = decode(
        b"Unal, R. H. (1968). Les monuments de la ville d&#039;Erzurum &amp; sa region &#x2014; Paris."
    )
    assert text.text == "Unal, R. H. (1968). Les monuments de la ville d'Erzurum & sa region — Paris."
    # Bare ampersands, unknown names and references to control characters stay as written.
    assert decode(b"AT&T &nosuch; &#27;x").text == "AT&T &nosuch; &#27;x"
