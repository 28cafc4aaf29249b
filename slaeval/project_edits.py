"""Single edits of a project, each run inside the store's transaction and logged.

Every function compares the old and the new value first: an edit that changes nothing
writes nothing, not even a change-log row.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from pydantic import JsonValue

from slaeval.diagnostic_model import CompanyProfile
from slaeval.errors import ProjectError
from slaeval.localized import both
from slaeval.offers import Answer, Offer
from slaeval.project import Negotiation, ProjectInfo
from slaeval.project_changes import log_change
from slaeval.project_rows import (
    answer_row,
    dumps,
    info_row,
    insert_offer,
    negotiation_row,
    offer_ids_in_order,
    read_answer,
    read_negotiation,
    read_offer,
    renumber,
)

_INFO_FIELDS = ("title", "client", "author", "created")


def edit_info(conn: sqlite3.Connection, info: ProjectInfo) -> None:
    row = conn.execute("SELECT title, client, author, created FROM info").fetchone()
    old = None if row is None else dict(zip(_INFO_FIELDS, row, strict=True))
    new = dict(zip(_INFO_FIELDS, info_row(info), strict=True))
    if old == new:
        return
    conn.execute(
        "INSERT OR REPLACE INTO info (id, title, client, author, created) VALUES (1, ?, ?, ?, ?)",
        info_row(info),
    )
    log_change(conn, "info", "", old, new)


def edit_sign(conn: sqlite3.Connection, sign: str, answer: str | None) -> None:
    row = conn.execute("SELECT answer FROM signs WHERE sign_id = ?", [sign]).fetchone()
    old = None if row is None else row[0]
    if old == answer:
        return
    if answer is None:
        conn.execute("DELETE FROM signs WHERE sign_id = ?", [sign])
    else:
        conn.execute("INSERT OR REPLACE INTO signs (sign_id, answer) VALUES (?, ?)", [sign, answer])
    log_change(conn, "sign", sign, old, answer)


def edit_profile(conn: sqlite3.Connection, profile: CompanyProfile) -> None:
    row = conn.execute("SELECT data FROM profile").fetchone()
    old = None if row is None else CompanyProfile.model_validate_json(row[0])
    if old == profile:
        return
    new = profile.model_dump(mode="json")
    conn.execute("INSERT OR REPLACE INTO profile (id, data) VALUES (1, ?)", [dumps(new)])
    log_change(conn, "profile", "", _json(old), new)


def edit_keyed(
    conn: sqlite3.Connection, table: str, key: str, stored: str | None, *, entity: str
) -> None:
    """Set (or delete, when ``stored`` is None) a row of the overrides or notes table."""
    column = {"overrides": "value", "notes": "text"}[table]
    row = conn.execute(f"SELECT {column} FROM {table} WHERE key = ?", [key]).fetchone()
    old = None if row is None else row[0]
    if old == stored:
        return
    if stored is None:
        conn.execute(f"DELETE FROM {table} WHERE key = ?", [key])
    else:
        conn.execute(f"INSERT OR REPLACE INTO {table} (key, {column}) VALUES (?, ?)", [key, stored])
    if table == "overrides":  # JSON in the table, JSON in the log
        log_change(conn, entity, key, _parse(old), _parse(stored))
    else:
        log_change(conn, entity, key, old, stored)


def existing_offer(conn: sqlite3.Connection, offer_id: str) -> tuple[Offer, int]:
    """The offer and its position; ProjectError when the project has no such offer."""
    found = read_offer(conn, offer_id)
    if found is None:
        raise ProjectError(
            both(
                f"Ce projet ne contient pas d'offre {offer_id}",
                f"This project has no offer {offer_id}",
            )
        )
    return found


def edit_add_offer(conn: sqlite3.Connection, offer: Offer, position: int | None) -> None:
    ids = offer_ids_in_order(conn)
    if offer.id in ids:
        raise ProjectError(
            both(
                f"Une offre porte déjà l'identifiant {offer.id}",
                f"An offer with id {offer.id} already exists",
            )
        )
    place = len(ids) if position is None else min(max(position, 0), len(ids))
    insert_offer(conn, offer, place)
    ids.insert(place, offer.id)
    renumber(conn, ids)
    log_change(conn, "offer", offer.id, None, {"position": place, **offer.model_dump(mode="json")})


def edit_update_offer(conn: sqlite3.Connection, offer: Offer) -> None:
    current, _ = existing_offer(conn, offer.id)
    old, new = _offer_header(current), _offer_header(offer)
    if old == new:
        return
    conn.execute(
        "UPDATE offers SET name = ?, prices = ?, support_window = ?, notes = ? WHERE id = ?",
        [offer.name, dumps(new["prices"]), dumps(new["support_window"]), offer.notes, offer.id],
    )
    log_change(conn, "offer", offer.id, old, new)


def edit_delete_offer(conn: sqlite3.Connection, offer_id: str) -> None:
    """Delete the offer, its answers and negotiation; the log keeps a full copy of them."""
    offer, position = existing_offer(conn, offer_id)
    negotiation = read_negotiation(conn, offer_id)
    conn.execute("DELETE FROM negotiation WHERE offer_id = ?", [offer_id])
    conn.execute("DELETE FROM answers WHERE offer_id = ?", [offer_id])
    conn.execute("DELETE FROM offers WHERE id = ?", [offer_id])
    renumber(conn, offer_ids_in_order(conn))
    old = {
        "position": position,
        **offer.model_dump(mode="json"),
        "negotiation": {cid: item.model_dump(mode="json") for cid, item in negotiation.items()},
    }
    log_change(conn, "offer", offer_id, old, None)


def edit_move_offer(conn: sqlite3.Connection, offer_id: str, position: int) -> None:
    existing_offer(conn, offer_id)
    ids = offer_ids_in_order(conn)
    old = ids.index(offer_id)
    ids.remove(offer_id)
    new = min(max(position, 0), len(ids))
    if new == old:
        return
    ids.insert(new, offer_id)
    renumber(conn, ids)
    log_change(conn, "offer_position", offer_id, old, new)


def edit_answer(
    conn: sqlite3.Connection, offer_id: str, criterion_id: str, answer: Answer | None
) -> None:
    existing_offer(conn, offer_id)
    current = read_answer(conn, offer_id, criterion_id)
    if current == answer:
        return
    if answer is None:
        conn.execute(
            "DELETE FROM answers WHERE offer_id = ? AND criterion_id = ?", [offer_id, criterion_id]
        )
    else:
        conn.execute(
            "INSERT OR REPLACE INTO answers (offer_id, criterion_id, value, clock, note, "
            "evidence, source) VALUES (?, ?, ?, ?, ?, ?, ?)",
            answer_row(offer_id, criterion_id, answer),
        )
    log_change(conn, "answer", f"{offer_id}/{criterion_id}", _json(current), _json(answer))


def edit_negotiation(
    conn: sqlite3.Connection, offer_id: str, criterion_id: str, item: Negotiation | None
) -> None:
    existing_offer(conn, offer_id)
    current = read_negotiation(conn, offer_id, criterion_id).get(criterion_id)
    if current == item:
        return
    if item is None:
        conn.execute(
            "DELETE FROM negotiation WHERE offer_id = ? AND criterion_id = ?",
            [offer_id, criterion_id],
        )
    else:
        conn.execute(
            "INSERT OR REPLACE INTO negotiation (offer_id, criterion_id, state, reply, note) "
            "VALUES (?, ?, ?, ?, ?)",
            negotiation_row(offer_id, criterion_id, item),
        )
    log_change(conn, "negotiation", f"{offer_id}/{criterion_id}", _json(current), _json(item))


def _offer_header(offer: Offer) -> dict[str, Any]:
    return offer.model_dump(mode="json", include={"name", "prices", "support_window", "notes"})


def _json(model: Answer | Negotiation | CompanyProfile | None) -> JsonValue:
    return None if model is None else model.model_dump(mode="json")


def _parse(stored: str | None) -> JsonValue:
    return None if stored is None else json.loads(stored)
