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


@pytest.mark.parametrize("name", list(export.FORMATS))
def test_a_file_written_in_small_pieces_is_the_file_written_whole(monkeypatch, name):
    from bibkit.export import bib

    many = [{**item, "id": f"{item['id']}{n}"} for n in range(3) for item in RECORDS]
    whole = export.write(name, many)
    monkeypatch.setattr(bib, "_BATCH", 2)  # BibTeX entries laid out two at a time
    monkeypatch.setattr(export, "_CHUNK", 1)  # every writer piece handed on alone
    pieces = list(export.pieces(name, many))
    assert len(pieces) > len(many) // 2
    assert "".join(pieces) == whole


@pytest.mark.parametrize("name", list(export.FORMATS))
def test_a_failed_export_leaves_the_previous_file_and_no_partial_one(tmp_path, monkeypatch, name):
    target = tmp_path / f"refs{export.FORMATS[name].suffix}"
    target.write_text("previous export\n", encoding="utf-8")
    made = 0

    def failing(item):
        nonlocal made
        made += 1
        if made == 3:
            raise RuntimeError("disk full")
        return dict(item)

    monkeypatch.setattr(export, "_CHUNK", 1)  # the first pieces reach the file before the failure
    monkeypatch.setattr(export, "_csl", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        export.write_file(name, RECORDS, target)
    assert target.read_text(encoding="utf-8") == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_records_become_csl_only_as_the_writer_reaches_them(monkeypatch):
    made: list[int] = []
    real = export._csl

    def counting(item):
        made.append(1)
        return real(item)

    monkeypatch.setattr(export, "_CHUNK", 1)
    monkeypatch.setattr(export, "_csl", counting)
    stream = export.pieces("csl", [Record.from_csl(r) for r in RECORDS])
    next(stream)
    assert len(made) == 1  # one item converted for the first piece, not the whole list
    list(stream)
    assert len(made) == len(RECORDS)
