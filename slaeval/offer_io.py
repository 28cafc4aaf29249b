"""Offers as JSON files: export one, import one, and the JSON Schema that documents them.

The JSON is the ``Offer`` model itself (``slaeval schema`` prints its schema). Import is
strict: the model's rules first, then the catalogue's (known criteria, values of the right
kind, no negative durations, no percentage above 100). Anything wrong ends in one InputError
line naming the file, the criterion or field, and the problem; never in a traceback.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from slaeval.answer_check import answer_problem, shown
from slaeval.criteria import Catalogue
from slaeval.errors import InputError
from slaeval.localized import Localized, both
from slaeval.offers import Offer
from slaeval.validation_text import error_place, error_problem

MAX_OFFER_BYTES = 20 * 1024 * 1024

_SCHEMA_DESCRIPTION = (
    "A provider's offer for slaeval. 'answers' maps criterion ids (see `slaeval catalogue`) "
    "to answers. Values: yes/no criteria take 'yes', 'partly' or 'no'; choice criteria one "
    "of their choice ids; durations are minutes, percentages are percent (99.9), money is "
    "euros excluding VAT, other numbers use the criterion's unit. null means unknown. "
    "Une offre de prestataire pour slaeval : 'answers' associe les identifiants de critères "
    "aux réponses ; durées en minutes, pourcentages en pour cent, montants en euros HT."
)


def offer_to_json(offer: Offer) -> str:
    """The offer as indented JSON text (UTF-8 safe, ends with a newline)."""
    return offer.model_dump_json(indent=2) + "\n"


def offer_json_schema() -> dict[str, Any]:
    """The JSON Schema of an offer file."""
    schema = Offer.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
        "title": "slaeval offer",
        "description": _SCHEMA_DESCRIPTION,
    }


def read_offer_file(path: Path, catalogue: Catalogue) -> Offer:
    """Read and check an offer JSON file (UTF-8, at most 20 MB)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a pipe or a device would never end
            raise InputError(
                both(
                    f"{path} n'est pas un fichier ordinaire",
                    f"{path} is not a regular file",
                )
            )
        size = info.st_size
        if size > MAX_OFFER_BYTES:
            raise _too_big(path.name)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(both(f"Fichier introuvable : {path}", f"File not found: {path}")) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(
            both(f"Lecture impossible de {path} : {reason}", f"Cannot read {path}: {reason}")
        ) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error(
            path.name, None, both("le fichier n'est pas en UTF-8", "the file is not UTF-8")
        ) from None
    return offer_from_json(text, catalogue, path.name)


def offer_from_json(text: str, catalogue: Catalogue, source_name: str) -> Offer:
    """Parse and check an offer; answers typed elsewhere are marked as imported."""
    if len(text) > MAX_OFFER_BYTES:
        raise _too_big(source_name)
    data = _parse(text, source_name)
    _check_raw(data, source_name)
    try:
        offer = Offer.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise _error(source_name, error_place(first), error_problem(first)) from None
    _check_against_catalogue(offer, catalogue, source_name)
    return _mark_imported(offer)


def _parse(text: str, source_name: str) -> Any:
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        problem = both("JSON trop imbriqué", "JSON nested too deeply")
    except _ConstantError:
        problem = both("NaN et Infinity sont interdits", "NaN and Infinity are not allowed")
    except json.JSONDecodeError as exc:
        problem = both(
            f"JSON non valide (ligne {exc.lineno}, colonne {exc.colno})",
            f"invalid JSON (line {exc.lineno}, column {exc.colno})",
        )
    except ValueError:  # an integer too long to convert
        problem = both("JSON non valide (nombre trop long)", "invalid JSON (number too long)")
    raise _error(source_name, None, problem)


class _ConstantError(ValueError):
    """NaN, Infinity or -Infinity in the text: not JSON, though Python accepts them."""


def _no_constant(name: str) -> None:
    raise _ConstantError(name)


def _check_raw(data: Any, source_name: str) -> None:
    """What pydantic would let through silently: true/false as a number, broken characters."""
    if not isinstance(data, dict):
        raise _error(source_name, None, both("objet JSON attendu", "JSON object expected"))
    # Walk iteratively: the JSON may be as deep as the parser allows.
    stack: list[tuple[list[str], Any]] = [([], data)]
    while stack:
        place, item = stack.pop()
        if isinstance(item, bool):  # an offer has no true/false field; pydantic reads 1.0
            raise _error(
                source_name,
                place,
                both(
                    "vrai/faux n'est pas une valeur permise", "true/false is not an allowed value"
                ),
            )
        if isinstance(item, str) and _broken(item):
            raise _error(
                source_name, place, both("caractères Unicode non valides", "invalid Unicode text")
            )
        if isinstance(item, dict):
            for key, value in item.items():
                if _broken(key):
                    raise _error(
                        source_name,
                        place,
                        both("caractères Unicode non valides", "invalid Unicode text"),
                    )
                stack.append(([*place, key], value))
        elif isinstance(item, list):
            stack.extend(([*place, str(index)], value) for index, value in enumerate(item))


def _broken(text: str) -> bool:
    """Lone surrogates (from \\udXXX escapes) cannot be written to the project file."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _check_against_catalogue(offer: Offer, catalogue: Catalogue, source_name: str) -> None:
    for criterion_id, answer in offer.answers.items():
        criterion = catalogue.by_id.get(criterion_id)
        place = ["answers", criterion_id]
        if criterion is None:
            raise _error(
                source_name, place, both("critère inconnu du catalogue", "unknown criterion")
            )
        problem = answer_problem(criterion, answer.value)
        if problem is not None:
            raise _error(source_name, [*place, "value"], problem)
        if answer.clock == "business" and not criterion.business_hours:
            raise _error(
                source_name,
                [*place, "clock"],
                both(
                    f"ce critère ne se compte pas en heures ouvrées ({shown(answer.clock)})",
                    f"this criterion is not counted in business hours ({shown(answer.clock)})",
                ),
            )


def _mark_imported(offer: Offer) -> Offer:
    answers = {
        cid: a.model_copy(update={"source": "imported"}) if a.source == "typed" else a
        for cid, a in offer.answers.items()
    }
    return offer.model_copy(update={"answers": answers})


def _too_big(source_name: str) -> InputError:
    limit = MAX_OFFER_BYTES // (1024 * 1024)
    return _error(
        source_name,
        None,
        both(f"fichier trop gros (plus de {limit} Mo)", f"file too large (over {limit} MB)"),
    )


def _error(source_name: str, place: list[str] | None, problem: Localized) -> InputError:
    """One line: the file, the criterion and/or field, then the problem."""
    fr = en = ""
    place = [_short(part) for part in place or []]
    if place and place[0] == "answers" and len(place) > 1:
        fr, en = f", critère {place[1]}", f", criterion {place[1]}"
        place = place[2:]
    if place:
        field = ".".join(place)
        fr, en = f"{fr}, champ {field}", f"{en}, field {field}"
    message = both(
        f"Offre non valide : fichier {source_name}{fr} : {problem.fr}",
        f"Invalid offer: file {source_name}{en}: {problem.en}",
    )
    return InputError(both(_one_line(message.fr), _one_line(message.en)))


def _short(part: str) -> str:
    return part if len(part) <= 60 else part[:59] + "…"


def _one_line(text: str) -> str:
    return " ".join(text.split())
