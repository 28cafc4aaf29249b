"""Fixtures for the Qt tests: an isolated settings file, a demo project, a main window."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from slaeval.demo import demo_project
from slaeval.project_store import ProjectStore, save_project
from slaeval.ui import messages
from slaeval.ui.background import wait_for_all
from slaeval.ui.i18n import set_language


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.slaeval"
    save_project(path, demo_project()).close()
    return path


@pytest.fixture
def empty_path(tmp_path: Path) -> Path:
    path = tmp_path / "client.slaeval"
    ProjectStore.create(path).close()
    return path


@pytest.fixture
def window(qtbot, settings):
    from slaeval.ui.main_window import MainWindow

    set_language("en")
    messages.shown.clear()
    win = MainWindow(settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    yield win
    wait_for_all()  # work still running in the background (what the app does at quit)
    win.state.close()
    set_language("en")
