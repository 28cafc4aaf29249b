"""Faults while the app has a project open: a full disk, the file made read-only, removed or
replaced, and the same file open in two windows. Each time the window shows a plain message in
the user's language, keeps showing the project as it was before the failing change, and stays
usable; nothing already saved is lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from slaeval.catalogue import load_catalogue
from slaeval.demo import demo_project
from slaeval.offers import Answer, Offer
from slaeval.project import Project
from slaeval.project_store import ProjectStore, save_project
from slaeval.ui import commands, messages, project_files
from slaeval.ui.i18n import set_language
from tests.reliability.disks import small_disk


def error_shown(*parts: str) -> str:
    """The one message shown since the last clear, which must be an error holding ``parts``."""
    assert len(messages.shown) == 1, messages.shown
    kind, text = messages.shown[0]
    assert kind == "error" and all(part in text for part in parts), text
    assert "Traceback" not in text
    return text


def on_disk(path: Path) -> Project:
    with ProjectStore.open(path) as store:
        return store.load()


def edit_note(window, key: str, text: str) -> None:
    messages.shown.clear()
    window.state.push(commands.set_note(window.state, key, text))


@pytest.fixture
def opened(window, tmp_path):
    path = tmp_path / "client.slaeval"
    save_project(path, demo_project()).close()
    assert window.open_file(path)
    yield path
    set_language("en")


# ---------------------------------------------------------------- disk full
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_full_disk_gives_a_message_and_the_window_keeps_the_project(window, tmp_path, lang):
    set_language(lang)
    with small_disk(tmp_path) as disk:
        path = disk.folder / "client.slaeval"
        save_project(path, demo_project()).close()
        assert window.open_file(path)
        state = window.state
        edit_note(window, "before", "saved before the disk filled up")
        before = state.project
        disk.fill(state.store._db.conn, 0)
        criteria = load_catalogue().criteria[:10]
        big = Offer(
            id="big",
            name="Big",
            answers={c.id: Answer(value=None, note="z" * 4000) for c in criteria},
        )
        messages.shown.clear()
        state.push(commands.AddOffer(state, big))
        error_shown("le disque est plein" if lang == "fr" else "the disk is full")
        assert state.project == before and on_disk(path) == before
        edit_note(window, "typed", "x" * 50_000)
        error_shown("plein" if lang == "fr" else "full")
        assert state.project == before and not state.undo_stack.canRedo()
        disk.free_up(state.store._db.conn)
        edit_note(window, "typed", "room again")  # the same window carries on
        assert messages.shown == []
        saved = on_disk(path)
        assert saved.notes["typed"] == "room again"
        assert saved.notes["before"] == "saved before the disk filled up"
        window.state.close()


# ---------------------------------------------------------------- read-only, removed, replaced
def test_a_file_made_read_only_while_open_is_left_alone(window, opened):
    before, data = window.state.project, opened.read_bytes()
    opened.chmod(0o444)
    try:
        edit_note(window, "k", "v")
        error_shown("read-only", "save a copy")
        assert window.state.project == before and opened.read_bytes() == data
    finally:
        opened.chmod(0o644)


def _remove(path: Path) -> None:
    path.unlink()


def _replace(path: Path) -> None:
    other = path.with_name("from-elsewhere.slaeval")
    save_project(other, Project(offers=(Offer(id="o", name="Someone else's"),))).close()
    os.replace(other, path)


@pytest.mark.parametrize("change", [_remove, _replace], ids=["removed", "replaced"])
def test_a_file_removed_or_replaced_while_open_loses_nothing(window, opened, tmp_path, change):
    edit_note(window, "k", "typed before")
    before = window.state.project
    change(opened)
    there = opened.read_bytes() if opened.exists() else None
    set_language("fr")
    edit_note(window, "k", "typed after")
    error_shown("déplacé, remplacé ou supprimé", "Enregistrez une copie")
    assert window.state.project == before
    assert (opened.read_bytes() if opened.exists() else None) == there
    # Save as… (what the menu action does once its dialog has a name): everything is kept.
    rescued = tmp_path / "rescued.slaeval"
    messages.shown.clear()
    assert project_files.save_as(window.state, rescued, window)
    assert window.state.path == rescued and window.state.project == before
    edit_note(window, "k", "typed after")
    assert messages.shown == [] and on_disk(rescued).notes["k"] == "typed after"


# ---------------------------------------------------------------- two windows
def test_two_windows_on_one_file_never_overwrite_each_other(window, opened, qtbot, tmp_path):
    from slaeval.ui.main_window import MainWindow

    second = MainWindow(settings=QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    try:
        assert second.open_file(opened)
        first_state, second_state = window.state, second.state
        offer = first_state.project.offers[0]
        messages.shown.clear()
        first_state.push(
            commands.update_offer(first_state, offer.model_copy(update={"name": "Renamed in 1"}))
        )
        assert messages.shown == []
        # The second window still shows the old offer; its edit must not undo the rename.
        stale = second_state.project.offer(offer.id)
        second_state.push(
            commands.update_offer(second_state, stale.model_copy(update={"notes": "Typed in 2"}))
        )
        error_shown("Another window or program", "make the change again")
        assert second_state.project.offer(offer.id).name == "Renamed in 1"  # now up to date
        assert on_disk(opened).offer(offer.id).notes == offer.notes
        # Typed again, the change goes through, next to the first window's.
        fresh = second_state.project.offer(offer.id)
        messages.shown.clear()
        second_state.push(
            commands.update_offer(second_state, fresh.model_copy(update={"notes": "Typed in 2"}))
        )
        assert messages.shown == []
        saved = on_disk(opened).offer(offer.id)
        assert (saved.name, saved.notes) == ("Renamed in 1", "Typed in 2")
        # The first window is told in its turn, and does not put the old notes back.
        edit_note(window, "k", "from 1")
        error_shown("Another window or program")
        assert first_state.project.offer(offer.id).notes == "Typed in 2"
        edit_note(window, "k", "from 1")
        assert messages.shown == [] and on_disk(opened).notes["k"] == "from 1"
    finally:
        second.state.close()


@pytest.mark.parametrize("make", ["add", "delete"])
def test_a_failed_add_or_delete_leaves_nothing_to_undo(window, opened, make):
    state = window.state
    count = state.undo_stack.count()
    before = state.project
    opened.chmod(0o444)
    try:
        messages.shown.clear()
        if make == "add":
            state.push(commands.AddOffer(state, Offer(id="new", name="New")))
        else:
            state.push(commands.DeleteOffer(state, before.offers[0].id))
        error_shown("read-only")
        assert state.project == before
        assert state.undo_stack.count() == count and not state.undo_stack.canUndo()
    finally:
        opened.chmod(0o644)


def test_a_file_damaged_by_another_program_gives_a_message_on_the_next_edit(window, opened):
    import sqlite3

    state = window.state
    shown = state.project
    offer_id = shown.offers[0].id
    con = sqlite3.connect(opened)
    con.execute(
        "INSERT OR REPLACE INTO answers (offer_id, criterion_id, value, clock, note, source) "
        "VALUES (?, 'support.p1_response', '1e999', 'calendar', '', 'typed')",
        (offer_id,),
    )
    con.commit()
    con.close()
    edit_note(window, "k", "typed after the damage")
    text = error_shown("support.p1_response", "changed this project")  # one message, both causes
    assert shown.offers[0].name in text
    assert state.project == shown  # the window keeps what it showed, no traceback
