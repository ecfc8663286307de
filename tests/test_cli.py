"""The command line: output formats, counts on stderr, exit codes, encodings, standard input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, SEED


def _encodable(char: str, encoding: str) -> bool:
    try:
        char.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _plain(char: str) -> str:
    import unicodedata

    base = unicodedata.normalize("NFKD", char)[0]
    return (
        base
        if base.isascii()
        else {"“": '"', "”": '"', "’": "'", "‘": "'", "–": "-", "—": "-"}.get(char, "?")
    )


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bibkit", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120
    )


def test_parse_prints_the_document_and_counts():
    result = run("parse", str(SEED))
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    assert {"records", "citations", "notes", "unparsed", "counts"} <= doc.keys()
    assert len(doc["records"]) == 28
    assert "27 notes, 27 entries, 28 records, 28 citations, 0 unparsed" in result.stderr.decode()


@pytest.mark.parametrize(
    "fmt, marker", [("csl", b'"archive_location"'), ("bibtex", b"@"), ("biblatex", b"@"), ("ris", b"TY  - ")]
)
def test_parse_in_each_export_format(fmt, marker):
    result = run("parse", str(SEED), "--format", fmt)
    assert result.returncode == 0 and marker in result.stdout


def test_export_merges_documents(tmp_path):
    copy = tmp_path / "copy.md"
    copy.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    result = run("export", "--format", "csl", str(SEED), str(copy))
    assert result.returncode == 0
    assert len(json.loads(result.stdout)) == 28


def test_export_to_a_file(tmp_path):
    out = tmp_path / "out.ris"
    assert run("export", "--format", "ris", "-o", str(out), str(SEED)).returncode == 0
    assert out.read_bytes().count(b"ER  - ") == 28


def test_archives_prints_one_canonical_line_per_document():
    result = run("archives", str(SEED))
    assert result.returncode == 0
    assert result.stdout.decode().splitlines() == [
        "RGASPI, f. 159, op. 2, d. 56, l. 46",
        "RGASPI, f. 159, op. 2, d. 57, l. 1",
        "RGASPI, f. 159, op. 2, d. 57, l. 3",
        "RGASPI, f. 159, op. 2, d. 57, l. 95",
    ]


def test_standard_input():
    result = run("parse", "-", stdin="KURAT Akdes Nimet, Türkiye ve Rusya, Ankara, 1970.\n".encode())
    assert result.returncode == 0
    assert json.loads(result.stdout)["records"][0]["id"] == "kurat1970turkiye"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-be", "cp1254", "iso-8859-9"])
def test_every_encoding_gives_the_same_records(tmp_path, encoding):
    text = SEED.read_text(encoding="utf-8")
    # Letters a single-byte Turkish encoding cannot hold (č in "Naučno") are written without their mark.
    text = "".join(c if _encodable(c, encoding) else _plain(c) for c in text)
    source = tmp_path / f"seed.{encoding}.md"
    source.write_bytes(text.encode(encoding))
    reference = tmp_path / "seed.utf8.md"
    reference.write_bytes(text.encode("utf-8"))
    got = json.loads(run("export", "--format", "csl", str(source)).stdout)
    want = json.loads(run("export", "--format", "csl", str(reference)).stdout)
    strip = [{k: v for k, v in r.items() if k != "custom"} for r in got]
    assert strip == [{k: v for k, v in r.items() if k != "custom"} for r in want]


def test_jobs_give_the_same_export_as_one_process(tmp_path):
    docs = []
    for i in range(4):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(
            f"KAYA Ali, Kafkas Notları {i}, Ankara, 199{i}.\nORTAYLI İlber, İmparatorluğun En Uzun Yüzyılı, İstanbul 1983.\n",
            encoding="utf-8",
        )
        docs.append(str(path))
    one = run("export", "--format", "csl", *docs)
    two = run("export", "--format", "csl", "--jobs", "2", *docs)
    assert one.returncode == two.returncode == 0 and one.stdout == two.stdout
    assert len(json.loads(one.stdout)) == 5  # four books and one work shared by all four lists
    assert b"parsing" not in two.stderr  # no progress bar when stderr is not a terminal
