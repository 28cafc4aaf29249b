"""Read a file the user named, safely: a regular file only, and never more than a cap.

A named pipe nobody writes to would make a plain read wait for ever, and a device such as
/dev/zero would make it run until the memory is full; a huge file would do the same more
slowly. The file is opened without waiting (``O_NONBLOCK``, which a regular file ignores), and
what was opened is checked, not the path, so a file swapped in between cannot slip through.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from slaeval.errors import InputError
from slaeval.localized import both

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class NotRegularFileError(InputError):
    """A folder, a named pipe, a device or a socket where a file was expected."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            both(f"{path} n'est pas un fichier ordinaire", f"{path} is not a regular file")
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


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, a regular file (or a link to one) of at most ``limit`` bytes.

    Raises ``NotRegularFileError``, ``FileTooLargeError``, or the ``OSError`` the system gives
    (``FileNotFoundError``, ``PermissionError``, a link loop...)."""
    fd = os.open(path, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(path)
        if info.st_size > limit:
            raise FileTooLargeError(path, limit)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    finally:
        os.close(fd)
    if len(data) > limit:  # the file grew after its size was read
        raise FileTooLargeError(path, limit)
    return data
