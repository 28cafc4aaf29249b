"""Offers step: add, duplicate, rename, delete; answers refused in place; note and evidence;
prices and support window; import from JSON; the contract-document hook."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from slaeval.data_paths import samples_dir
from slaeval.ui import messages
from slaeval.ui.i18n import set_language
from slaeval.ui.models.compare_model import ROLE_KEY
from tests.ui.page_projects import open_page, page


def _type(qtbot, spin, text):
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)


def _open_area(offers, area):
    row = offers.editor._area_ids.index(area)
    offers.editor.area_list.setCurrentRow(row)
    return offers.editor.areas[area]


def test_add_duplicate_rename_delete_and_undo(window, empty_path, qtbot):
    offers = open_page(window, empty_path, "offers")
    assert offers.stack.currentIndex() == 0  # the empty-state text
    qtbot.mouseClick(offers.buttons["add"], Qt.MouseButton.LeftButton)
    assert [o.name for o in window.state.project.offers] == ["New offer 1"]
    offers.editor.name.setText("Helix Services")
    offers.editor.name.editingFinished.emit()
    assert window.state.project.offers[0].name == "Helix Services"
    qtbot.mouseClick(offers.buttons["duplicate"], Qt.MouseButton.LeftButton)
    names = [o.name for o in window.state.project.offers]
    assert names == ["Helix Services", "Helix Services (copy)"]
    assert offers.current_offer().name == "Helix Services (copy)"
    qtbot.mouseClick(offers.buttons["delete"], Qt.MouseButton.LeftButton)
    assert [o.name for o in window.state.project.offers] == ["Helix Services"]
    window.state.undo_stack.undo()
    assert len(window.state.project.offers) == 2
    offers.editor.name.setText("   ")
    offers.editor.name.editingFinished.emit()
    assert offers.editor.name_problem.isVisible()
    assert "empty" in offers.editor.name_problem.text()


def test_invalid_values_are_refused_in_place_and_never_stored(window, demo_path, qtbot):
    offers = open_page(window, demo_path, "offers")
    before = window.state.project.offers[0].answers["availability.commitment"]
    steps = window.state.undo_stack.count()
    editor = _open_area(offers, "availability").editors["availability.commitment"]
    _type(qtbot, editor.spin, "120")
    assert "cannot exceed 100" in editor.problem()
    assert editor.error.isVisible()
    editor = _open_area(offers, "support").editors["support.p1_response"]
    _type(qtbot, editor.spin, "-2")
    assert "negative duration" in editor.problem()
    project = window.state.project
    assert project.offers[0].answers["availability.commitment"] == before
    assert project.offers[0].answers["support.p1_response"].value == 240
    assert window.state.undo_stack.count() == steps
    _type(qtbot, editor.spin, "2")  # a valid value clears the refusal and is kept
    assert editor.problem() is None and not editor.error.isVisible()
    assert window.state.project.offers[0].answers["support.p1_response"].value == 120


def test_unknown_is_one_click(window, demo_path, qtbot):
    offers = open_page(window, demo_path, "offers")
    area = _open_area(offers, "scope")
    editor = area.editors["scope.service_catalogue"]
    unknown = next(
        b for b in editor.findChildren(type(offers.buttons["add"])) if b.text() == "Unknown"
    )
    qtbot.mouseClick(unknown, Qt.MouseButton.LeftButton)
    assert "scope.service_catalogue" not in window.state.project.offers[0].answers
    assert area.statuses["scope.service_catalogue"].text() == "?"


def test_note_and_evidence_are_kept_with_the_answer(window, demo_path, qtbot):
    offers = open_page(window, demo_path, "offers")
    area = _open_area(offers, "backup")
    qtbot.mouseClick(area.details["backup.scope"], Qt.MouseButton.LeftButton)
    dialog = offers.details_dialog
    dialog.note.setPlainText("Asked again on 3 March")
    dialog.quote.setPlainText("Les serveurs sont sauvegardés chaque nuit.")
    dialog.location.setText("Annexe 2, p. 4")
    dialog.accept()
    answer = window.state.project.offers[0].answers["backup.scope"]
    assert answer.note == "Asked again on 3 March"
    assert answer.evidence.location == "Annexe 2, p. 4"
    assert answer.value == "servers_only"  # the value itself is untouched
    assert area.details["backup.scope"].text() == "Note ✎"
    hint = area.details["backup.scope"].toolTip()
    assert "Asked again on 3 March" in hint and "« Les serveurs" in hint
    assert "(Annexe 2, p. 4)" in hint
    assert area.details["backup.frequency"].toolTip() == "Add a note or evidence"
    window.show_step("compare")
    model = page(window, "compare").model
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(ROLE_KEY) == "backup.scope"
    )
    tooltip = model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "chaque nuit" in tooltip and "Annexe 2" in tooltip


def test_prices_and_support_window(window, demo_path, qtbot):
    offers = open_page(window, demo_path, "offers")
    offers.editor.tabs.setCurrentIndex(1)
    form = offers.editor.prices
    _type(qtbot, form.monthly, "1000")
    offer = window.state.project.offers[0]
    assert offer.prices.monthly == 1000
    result = window.state.evaluation.evaluation.offers[0]
    assert result.costs.total_cost == offer.prices.setup + 1000 * 36 + offer.prices.exit_cost
    form.end.setTime(form.start.time().addSecs(-3600))
    assert form.problem.isVisible() and "end after" in form.problem.text()
    assert window.state.project.offers[0].support_window == offer.support_window


def test_import_a_json_offer(window, empty_path):
    from slaeval.ui.pages.offers_page import import_offer_file

    offers = open_page(window, empty_path, "offers")
    assert import_offer_file(window.state, samples_dir() / "offers" / "fortis.json", offers)
    assert [o.name for o in window.state.project.offers] == ["Fortis Infogérance"]
    assert offers.list.count() == 1 and "Fortis" in offers.list.item(0).text()


def test_new_offer_from_a_contract_document(window, empty_path, monkeypatch):
    from slaeval.ui.contract_review import ContractReviewDialog

    document = samples_dir() / "documents" / "atlas.md"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(document), ""))
    offers = open_page(window, empty_path, "offers")
    offers.offer_from_contract()
    assert isinstance(offers.contract_dialog, ContractReviewDialog)
    offers.contract_dialog.reject()
    monkeypatch.setitem(sys.modules, "slaeval.analysis", None)  # contract analysis left out
    messages.shown.clear()
    offers.offer_from_contract()
    assert messages.shown[-1][0] == "info" and "not available" in messages.shown[-1][1]


def test_credit_tiers_follow_the_language(window, demo_path):
    set_language("fr")
    offers = open_page(window, demo_path, "offers")
    offers.editor.tabs.setCurrentIndex(1)
    below, credit = offers.editor.prices.tier_rows[0]
    assert below.text() == "99,50 %" and credit.text() == "5,00 %"
    set_language("en")
    offers.editor.tabs.setCurrentIndex(1)
    below, _credit = offers.editor.prices.tier_rows[0]
    assert below.text() == "99.50 %"


def test_a_lunch_break_in_the_support_hours(window, demo_path):
    from PySide6.QtCore import QTime

    set_language("fr")
    offers = open_page(window, demo_path, "offers")
    offers.editor.tabs.setCurrentIndex(1)
    form = offers.editor.prices
    assert not form.break_start.isEnabled()  # no break until it is ticked
    form.start.setTime(QTime(8, 0))
    form.end.setTime(QTime(18, 0))
    form.break_start.setTime(QTime(12, 0))
    form.break_end.setTime(QTime(14, 0))
    form.has_break.setChecked(True)
    assert form.break_start.isEnabled()
    kept = window.state.project.offers[0].support_window
    assert (kept.break_start_minute, kept.break_end_minute) == (720, 840)
    form.break_end.setTime(QTime(19, 0))  # after the desk closes: refused, in French
    assert form.problem.isVisible() and "La pause doit" in form.problem.text()
    assert window.state.project.offers[0].support_window == kept
    window.state.undo_stack.undo()  # the break goes with one undo
    assert window.state.project.offers[0].support_window.break_start_minute is None
    form.show_offer(window.state.project.offers[0], read_only=False)
    assert not form.has_break.isChecked()
