"""Opening the PROJECT argument of a command, with one clear message when it cannot be."""

from __future__ import annotations

from pathlib import Path

from slaeval.errors import InputError
from slaeval.localized import both
from slaeval.project import Project


def refuse_overwriting(project: Path, output: Path) -> None:
    """An export written over its own project file would destroy the project."""
    try:
        same = output.exists() and output.resolve() == project.resolve()
    except OSError:
        same = False
    if same:
        raise InputError(
            both(
                f"Le fichier de sortie est le projet lui-même ({output}) : "
                "choisissez un autre nom.",
                f"The output file is the project itself ({output}): choose another name.",
            )
        )


def read_project(path: Path) -> Project:
    """Load a project for reading; the file is never written. Opening checks the path: a
    missing file, a folder, a named pipe or a device each gets its own one-line message."""
    from slaeval.project_store import ProjectStore

    store = ProjectStore.open(path)
    try:
        return store.load()
    finally:
        store.close()
