"""Offers as JSON files: export one, import one or several, and the JSON Schema of one.

An offer file is the ``Offer`` model itself (``slaeval schema`` prints its schema); the file
``slaeval export --format json`` writes, ``{"offers": [offer, ...]}``, is read back too, all
its offers or the one named. Import is strict: the model's rules first, then the catalogue's
(known criteria, values of the right kind, no negative durations, no percentage above 100).
Anything wrong ends in one InputError line naming the file, the offer when there are several,
the criterion or field, and the problem; never in a traceback.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from slaeval.answer_check import answer_problem, shown
from slaeval.criteria import Catalogue
from slaeval.errors import InputError
from slaeval.localized import Localized, both
from slaeval.offers import Offer
from slaeval.safe_read import FileTooLargeError, read_regular_file
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
    """Read and check a file holding one offer (an offer, or an export of one offer)."""
    return _only(read_offers_file(path, catalogue), path.name)


def read_offers_file(path: Path, catalogue: Catalogue, choose: str | None = None) -> list[Offer]:
    """Read and check an offer JSON file or an export of offers (UTF-8, at most 20 MB).

    ``choose`` keeps the one offer of that id or name (case and outer spaces aside)."""
    return offers_from_json(_read_text(path), catalogue, path.name, choose)


def _read_text(path: Path) -> str:
    try:
        data = read_regular_file(path, MAX_OFFER_BYTES)  # never waits on a pipe or a device
    except FileTooLargeError:
        raise _too_big(path.name) from None
    except FileNotFoundError:
        raise InputError(both(f"Fichier introuvable : {path}", f"File not found: {path}")) from None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise InputError(
            both(f"Lecture impossible de {path} : {reason}", f"Cannot read {path}: {reason}")
        ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _error(
            path.name, None, both("le fichier n'est pas en UTF-8", "the file is not UTF-8")
        ) from None


def offer_from_json(text: str, catalogue: Catalogue, source_name: str) -> Offer:
    """Parse and check one offer; answers typed elsewhere are marked as imported."""
    return _only(offers_from_json(text, catalogue, source_name), source_name)


def offers_from_json(
    text: str, catalogue: Catalogue, source_name: str, choose: str | None = None
) -> list[Offer]:
    """The offers of an offer file (one) or of an export (all, or the one ``choose`` names).

    Every offer is checked before any is returned, so a bad one leaves nothing half done."""
    if len(text) > MAX_OFFER_BYTES:
        raise _too_big(source_name)
    data = _parse(text, source_name)
    if isinstance(data, dict) and "offers" in data:
        offers = _exported_offers(data, catalogue, source_name)
    else:
        offers = [_one_offer(data, catalogue, source_name, None)]
    return offers if choose is None else [_chosen(offers, choose, source_name)]


def _exported_offers(data: dict[str, Any], catalogue: Catalogue, source_name: str) -> list[Offer]:
    """The offers of ``{"offers": [...]}``, as ``slaeval export --format json`` writes it."""
    for key in data:
        if key != "offers":
            raise _error(source_name, [key], both("champ inconnu", "unknown field"))
    items = data["offers"]
    if not isinstance(items, list):
        raise _error(source_name, ["offers"], both("liste attendue", "list expected"))
    if not items:
        raise _error(
            source_name, ["offers"], both("aucune offre dans le fichier", "no offer in the file")
        )
    return [_one_offer(item, catalogue, source_name, index + 1) for index, item in enumerate(items)]


def _one_offer(data: Any, catalogue: Catalogue, source_name: str, number: int | None) -> Offer:
    _check_raw(data, source_name, number)
    try:
        offer = Offer.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise _error(source_name, error_place(first), error_problem(first), number) from None
    _check_against_catalogue(offer, catalogue, source_name, number)
    return _mark_imported(offer)


def _chosen(offers: list[Offer], choose: str, source_name: str) -> Offer:
    """The offer whose id is ``choose``, else the one whose name is (case aside)."""
    wanted = " ".join(choose.split()).casefold()
    found = [o for o in offers if o.id == choose] or [
        o for o in offers if " ".join(o.name.split()).casefold() == wanted
    ]
    if len(found) == 1:
        return found[0]
    names = ", ".join(o.name for o in offers)
    if found:
        problem = both(
            f"plusieurs offres s'appellent « {choose} » : donnez son identifiant "
            f"({', '.join(o.id for o in found)})",
            f'several offers are named "{choose}": give its id ({", ".join(o.id for o in found)})',
        )
    else:
        problem = both(
            f"aucune offre « {choose} » (offres du fichier : {names})",
            f'no offer "{choose}" (offers in the file: {names})',
        )
    raise _error(source_name, None, problem)


def _only(offers: list[Offer], source_name: str) -> Offer:
    if len(offers) == 1:
        return offers[0]
    names = ", ".join(o.name for o in offers)
    raise _error(
        source_name,
        None,
        both(
            f"le fichier contient {len(offers)} offres ({names}) : choisissez-en une",
            f"the file holds {len(offers)} offers ({names}): choose one",
        ),
    )


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


def _check_raw(data: Any, source_name: str, number: int | None = None) -> None:
    """What pydantic would let through silently: true/false as a number, broken characters."""
    if not isinstance(data, dict):
        raise _error(source_name, None, both("objet JSON attendu", "JSON object expected"), number)
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
                number,
            )
        if isinstance(item, str) and _broken(item):
            raise _error(
                source_name,
                place,
                both("caractères Unicode non valides", "invalid Unicode text"),
                number,
            )
        if isinstance(item, dict):
            for key, value in item.items():
                if _broken(key):
                    raise _error(
                        source_name,
                        place,
                        both("caractères Unicode non valides", "invalid Unicode text"),
                        number,
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


def _check_against_catalogue(
    offer: Offer, catalogue: Catalogue, source_name: str, number: int | None = None
) -> None:
    for criterion_id, answer in offer.answers.items():
        criterion = catalogue.by_id.get(criterion_id)
        place = ["answers", criterion_id]
        if criterion is None:
            raise _error(
                source_name,
                place,
                both("critère inconnu du catalogue", "unknown criterion"),
                number,
            )
        problem = answer_problem(criterion, answer.value)
        if problem is not None:
            raise _error(source_name, [*place, "value"], problem, number)
        if answer.clock == "business" and not criterion.business_hours:
            raise _error(
                source_name,
                [*place, "clock"],
                both(
                    f"ce critère ne se compte pas en heures ouvrées ({shown(answer.clock)})",
                    f"this criterion is not counted in business hours ({shown(answer.clock)})",
                ),
                number,
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


def _error(
    source_name: str, place: list[str] | None, problem: Localized, number: int | None = None
) -> InputError:
    """One line: the file, the offer (when the file holds several), the criterion and/or
    field, then the problem."""
    fr, en = ("", "") if number is None else (f", offre n° {number}", f", offer #{number}")
    place = [_short(part) for part in place or []]
    if place and place[0] == "answers" and len(place) > 1:
        fr, en = f"{fr}, critère {place[1]}", f"{en}, criterion {place[1]}"
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
