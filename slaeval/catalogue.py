"""Load and validate the criteria catalogue from ``resources/catalogue``.

The folder holds ``areas.json`` (version and areas) and one ``<area>.json`` per area with its
criteria. A broken file fails with a message that names the file, the criterion and the field.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from slaeval.criteria import AREA_IDS, Area, Catalogue, Criterion
from slaeval.data_paths import resource
from slaeval.errors import CatalogueError
from slaeval.localized import Localized, both
from slaeval.safe_read import FileTooLargeError, NotRegularFileError, read_regular_file
from slaeval.validation_text import error_place, error_problem

# The shipped files are under 20 kB each; a file this large is not a catalogue.
MAX_CATALOGUE_FILE_BYTES = 10 * 1024 * 1024


def default_catalogue_dir() -> Path:
    return resource("catalogue")


@lru_cache(maxsize=4)
def load_catalogue(folder: Path | None = None) -> Catalogue:
    """The catalogue in ``folder`` (the shipped one by default), validated."""
    folder = folder or default_catalogue_dir()
    if not folder.is_dir():  # a stat only: a pipe or a device given as the folder is not opened
        raise CatalogueError(
            both(
                f"Ce dossier de catalogue n'existe pas ou n'est pas un dossier : {folder}",
                f"This catalogue folder does not exist or is not a folder: {folder}",
            )
        )
    header = _read_json(folder / "areas.json")
    header_path = folder / "areas.json"
    areas = [_validate_area(header_path, raw) for raw in _list(header, "areas", header_path)]
    criteria: list[Criterion] = []
    for area_id in AREA_IDS:
        path = folder / f"{area_id}.json"
        body = _read_json(path)
        for index, raw in enumerate(_list(body, "criteria", path)):
            criterion = _validate_criterion(path, index, raw)
            if criterion.area != area_id:
                raise _error(
                    path,
                    criterion.id,
                    "area",
                    both(f"doit être « {area_id} » dans ce fichier", f"must be {area_id!r} here"),
                )
            criteria.append(criterion)
    try:
        return Catalogue(
            version=str(header.get("version", "")), areas=tuple(areas), criteria=tuple(criteria)
        )
    except ValidationError as exc:
        raise _error(folder, "-", "catalogue", _first_message(exc)) from None


def _read_json(path: Path) -> dict[str, Any]:
    try:
        # never waits on a named pipe or reads a device such as /dev/zero for ever
        data = json.loads(read_regular_file(path, MAX_CATALOGUE_FILE_BYTES).decode("utf-8"))
    except FileNotFoundError:
        raise CatalogueError(
            both(f"Fichier de catalogue introuvable : {path}", f"Catalogue file not found: {path}")
        ) from None
    except (
        OSError,
        NotRegularFileError,
        FileTooLargeError,
        UnicodeDecodeError,
        ValueError,
        RecursionError,
    ) as exc:
        why = _unreadable(exc)
        raise CatalogueError(
            both(
                f"Fichier de catalogue illisible : {path} ({why.fr})",
                f"Unreadable catalogue file: {path} ({why.en})",
            )
        ) from None
    if not isinstance(data, dict):
        raise _error(path, "-", "-", both("objet JSON attendu", "JSON object expected"))
    return data


def _list(body: dict[str, Any], key: str, path: Path) -> list[Any]:
    value = body.get(key)
    if not isinstance(value, list):
        raise _error(path, "-", key, both("liste attendue", "list expected"))
    return value


def _validate_area(path: Path, raw: Any) -> Area:
    try:
        return Area.model_validate(raw)
    except ValidationError as exc:
        name = raw.get("id", "?") if isinstance(raw, dict) else "?"
        raise _error(path, str(name), _first_field(exc), _first_message(exc)) from None


def _validate_criterion(path: Path, index: int, raw: Any) -> Criterion:
    try:
        return Criterion.model_validate(raw)
    except ValidationError as exc:
        name = raw.get("id") if isinstance(raw, dict) else None
        label = str(name) if name else f"#{index + 1}"
        raise _error(path, label, _first_field(exc), _first_message(exc)) from None


def _unreadable(exc: Exception) -> Localized:
    """Why a catalogue file could not be read, in both languages."""
    if isinstance(exc, json.JSONDecodeError):
        return both(
            f"JSON non valide, ligne {exc.lineno}, colonne {exc.colno}",
            f"invalid JSON, line {exc.lineno}, column {exc.colno}",
        )
    if isinstance(exc, UnicodeDecodeError):
        return both("le fichier n'est pas en UTF-8", "the file is not UTF-8")
    if isinstance(exc, NotRegularFileError):
        return exc.reason  # says which: a folder, a named pipe, a device
    if isinstance(exc, FileTooLargeError):
        limit = MAX_CATALOGUE_FILE_BYTES // (1024 * 1024)
        return both(f"plus de {limit} Mo", f"over {limit} MB")
    if isinstance(exc, RecursionError):
        return both("JSON trop imbriqué", "JSON nested too deeply")
    if isinstance(exc, OSError):
        reason = exc.strerror or type(exc).__name__  # the system's own words
        return both(reason, reason)
    return both("JSON non valide", "invalid JSON")


def _first_field(exc: ValidationError) -> str:
    return ".".join(error_place(exc.errors()[0])) or "-"


# The rules of the catalogue models (criteria.py, localized.py), said in French as well.
_RULES: dict[str, str] = {
    "text must not be empty": "le texte ne doit pas être vide",
    "the reference needs at least 3 characters in each language": (
        "la référence doit compter au moins 3 caractères dans chaque langue"
    ),
    "thresholds and direction are only for numeric kinds": (
        "seuils et sens ne s'appliquent qu'aux critères numériques"
    ),
    "a choice criterion needs at least two choices": (
        "un critère à choix demande au moins deux choix"
    ),
    "choice ids must be unique": "les identifiants de choix doivent être uniques",
    "choices are only for the choice kind": "les choix ne s'appliquent qu'aux critères à choix",
    "a number criterion needs a unit": "un critère nombre demande une unité",
    "knockout_default needs knockout_allowed": "knockout_default demande knockout_allowed",
    "business_hours applies to durations only": "business_hours ne s'applique qu'aux durées",
    "numeric criteria need thresholds and a direction": (
        "un critère numérique demande des seuils et un sens"
    ),
    "thresholds must run good -> acceptable -> red in the criterion's direction": (
        "les seuils doivent aller de bon à acceptable puis à alerte, dans le sens du critère"
    ),
    "areas must be exactly ": "les domaines doivent être exactement ",
    "duplicate criterion ids: ": "identifiants de critère en double : ",
}


def _rule(reason: str) -> Localized | None:
    """A rule of the models in both languages, its listed ids kept as they are."""
    for english, french in _RULES.items():
        if reason == english or (english.endswith(" ") and reason.startswith(english)):
            return both(french + reason[len(english) :], reason)
    return None


def _first_message(exc: ValidationError) -> Localized:
    """The first problem in plain French and English, never pydantic's English wording."""
    error = exc.errors()[0]
    if error["type"] == "model_type" and error.get("ctx", {}).get("class_name") == "Localized":
        # A single string where both languages are expected (e.g. a catalogue written before
        # the basis reference became bilingual).
        return both(
            'doit donner le texte dans les deux langues : {"fr": "…", "en": "…"}',
            'must give the text in both languages: {"fr": "...", "en": "..."}',
        )
    if error["type"] == "value_error":
        rule = _rule(str(error.get("ctx", {}).get("error", "")))
        if rule is not None:
            return rule
    return error_problem(error)


def _error(path: Path, criterion: str, field: str, problem: Localized) -> CatalogueError:
    fr, en = problem.fr, problem.en
    return CatalogueError(
        both(
            f"Catalogue invalide : fichier {path.name}, critère {criterion}, champ {field} : {fr}",
            f"Invalid catalogue: file {path.name}, criterion {criterion}, field {field}: {en}",
        )
    )
