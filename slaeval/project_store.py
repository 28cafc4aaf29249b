"""A project file (.slaeval) opened for reading and editing: the one door to the database.

"SQLite as an application file format": one file, rollback journal, full syncs. Each setter
is one transaction that changes the data and appends a change-log row; if SQLite fails
(disk full, read-only medium, file removed) the transaction is rolled back, the file keeps
its previous state and a ProjectError says what happened. Setters that would not change
anything write nothing. Before writing, the store checks that the file is still the one it
opened, still writable, and not changed by anyone else since ``load()`` (see project_guard):
two windows on one file never overwrite each other's changes.

Read-only files are copied into memory when opened: the original is never written, yet the
project can still be read, scored and saved under another name.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from pydantic import ValidationError
from sqlite_utils import Database

from slaeval import project_edits as edits
from slaeval.diagnostic_model import SIGN_IDS, CompanyProfile, SignAnswer, SignId
from slaeval.errors import InputError, ProjectError
from slaeval.localized import both
from slaeval.offers import Answer, Offer
from slaeval.project import Negotiation, OverrideValue, Project, ProjectInfo
from slaeval.project_changes import Change, log_change, read_changes
from slaeval.project_file import build_new_file, damaged, read_only_error, sqlite_error
from slaeval.project_guard import (
    check_file_unchanged,
    data_version,
    file_identity,
    guarded_transaction,
)
from slaeval.project_open import open_database
from slaeval.project_rows import dumps, read_project, write_project
from slaeval.project_schema import APPLICATION_ID, migrate, start_file

_SIGN_ANSWERS = ("yes", "partly", "no")


class ProjectStore:
    """An open .slaeval file. Use as a context manager, or call ``close()``."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self._db = Database(conn, execute_plugins=False)
        self._lock = threading.RLock()
        self._opened = None if read_only else file_identity(path)
        self._seen = data_version(conn)  # what this store has read; see project_guard

    # ---- opening and creating ------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, info: ProjectInfo | None = None) -> ProjectStore:
        """A new, empty project at ``path``; refuses a path that already exists."""
        info = info or ProjectInfo(created=datetime.now(UTC))
        return save_project(Path(path), Project(info=info))

    @classmethod
    def open(cls, path: Path) -> ProjectStore:
        """Open an existing project; older files are upgraded, newer or broken ones refused."""
        path = Path(path)
        conn, read_only = open_database(path)
        return cls(path, conn, read_only=read_only)

    # ---- reading -------------------------------------------------------------------------

    def load(self) -> Project:
        """The whole project, offers in their display order."""
        with self._lock:
            try:
                with self._db.atomic():  # one snapshot, even if another program writes
                    project = read_project(self._db.conn, str(self.path))
                    self._seen = data_version(self._db.conn)
                    return project
            except sqlite3.Error as exc:
                raise sqlite_error(self.path, exc) from None

    def changes(self, limit: int | None = None) -> list[Change]:
        """The change log, newest first."""
        with self._lock:
            try:
                return read_changes(self._db.conn, limit)
            except sqlite3.Error as exc:
                raise sqlite_error(self.path, exc) from None
            except (ValidationError, ValueError):
                raise damaged(self.path, "changelog") from None

    # ---- diagnostic, info, overrides, notes ----------------------------------------------

    def set_info(self, info: ProjectInfo) -> None:
        with self._writing() as conn:
            edits.edit_info(conn, info)

    def set_sign(self, sign: SignId, answer: SignAnswer | None) -> None:
        """Record the answer to a warning sign; None clears it."""
        if sign not in SIGN_IDS or (answer is not None and answer not in _SIGN_ANSWERS):
            raise InputError(
                both(
                    f"Signe ou réponse inconnus : {sign!r} = {answer!r}",
                    f"Unknown sign or answer: {sign!r} = {answer!r}",
                )
            )
        with self._writing() as conn:
            edits.edit_sign(conn, sign, answer)

    def set_profile(self, profile: CompanyProfile) -> None:
        with self._writing() as conn:
            edits.edit_profile(conn, profile)

    def set_override(self, key: str, value: OverrideValue) -> None:
        """Set a user override (see ``project.OverrideValue`` for the keys)."""
        if not isinstance(value, float | int | str | None):
            raise InputError(
                both(
                    f"Valeur de réglage non prise en charge pour {key} : {value!r}",
                    f"Unsupported override value for {key}: {value!r}",
                )
            )
        stored = dumps(value)
        with self._writing() as conn:
            edits.edit_keyed(conn, "overrides", key, stored, entity="override")

    def clear_override(self, key: str) -> None:
        with self._writing() as conn:
            edits.edit_keyed(conn, "overrides", key, None, entity="override")

    def set_note(self, key: str, text: str) -> None:
        """Keep a free-text note; empty (or blank) text deletes it."""
        with self._writing() as conn:
            edits.edit_keyed(conn, "notes", key, text if text.strip() else None, entity="note")

    # ---- offers --------------------------------------------------------------------------

    def add_offer(self, offer: Offer, position: int | None = None) -> None:
        """Insert an offer with all its answers, at ``position`` (the end by default)."""
        with self._writing() as conn:
            edits.edit_add_offer(conn, offer, position)

    def add_offers(
        self,
        offers: Sequence[Offer],
        negotiations: Sequence[tuple[str, str, Negotiation]] = (),
    ) -> None:
        """Insert several offers at the end, in order, then the negotiation notes that come
        with them (offer id, criterion id, note), in ONE transaction: all are written or
        none (an import that fails on its third offer leaves the project as it was)."""
        with self._writing() as conn:
            for offer in offers:
                edits.edit_add_offer(conn, offer, None)
            for offer_id, criterion_id, negotiation in negotiations:
                edits.edit_negotiation(conn, offer_id, criterion_id, negotiation)

    def update_offer(self, offer: Offer) -> None:
        """Change the name, prices, support window and notes; answers stay as they are."""
        with self._writing() as conn:
            edits.edit_update_offer(conn, offer)

    def delete_offer(self, offer_id: str) -> None:
        """Remove an offer with its answers and negotiation; the log keeps a full copy."""
        with self._writing() as conn:
            edits.edit_delete_offer(conn, offer_id)

    def delete_offers(self, offer_ids: Sequence[str]) -> None:
        """Remove several offers in one transaction (undoing an import): all or none."""
        with self._writing() as conn:
            for offer_id in offer_ids:
                edits.edit_delete_offer(conn, offer_id)

    def move_offer(self, offer_id: str, position: int) -> None:
        """Move an offer to ``position`` (clamped to the list) in the display order."""
        with self._writing() as conn:
            edits.edit_move_offer(conn, offer_id, position)

    def set_answer(self, offer_id: str, criterion_id: str, answer: Answer | None) -> None:
        """Record an offer's answer to a criterion; None deletes it (back to unknown)."""
        with self._writing() as conn:
            edits.edit_answer(conn, offer_id, criterion_id, answer)

    def set_negotiation(
        self, offer_id: str, criterion_id: str, negotiation: Negotiation | None
    ) -> None:
        """Record where an ask stands with a provider; None forgets it."""
        with self._writing() as conn:
            edits.edit_negotiation(conn, offer_id, criterion_id, negotiation)

    # ---- copies and closing --------------------------------------------------------------

    def save_as(self, path: Path, *, overwrite: bool = False) -> ProjectStore:
        """Copy the project to ``path`` (SQLite backup) and open the copy; this store stays open."""
        path = Path(path)
        if path.exists() and self.path.exists() and path.samefile(self.path):
            raise ProjectError(
                both(
                    f"La copie doit porter un autre nom que le projet : {path}",
                    f"The copy needs a different name from the project: {path}",
                )
            )
        with self._lock:
            build_new_file(path, lambda db: self._db.conn.backup(db.conn), overwrite=overwrite)
        return ProjectStore.open(path)

    def close(self) -> None:
        with self._lock:
            self._db.conn.close()

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ---- helpers -------------------------------------------------------------------------

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One transaction; any SQLite failure rolls it back and becomes a ProjectError."""
        if self.read_only:
            raise read_only_error(self.path)
        with self._lock:
            check_file_unchanged(self.path, self._opened)
            try:
                with guarded_transaction(self._db.conn, self.path, self._seen):
                    yield self._db.conn
            except sqlite3.Error as exc:
                raise sqlite_error(self.path, exc) from None
            except ValidationError:
                raise damaged(self.path) from None
            except UnicodeEncodeError:
                raise InputError(
                    both(
                        "Le texte contient des caractères invalides",
                        "The text contains invalid characters",
                    )
                ) from None


def save_project(path: Path, project: Project) -> ProjectStore:
    """Write a whole project into a NEW file (all or nothing) and open it."""
    path = Path(path)

    def fill(db: Database) -> None:
        db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        with db.atomic():
            start_file(db)
            migrate(db, 0)
            write_project(db.conn, project)
            log_change(db.conn, "project", "", None, {"offers": len(project.offers)})

    build_new_file(path, fill, overwrite=False)
    return ProjectStore.open(path)


__all__ = ["Change", "ProjectStore", "save_project"]
