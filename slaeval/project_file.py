"""The SQLite file under a project: checks before opening, connections, plain-language errors.

A file is looked at byte by byte before SQLite touches it, so something that is not a
project (a PDF renamed .slaeval, a file cut short by a failed copy) is refused without being
opened for writing. New files are built under a temporary name and renamed into place, so a
crash never leaves a half-made project behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import sqlite3
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlite_utils import Database

from slaeval.errors import ProjectError, ReadOnlyProjectError
from slaeval.localized import Localized, both
from slaeval.safe_read import NotRegularFileError, open_regular_file

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 5.0


def not_a_project(path: Path) -> ProjectError:
    return ProjectError(
        both(
            f"Ce fichier n'est pas un projet slaeval : {path}",
            f"This file is not a slaeval project: {path}",
        )
    )


def damaged(path: Path, detail: str = "") -> ProjectError:
    extra = f" ({detail})" if detail else ""
    return ProjectError(
        both(
            f"Le projet est abîmé ou incomplet{extra} : {path}",
            f"The project file is damaged or incomplete{extra}: {path}",
        )
    )


def read_only_error(path: Path) -> ReadOnlyProjectError:
    return ReadOnlyProjectError(
        both(
            f"Ce projet est en lecture seule ; enregistrez-en une copie pour le modifier : {path}",
            f"This project is read-only; save a copy of it to make changes: {path}",
        )
    )


@contextlib.contextmanager
def checked_file(path: Path) -> Iterator[os.stat_result]:
    """Refuse, without writing anything, a path that cannot hold a project; else give the
    status of the file checked, kept open until the caller is done with it.

    The file is opened without waiting and what was opened is checked: a named pipe or a
    device (even one swapped in after a first look) is refused, never read. While it is held
    open, its inode number cannot go to another file, so comparing this status with the path's
    later tells whether the path still leads to the file checked here.
    """
    with contextlib.ExitStack() as stack:
        try:
            fd = stack.enter_context(open_regular_file(path))
            info = os.fstat(fd)
            header = os.read(fd, 100)  # a fresh descriptor reads from the start
        except FileNotFoundError:
            raise ProjectError(
                both(f"Projet introuvable : {path}", f"Project not found: {path}")
            ) from None
        except NotRegularFileError as exc:
            raise ProjectError(exc.message) from None
        except OSError as exc:
            raise os_error(path, exc) from None
        if not header.startswith(SQLITE_MAGIC):
            raise not_a_project(path)
        if len(header) < 100:
            raise damaged(path, "truncated")
        if not _hot_journal(path):
            _check_size(path, header, info.st_size)
        yield info


def still_the_file(path: Path, checked: os.stat_result) -> None:
    """Refuse to go on when ``path`` no longer leads to the file ``checked_file`` looked at
    (it was replaced in between, perhaps by a named pipe that would make SQLite wait)."""
    try:
        now = os.stat(path)
    except OSError as exc:
        raise os_error(path, exc) from None
    if (now.st_dev, now.st_ino) != (checked.st_dev, checked.st_ino):
        raise _failed(path, _SQLITE_PROBLEMS[1032])


def _hot_journal(path: Path) -> bool:
    """A crash left a rollback journal: SQLite must replay it before the sizes agree."""
    journal = path.with_name(path.name + "-journal")
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def _check_size(path: Path, header: bytes, size: int) -> None:
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise damaged(path, "header")
    pages = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    valid_for = header[92:96]
    # The page count in the header is only trustworthy when these two agree (SQLite >= 3.7).
    if size % page_size or (change_counter == valid_for and pages * page_size > size):
        raise damaged(path, "truncated")


def is_writable(path: Path) -> bool:
    """Whether edits may go to this file: it, its folder and its medium accept writes.

    A file with no write permission bit is read-only even for an administrator, whom the
    operating system would let through: chmod 444 is the user saying "do not change this".
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return False
    folder = path.parent if str(path.parent) else Path(".")
    # The rollback journal is created next to the file, so the folder must be writable too.
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection without implicit transactions (the store opens them explicitly)."""
    target = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rw'}"
    return sqlite3.connect(
        target,
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_SECONDS,
        check_same_thread=False,
    )


def prepare_for_writing(conn: sqlite3.Connection) -> None:
    """Rollback journal (the file stays self-contained when copied) and full syncs."""
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")


def memory_copy(conn: sqlite3.Connection) -> sqlite3.Connection:
    """The whole database copied into memory (used for read-only files)."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        conn.backup(memory)
    except BaseException:
        memory.close()
        raise
    memory.execute("PRAGMA foreign_keys = ON")
    return memory


def build_new_file(path: Path, fill: Callable[[Database], None], *, overwrite: bool) -> None:
    """Create ``path`` whole or not at all: fill a temporary file, then rename it into place."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ProjectError(
            both(f"Le dossier n'existe pas : {folder}", f"The folder does not exist: {folder}")
        )
    if not overwrite and (path.exists() or path.is_symlink()):
        raise _exists(path)
    temporary = folder / f".{path.name}.{secrets.token_hex(6)}.tmp"
    try:
        conn = sqlite3.connect(temporary, isolation_level=None)
        try:
            prepare_for_writing(conn)
            fill(Database(conn, execute_plugins=False))
        finally:
            conn.close()
        if not overwrite and path.exists():
            raise _exists(path)
        os.replace(temporary, path)
        sync_folder(folder)
    except sqlite3.Error as exc:
        raise sqlite_error(path, exc) from None
    except OSError as exc:
        raise os_error(path, exc) from None
    finally:
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()


def sync_folder(folder: Path) -> None:
    """Make a rename durable (POSIX); a no-op where folders cannot be opened."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _exists(path: Path) -> ProjectError:
    return ProjectError(both(f"Le fichier existe déjà : {path}", f"File already exists: {path}"))


_SQLITE_PROBLEMS: dict[int, Localized] = {
    5: both("le fichier est utilisé par un autre programme", "another program is using the file"),
    6: both("le fichier est utilisé par un autre programme", "another program is using the file"),
    10: both("erreur d'entrée-sortie sur le disque", "input/output error on the disk"),
    11: both("le fichier est abîmé", "the file is damaged"),
    13: both("le disque est plein", "the disk is full"),
    14: both("le fichier ne peut pas être ouvert", "the file cannot be opened"),
    26: both("ce n'est pas un projet slaeval", "this is not a slaeval project"),
    776: both(
        "le fichier doit être réparé après un arrêt brutal mais il est en lecture seule",
        "the file needs recovering after a crash but it is read-only",
    ),
    1032: both(
        "le fichier a été déplacé, remplacé ou supprimé pendant qu'il était ouvert",
        "the file was moved, replaced or deleted while it was open",
    ),
}


def sqlite_error(path: Path, exc: sqlite3.Error) -> ProjectError:
    """One plain sentence for an SQLite failure on ``path``."""
    code = int(getattr(exc, "sqlite_errorcode", -1))
    if code == 8:  # SQLITE_READONLY itself; its extended codes have their own text
        return read_only_error(path)
    problem = _SQLITE_PROBLEMS.get(code) or _SQLITE_PROBLEMS.get(code & 0xFF)
    if problem is None:
        problem = both(f"erreur SQLite ({exc})", f"SQLite error ({exc})")
    return _failed(path, problem)


def os_error(path: Path, exc: OSError) -> ProjectError:
    """One plain sentence for an operating-system failure on ``path``."""
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return read_only_error(path)
    if exc.errno == errno.ENOSPC:
        return _failed(path, _SQLITE_PROBLEMS[13])
    reason = exc.strerror or str(exc)
    return _failed(path, both(reason, reason))


def _failed(path: Path, problem: Localized) -> ProjectError:
    return ProjectError(
        both(
            f"Opération impossible sur le projet {path} : {problem.fr}",
            f"Cannot use the project {path}: {problem.en}",
        )
    )
