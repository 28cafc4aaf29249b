"""A copy of the shipped catalogue to break on purpose, one area file at a time."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from slaeval.catalogue import default_catalogue_dir


def catalogue_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), folder)
    return folder


def edit_area(folder: Path, area: str, change: Callable[[list[Any]], object]) -> str:
    """Apply ``change`` to the criteria of ``area``; returns the first criterion's id after."""
    path = folder / f"{area}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["criteria"])
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(data["criteria"][0].get("id"))
