"""Opening, creating and copying project files from the window, with plain messages when a
file cannot be used; the file is never changed by a failed attempt."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from slaeval.catalogue import load_catalogue
from slaeval.demo import demo_project
from slaeval.errors import SlaevalError
from slaeval.project_store import ProjectStore, save_project
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import current_lang
from slaeval.ui.messages import show_error


def open_path(state: AppState, path: Path, parent: QWidget | None) -> bool:
    """Open ``path``; a file that cannot be used leaves the project already open as it was."""
    try:
        store = ProjectStore.open(path)
    except SlaevalError as error:
        show_error(parent, error.text(current_lang()))
        return False
    try:
        # Refuse content that does not validate, and a damaged catalogue (a broken
        # installation), before the window lets go of the project it shows.
        store.load()
        load_catalogue()
    except SlaevalError as error:
        store.close()
        show_error(parent, error.text(current_lang()))
        return False
    state.open_store(store)
    return True


def create_path(state: AppState, path: Path, parent: QWidget | None) -> bool:
    try:
        if path.exists():
            path.unlink()  # the save dialog has already asked to replace it
        store = ProjectStore.create(path)
    except (SlaevalError, OSError) as error:
        text = error.text(current_lang()) if isinstance(error, SlaevalError) else str(error)
        show_error(parent, text)
        return False
    state.open_store(store)
    return True


def open_demo(state: AppState, parent: QWidget | None) -> Path | None:
    folder = Path(tempfile.mkdtemp(prefix="slaeval-demo-"))
    path = folder / "demo.slaeval"
    try:
        save_project(path, demo_project()).close()
    except SlaevalError as error:
        show_error(parent, error.text(current_lang()))
        return None
    return path if open_path(state, path, parent) else None


def save_as(state: AppState, path: Path, parent: QWidget | None) -> bool:
    if state.store is None:
        return False
    try:
        new_store = state.store.save_as(path, overwrite=True)
    except SlaevalError as error:
        show_error(parent, error.text(current_lang()))
        return False
    state.open_store(new_store)
    return True
