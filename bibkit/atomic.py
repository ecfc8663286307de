"""One way to write a file: all of it or none of it.

Every command that writes a file goes through :func:`atomic_write`. The new content is written
to a file of random name created exclusively beside the target (``tempfile.mkstemp``: ``O_EXCL``,
so nothing pre-placed at a guessable name is ever followed), flushed to disk, and moved over the
target with ``os.replace``. A full disk, an exception or SIGTERM/SIGHUP half way leaves the old
file as it was and no temporary file behind. The old file's permission bits are kept; a new file
gets the usual ``0666 & ~umask``. A symbolic link as target is written through (the file it
points to is replaced), as editors do. Devices and pipes (``/dev/stdout``, a FIFO) cannot be
replaced and are written directly.
"""

from __future__ import annotations

import os
import signal
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from bibkit.errors import BibkitError

# Signals that end a command early from outside; their default action would skip cleanup.
_STOP_SIGNALS = tuple(s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s)


class OutputIsInput(BibkitError):
    """The output file named is one of the files being read."""


def refuse_input_as_output(output: str | os.PathLike[str], inputs: Iterable[str | os.PathLike[str]]) -> None:
    """Raise :class:`OutputIsInput` when ``output`` is one of ``inputs`` (same file, by inode,
    through any link or relative path), so an article is never overwritten by its own export."""
    try:
        out = os.stat(output)
    except OSError:
        return  # a file that does not exist yet is nobody's input
    if not stat.S_ISREG(out.st_mode):
        return
    for source in inputs:
        if str(source) == "-":
            continue
        try:
            if os.path.samefile(source, output):
                raise OutputIsInput(f"{output}: is also an input; write the output to another file")
        except OSError:
            continue


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


class _Stopped(BaseException):
    """Raised inside a write by SIGTERM/SIGHUP so that the temporary file is removed."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


@contextmanager
def _cleanup_on_stop_signals() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP into an exception for the duration of a write (main thread only:
    elsewhere Python cannot install handlers, and the process default stays)."""
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, _frame: object) -> None:
        raise _Stopped(signum)

    # A signal the caller ignores (nohup's SIGHUP) or handles itself is left to the caller.
    ours = [s for s in _STOP_SIGNALS if signal.getsignal(s) is signal.SIG_DFL]
    for s in ours:
        signal.signal(s, stop)
    stopped_by = 0
    try:
        yield
    except _Stopped as stopped:
        stopped_by = stopped.signum
    finally:
        for s in ours:
            signal.signal(s, signal.SIG_DFL)
    if stopped_by:
        # Cleanup has run (the caller's ``finally``); now end as the signal would have.
        os.kill(os.getpid(), stopped_by)
        raise SystemExit(128 + stopped_by)


@contextmanager
def atomic_write(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """Open ``path`` for writing bytes so that it is replaced whole or not at all.

    :raises OSError: when the directory cannot hold the new file; the message names ``path``.
    """
    target = Path(os.path.realpath(path))
    try:
        existing = target.stat()
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, str(path)) from exc
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        if stat.S_ISDIR(existing.st_mode):
            raise BibkitError(f"{path}: is a directory, not a file to write")
        with open(target, "wb") as direct:  # a device or a pipe: written as it comes
            yield direct
        return
    with _cleanup_on_stop_signals():
        try:
            fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
        except OSError as exc:  # report the file the user named, not the temporary one
            raise OSError(exc.errno, exc.strerror, str(path)) from exc
        try:
            mode = stat.S_IMODE(existing.st_mode) if existing else 0o666 & ~_current_umask()
            os.fchmod(fd, mode)
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            Path(temporary).unlink(missing_ok=True)
            if exc.filename is None:  # a failed write or sync: name the file the user asked for
                raise OSError(exc.errno, exc.strerror, str(path)) from exc
            raise
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    _sync_directory(target.parent)


def _sync_directory(directory: Path) -> None:
    """Make the rename itself durable; not every platform or file system allows it."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """``text`` as UTF-8 into ``path`` through :func:`atomic_write` (no newline translation)."""
    with atomic_write(path) as fh:
        fh.write(text.encode("utf-8"))
