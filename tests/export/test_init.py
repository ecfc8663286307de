"""The format table and the write functions built on it."""

from __future__ import annotations

import copy
import random

import pytest

from bibkit import export
from bibkit.model import Record
from tests.export.fixtures import RECORDS, TURKISH_BOOK_WITH_TRANSLATOR


def test_one_table_names_every_format_with_writer_suffix_and_aliases():
    assert list(export.FORMATS) == ["bibtex", "biblatex", "csl", "ris"]
    assert {f.suffix for f in export.FORMATS.values()} == {".bib", ".biblatex.bib", ".json", ".ris"}
    assert export.names()[:4] == list(export.FORMATS)
    assert len(export.names()) == len(set(export.names()))


def test_names_and_aliases_resolve_case_insensitively():
    assert export.resolve("BibLaTeX").name == "biblatex"
    assert export.resolve("bib").name == "bibtex"
    assert export.resolve("csl-json").name == "csl"
    with pytest.raises(KeyError, match="unknown export format"):
        export.resolve("endnote")


def test_the_longest_suffix_decides_the_format_of_a_path():
    assert export.format_for_path("exports/korkmaz2018.biblatex.bib").name == "biblatex"
    assert export.format_for_path("exports/korkmaz2018.bib").name == "bibtex"
    assert export.format_for_path("out.RIS").name == "ris"
    assert export.format_for_path("notes.txt") is None


@pytest.mark.parametrize("name", list(export.FORMATS))
def test_exports_are_byte_for_byte_deterministic(name):
    first = export.write(name, copy.deepcopy(RECORDS))
    shuffled = [dict(random.Random(7).sample(list(r.items()), len(r))) for r in RECORDS]
    assert export.write(name, shuffled) == first
    assert export.write(name, copy.deepcopy(RECORDS)) == first


@pytest.mark.parametrize("name", list(export.FORMATS))
def test_writers_accept_records_and_empty_input(name):
    record = Record.from_csl(TURKISH_BOOK_WITH_TRANSLATOR)
    assert export.write(name, [record]) == export.write(name, [record.to_csl()])
    assert export.write(name, []) in ("", "[]\n", "\r\n")


@pytest.mark.parametrize("name", list(export.FORMATS))
def test_write_file_writes_exactly_the_bytes_of_write(tmp_path, name):
    path = export.write_file(name, RECORDS, tmp_path / f"out{export.FORMATS[name].suffix}")
    assert path.read_bytes() == export.write(name, RECORDS).encode("utf-8")
