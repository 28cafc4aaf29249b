"""Compare step: statuses, totals and ranks follow the answers; K.O.s; filters; weights."""

import pytest
from PySide6.QtCore import Qt

from slaeval.ui.i18n import set_language
from slaeval.ui.models.compare_model import FIRST_OFFER_COL, ROLE_KEY, ROLE_KIND, ROLE_STATUS
from tests.ui.page_projects import CRITERION, open_page, page, pair_project, twins_project, write


def _row(model, kind, key=""):
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ROLE_KIND) == kind and index.data(ROLE_KEY) == key:
            return row
    raise AssertionError(f"no {kind} row {key}")


def _column(model, name):
    for column in range(FIRST_OFFER_COL, model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal).startswith(name):
            return column
    raise AssertionError(name)


def _cell(model, kind, key, name, role=Qt.ItemDataRole.DisplayRole):
    return model.index(_row(model, kind, key), _column(model, name)).data(role)


def test_editing_an_answer_changes_the_cell_total_and_rank(window, tmp_path, qtbot):
    path = write(tmp_path, twins_project())
    compare = open_page(window, path, "compare")
    model = compare.model
    assert _cell(model, "criterion", CRITERION, "EcoNet twin", ROLE_STATUS) == "unknown"
    assert _cell(model, "rank", "", "EcoNet twin") == "#2"
    total_before = _cell(model, "total", "", "EcoNet twin")

    window.show_step("offers")
    offers = page(window, "offers")
    offers.select_offer("twin")
    offers.editor.area_list.setCurrentRow(1)  # Support
    editor = offers.editor.areas["support"].editors[CRITERION]
    editor.unit.setCurrentIndex(0)  # minutes
    editor.spin.lineEdit().selectAll()
    qtbot.keyClicks(editor.spin.lineEdit(), "15")
    qtbot.keyClick(editor.spin.lineEdit(), Qt.Key.Key_Return)
    assert window.state.project.offer("twin").answers[CRITERION].value == 15

    window.show_step("compare")
    assert _cell(model, "criterion", CRITERION, "EcoNet twin", ROLE_STATUS) == "good"
    assert _cell(model, "criterion", CRITERION, "EcoNet twin").startswith("✔")
    assert _cell(model, "total", "", "EcoNet twin") != total_before
    assert _cell(model, "rank", "", "EcoNet twin") == "#1"
    assert _cell(model, "rank", "", "EcoNet Services") == "#2"
    window.state.undo_stack.undo()
    assert _cell(model, "rank", "", "EcoNet twin") == "#2"


def test_failed_knockout_leaves_the_ranking_with_its_reason(window, demo_path):
    compare = open_page(window, demo_path, "compare")
    model = compare.model
    assert "out of the ranking" in _cell(model, "rank", "", "Nordlys")
    reason = _cell(model, "knockout", "", "Nordlys")
    # the short name of each failed must-have and its value, whole (no ellipsis)
    assert reason.splitlines() == [
        "✖ Subcontracting: Unrestricted or undisclosed",
        "✖ MFA on provider accounts: None or shared accounts",
    ]
    assert "K.O." in model.headerData(_column(model, "Nordlys"), Qt.Orientation.Horizontal)
    tooltip = _cell(model, "knockout", "", "Nordlys", Qt.ItemDataRole.ToolTipRole)
    assert "MFA" in tooltip and "(✖ red flag)" in tooltip

    window.show_step("offers")
    offers = page(window, "offers")
    offers.select_offer(window.state.project.offers[0].id)  # EcoNet, ranked #2
    offers.editor.area_list.setCurrentRow(7)  # Security
    offers.editor.areas["security"].editors["security.mfa"].set_unknown()
    window.show_step("compare")
    assert "out of the ranking" in _cell(model, "rank", "", "EcoNet")
    assert "MFA" in _cell(model, "knockout", "", "EcoNet")
    assert _cell(model, "rank", "", "Atlas") == "#2"
    assert "EcoNet" not in [r.name for r in window.state.evaluation.evaluation.offers if r.rank]


def test_differences_only_keeps_the_one_criterion_that_differs(window, tmp_path):
    compare = open_page(window, write(tmp_path, twins_project()), "compare")
    compare.differences.setChecked(True)
    proxy = compare.proxy
    kinds = [proxy.index(r, 0).data(ROLE_KIND) for r in range(proxy.rowCount())]
    keys = [proxy.index(r, 0).data(ROLE_KEY) for r in range(proxy.rowCount())]
    assert kinds == ["rank", "total", "knockout", "area", "criterion"]
    assert keys[-2:] == ["support", CRITERION]
    compare.differences.setChecked(False)
    assert proxy.rowCount() == compare.model.rowCount()


def test_red_flags_and_unknowns_only(window, demo_path):
    compare = open_page(window, demo_path, "compare")
    compare.problems.setChecked(True)
    proxy = compare.proxy
    shown = {
        proxy.index(r, 0).data(ROLE_KEY)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(ROLE_KIND) == "criterion"
    }
    results = window.state.evaluation.evaluation.offers
    expected = {
        cid
        for cid in results[0].criteria
        if any(r.criteria[cid].status in ("red", "unknown") for r in results)
    }
    assert shown == expected and 0 < len(shown) < len(results[0].criteria)


def test_areas_fold_and_sort_by_weight(window, demo_path, qtbot):
    compare = open_page(window, demo_path, "compare")
    proxy = compare.proxy
    before = proxy.rowCount()
    scope = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ROLE_KEY) == "scope")
    qtbot.mouseClick(
        compare.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=compare.table.visualRect(proxy.index(scope, 0)).center(),
    )
    assert proxy.rowCount() == before - 6
    assert proxy.index(scope, 0).data().startswith("▸")
    compare.by_weight.setChecked(True)
    weights = window.state.evaluation.evaluation.area_weights
    areas = [
        proxy.index(r, 0).data(ROLE_KEY)
        for r in range(proxy.rowCount())
        if proxy.index(r, 0).data(ROLE_KIND) == "area"
    ]
    assert [weights[a] for a in areas] == sorted(weights.values(), reverse=True)


def test_weight_change_updates_the_sensitivity_sentence(window, tmp_path, qtbot):
    compare = open_page(window, write(tmp_path, pair_project(0, 3)), "compare")
    assert compare.sentence.text() == "Atlas IT Partners would win if Backups went above 43%."
    compare.tabs.setCurrentIndex(2)
    spin = compare.weights.area_spins["backup"]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "50")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert round(window.state.evaluation.evaluation.area_weights["backup"]) == 50
    assert "EcoNet Services would win if Backups went below 43%." in compare.sentence.text()
    assert sum(s.value() for s in compare.weights.area_spins.values()) == pytest.approx(100, 0.01)
    window.state.undo_stack.undo()
    assert compare.sentence.text() == "Atlas IT Partners would win if Backups went above 43%."


def test_switching_language_retranslates_the_table(window, demo_path):
    compare = open_page(window, demo_path, "compare")
    set_language("fr")
    model = compare.model
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Critère"
    assert model.index(0, 0).data() == "Rang"
    assert compare.tabs.tabText(2) == "Poids"
    assert "37,6" in [model.index(1, c).data() for c in range(model.columnCount())]
    set_language("en")
    assert model.index(0, 0).data() == "Rank"
