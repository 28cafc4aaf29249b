"""Read a file the user named, safely: a regular file only, and never more than a cap.

A named pipe nobody writes to would make a plain read wait for ever, and a device such as
/dev/zero would make it run until the memory is full; a huge file would do the same more
slowly. The file is opened without waiting (``O_NONBLOCK``, which a regular file ignores), and
what was opened is checked, not the path, so a file swapped in between cannot slip through.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from slaeval.errors import InputError
from slaeval.localized import Localized, both

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def _kind(mode: int) -> Localized:
    """What a file that is not a regular one is, in a few words."""
    if stat.S_ISDIR(mode):
        return both("un dossier", "a folder")
    if stat.S_ISFIFO(mode):
        return both("un tube nommé", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return both("un périphérique", "a device")
    if stat.S_ISSOCK(mode):
        return both("une socket", "a socket")
    return both("un fichier spécial", "a special file")


class NotRegularFileError(InputError):
    """A folder, a named pipe, a device or a socket where a file was expected.

    ``reason`` says the same without the path, for a message that names the file its own way
    ("Unreadable catalogue file: X (not a regular file: it is a named pipe)")."""

    def __init__(self, path: Path, mode: int) -> None:
        kind = _kind(mode)
        self.reason = both(
            f"pas un fichier ordinaire : c'est {kind.fr}",
            f"not a regular file: it is {kind.en}",
        )
        super().__init__(
            both(
                f"{path} n'est pas un fichier ordinaire : c'est {kind.fr}",
                f"{path} is not a regular file: it is {kind.en}",
            )
        )
        self.path = path


class FileTooLargeError(InputError):
    """A file over the reader's cap (its size, or what a growing file gave while read)."""

    def __init__(self, path: Path, limit: int) -> None:
        megabytes = max(1, limit // (1024 * 1024))
        super().__init__(
            both(
                f"{path} est trop gros (plus de {megabytes} Mo)",
                f"{path} is too large (over {megabytes} MB)",
            )
        )
        self.path = path
        self.limit = limit


def require_regular_file(path: Path) -> None:
    """Refuse a path that is not a regular file (or a link to one), by its status only.

    Nothing is opened, so nothing waits: a quick first check with the reader's message, where
    the reader comes later or is not this module's. The reader still checks what it opens.
    Raises ``NotRegularFileError`` or the ``OSError`` the system gives (``FileNotFoundError``,
    a link loop...)."""
    mode = os.stat(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(path, mode)


@contextmanager
def open_regular_file(path: Path) -> Iterator[int]:
    """A descriptor open for reading on ``path``, checked to be a regular file, then closed.

    The open never waits (a named pipe nobody writes to is opened and refused at once), and
    the check is made on what was opened, so a file swapped in between cannot slip through.
    Raises ``NotRegularFileError`` or the ``OSError`` the system gives."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFileError(path, mode)
        yield fd
    finally:
        os.close(fd)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, a regular file (or a link to one) of at most ``limit`` bytes.

    Raises ``NotRegularFileError``, ``FileTooLargeError``, or the ``OSError`` the system gives
    (``FileNotFoundError``, ``PermissionError``, a link loop...)."""
    with open_regular_file(path) as fd:
        if os.fstat(fd).st_size > limit:
            raise FileTooLargeError(path, limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    if len(data) > limit:  # the file grew after its size was read
        raise FileTooLargeError(path, limit)
    return data
