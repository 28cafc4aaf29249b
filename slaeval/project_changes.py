"""The change log of a project: every edit appends one row with the old and the new value.

Rows are never updated or deleted, so the log answers questions the current state cannot:
when did this answer change, and what did it say before?
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from pydantic import BaseModel, ConfigDict, JsonValue

from slaeval.project_rows import dumps, loads
from slaeval.project_schema import now_iso


class Change(BaseModel):
    """One edit: what was touched (``entity`` and ``key``), when, and its before/after."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: int
    at: datetime
    entity: str
    key: str
    old: JsonValue = None
    new: JsonValue = None


def log_change(
    conn: sqlite3.Connection, entity: str, key: str, old: JsonValue, new: JsonValue
) -> None:
    """Append a row (inside the caller's transaction); None is stored as SQL NULL."""
    conn.execute(
        "INSERT INTO changelog (at, entity, key, old, new) VALUES (?, ?, ?, ?, ?)",
        (
            now_iso(),
            entity,
            key,
            None if old is None else dumps(old),
            None if new is None else dumps(new),
        ),
    )


def read_changes(conn: sqlite3.Connection, limit: int | None = None) -> list[Change]:
    """Newest first; all of them when ``limit`` is None."""
    sql = "SELECT id, at, entity, key, old, new FROM changelog ORDER BY id DESC"
    params: list[int] = []
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, limit))
    return [
        Change(
            id=row[0], at=row[1], entity=row[2], key=row[3], old=loads(row[4]), new=loads(row[5])
        )
        for row in conn.execute(sql, params)
    ]
