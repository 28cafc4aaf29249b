"""pydantic validation errors said in plain French and English, one short phrase each.

pydantic words its messages in English only; the types of error it reports are few and
stable, so each common one gets a phrase in both languages here. Anything else keeps
pydantic's English text inside a bilingual frame.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic_core import ErrorDetails

from slaeval.answer_check import shown
from slaeval.localized import Localized, both

# Parts of an error location that name a branch of a union, not a field.
_BRANCH = re.compile(r"^(str|float|int|bool|none|[a-z-]+\[.*\])$")

_SIMPLE: dict[str, Localized] = {
    "missing": both("champ obligatoire absent", "required field missing"),
    "extra_forbidden": both("champ inconnu", "unknown field"),
    "string_type": both("texte attendu", "text expected"),
    "string_pattern_mismatch": both("format non valide", "invalid format"),
    "string_unicode": both("texte non valide", "invalid text"),
    "float_type": both("nombre attendu", "number expected"),
    "float_parsing": both("nombre attendu", "number expected"),
    "int_type": both("nombre entier attendu", "whole number expected"),
    "int_parsing": both("nombre entier attendu", "whole number expected"),
    "int_from_float": both("nombre entier attendu", "whole number expected"),
    "bool_type": both("vrai ou faux attendu", "true or false expected"),
    "bool_parsing": both("vrai ou faux attendu", "true or false expected"),
    "finite_number": both("nombre fini attendu", "finite number expected"),
    "dict_type": both("objet JSON attendu", "JSON object expected"),
    "model_type": both("objet JSON attendu", "JSON object expected"),
    "model_attributes_type": both("objet JSON attendu", "JSON object expected"),
    "list_type": both("liste attendue", "list expected"),
    "tuple_type": both("liste attendue", "list expected"),
    "datetime_type": both("date et heure attendues", "date and time expected"),
    "datetime_parsing": both("date et heure non valides", "invalid date and time"),
    "datetime_from_date_parsing": both("date et heure non valides", "invalid date and time"),
}

_BOUNDS: dict[str, tuple[str, str, str]] = {
    "greater_than_equal": ("ge", "doit être au moins {}", "must be at least {}"),
    "greater_than": ("gt", "doit être supérieur à {}", "must be greater than {}"),
    "less_than_equal": ("le", "doit être au plus {}", "must be at most {}"),
    "less_than": ("lt", "doit être inférieur à {}", "must be less than {}"),
    "string_too_long": ("max_length", "texte trop long (au plus {})", "text too long (at most {})"),
    "string_too_short": ("min_length", "texte vide ou trop court", "text empty or too short"),
    "too_short": ("min_length", "liste trop courte (au moins {})", "list too short (at least {})"),
    "too_long": ("max_length", "liste trop longue (au plus {})", "list too long (at most {})"),
}

# Messages of the validators in offers.py, which pydantic prefixes with "Value error, ".
_VALUE_ERRORS: dict[str, str] = {
    "the provider name must not be empty": "le nom du prestataire ne doit pas être vide",
    "days must be distinct weekdays 0 (Monday) to 6 (Sunday)": (
        "les jours doivent être des jours distincts, de 0 (lundi) à 6 (dimanche)"
    ),
    "the support window must end after it starts": (
        "la plage de support doit finir après son début"
    ),
    "the break must start and end within the support hours": (
        "la pause doit commencer et finir pendant les heures de support"
    ),
    "the number must be finite": "le nombre doit être fini",
}


def error_place(error: ErrorDetails) -> list[str]:
    """The field path of an error, without the union-branch markers pydantic adds."""
    return [str(part) for part in error["loc"] if not _BRANCH.match(str(part))]


def error_problem(error: ErrorDetails) -> Localized:
    """What is wrong, in both languages, with the offending value when it is short."""
    kind = error["type"]
    ctx: dict[str, Any] = dict(error.get("ctx") or {})
    if kind in _SIMPLE:
        problem = _SIMPLE[kind]
    elif kind in _BOUNDS:
        key, fr, en = _BOUNDS[kind]
        bound = _number(ctx.get(key, "?"))
        problem = both(fr.format(bound), en.format(bound))
    elif kind == "literal_error":
        expected = str(ctx.get("expected", "?"))
        problem = both(
            f"valeur non permise (attendu : {expected.replace(' or ', ' ou ')})",
            f"value not allowed (expected: {expected})",
        )
    elif kind == "value_error":
        reason = str(ctx.get("error", error["msg"]))
        problem = both(_VALUE_ERRORS.get(reason, f"valeur refusée ({reason})"), reason)
    else:
        problem = both(f"valeur refusée ({error['msg']})", str(error["msg"]))
    return _with_value(problem, error.get("input"), kind)


def _number(value: object) -> str:
    """0.0 reads as 0, 99.5 as 99.5."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _with_value(problem: Localized, value: object, kind: str) -> Localized:
    if kind in ("missing", "extra_forbidden") or not _is_scalar(value):
        return problem
    return both(f"{problem.fr}, reçu {shown(value)}", f"{problem.en}, got {shown(value)}")


def _is_scalar(value: object) -> bool:
    return value is None or isinstance(value, str | int | float | bool)
