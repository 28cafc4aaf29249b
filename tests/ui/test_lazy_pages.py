"""The window opens without the core or the step pages: each page is built the first time it is
shown, the step list still shows every step, and what it shows before a page is built agrees
with the page once built."""

import json
import os
import subprocess
import sys

import pytest

from slaeval.localized import system_lang
from slaeval.project import Negotiation
from slaeval.ui import commands, messages
from slaeval.ui.i18n import set_language, system_language
from slaeval.ui.main_window import STEP_IDS
from slaeval.ui.steps import STEPS


def test_opening_a_project_builds_only_the_page_shown(window, demo_path):
    assert len(window.pages) == 0  # no project yet, no pages, as before
    assert window.open_file(demo_path)
    assert [window.pages.is_built(i) for i in range(6)] == [True] + [False] * 5
    assert window.steps.count() == 6
    assert window.steps.item(2).text() == "3. Offers   ✔"  # the demo has four offers
    window.show_step("compare")
    assert window.pages.is_built(STEP_IDS.index("compare"))
    assert window.pages_stack.currentWidget() is window.pages[STEP_IDS.index("compare")]
    assert not window.pages.is_built(STEP_IDS.index("negotiate"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_step_list_says_the_same_before_and_after_a_page_is_built(
    window, demo_path, empty_path, lang
):
    for path in (empty_path, demo_path):
        assert window.open_file(path)
        state = window.state
        if path == demo_path:
            offer = state.project.offers[0].id
            state.push(commands.set_negotiation(state, offer, "support.p1_response", None))
            state.push(commands.set_sign(state, "major_outage", "yes"))
        set_language(lang)
        for changed in (False, True):
            if changed and path == demo_path:
                state.push(
                    commands.set_negotiation(
                        state, offer, "support.p1_response", Negotiation(state="obtained")
                    )
                )
            before = [(step.title(), step.completion(state)) for step in STEPS]
            built = [(page.title(), page.completion()) for page in window.pages]
            assert before == built
        set_language("en")


def test_the_window_imports_neither_the_core_nor_the_pages(tmp_path):
    code = (
        "import json, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from slaeval.ui.main_window import MainWindow\n"
        "app = QApplication([])\n"
        "window = MainWindow()\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "fr_FR.UTF-8"}
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # French, from the system: the catalogue is read
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert "slaeval.ui.main_window" in loaded
    heavy = {"pydantic", "sqlite_utils", "babel", "slaeval.localized", "slaeval.ui.app_state"}
    pages = {f"slaeval.ui.pages.{step.module}" for step in STEPS}
    assert loaded.isdisjoint(heavy | pages)


def test_a_file_given_at_start_opens_after_the_window_shows_it_is_opening(window, demo_path, qtbot):
    window.open_when_shown(demo_path)
    assert window.root.currentWidget() is window.opening
    assert window.opening.text() == "Opening demo.slaeval…"
    qtbot.waitUntil(window.project_is_open)
    assert window.root.currentWidget() is window.work
    assert window.pages_stack.currentWidget() is window.pages[0]


def test_a_file_that_cannot_be_opened_at_start_leaves_the_welcome_page(window, tmp_path, qtbot):
    bad = tmp_path / "bad.slaeval"
    bad.write_bytes(b"not a project")
    set_language("fr")
    window.open_when_shown(bad)
    assert window.opening.text() == "Ouverture de bad.slaeval…"
    qtbot.waitUntil(lambda: window.root.currentWidget() is window.welcome)
    assert messages.shown[-1][0] == "error"
    assert not window.project_is_open()
    assert bad.read_bytes() == b"not a project"


@pytest.mark.parametrize(
    "environ",
    [{}, {"LANG": "fr_FR.UTF-8"}, {"LANG": "de_DE"}, {"LC_ALL": "fr_CA", "LANG": "en_GB"}],
)
def test_the_window_follows_the_system_language_as_the_core_reads_it(monkeypatch, environ):
    for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        monkeypatch.delenv(key, raising=False)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    assert system_language() == system_lang()
