"""Tables of a .slaeval file, its schema version, and the steps that upgrade older files.

Every file starts life as version 0: a ``meta`` table that says "this is a slaeval project"
and nothing else. Each entry of ``MIGRATIONS`` turns version n into n + 1, so a new file and
an old one reach the current schema by the same code path. To change the schema, append a
step; never edit a step that has shipped.

JSON columns hold pydantic dumps (``mode="json"``); the store validates them again on load,
so a hand-edited file cannot smuggle a bad value into scoring.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from sqlite_utils import Database

from slaeval import __version__

APPLICATION = "slaeval"
# Written into the SQLite header (PRAGMA application_id) so tools such as `file` can tell a
# project from any other database: the bytes spell "SLAE".
APPLICATION_ID = 0x534C4145

Migration = Callable[[Database], None]

_V1_TABLES: tuple[str, ...] = (
    """CREATE TABLE info (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        title TEXT NOT NULL DEFAULT '',
        client TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        created TEXT
    )""",
    "CREATE TABLE signs (sign_id TEXT PRIMARY KEY, answer TEXT NOT NULL)",
    "CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)",
    "CREATE TABLE overrides (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE offers (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL,
        prices TEXT NOT NULL,
        support_window TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE answers (
        offer_id TEXT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        value TEXT NOT NULL,
        clock TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        evidence TEXT,
        source TEXT NOT NULL,
        PRIMARY KEY (offer_id, criterion_id)
    )""",
    """CREATE TABLE negotiation (
        offer_id TEXT NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        state TEXT NOT NULL,
        reply TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (offer_id, criterion_id)
    )""",
    "CREATE TABLE notes (key TEXT PRIMARY KEY, text TEXT NOT NULL)",
    """CREATE TABLE changelog (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        entity TEXT NOT NULL,
        key TEXT NOT NULL,
        old TEXT,
        new TEXT
    )""",
)


def _to_v1(db: Database) -> None:
    """The first schema: diagnostic, offers with answers, negotiation, notes, change log."""
    for statement in _V1_TABLES:
        db.execute(statement)


# MIGRATIONS[n] upgrades a file at version n to version n + 1.
MIGRATIONS: tuple[Migration, ...] = (_to_v1,)
SCHEMA_VERSION = len(MIGRATIONS)

# Columns every current file must have; the store refuses a file that lacks one.
REQUIRED_COLUMNS: dict[str, frozenset[str]] = {
    "meta": frozenset({"key", "value"}),
    "info": frozenset({"id", "title", "client", "author", "created"}),
    "signs": frozenset({"sign_id", "answer"}),
    "profile": frozenset({"id", "data"}),
    "overrides": frozenset({"key", "value"}),
    "offers": frozenset({"id", "name", "position", "prices", "support_window", "notes"}),
    "answers": frozenset(
        {"offer_id", "criterion_id", "value", "clock", "note", "evidence", "source"}
    ),
    "negotiation": frozenset({"offer_id", "criterion_id", "state", "reply", "note"}),
    "notes": frozenset({"key", "text"}),
    "changelog": frozenset({"id", "at", "entity", "key", "old", "new"}),
}


def now_iso() -> str:
    """The current UTC time as stored in the file (ISO 8601, milliseconds)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def start_file(db: Database) -> None:
    """Write the version-0 skeleton into an empty database (inside the caller's transaction)."""
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.conn.executemany(
        "INSERT INTO meta (key, value) VALUES (?, ?)",
        [
            ("application", APPLICATION),
            ("schema_version", "0"),
            ("app_version", __version__),
            ("created", now_iso()),
        ],
    )


def read_version(db: Database) -> int | None:
    """The file's schema version, or None when it is not a slaeval project at all."""
    if "meta" not in db.table_names():
        return None
    columns = set(db["meta"].columns_dict)
    if not REQUIRED_COLUMNS["meta"] <= columns:
        return None
    rows = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if rows.get("application") != APPLICATION:
        return None
    try:
        version = int(rows.get("schema_version", ""))
    except ValueError:
        return None
    return version if version >= 0 else None


def missing_parts(db: Database) -> list[str]:
    """Tables or columns a current-version file should have but this one lacks."""
    tables = set(db.table_names())
    missing: list[str] = []
    for table, columns in REQUIRED_COLUMNS.items():
        if table not in tables:
            missing.append(table)
            continue
        absent = columns - set(db[table].columns_dict)
        missing.extend(f"{table}.{column}" for column in sorted(absent))
    return missing


def migrate(db: Database, version: int, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Run every step from ``version`` on, inside the caller's transaction; the new version."""
    if version >= len(migrations):
        return version
    for step in range(version, len(migrations)):
        migrations[step](db)
        db.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(step + 1)])
    db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('app_version', ?)", [__version__])
    return len(migrations)
