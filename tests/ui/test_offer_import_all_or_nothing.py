"""The app imports the offers of an export in one transaction: a write that fails partway
(a full disk on the second offer) adds none, says so, and leaves nothing to undo."""

import json
import sqlite3

import slaeval.project_edits
from slaeval.cli.main import main
from slaeval.ui import messages
from slaeval.ui.pages.offers_page import import_offer_file
from tests.core.project_samples import snapshot
from tests.ui.page_projects import open_page


def _export(demo_path, tmp_path):
    out = tmp_path / "offers.json"
    assert main(["export", str(demo_path), "--format", "json", "-o", str(out)]) == 0
    return out, [o["name"] for o in json.loads(out.read_text(encoding="utf-8"))["offers"]]


def test_a_full_disk_on_the_second_offer_imports_none(
    window, demo_path, empty_path, tmp_path, monkeypatch
):
    exported, names = _export(demo_path, tmp_path)
    offers = open_page(window, empty_path, "offers")
    real = slaeval.project_edits.insert_offer
    tried = []

    def insert(conn, offer, place):
        tried.append(offer.id)
        if len(tried) == 2:
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # SQLITE_FULL
            raise error
        real(conn, offer, place)

    monkeypatch.setattr(slaeval.project_edits, "insert_offer", insert)
    before = snapshot(empty_path)
    messages.shown.clear()
    import_offer_file(window.state, exported, offers)
    assert len(tried) == 2 and len(names) > 2
    assert window.state.project.offers == ()
    assert offers.list.count() == 0
    assert len(messages.shown) == 1 and "full" in messages.shown[0][1]
    assert not window.state.undo_stack.canUndo()
    assert snapshot(empty_path) == before
    monkeypatch.undo()
    assert import_offer_file(window.state, exported, offers)  # the disk has room again
    assert [o.name for o in window.state.project.offers] == names
    window.state.undo_stack.undo()
    assert window.state.project.offers == ()
