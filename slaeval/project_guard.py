"""Checks made before every write to a project file, so a write never lands where it should not.

- The path must still lead to the file that was opened: a file deleted, renamed or replaced
  (by a synchronisation tool, another program) is not written to behind the user's back.
- The file must still accept writes: a file made read-only while open is not changed.
- Nobody else may have changed the file since this store last read it (another window, a
  second copy of the app, the command line). The store would otherwise write from a stale
  view, for example an offer's name typed elsewhere overwritten by this window's old copy.
  SQLite's ``PRAGMA data_version`` changes whenever another connection commits, and the check
  is made inside the write transaction, so no other write can slip in between.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from slaeval.errors import ProjectError
from slaeval.localized import both
from slaeval.project_file import is_writable, read_only_error

FileIdentity = tuple[int, int]  # (device, inode)


class ChangedElsewhereError(ProjectError):
    """Another window or program changed the project since this store last read it."""


def file_identity(path: Path) -> FileIdentity | None:
    """The device and inode ``path`` leads to now; None when nothing is there."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return (status.st_dev, status.st_ino)


def data_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA data_version").fetchone()
    return int(row[0])


def moved_error(path: Path) -> ProjectError:
    return ProjectError(
        both(
            f"Le fichier du projet a été déplacé, remplacé ou supprimé pendant qu'il était "
            f"ouvert ; la modification n'a pas été enregistrée. Enregistrez une copie pour "
            f"garder votre travail : {path}",
            f"The project file was moved, replaced or deleted while it was open; the change "
            f"was not saved. Save a copy to keep your work: {path}",
        )
    )


def changed_elsewhere_error(path: Path) -> ChangedElsewhereError:
    return ChangedElsewhereError(
        both(
            f"Une autre fenêtre ou un autre programme a modifié ce projet entre-temps ; votre "
            f"modification n'a pas été enregistrée. Le projet est affiché tel qu'il est "
            f"maintenant : refaites la modification si elle est toujours utile. {path}",
            f"Another window or program changed this project in the meantime; your change was "
            f"not saved. The project is now shown as it stands: make the change again if it "
            f"is still needed. {path}",
        )
    )


def check_file_unchanged(path: Path, opened: FileIdentity | None) -> None:
    """Refuse to write when the path no longer leads to the opened, writable file."""
    if opened is None or file_identity(path) != opened:
        raise moved_error(path)
    if not is_writable(path):
        raise read_only_error(path)


@contextmanager
def guarded_transaction(conn: sqlite3.Connection, path: Path, seen: int) -> Iterator[None]:
    """A write transaction that starts only if nobody else committed since version ``seen``.

    ``BEGIN IMMEDIATE`` takes the write lock first, so the check and the write are one step.
    Any failure (the caller's, or COMMIT's on a full disk) rolls the whole transaction back.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        if data_version(conn) != seen:
            raise changed_elsewhere_error(path)
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise
