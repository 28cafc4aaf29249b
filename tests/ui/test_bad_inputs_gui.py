"""Every input of the bad-input corpus, given to the app the way a user would give it: a project
file opened (File > Open, a recent file, a drop), an offer JSON imported (a drop, the Offers
page's Import), a contract document read for a new offer (File > New offer from a contract
document), a damaged catalogue in the app's resources. Each time the window shows the error
message the core raised, in the user's language (French and English in turn), nothing is
written, and the app keeps working with the project it had open."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from slaeval import catalogue as catalogue_module
from slaeval.analysis import analyze_document
from slaeval.catalogue import load_catalogue
from slaeval.demo import demo_project
from slaeval.errors import SlaevalError
from slaeval.offer_io import read_offer_file
from slaeval.project_store import ProjectStore, save_project
from slaeval.ui import commands, messages
from slaeval.ui.i18n import set_language
from tests.reliability.corpus import KINDS, Case, all_cases
from tests.reliability.corpus_build import snapshot
from tests.reliability.generated import garbage, invalid_offer_texts

CASES = all_cases()
# The app's offer import (ui/pages/offer_import.py -> slaeval.offer_io.read_offer_file) reads a
# named pipe or /dev/zero without first checking it is a regular file, and so waits for ever;
# the command line checks first (slaeval/cli/cmd_project.py). Reported, not fixed here (neither
# file belongs to this work): these two are given to the command line only until then.
OFFER_IMPORT_HANGS: set[str] = set()  # pipes and devices are refused before reading
LANGS = ("fr", "en")
WAIT_MS = 60_000  # a document read in the background must be refused well before this


def core_error(read: Callable[[], object]) -> SlaevalError:
    """The error the core raises for this input (what the window must show)."""
    with pytest.raises(SlaevalError) as caught:
        read()
    return caught.value


@pytest.fixture
def working(window, tmp_path) -> Iterator[Path]:
    """The window with a project open, as when a user imports or opens something else."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "client.slaeval"
    save_project(path, demo_project()).close()
    assert window.open_file(path)
    yield path
    set_language("en")


def refused(window, lang: str, action: Callable[[], object], expected: SlaevalError) -> None:
    """Run ``action`` in ``lang``; exactly one message, the core's, in that language."""
    set_language(lang)  # type: ignore[arg-type]
    messages.shown.clear()
    action()
    assert messages.shown == [("error", expected.text(lang))]  # type: ignore[arg-type]


def still_works(window, path: Path, offers: tuple) -> None:
    """The project open before is still there, unchanged, and takes a new edit."""
    state = window.state
    assert state.path == path and not state.read_only and state.project.offers == offers
    state.push(commands.set_note(state, "after-the-corpus", "still working"))
    with ProjectStore.open(path) as store:
        assert store.load().notes["after-the-corpus"] == "still working"


def cases(kind: str) -> list[tuple[str, Case]]:
    chosen = [case for case in CASES if case.kind == kind]
    return [(LANGS[i % 2], case) for i, case in enumerate(chosen)]


def build_all(kind: str, tmp_path: Path) -> list[tuple[str, Case, Path]]:
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    return [(lang, case, case.build(inputs)) for lang, case in cases(kind)]


def test_every_kind_of_the_corpus_reaches_the_app():
    assert {case.kind for case in CASES} == set(KINDS) and len(CASES) >= 150


def test_bad_project_files_are_refused_with_a_message(window, working, tmp_path):
    offers = window.state.project.offers
    built = build_all("project", tmp_path)
    before = snapshot(tmp_path)
    for lang, case, path in built:

        def read(path: Path = path) -> None:
            with ProjectStore.open(path) as store:
                store.load()

        refused(window, lang, lambda path=path: window.open_file(path), core_error(read))
        assert window.state.path == working, case.name
    assert snapshot(tmp_path) == before
    still_works(window, working, offers)


def test_bad_offer_files_are_refused_with_a_message(window, working, tmp_path):
    offers = window.state.project.offers
    catalogue = window.state.evaluation.catalogue
    built = build_all("offer", tmp_path)
    before = snapshot(tmp_path)
    for lang, case, path in built:
        if case.name in OFFER_IMPORT_HANGS:
            continue
        expected = core_error(lambda path=path: read_offer_file(path, catalogue))
        refused(window, lang, lambda path=path: window.handle_dropped(path), expected)
        assert window.state.project.offers == offers, case.name
        assert not window.state.undo_stack.canUndo(), case.name
    assert snapshot(tmp_path) == before
    still_works(window, working, offers)


def test_bad_contract_documents_are_refused_with_a_message(window, working, tmp_path, qtbot):
    offers = window.state.project.offers
    catalogue = window.state.evaluation.catalogue
    built = build_all("document", tmp_path)
    before = snapshot(tmp_path)
    for lang, case, path in built:
        expected = core_error(lambda path=path: analyze_document(path, catalogue))
        set_language(lang)  # type: ignore[arg-type]
        messages.shown.clear()
        window.review_contract(path)  # what File > New offer from a contract document calls
        dialog = window.contract_dialog
        qtbot.waitUntil(lambda: bool(messages.shown), timeout=WAIT_MS)
        assert messages.shown == [("error", expected.text(lang))], case.name
        assert dialog.report is None and dialog.proposals == {}, case.name
        dialog.reject()
        assert window.state.project.offers == offers, case.name
    assert snapshot(tmp_path) == before
    still_works(window, working, offers)


def test_a_damaged_catalogue_is_reported_when_a_project_is_opened(
    window, working, tmp_path, monkeypatch
):
    offers = window.state.project.offers
    other = tmp_path / "other.slaeval"
    save_project(other, demo_project()).close()
    built = build_all("catalogue", tmp_path)
    before = snapshot(tmp_path)
    try:
        for lang, case, folder in built:
            expected = core_error(lambda folder=folder: load_catalogue(folder))
            # The app reads its catalogue from its resources: damage them, as a broken
            # installation would.
            monkeypatch.setattr(catalogue_module, "default_catalogue_dir", lambda f=folder: f)
            load_catalogue.cache_clear()
            refused(window, lang, lambda: window.open_file(other), expected)
            assert window.state.path == working, case.name
    finally:
        monkeypatch.undo()
        load_catalogue.cache_clear()
    assert snapshot(tmp_path) == before
    still_works(window, working, offers)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=invalid_offer_texts(), blob=garbage())
def test_generated_bad_offers_and_projects_are_refused_with_a_message(
    window, working, tmp_path_factory, case, blob
):
    offers = window.state.project.offers
    catalogue = window.state.evaluation.catalogue
    folder = tmp_path_factory.mktemp("generated")
    offer_path, garbage_path = folder / "offer.json", folder / "garbage.slaeval"
    offer_path.write_text(case[1], encoding="utf-8")
    garbage_path.write_bytes(blob)
    expected = core_error(lambda: read_offer_file(offer_path, catalogue))
    refused(window, "fr", lambda: window.handle_dropped(offer_path), expected)
    expected = core_error(lambda: ProjectStore.open(garbage_path))
    refused(window, "en", lambda: window.handle_dropped(garbage_path), expected)
    assert window.state.project.offers == offers and window.state.path == working
    assert garbage_path.read_bytes() == blob


# ---------------------------------------------------------------- the reason, by each way in
def open_by(window, way: str, path: Path) -> None:
    """Open ``path`` the way a user does: File > Open, a drop, a recent file."""
    if way == "open":
        window.open_file(path)
    elif way == "drop":
        window.handle_dropped(path)
    else:
        window.welcome.recent_requested.emit(str(path))


SPECIAL = {
    "named-pipe": ("c'est un tube nommé", "it is a named pipe"),
    "dev-zero": ("c'est un périphérique", "it is a device"),
    "folder": ("c'est un dossier", "it is a folder"),
}


@pytest.mark.parametrize("way", ["open", "drop", "recent"])
def test_a_pipe_a_device_or_a_folder_as_project_is_named_in_the_message(
    window, working, tmp_path, way
):
    offers = window.state.project.offers
    inputs = tmp_path / "special"
    inputs.mkdir()
    os.mkfifo(inputs / "named-pipe.slaeval")  # nobody writes to it: opening must not wait
    os.symlink("/dev/zero", inputs / "dev-zero.slaeval")
    (inputs / "folder.slaeval").mkdir()
    for index, (name, reasons) in enumerate(SPECIAL.items()):
        lang = LANGS[index % 2]
        path = inputs / f"{name}.slaeval"
        set_language(lang)  # type: ignore[arg-type]
        messages.shown.clear()
        open_by(window, way, path)
        assert len(messages.shown) == 1 and messages.shown[0][0] == "error", name
        text = messages.shown[0][1]
        assert str(path) in text and reasons[index % 2] in text, text
        assert window.state.path == working, name
    still_works(window, working, offers)


IMPOSSIBLE = {  # the stored text, and what the message says of it
    "1e300": (
        "valeur absurde (1e+300) : au plus 10 ans",
        "absurd value (1e+300): at most 10 years",
    ),
    "NaN": ("le nombre doit être fini, pas nan", "the number must be finite, not nan"),
    "1e999": ("le nombre doit être fini, pas inf", "the number must be finite, not inf"),
}


@pytest.mark.parametrize("way", ["open", "drop", "recent"])
@pytest.mark.parametrize("stored", list(IMPOSSIBLE))
def test_a_project_with_an_impossible_number_names_the_offer_and_criterion(
    window, working, tmp_path, way, stored
):
    offers = window.state.project.offers
    path = tmp_path / "edited.slaeval"
    save_project(path, demo_project()).close()
    con = sqlite3.connect(path)
    offer_id, name = con.execute("SELECT id, name FROM offers ORDER BY position").fetchone()
    con.execute(
        "INSERT OR REPLACE INTO answers (offer_id, criterion_id, value, clock, note, source) "
        "VALUES (?, 'support.p1_response', ?, 'business', '', 'typed')",
        (offer_id, stored),
    )
    con.commit()
    con.close()
    before = path.read_bytes()
    where = (
        f"offre « {name} », critère support.p1_response : ",
        f'offer "{name}", criterion support.p1_response: ',
    )
    for index, lang in enumerate(LANGS):
        set_language(lang)  # type: ignore[arg-type]
        messages.shown.clear()
        open_by(window, way, path)
        assert len(messages.shown) == 1 and messages.shown[0][0] == "error"
        text = messages.shown[0][1]
        assert where[index] + IMPOSSIBLE[stored][index] in text and "\n" not in text, text
        assert window.state.path == working
    assert path.read_bytes() == before
    still_works(window, working, offers)
