"""Adding several offers is all or nothing: ``ProjectStore.add_offers`` and ``slaeval import``.

A write that fails on the second offer (a full disk, simulated on the low-level insert) must
leave the project file exactly as it was: not the first offer alone.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import slaeval.project_edits
from slaeval.cli.main import main
from slaeval.errors import ProjectError
from slaeval.offers import Offer
from slaeval.project import Negotiation
from slaeval.project_guard import ChangedElsewhereError
from slaeval.project_store import ProjectStore
from tests.core.minicat import use_mini_catalogue
from tests.core.project_samples import full_offer, snapshot


@pytest.fixture(autouse=True)
def small_catalogue(monkeypatch):
    """The offers are written for the hand-made catalogue (as in test_cli_project)."""
    use_mini_catalogue(monkeypatch)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.slaeval"
    ProjectStore.create(path).close()
    return path


def three_offers() -> list[Offer]:
    return [full_offer(f"o{i}", f"Prestataire {i}") for i in (1, 2, 3)]


def disk_full_on_insert(monkeypatch, call: int) -> list[str]:
    """The ``call``-th offer insert fails as SQLite does on a full disk; returns the ids tried."""
    real = slaeval.project_edits.insert_offer
    tried: list[str] = []

    def insert(conn: sqlite3.Connection, offer: Offer, place: int) -> None:
        tried.append(offer.id)
        if len(tried) == call:
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # type: ignore[attr-defined]  # SQLITE_FULL
            raise error
        real(conn, offer, place)

    monkeypatch.setattr(slaeval.project_edits, "insert_offer", insert)
    return tried


def offer_names(path: Path) -> list[str]:
    with ProjectStore.open(path) as store:
        return [o.name for o in store.load().offers]


def test_add_offers_writes_them_all_in_order_with_their_notes(project):
    note = Negotiation(state="refused", note="promis à l'oral")
    with ProjectStore.open(project) as store:
        store.add_offer(full_offer("first", "Déjà là"))
        store.add_offers(three_offers(), [("o2", "security.mfa", note)])
        loaded = store.load()
        logged = [c.entity for c in store.changes()]
    assert [o.name for o in loaded.offers] == ["Déjà là"] + [f"Prestataire {i}" for i in (1, 2, 3)]
    assert loaded.offers[1] == three_offers()[0]
    assert loaded.negotiation["o2"]["security.mfa"] == note
    assert logged.count("offer") == 4  # each offer has its line in the audit trail


def test_a_failure_on_the_second_offer_adds_none(project, monkeypatch):
    tried = disk_full_on_insert(monkeypatch, call=2)
    before = snapshot(project)
    with ProjectStore.open(project) as store:
        with pytest.raises(ProjectError) as raised:
            store.add_offers(three_offers())
        assert store.load().offers == ()
    assert tried == ["o1", "o2"]  # the first one was written, then rolled back
    assert "full" in raised.value.text("en")
    assert snapshot(project) == before


def test_a_bad_negotiation_note_adds_no_offer_either(project):
    with ProjectStore.open(project) as store:
        with pytest.raises(ProjectError):
            store.add_offers(three_offers(), [("no-such-offer", "security.mfa", Negotiation())])
        assert store.load().offers == ()


def test_add_offers_keeps_the_changed_elsewhere_guard(project):
    with ProjectStore.open(project) as store:
        store.load()
        with ProjectStore.open(project) as other:
            other.add_offer(full_offer("other", "Écrit ailleurs"))
        with pytest.raises(ChangedElsewhereError):
            store.add_offers(three_offers())
    assert offer_names(project) == ["Écrit ailleurs"]


def test_delete_offers_removes_them_in_one_step(project, monkeypatch):
    with ProjectStore.open(project) as store:
        store.add_offers(three_offers())
        store.delete_offers(["o1", "o3"])
        assert [o.id for o in store.load().offers] == ["o2"]
        real = slaeval.project_edits.edit_delete_offer
        calls: list[str] = []

        def delete(conn: sqlite3.Connection, offer_id: str) -> None:
            calls.append(offer_id)
            if len(calls) == 2:
                raise sqlite3.OperationalError("disk I/O error")
            real(conn, offer_id)

        store.add_offer(full_offer("o4", "Quatre"))
        monkeypatch.setattr(slaeval.project_edits, "edit_delete_offer", delete)
        with pytest.raises(ProjectError):
            store.delete_offers(["o2", "o4"])
        assert [o.id for o in store.load().offers] == ["o2", "o4"]


def write_export(folder: Path, offers: list[Offer]) -> Path:
    path = folder / "offers.json"
    data = {"offers": [o.model_dump(mode="json") for o in offers]}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_import_failing_on_the_second_offer_leaves_the_project_unchanged(
    project, tmp_path, monkeypatch, capsys, lang
):
    source = write_export(tmp_path, three_offers())
    before = snapshot(project)
    tried = disk_full_on_insert(monkeypatch, call=2)
    capsys.readouterr()
    assert main(["import", str(project), str(source), "--lang", lang]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("slaeval: ")
    assert str(project) in captured.err and "Traceback" not in captured.err
    assert tried == ["o1", "o2"]
    assert snapshot(project) == before
    monkeypatch.undo()
    assert offer_names(project) == []


def test_import_of_an_export_adds_every_offer(project, tmp_path, capsys):
    source = write_export(tmp_path, three_offers())
    capsys.readouterr()
    assert main(["import", str(project), str(source), "--lang", "en"]) == 0
    assert capsys.readouterr().out.count("Imported offer: Prestataire") == 3
    assert offer_names(project) == [f"Prestataire {i}" for i in (1, 2, 3)]
