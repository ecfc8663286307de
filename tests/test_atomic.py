"""Every file bibkit writes is replaced whole or not at all (issue 17, case 3).

A full disk, an exception or SIGTERM half way leave the old file and no temporary one; the old
file's mode is kept; nothing is written through a name an attacker could guess; ``-o`` naming
the input is refused before anything is read.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import textwrap

import pytest

from bibkit import atomic, export
from tests.conftest import ROOT, SEED


def run(*args: str, cwd: os.PathLike[str] | str = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bibkit", *args], capture_output=True, text=True, cwd=cwd, timeout=120
    )


@pytest.fixture
def full_disk(monkeypatch):
    """The disk fills up when the written file is synced."""

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", no_space)


def test_a_write_replaces_the_file_whole(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old\n")
    atomic.write_text_atomic(target, "new ✓\n")
    assert target.read_text(encoding="utf-8") == "new ✓\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_a_full_disk_leaves_the_old_file_and_no_temporary_one(tmp_path, full_disk):
    target = tmp_path / "out.bib"
    target.write_text("previous\n")

    with pytest.raises(OSError, match="No space"):
        atomic.write_text_atomic(target, "x" * 100_000)
    assert target.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bib"]


def test_the_old_files_mode_is_kept_and_a_new_file_follows_the_umask(tmp_path):
    private = tmp_path / "private.ris"
    private.write_text("old")
    private.chmod(0o600)
    atomic.write_text_atomic(private, "new")
    assert stat.S_IMODE(private.stat().st_mode) == 0o600

    old_mask = os.umask(0o027)
    try:
        fresh = tmp_path / "fresh.ris"
        atomic.write_text_atomic(fresh, "new")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o640


def test_a_link_at_a_guessable_partial_name_is_never_followed(tmp_path):
    """The old writer used ``.NAME.PID.part``; a link placed there must not redirect the write."""
    victim = tmp_path / "victim.txt"
    victim.write_text("untouched\n")
    target = tmp_path / "refs.bib"
    for name in (f".{target.name}.{os.getpid()}.part", f".{target.name}.part"):
        (tmp_path / name).symlink_to(victim)
    export.write_file("bibtex", [{"id": "a", "type": "book", "title": "T"}], target)
    assert victim.read_text() == "untouched\n"
    assert "@book" in target.read_text()


def test_a_linked_target_is_written_through_the_link(tmp_path):
    real = tmp_path / "real.bib"
    real.write_text("old")
    link = tmp_path / "link.bib"
    link.symlink_to(real)
    atomic.write_text_atomic(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_devices_are_written_directly(tmp_path):
    atomic.write_text_atomic("/dev/null", "nothing to keep")  # no temporary file in /dev


def test_a_directory_is_not_a_file_to_write(tmp_path):
    from bibkit.errors import BibkitError

    with pytest.raises(BibkitError, match="is a directory"):
        atomic.write_text_atomic(tmp_path, "x")


@pytest.mark.skipif(not hasattr(signal, "SIGTERM"), reason="no SIGTERM on this platform")
def test_sigterm_half_way_leaves_the_old_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("previous\n")
    script = textwrap.dedent(
        f"""
        import os, signal
        from bibkit.atomic import atomic_write
        with atomic_write({str(target)!r}) as fh:
            fh.write(b"half of the new file")
            os.kill(os.getpid(), signal.SIGTERM)
            fh.write(b"never")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == -signal.SIGTERM, result.stderr  # ended by the signal, as before
    assert "Traceback" not in result.stderr
    assert target.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_an_ignored_sighup_stays_ignored(tmp_path):
    """Under nohup SIGHUP is ignored; a write must not make it deadly."""
    target = tmp_path / "out.txt"
    script = textwrap.dedent(
        f"""
        import os, signal
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        from bibkit.atomic import atomic_write
        with atomic_write({str(target)!r}) as fh:
            os.kill(os.getpid(), signal.SIGHUP)
            fh.write(b"done")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert target.read_text() == "done"


@pytest.mark.parametrize(
    "args",
    [
        ("export", "-f", "bibtex", "{doc}", "-o", "{doc}"),
        ("export", "-f", "csl", "{other}", "{doc}", "-o", "{link}"),
        ("parse", "{doc}", "-o", "{doc}"),
    ],
)
def test_output_naming_an_input_is_refused_and_the_article_kept(tmp_path, args):
    doc = tmp_path / "article.md"
    doc.write_bytes(SEED.read_bytes())
    other = tmp_path / "other.md"
    other.write_text("# Kaynakça\n\nKaya, Ali, Kitap, Ankara 1990.\n")
    link = tmp_path / "link.md"
    link.symlink_to(doc)
    argv = [a.format(doc=doc, other=other, link=link) for a in args]
    result = run(*argv)
    assert result.returncode == 1
    assert (
        result.stderr.strip().splitlines()[-1]
        == f"bibkit: {argv[-1]}: is also an input; write the output to another file"
    )
    assert doc.read_bytes() == SEED.read_bytes()


def test_the_cli_reports_a_full_disk_in_one_line_and_keeps_the_old_file(tmp_path, full_disk):
    from click.testing import CliRunner

    from bibkit.cli import main

    target = tmp_path / "out.bib"
    target.write_text("previous\n")

    result = CliRunner().invoke(main, ["export", "-f", "bibtex", str(SEED), "-o", str(target)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines()[-1] == f"bibkit: {target}: No space left on device"
    assert target.read_text() == "previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bib"]
