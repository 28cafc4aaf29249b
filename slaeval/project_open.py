"""Opening a project file: refuse what this version cannot read, upgrade what is older.

Nothing is written before the checks pass: a writable file is looked at with writes switched
off (``PRAGMA query_only``), a read-only one is copied into memory first and never touched
again. Only then are the pragmas for writing set and the migrations run, in one transaction.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from slaeval.errors import NewerVersionError
from slaeval.localized import both
from slaeval.project_file import (
    checked_file,
    connect,
    damaged,
    is_writable,
    memory_copy,
    not_a_project,
    prepare_for_writing,
    sqlite_error,
    still_the_file,
)
from slaeval.project_schema import SCHEMA_VERSION, migrate, missing_parts, read_version


def open_database(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection to a checked, current-version project, and whether it is read-only."""
    with checked_file(path) as checked:
        read_only = not is_writable(path)
        # Last look just before SQLite opens the path: a file swapped in since the check (a
        # named pipe would make a read-only open wait for ever) is refused. A read-write open,
        # the usual case, never waits even then: SQLite fails at once on a pipe.
        still_the_file(path, checked)
        conn = _connect(path, read_only=read_only)
    # The checked file is closed before SQLite takes any lock on it: closing another descriptor
    # of a file drops the process's POSIX locks on it, SQLite's included.
    try:
        _prepare(path, conn, read_only=read_only)
    except BaseException:
        conn.close()
        raise
    return conn, read_only


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection to the file, or to a copy of it in memory when it is read-only."""
    try:
        conn = connect(path, read_only=read_only)
        if read_only:
            try:
                memory = memory_copy(conn)
            finally:
                conn.close()
            conn = memory
        else:
            conn.execute("PRAGMA query_only = ON")
    except sqlite3.Error as exc:
        raise sqlite_error(path, exc) from None
    return conn


def _prepare(path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
    """Check the file is a project this version can read, then upgrade it if older."""
    db = Database(conn, execute_plugins=False)
    try:
        version = _checked_version(path, db)
        if not read_only:
            conn.execute("PRAGMA query_only = OFF")
            prepare_for_writing(conn)
        if version < SCHEMA_VERSION:
            with db.atomic():
                migrate(db, version)
        missing = missing_parts(db)
    except sqlite3.Error as exc:
        raise sqlite_error(path, exc) from None
    if missing:
        raise damaged(path, "missing: " + ", ".join(missing[:5]))


def _checked_version(path: Path, db: Database) -> int:
    version = read_version(db)
    if version is None:
        raise not_a_project(path)
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            both(
                f"Ce projet vient d'une version plus récente de slaeval (format {version}, "
                f"celle-ci lit jusqu'au format {SCHEMA_VERSION}) ; mettez slaeval à jour pour "
                f"l'ouvrir : {path}",
                f"This project comes from a newer slaeval (format {version}; this one reads up "
                f"to format {SCHEMA_VERSION}); update slaeval to open it: {path}",
            )
        )
    result = db.execute("PRAGMA quick_check").fetchone()
    if not result or result[0] != "ok":
        raise damaged(path, str(result[0]) if result else "")
    return version
