"""Faults under the project store: a full disk, a read-only file or medium, the file removed,
renamed or replaced while open, two stores on one file. Each time: a plain message in both
languages, and the project exactly as it was before the failing change."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from slaeval.catalogue import load_catalogue
from slaeval.demo import demo_project
from slaeval.errors import ProjectError, ReadOnlyProjectError
from slaeval.offers import Answer, Offer
from slaeval.project import Project
from slaeval.project_guard import ChangedElsewhereError
from slaeval.project_store import ProjectStore, save_project
from tests.reliability.disks import read_only_medium, small_disk

ROOT = Path(__file__).resolve().parents[2]


def integrity(path: Path) -> list[tuple[str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall()
    finally:
        conn.close()


def assert_message(error: ProjectError, en: str, fr: str) -> None:
    assert en in error.text("en") and fr in error.text("fr"), error.message
    assert "Traceback" not in error.text("en") and "\n" not in error.text("en")


def big_offer(n: int) -> Offer:
    """An offer a few tens of kilobytes long, so that writing it needs fresh pages."""
    criteria = load_catalogue().criteria[:12]
    answers = {c.id: Answer(value=None, note=f"{n} " + "z" * 3000) for c in criteria}
    return Offer(id=f"big{n}", name=f"Big offer {n}", answers=answers, notes="n" * 5000)


# ---------------------------------------------------------------- disk full
def test_a_full_disk_refuses_the_change_and_keeps_the_project_at_every_fill_level(tmp_path):
    with small_disk(tmp_path) as disk:
        path = disk.folder / "client.slaeval"
        save_project(path, demo_project()).close()
        store = ProjectStore.open(path)
        try:
            before = store.load()
            outcomes = []
            # Free space from nothing to more than the change needs: the write fails at every
            # stage (journal, pages, commit) until it finally fits.
            for step, leave in enumerate(range(0, 160_000, 8192)):
                disk.fill(store._db.conn, leave)
                try:
                    store.add_offer(big_offer(step))
                except ProjectError as error:
                    assert_message(error, "the disk is full", "le disque est plein")
                    assert store.load() == before, leave
                    outcomes.append("full")
                else:
                    project = store.load()
                    assert project.offer(f"big{step}") == big_offer(step)
                    disk.free_up(store._db.conn)
                    store.delete_offer(f"big{step}")
                    assert store.load().offers == before.offers
                    outcomes.append("written")
                disk.free_up(store._db.conn)
                assert integrity(path) == [("ok",)], leave
            assert outcomes[0] == "full" and outcomes[-1] == "written", outcomes
            # Room again: the same store goes on working.
            store.set_note("after", "room again")
        finally:
            store.close()
        with ProjectStore.open(path) as reopened:
            project = reopened.load()
        assert project.offers == before.offers and project.notes["after"] == "room again"


# ---------------------------------------------------------------- read-only
def test_a_file_made_read_only_while_open_is_not_written(tmp_path):
    path = tmp_path / "client.slaeval"
    save_project(path, demo_project()).close()
    with ProjectStore.open(path) as store:
        before, data = store.load(), path.read_bytes()
        path.chmod(0o444)
        try:
            with pytest.raises(ReadOnlyProjectError) as caught:
                store.set_note("k", "v")
            assert_message(caught.value, "read-only", "lecture seule")
            assert store.load() == before and path.read_bytes() == data
        finally:
            path.chmod(0o644)
        store.set_note("k", "v")  # writable again: the store carries on
        assert store.load().notes["k"] == "v"


def test_a_project_on_a_read_only_medium_opens_read_only_and_refuses_edits(tmp_path):
    source = tmp_path / "usb"
    source.mkdir()
    save_project(source / "client.slaeval", demo_project()).close()
    data = (source / "client.slaeval").read_bytes()
    with read_only_medium(source, tmp_path) as medium:
        with ProjectStore.open(medium / "client.slaeval") as store:
            assert store.read_only
            before = store.load()
            for edit in (
                lambda: store.set_note("k", "v"),
                lambda: store.add_offer(Offer(id="x", name="X")),
                lambda: store.delete_offer(before.offers[0].id),
            ):
                with pytest.raises(ReadOnlyProjectError) as caught:
                    edit()
                assert_message(caught.value, "read-only", "lecture seule")
            assert store.load() == before
            with store.save_as(tmp_path / "copy.slaeval") as copy:  # the way out
                copy.set_note("k", "v")
        assert sorted(os.listdir(medium)) == ["client.slaeval"]
    assert (source / "client.slaeval").read_bytes() == data


# ---------------------------------------------------------------- removed, renamed, replaced
def _remove(path: Path) -> None:
    path.unlink()


def _rename(path: Path) -> None:
    path.rename(path.with_name("renamed.slaeval"))


def _replace(path: Path) -> None:
    other = path.with_name("other.slaeval")
    save_project(other, Project(offers=(Offer(id="o", name="Someone else's"),))).close()
    os.replace(other, path)


@pytest.mark.parametrize(
    "change", [_remove, _rename, _replace], ids=["removed", "renamed", "replaced"]
)
def test_a_file_removed_renamed_or_replaced_while_open_is_not_written(tmp_path, change):
    path = tmp_path / "client.slaeval"
    save_project(path, demo_project()).close()
    with ProjectStore.open(path) as store:
        before = store.load()
        change(path)
        there = path.read_bytes() if path.exists() else None
        with pytest.raises(ProjectError) as caught:
            store.set_note("k", "v")
        assert_message(caught.value, "moved, replaced or deleted", "remplacé ou supprimé")
        assert "Save a copy" in caught.value.text("en")
        assert (path.read_bytes() if path.exists() else None) == there
        assert store.load() == before  # still readable from the file that was opened
        with store.save_as(tmp_path / "rescued.slaeval") as rescued:  # nothing is lost
            assert rescued.load() == before
            rescued.set_note("k", "v")
    assert integrity(tmp_path / "rescued.slaeval") == [("ok",)]


# ---------------------------------------------------------------- two instances
def test_a_second_store_does_not_overwrite_the_first_ones_change(tmp_path):
    path = tmp_path / "client.slaeval"
    save_project(path, demo_project()).close()
    with ProjectStore.open(path) as first, ProjectStore.open(path) as second:
        offer = first.load().offers[0]
        stale = second.load().offer(offer.id)
        first.update_offer(offer.model_copy(update={"name": "Renamed in the first window"}))
        with pytest.raises(ChangedElsewhereError) as caught:
            second.update_offer(stale.model_copy(update={"notes": "typed in the second"}))
        assert_message(caught.value, "Another window or program", "Une autre fenêtre")
        assert second.load().offer(offer.id).name == "Renamed in the first window"
        # After reading the project again, the second store's change goes through.
        fresh = second.load().offer(offer.id)
        second.update_offer(fresh.model_copy(update={"notes": "typed in the second"}))
        both = first.load().offer(offer.id)
    assert (both.name, both.notes) == ("Renamed in the first window", "typed in the second")


def test_two_stores_taking_turns_lose_no_change(tmp_path):
    path = tmp_path / "client.slaeval"
    save_project(path, demo_project()).close()
    stores = [ProjectStore.open(path), ProjectStore.open(path)]
    try:
        refused = 0
        for n in range(40):
            store = stores[n % 3 % 2]  # 0, 1, 0, 0, 1, 0, ...: sometimes twice in a row
            try:
                store.set_note(f"k{n}", f"note {n}")
            except ChangedElsewhereError:
                refused += 1
                store.load()  # what the app does: show the project as it now stands
                store.set_note(f"k{n}", f"note {n}")
        assert refused > 10
        for store in stores:
            notes = store.load().notes
            assert {k: v for k, v in notes.items() if k.startswith("k")} == {
                f"k{n}": f"note {n}" for n in range(40)
            }
    finally:
        for store in stores:
            store.close()


def test_a_change_by_the_command_line_is_not_overwritten_by_an_open_window(tmp_path):
    path = tmp_path / "client.slaeval"
    save_project(path, demo_project()).close()
    offer_file = tmp_path / "offer.json"
    offer_file.write_text('{"name": "Imported meanwhile", "answers": {}}', encoding="utf-8")
    with ProjectStore.open(path) as store:
        before = store.load()
        done = subprocess.run(
            [sys.executable, "-m", "slaeval.cli.main", "import", str(path), str(offer_file)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        with pytest.raises(ChangedElsewhereError):
            store.delete_offer(before.offers[0].id)
        names = [o.name for o in store.load().offers]
    assert names == [o.name for o in before.offers] + ["Imported meanwhile"]


def test_a_store_kept_waiting_by_another_writer_gives_up_with_a_message(tmp_path):
    path = tmp_path / "client.slaeval"
    save_project(path, demo_project()).close()
    with ProjectStore.open(path) as store:
        before = store.load()
        store._db.conn.execute("PRAGMA busy_timeout = 50")  # instead of 5 s
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
            with pytest.raises(ProjectError) as caught:
                store.set_note("k", "v")
            assert_message(caught.value, "another program is using the file", "autre programme")
            other.execute("ROLLBACK")
        finally:
            other.close()
        assert store.load() == before
        store.set_note("k", "v")  # the lock is gone: the edit goes through
        assert store.load().notes["k"] == "v"
