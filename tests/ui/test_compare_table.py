"""The comparison table view: frozen criterion columns that stay in line with the offers, widths
that show every offer when they fit, a K.O. row tall enough for its reason, and a double click
(or Enter) on a cell that opens that answer in the offer editor."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from slaeval.offers import Answer
from slaeval.ui import commands
from slaeval.ui.models.compare_model import FIRST_OFFER_COL, ROLE_KEY, ROLE_KIND
from slaeval.ui.pages.compare_table import OFFER_FIT, column_widths
from tests.ui.page_projects import CRITERION as TWIN_CRITERION
from tests.ui.page_projects import open_page, page, pair_project, twins_project, write

CRITERION = "backup.scope"


def _row(proxy, key):
    return next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ROLE_KEY) == key)


def test_widths_show_every_offer_when_they_fit():
    criterion, target, each = column_widths(1000, 4)
    assert criterion + target + 4 * each <= 1000 and each >= OFFER_FIT
    wide = column_widths(1000, 2)
    assert wide[0] > criterion and wide[2] > each  # few offers: roomier columns
    crowded = column_widths(1000, 30)
    assert crowded[0] + crowded[1] < 1000 / 2  # the frozen part leaves room to scroll


def test_frozen_columns_stay_in_line_while_the_offers_scroll(window, demo_path):
    compare = open_page(window, demo_path, "compare")
    table, frozen = compare.table, compare.table.frozen
    QApplication.processEvents()
    assert frozen.isVisible()
    shown = [c for c in range(compare.proxy.columnCount()) if not frozen.isColumnHidden(c)]
    assert shown == [0, 1]
    assert frozen.width() >= table.columnWidth(0) + table.columnWidth(1)
    assert frozen.horizontalHeader().height() == table.horizontalHeader().height()
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    table.horizontalScrollBar().setValue(table.horizontalScrollBar().maximum())
    QApplication.processEvents()
    assert frozen.verticalScrollBar().value() == table.verticalScrollBar().value() > 0
    row = _row(compare.proxy, CRITERION)
    assert frozen.rowViewportPosition(row) == table.rowViewportPosition(row)
    assert frozen.rowHeight(2) == table.rowHeight(2)


def test_the_knockout_row_grows_only_when_an_offer_fails_one(window, tmp_path):
    compare = open_page(window, write(tmp_path, pair_project(0, 1)), "compare")
    line = compare.table.fontMetrics().lineSpacing()
    assert compare.table.rowHeight(2) < 3 * line  # no K.O.: a row like the others
    window.state.close()
    compare = open_page(window, write(tmp_path, pair_project(0, 2), "ko.slaeval"), "compare")
    assert compare.table.rowHeight(2) >= 3 * line  # Nordlys fails two K.O.s


def test_double_click_opens_the_answer_in_the_offer_editor(window, demo_path, qtbot):
    compare = open_page(window, demo_path, "compare")
    proxy, table = compare.proxy, compare.table
    atlas = window.state.project.offers[3]
    index = proxy.index(_row(proxy, CRITERION), FIRST_OFFER_COL + 3)
    assert index.data(ROLE_KIND) == "criterion"
    assert "Double-click" in index.data(Qt.ItemDataRole.ToolTipRole)
    table.scrollTo(index)
    QApplication.processEvents()
    rect = table.visualRect(index)
    assert rect.left() >= table.frozen.width() - 2  # not hidden under the frozen columns
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    offers = page(window, "offers")
    assert offers.isVisible() and offers.current_offer().id == atlas.id
    editor = offers.editor
    assert editor._area_ids[editor.area_list.currentRow()] == "backup"
    answer = editor.areas["backup"].editors[CRITERION]
    assert answer.isAncestorOf(QApplication.focusWidget())


def test_enter_on_a_cell_opens_it_too(window, demo_path, qtbot):
    compare = open_page(window, demo_path, "compare")
    proxy = compare.proxy
    index = proxy.index(_row(proxy, "security.mfa"), FIRST_OFFER_COL + 1)
    compare.table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(compare.table, Qt.Key.Key_Return)
    offers = page(window, "offers")
    assert offers.isVisible()
    assert offers.current_offer().id == window.state.project.offers[1].id
    assert offers.editor._area_ids[offers.editor.area_list.currentRow()] == "security"


def _names_in_view(compare):
    header, model = compare.table.horizontalHeader(), compare.model
    ordered = sorted(range(FIRST_OFFER_COL, model.columnCount()), key=header.visualIndex)
    return [model.result_at(c).name for c in ordered]


def test_best_ranked_first_orders_the_offer_columns(window, demo_path):
    compare = open_page(window, demo_path, "compare")
    assert _names_in_view(compare) == [o.name for o in window.state.project.offers]
    compare.best_first.setChecked(True)
    results = window.state.evaluation.evaluation.offers
    by_rank = sorted(results, key=lambda r: (r.rank is None, r.rank or 0))
    assert _names_in_view(compare) == [r.name for r in by_rank]
    assert _names_in_view(compare)[-1].startswith("Nordlys")  # K.O.: last
    compare.best_first.setChecked(False)
    assert _names_in_view(compare) == [o.name for o in window.state.project.offers]


def test_best_ranked_first_follows_a_new_ranking(window, tmp_path):
    compare = open_page(window, write(tmp_path, twins_project()), "compare")
    compare.best_first.setChecked(True)
    assert _names_in_view(compare) == ["EcoNet Services", "EcoNet twin"]
    state = window.state
    state.push(commands.set_answer(state, "twin", TWIN_CRITERION, Answer(value=15)))
    assert _names_in_view(compare) == ["EcoNet twin", "EcoNet Services"]
