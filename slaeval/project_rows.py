"""Rows of a .slaeval file to and from the pydantic models of the project.

Reading builds plain dictionaries and validates the whole ``Project`` in one pass, which is
both fast (the work happens in pydantic-core) and strict: a value a hand edit broke is
reported as a damaged file, never handed to scoring.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from pydantic import ValidationError

from slaeval.errors import InputError, ProjectError
from slaeval.localized import both
from slaeval.offers import Answer, Offer
from slaeval.project import Negotiation, Project, ProjectInfo
from slaeval.stored_answers import check_stored_answers, find_stored_answer_at_fault

OFFER_COLUMNS = "id, name, position, prices, support_window, notes"
ANSWER_COLUMNS = "offer_id, criterion_id, value, clock, note, evidence, source"
NEGOTIATION_COLUMNS = "offer_id, criterion_id, state, reply, note"


def dumps(value: Any) -> str:
    """Compact JSON; infinities and NaN are refused (SQLite's JSON functions reject them)."""
    try:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:
        raise InputError(
            both(
                "Un nombre infini ou indéfini (NaN) ne peut pas être enregistré",
                "An infinite or undefined (NaN) number cannot be saved",
            )
        ) from None


def loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# ---- writing -----------------------------------------------------------------------------


def offer_row(offer: Offer, position: int) -> tuple[Any, ...]:
    return (
        offer.id,
        offer.name,
        position,
        dumps(offer.prices.model_dump(mode="json")),
        dumps(offer.support_window.model_dump(mode="json")),
        offer.notes,
    )


def answer_row(offer_id: str, criterion_id: str, answer: Answer) -> tuple[Any, ...]:
    evidence = answer.evidence.model_dump(mode="json") if answer.evidence else None
    return (
        offer_id,
        criterion_id,
        dumps(answer.value),
        answer.clock,
        answer.note,
        None if evidence is None else dumps(evidence),
        answer.source,
    )


def negotiation_row(offer_id: str, criterion_id: str, item: Negotiation) -> tuple[Any, ...]:
    return (offer_id, criterion_id, item.state, item.reply, item.note)


def insert_offer(conn: sqlite3.Connection, offer: Offer, position: int) -> None:
    conn.execute(
        f"INSERT INTO offers ({OFFER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
        offer_row(offer, position),
    )
    conn.executemany(
        f"INSERT INTO answers ({ANSWER_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [answer_row(offer.id, cid, answer) for cid, answer in offer.answers.items()],
    )


def info_row(info: ProjectInfo) -> tuple[Any, ...]:
    created = info.created.isoformat() if info.created else None
    return (info.title, info.client, info.author, created)


def write_project(conn: sqlite3.Connection, project: Project) -> None:
    """Write every part of ``project`` into empty tables (inside the caller's transaction)."""
    conn.execute(
        "INSERT INTO info (id, title, client, author, created) VALUES (1, ?, ?, ?, ?)",
        info_row(project.info),
    )
    conn.executemany(
        "INSERT INTO signs (sign_id, answer) VALUES (?, ?)",
        list(project.diagnostic.signs.items()),
    )
    conn.execute(
        "INSERT INTO profile (id, data) VALUES (1, ?)",
        [dumps(project.diagnostic.profile.model_dump(mode="json"))],
    )
    conn.executemany(
        "INSERT INTO overrides (key, value) VALUES (?, ?)",
        [(key, dumps(value)) for key, value in project.overrides.items()],
    )
    for position, offer in enumerate(project.offers):
        insert_offer(conn, offer, position)
    conn.executemany(
        f"INSERT INTO negotiation ({NEGOTIATION_COLUMNS}) VALUES (?, ?, ?, ?, ?)",
        [
            negotiation_row(offer_id, criterion_id, item)
            for offer_id, items in project.negotiation.items()
            for criterion_id, item in items.items()
        ],
    )
    conn.executemany(
        "INSERT INTO notes (key, text) VALUES (?, ?)",
        [(key, text) for key, text in project.notes.items() if text.strip()],
    )


# ---- reading -----------------------------------------------------------------------------


def answer_data(row: tuple[Any, ...]) -> dict[str, Any]:
    """An answers row (without its two key columns) as the dict an ``Answer`` validates."""
    value, clock, note, evidence, source = row
    return {
        "value": loads(value),
        "clock": clock,
        "note": note,
        "evidence": loads(evidence),
        "source": source,
    }


def offer_data(row: tuple[Any, ...]) -> dict[str, Any]:
    """An offers row (id, name, prices, support_window, notes) without its answers."""
    offer_id, name, prices, window, notes = row
    return {
        "id": offer_id,
        "name": name,
        "prices": loads(prices),
        "support_window": loads(window),
        "notes": notes,
        "answers": {},
    }


def read_project(conn: sqlite3.Connection, where: str = "") -> Project:
    """The whole project; raises ProjectError naming the first value that does not validate,
    or the offer and criterion of a number an import would refuse (infinite, NaN, absurd)."""
    from slaeval.catalogue import load_catalogue  # cached after the first project

    catalogue = load_catalogue()
    try:
        project = Project.model_validate_json(_project_json(conn))
    except ValidationError as exc:
        find_stored_answer_at_fault(conn, catalogue, where)  # "1e999" reads as infinity
        first = exc.errors()[0]
        place = ".".join(str(part) for part in first["loc"])
        raise _bad_content(where, f"{place}: {first['msg']}") from None
    except sqlite3.OperationalError as exc:
        if "JSON" not in str(exc):
            raise
        find_stored_answer_at_fault(conn, catalogue, where)  # "NaN" is not JSON
        raise _bad_content(where, str(exc)) from None
    check_stored_answers(project, catalogue, where)
    return project


# SQLite assembles the JSON text (its JSON functions are fast and escape everything, NUL
# characters included) and pydantic-core parses and validates it in one pass: several times
# quicker than decoding each column in Python. Aggregates of nothing yield NULL, hence the
# COALESCEs. An answer's value must be strict JSON: SQLite 3.42 and later read JSON5 in
# json(), where a hand-written NaN would quietly become null (unknown); json_valid stays
# strict, and 'not JSON' makes json() fail on every version.
_PROJECT_PARTS: tuple[tuple[str, str], ...] = (
    (
        "info",
        "SELECT json_object('title', title, 'client', client, 'author', author, "
        "'created', created) FROM info",
    ),
    ("signs", "SELECT json_group_object(sign_id, answer) FROM signs"),
    ("profile", "SELECT json(data) FROM profile"),
    ("overrides", "SELECT json_group_object(key, json(value)) FROM overrides"),
    (
        "negotiation",
        "SELECT json_group_object(offer_id, json(items)) FROM (SELECT offer_id, "
        "json_group_object(criterion_id, json_object('state', state, 'reply', reply, "
        "'note', note)) AS items FROM negotiation GROUP BY offer_id)",
    ),
    ("notes", "SELECT json_group_object(key, text) FROM notes"),
)

_OFFERS_JSON = """
SELECT json_object(
    'id', o.id, 'name', o.name, 'notes', o.notes,
    'prices', json(o.prices), 'support_window', json(o.support_window),
    'answers', (
        SELECT json_group_object(a.criterion_id, json_object(
            'value', json(CASE WHEN json_valid(a.value) THEN a.value ELSE 'not JSON' END),
            'clock', a.clock, 'note', a.note,
            'evidence', json(a.evidence), 'source', a.source))
        FROM answers AS a WHERE a.offer_id = o.id))
FROM offers AS o ORDER BY o.position, o.id
"""


def _project_json(conn: sqlite3.Connection) -> str:
    parts = {name: conn.execute(sql).fetchone() for name, sql in _PROJECT_PARTS}
    text = {name: (row[0] if row and row[0] is not None else "{}") for name, row in parts.items()}
    offers = ",".join(row[0] for row in conn.execute(_OFFERS_JSON))
    return (
        f'{{"info":{text["info"]},'
        f'"diagnostic":{{"signs":{text["signs"]},"profile":{text["profile"]}}},'
        f'"overrides":{text["overrides"]},"offers":[{offers}],'
        f'"negotiation":{text["negotiation"]},"notes":{text["notes"]}}}'
    )


def read_offer(conn: sqlite3.Connection, offer_id: str) -> tuple[Offer, int] | None:
    """One offer with its answers, and its position; None when there is no such offer."""
    row = conn.execute(
        "SELECT id, name, prices, support_window, notes, position FROM offers WHERE id = ?",
        [offer_id],
    ).fetchone()
    if row is None:
        return None
    data = offer_data(row[:5])
    for criterion_id, *rest in conn.execute(
        "SELECT criterion_id, value, clock, note, evidence, source FROM answers WHERE offer_id = ?",
        [offer_id],
    ):
        data["answers"][criterion_id] = answer_data(tuple(rest))
    return Offer.model_validate(data), int(row[5])


def read_answer(conn: sqlite3.Connection, offer_id: str, criterion_id: str) -> Answer | None:
    row = conn.execute(
        "SELECT value, clock, note, evidence, source FROM answers "
        "WHERE offer_id = ? AND criterion_id = ?",
        [offer_id, criterion_id],
    ).fetchone()
    return None if row is None else Answer.model_validate(answer_data(row))


def read_negotiation(
    conn: sqlite3.Connection, offer_id: str, criterion_id: str | None = None
) -> dict[str, Negotiation]:
    """Negotiation rows of an offer (or of one of its criteria), keyed by criterion."""
    sql = "SELECT criterion_id, state, reply, note FROM negotiation WHERE offer_id = ?"
    params = [offer_id]
    if criterion_id is not None:
        sql += " AND criterion_id = ?"
        params.append(criterion_id)
    return {
        cid: Negotiation(state=state, reply=reply, note=note)
        for cid, state, reply, note in conn.execute(sql, params)
    }


def offer_ids_in_order(conn: sqlite3.Connection) -> list[str]:
    return [row[0] for row in conn.execute("SELECT id FROM offers ORDER BY position, id")]


def renumber(conn: sqlite3.Connection, ids: list[str]) -> None:
    """Give the offers positions 0, 1, 2... in the order of ``ids``."""
    conn.executemany(
        "UPDATE offers SET position = ? WHERE id = ?",
        [(position, offer_id) for position, offer_id in enumerate(ids)],
    )


def _bad_content(where: str, detail: str) -> ProjectError:
    detail = " ".join(detail.split())[:200]
    return ProjectError(
        both(
            f"Le contenu du projet est abîmé ({detail}) : {where}",
            f"The project's content is damaged ({detail}): {where}",
        )
    )
