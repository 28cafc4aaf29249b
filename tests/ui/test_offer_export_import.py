"""The app imports the file ``slaeval export --format json`` writes: every offer, in one undo."""

import json

from slaeval.cli.main import main
from slaeval.ui import messages
from slaeval.ui.i18n import set_language
from slaeval.ui.pages.offers_page import import_offer_file
from tests.ui.page_projects import open_page


def _export(demo_path, tmp_path):
    out = tmp_path / "offers.json"
    assert main(["export", str(demo_path), "--format", "json", "-o", str(out)]) == 0
    return out, [o["name"] for o in json.loads(out.read_text(encoding="utf-8"))["offers"]]


def test_every_offer_of_an_export_is_imported_and_undone_in_one_step(
    window, demo_path, empty_path, tmp_path
):
    exported, names = _export(demo_path, tmp_path)
    offers = open_page(window, empty_path, "offers")
    steps = window.state.undo_stack.count()
    assert import_offer_file(window.state, exported, offers)
    assert [o.name for o in window.state.project.offers] == names
    assert offers.list.count() == len(names)
    assert window.state.undo_stack.count() == steps + 1
    assert window.state.undo_stack.undoText() == f"Import {len(names)} offers"
    window.state.undo_stack.undo()
    assert window.state.project.offers == ()
    window.state.undo_stack.redo()
    assert [o.name for o in window.state.project.offers] == names
    assert window.open_file(empty_path)  # what was imported was written to the file
    assert [o.name for o in window.state.project.offers] == names


def test_an_export_imported_twice_gets_fresh_ids(window, demo_path, tmp_path):
    exported, names = _export(demo_path, tmp_path)
    offers = open_page(window, demo_path, "offers")
    assert import_offer_file(window.state, exported, offers)
    ids = [o.id for o in window.state.project.offers]
    assert len(ids) == 2 * len(names) and len(set(ids)) == len(ids)


def test_a_bad_offer_in_the_export_imports_none_and_says_which(
    window, demo_path, empty_path, tmp_path
):
    exported, _names = _export(demo_path, tmp_path)
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["offers"][1]["answers"]["nope.criterion"] = {"value": 1}
    exported.write_text(json.dumps(data), encoding="utf-8")
    offers = open_page(window, empty_path, "offers")
    set_language("fr")
    messages.shown.clear()
    assert not import_offer_file(window.state, exported, offers)
    assert window.state.project.offers == ()
    assert "offre n° 2" in messages.shown[-1][1] and "nope.criterion" in messages.shown[-1][1]
    assert window.state.undo_stack.count() == 0
