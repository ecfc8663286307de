"""Bad, hostile and huge input: one-line errors, exit codes, nothing lost, linear work."""

from __future__ import annotations

import subprocess
import sys
from functools import partial

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from bibkit.pipeline import parse_text
from tests.conftest import ROOT


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "bibkit", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120
    )


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    "make, code, message",
    [
        (lambda t: str(t / "missing.md"), 1, "no such file"),
        (lambda t: str(t), 1, "is a directory"),
        (lambda t: write(t, "empty.md", b""), 1, "input is empty"),
        (lambda t: write(t, "blank.md", b" \n\n\t\n"), 1, "input is empty"),
        (
            lambda t: write(t, "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8),
            1,
            "binary data",
        ),
        (lambda t: write(t, "bad.txt", "Türkiye".encode("cp1254") + b"\x81\x8d\x8f"), 1, "byte 0x81"),
        (lambda t: write(t, "elf", b"\x7fELF\x02\x01\x01" + b"\x00" * 64), 1, "binary data"),
    ],
    ids=["missing", "directory", "empty", "whitespace", "png", "undecodable", "elf"],
)
def test_input_problems_give_one_line_and_exit_1(tmp_path, make, code, message):
    result = run("parse", make(tmp_path))
    err = result.stderr.decode()
    assert result.returncode == code
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert result.stdout == b""


def test_unknown_format_is_a_usage_error(tmp_path):
    result = run("parse", write(tmp_path, "x.txt", b"KAYA Ali, Kitap, Ankara, 1990.\n"), "--format", "docx")
    assert result.returncode == 2 and b"Traceback" not in result.stderr


def test_unknown_command_is_a_usage_error():
    assert run("frobnicate").returncode == 2


HOSTILE_UNITS = {
    "abbreviations": "a.g.e. s. Cilt C. Vol. No. pp. Там же Указ. соч. ",
    "capitals": "KURAT AKDES NİMET ŞÜKRÜ ",
    "locators": "f. 159, op. 2, d. 57, l. 3, 159-2-57-003 ",
    "parentheses": "((((( [[[ ((",
    "separators": ".,;:// — – / ",
    "quotes": '“ « " * _ ‘ „ ',
    "years": "1990 1991-1992 (1993) Kasım 2002 ",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_UNITS))
def test_a_one_megabyte_line_is_reported_not_parsed(kind):
    from tests.test_nothing_lost import check_nothing_lost

    unit = HOSTILE_UNITS[kind]
    line = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    doc = parse_text(line, kind)
    assert doc.records == [] or all(len(r.raw) < 10_000 for r in doc.records)
    assert all(u.reason for u in doc.unparsed)
    check_nothing_lost(line)  # the line is an entry or note reported unparsed, or listed as body text


def test_injection_titles_cannot_escape_their_field():
    from bibkit.export import write as export

    hostile = "KAYA Ali, Kitap} @misc{evil, title={x} \\input{/etc/passwd} \\write18{rm -rf /} % #, Ankara, 1990.\nER  - \n"
    doc = parse_text(hostile, "hostile.txt")
    bib = export("bibtex", doc.records)
    biblatex = export("biblatex", doc.records)
    ris = export("ris", doc.records)
    import bibtexparser

    for text in (bib, biblatex):
        library = bibtexparser.parse_string(text)
        assert len(library.entries) == len(doc.records) and not library.failed_blocks
        assert "\\input{" not in text and "\\write18{" not in text
    assert sum(1 for line in ris.splitlines() if line.startswith("TY  - ")) == len(doc.records)
    assert sum(1 for line in ris.splitlines() if line.startswith("ER  - ")) == len(doc.records)


def call_count(run) -> int:
    """Work done by ``run()``, counted in function calls (deterministic, unlike seconds)."""
    count = 0

    def profile(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
    return count


LINE = st.lists(
    st.sampled_from(sorted(HOSTILE_UNITS.values()) + ["KAYA Ali, ", "Kitap, ", "Ankara, 1990. ", "\n"]),
    min_size=5,
    max_size=60,
).map("".join)


def _every_line(label):
    return lambda lines: [label if line.strip() else "blank" for line in lines]


# The explain phase traces execution itself, which would be counted as parser work.
@settings(phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink], deadline=None, max_examples=30)
@given(LINE)
def test_work_grows_linearly_with_input(line):
    """Four times the input, at most ~four times the work: for the finder, and for every stage after
    it with the lines' labels fixed (a model may read 4 copies and 16 copies of a line differently,
    and reading a line as a note costs more than reading it as body text)."""
    from bibkit.find import label_lines
    from bibkit.pipeline import analyse, build_document

    small = "\n".join([line] * 4)
    large = "\n".join([line] * 16)

    def read(text: str, label: str) -> None:
        build_document(analyse(text, _every_line(label)), "x")

    for label in ("note-start", "ref-start", "text"):
        read(large, label)  # compiled patterns and loaded tables are cached: count steady-state work
        work = call_count(partial(read, large, label)), call_count(partial(read, small, label))
        assert work[0] <= 4.6 * work[1] + 2000, label
    split_small, split_large = small.split("\n"), large.split("\n")
    label_lines(split_large)
    assert (
        call_count(partial(label_lines, split_large))
        <= 4.6 * call_count(partial(label_lines, split_small)) + 2000
    )


ALPHABET = st.sampled_from(
    list(
        "abcçdefgğhıijklmnoöprsştuüvyzABCÇDEFGĞHIİJKLMNOÖPRSŞTUÜVYZабвгдежзийклмнопрстуфхцчшщыэюяАБВГДЕЖЗИЙКЛМНОПР0123456789 .,;:()[]/-–—\"“”«»'’*_#<>^~\\\n\t"
    )
) | st.sampled_from(
    [
        "<sup>1</sup> ",
        "[^2]: ",
        "---\n",
        "## Kaynakça\n",
        "Cilt ",
        "Sayı ",
        "s. ",
        "a.g.e. ",
        "Ibid. ",
        "RGASPI, ",
        "f. 17, op. 3, ",
        "BOA, ",
        "Çev. ",
        "Там же. ",
        "(Ankara: ",
        "2001), ",
        "// ",
        " / ",
    ]
)


@given(st.lists(ALPHABET, max_size=400).map("".join))
def test_any_text_parses_without_crashing_and_nothing_is_lost(text):
    try:
        doc = parse_text(text, "random")
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"{type(exc).__name__}: {exc}")
    counts = doc.counts
    assert counts["notes"] == len(doc.notes)
    cited = {c.note for c in doc.citations}
    assert cited <= {n.number for n in doc.notes}
    list_records = sum(1 for r in doc.records if r.source == "list")
    entry_unparsed = sum(1 for u in doc.unparsed if u.kind == "entry")
    assert list_records + entry_unparsed <= counts["entries"]  # merged duplicates may share a record
    assert list_records + entry_unparsed >= (1 if counts["entries"] else 0)
