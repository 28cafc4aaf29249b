"""Does a value fit the criterion it answers? One check for typed, imported and analysed answers.

yes/no criteria take "yes", "partly" or "no"; choice criteria one of their choice ids; numeric
kinds a finite, non-negative number (in the stored unit: minutes, percent, euros, or the
criterion's own unit), and a percentage no higher than 100. None (unknown) always fits.
"""

from __future__ import annotations

import math

from slaeval.criteria import NUMERIC_KINDS, YESNO_VALUES, Criterion
from slaeval.errors import InputError
from slaeval.localized import Localized, both
from slaeval.offers import AnswerValue

_MAX_SHOWN = 40
_NEGATIVE: dict[str, Localized] = {
    "duration": both("durée négative", "negative duration"),
    "percentage": both("pourcentage négatif", "negative percentage"),
    "money": both("montant négatif", "negative amount"),
    "number": both("nombre négatif", "negative number"),
}


def shown(value: object) -> str:
    """A value as it appears in a one-line message: quoted, escaped, cut short."""
    text = repr(value)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def answer_problem(criterion: Criterion, value: AnswerValue) -> Localized | None:
    """What is wrong with ``value`` as an answer to ``criterion``, or None if it fits."""
    if value is None:
        return None
    if criterion.kind == "yesno":
        return _yesno_problem(value)
    if criterion.kind == "choice":
        return _choice_problem(criterion, value)
    if criterion.kind in NUMERIC_KINDS:
        return _number_problem(criterion, value)
    return both(
        f"type de critère inconnu {criterion.kind!r}", f"unknown criterion kind {criterion.kind!r}"
    )


def not_finite(value: float) -> Localized:
    """Why an infinite or NaN number is refused, whatever it answers."""
    return both(
        f"le nombre doit être fini, pas {shown(value)}",
        f"the number must be finite, not {shown(value)}",
    )


def check_answer_value(criterion: Criterion, value: AnswerValue) -> None:
    """Raise InputError naming the criterion when ``value`` does not fit it."""
    problem = answer_problem(criterion, value)
    if problem is not None:
        raise InputError(
            both(
                f"Critère {criterion.id} : {problem.fr}",
                f"Criterion {criterion.id}: {problem.en}",
            )
        )


def _yesno_problem(value: AnswerValue) -> Localized | None:
    if isinstance(value, str) and value in YESNO_VALUES:
        return None
    return both(
        f"la réponse doit être yes, partly ou no, pas {shown(value)}",
        f"the answer must be yes, partly or no, not {shown(value)}",
    )


def _choice_problem(criterion: Criterion, value: AnswerValue) -> Localized | None:
    if isinstance(value, str) and criterion.choice(value) is not None:
        return None
    allowed = ", ".join(c.id for c in criterion.choices)
    return both(
        f"choix inconnu {shown(value)} (choix possibles : {allowed})",
        f"unknown choice {shown(value)} (possible choices: {allowed})",
    )


def _number_problem(criterion: Criterion, value: AnswerValue) -> Localized | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return both(
            f"un nombre est attendu, pas {shown(value)}",
            f"a number is expected, not {shown(value)}",
        )
    if not math.isfinite(value):
        return not_finite(value)
    if value < 0:
        what = _NEGATIVE.get(criterion.kind, _NEGATIVE["number"])
        return both(f"{what.fr} ({value:g})", f"{what.en} ({value:g})")
    if criterion.kind == "percentage" and value > 100:
        return both(
            f"un pourcentage ne peut pas dépasser 100 ({value:g} %)",
            f"a percentage cannot exceed 100 ({value:g} %)",
        )
    ceiling = _CEILINGS.get(criterion.unit or criterion.kind)
    if ceiling is not None and value > ceiling[0]:
        return both(
            f"valeur absurde ({value:g}) : au plus {ceiling[1].fr}",
            f"absurd value ({value:g}): at most {ceiling[1].en}",
        )
    return None


# Far beyond any real contract, but they keep typos (an extra zero or six) out of the file.
_CEILINGS: dict[str, tuple[float, Localized]] = {
    "duration": (10 * 365 * 24 * 60, both("10 ans", "10 years")),
    "money": (1e9, both("un milliard d'euros", "one billion euros")),
    "months": (600, both("600 mois", "600 months")),
    "months_of_fees": (600, both("600 mois de redevance", "600 months of fees")),
    "days": (36_500, both("36 500 jours", "36,500 days")),
    "hours": (87_600, both("87 600 heures", "87,600 hours")),
    "per_year": (10_000, both("10 000 par an", "10,000 a year")),
    "count": (1_000_000, both("un million", "one million")),
}
