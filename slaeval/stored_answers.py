"""The answers of a project file, checked as an import checks them.

An import refuses an infinite or NaN number, one the catalogue calls absurd (1e300 minutes, a
percentage over 100, a negative duration), text where a number is expected and a choice the
criterion does not have. A file edited behind slaeval's back can still hold one: refused when
the project is read, with the offer and the criterion it belongs to, so the message says where
to look. An answer to a criterion the catalogue does not know is kept as it is (a project made
with another catalogue opens).

A finite number is checked on the project read (quick: no SQL). An infinite one ("1e999") or
NaN (not JSON) makes the reading itself fail; one query then finds which answer it was.
"""

from __future__ import annotations

import json
import math
import sqlite3

from slaeval.answer_check import answer_problem, not_finite
from slaeval.criteria import Catalogue
from slaeval.errors import ProjectError
from slaeval.localized import Localized, both
from slaeval.project import Project

# Every answer stored as a JSON number, and every one that is not JSON at all (the CASE keeps
# json_type away from text it cannot read), in the order of the offers.
_NUMBERS_AND_UNREADABLE = """
SELECT o.name, a.criterion_id, a.value
FROM answers AS a JOIN offers AS o ON o.id = a.offer_id
WHERE CASE WHEN json_valid(a.value) THEN json_type(a.value) IN ('integer', 'real') ELSE 1 END
ORDER BY o.position, o.id, a.criterion_id
"""

_UNREADABLE = both("valeur illisible (JSON non valide)", "unreadable value (invalid JSON)")
_TOO_LONG = both("nombre trop long", "number too long")
_SHOWN = 60


def check_stored_answers(project: Project, catalogue: Catalogue, where: str) -> None:
    """Raise ProjectError naming the first answer of ``project`` an import would refuse (the
    model has already refused infinite numbers and NaN)."""
    for offer in project.offers:
        for criterion_id, answer in offer.answers.items():
            problem = _value_problem(catalogue, criterion_id, answer.value)
            if problem is not None:
                raise _refused(where, offer.name, criterion_id, problem)


def find_stored_answer_at_fault(conn: sqlite3.Connection, catalogue: Catalogue, where: str) -> None:
    """When a project cannot be read: raise ProjectError naming the first answer whose stored
    value is not JSON or a number an import would refuse, if there is one."""
    for name, criterion_id, stored in conn.execute(_NUMBERS_AND_UNREADABLE):
        problem = _stored_problem(catalogue, str(criterion_id), stored)
        if problem is not None:
            raise _refused(where, str(name), str(criterion_id), problem)


def _stored_problem(catalogue: Catalogue, criterion_id: str, stored: object) -> Localized | None:
    if not isinstance(stored, str):
        return _UNREADABLE  # a BLOB: the column is declared TEXT, but SQLite keeps what it gets
    try:
        value = json.loads(stored)  # reads NaN and Infinity too, to name them
    except json.JSONDecodeError:
        number = _float(stored)  # SQLite keeps an infinite number put in this column as "Inf"
        return _UNREADABLE if math.isfinite(number) else not_finite(number)
    except ValueError:  # an integer of thousands of digits, which Python will not convert
        return _TOO_LONG
    return _value_problem(catalogue, criterion_id, value)


def _value_problem(catalogue: Catalogue, criterion_id: str, value: object) -> Localized | None:
    if isinstance(value, float) and not math.isfinite(value):
        return not_finite(value)
    criterion = catalogue.by_id.get(criterion_id)
    if criterion is None:
        return None
    assert value is None or isinstance(value, str | int | float)  # the model's, or a JSON number
    return answer_problem(criterion, value)


def _refused(where: str, offer: str, criterion_id: str, problem: Localized) -> ProjectError:
    name, criterion = _short(offer), _short(criterion_id)
    if problem is _UNREADABLE:
        fr, en = "Le contenu du projet est abîmé", "The project's content is damaged"
    else:
        fr, en = (
            "Le projet contient une réponse impossible",
            "The project holds an impossible answer",
        )
    return ProjectError(
        both(
            f"{fr} (offre « {name} », critère {criterion} : {problem.fr}) : {where}",
            f'{en} (offer "{name}", criterion {criterion}: {problem.en}): {where}',
        )
    )


def _short(text: str) -> str:
    """On one line and short: the file may hold anything there."""
    text = " ".join(text.split())
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0
