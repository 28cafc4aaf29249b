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


def default_catalogue_dir() -> Path:
    return resource("catalogue")


@lru_cache(maxsize=4)
def load_catalogue(folder: Path | None = None) -> Catalogue:
    """The catalogue in ``folder`` (the shipped one by default), validated."""
    folder = folder or default_catalogue_dir()
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
                raise _error(path, criterion.id, "area", f"must be {area_id!r} in this file")
            criteria.append(criterion)
    try:
        return Catalogue(
            version=str(header.get("version", "")), areas=tuple(areas), criteria=tuple(criteria)
        )
    except ValidationError as exc:
        raise _error(folder, "-", "catalogue", _first_message(exc)) from None


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CatalogueError(
            both(f"Fichier de catalogue introuvable : {path}", f"Catalogue file not found: {path}")
        ) from None
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise CatalogueError(
            both(
                f"Fichier de catalogue illisible : {path} ({exc})",
                f"Unreadable catalogue file: {path} ({exc})",
            )
        ) from None
    if not isinstance(data, dict):
        raise _error(path, "-", "-", "the file must hold a JSON object")
    return data


def _list(body: dict[str, Any], key: str, path: Path) -> list[Any]:
    value = body.get(key)
    if not isinstance(value, list):
        raise _error(path, "-", key, "must be a list")
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


def _first_field(exc: ValidationError) -> str:
    loc = exc.errors()[0]["loc"]
    return ".".join(str(part) for part in loc) or "-"


def _first_message(exc: ValidationError) -> str | Localized:
    error = exc.errors()[0]
    if error["type"] == "model_type" and error.get("ctx", {}).get("class_name") == "Localized":
        # A single string where both languages are expected (e.g. a catalogue written before
        # the basis reference became bilingual).
        return both(
            'doit donner le texte dans les deux langues : {"fr": "…", "en": "…"}',
            'must give the text in both languages: {"fr": "...", "en": "..."}',
        )
    return str(error["msg"])


def _error(path: Path, criterion: str, field: str, problem: str | Localized) -> CatalogueError:
    fr, en = (problem, problem) if isinstance(problem, str) else (problem.fr, problem.en)
    return CatalogueError(
        both(
            f"Catalogue invalide : fichier {path.name}, critère {criterion}, champ {field} : {fr}",
            f"Invalid catalogue: file {path.name}, criterion {criterion}, field {field}: {en}",
        )
    )
