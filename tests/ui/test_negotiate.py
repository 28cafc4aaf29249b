"""Negotiate step: asks in order of importance, states, replies and notes kept in the file,
and an obtained ask that sets the offer's answer (undoable), moving the scores."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from slaeval.ui.models.asks_filter import SHOWN
from slaeval.ui.models.asks_model import COLUMNS, ROLE_CRITERION
from tests.ui.page_projects import open_page, page


def _select(negotiate, criterion_id):
    negotiate.select_ask(criterion_id)
    assert negotiate.current_criterion() == criterion_id


def test_asks_are_ordered_by_importance(window, demo_path):
    negotiate = open_page(window, demo_path, "negotiate")
    model = negotiate.model
    priorities = [model.ask(r).priority for r in range(model.rowCount())]
    assert priorities == sorted(priorities, reverse=True) and len(priorities) > 5
    assert model.index(0, 1).data().startswith("K.O.")  # K.O. criteria weigh three times more


def test_states_replies_and_notes_survive_reopening(window, demo_path, qtbot):
    negotiate = open_page(window, demo_path, "negotiate")
    first = negotiate.model.index(0, 0).data(ROLE_CRITERION)
    third = negotiate.model.index(2, 0).data(ROLE_CRITERION)
    _select(negotiate, first)
    qtbot.mouseClick(negotiate.details.state_buttons[1], Qt.MouseButton.LeftButton)  # obtained
    negotiate.details.reply.setPlainText("Accepted in the amendment of 12 March")
    negotiate.details.reply.finished.emit()
    _select(negotiate, third)
    qtbot.mouseClick(negotiate.details.state_buttons[2], Qt.MouseButton.LeftButton)  # refused
    negotiate.details.note.setPlainText("Try again at renewal")
    negotiate.details.note.finished.emit()
    offer_id = window.state.project.offers[0].id

    window.state.close()
    assert window.open_file(demo_path)
    window.show_step("negotiate")
    negotiate = page(window, "negotiate")
    saved = window.state.project.negotiation[offer_id]
    assert saved[first].state == "obtained"
    assert saved[first].reply == "Accepted in the amendment of 12 March"
    assert saved[third].state == "refused" and saved[third].note == "Try again at renewal"
    _select(negotiate, first)
    assert negotiate.details.state_buttons[1].isChecked()
    assert negotiate.details.reply.toPlainText() == "Accepted in the amendment of 12 March"
    row = negotiate.model.row_of(third)
    assert "refused" in negotiate.model.index(row, COLUMNS.index("state")).data()
    assert "1 obtained, 1 refused" in negotiate.progress.text()


def test_obtained_ask_can_set_the_answer_and_move_the_scores(window, demo_path, qtbot):
    negotiate = open_page(window, demo_path, "negotiate")
    criterion = "support.p1_response"  # EcoNet: 4 h business, a red flag
    _select(negotiate, criterion)
    assert not negotiate.details.apply.isVisible()
    qtbot.mouseClick(negotiate.details.state_buttons[1], Qt.MouseButton.LeftButton)
    assert negotiate.details.apply.isVisible()
    assert "30\xa0min" in negotiate.details.apply.text()
    before = window.state.evaluation.evaluation.offers[0]
    qtbot.mouseClick(negotiate.details.apply, Qt.MouseButton.LeftButton)
    after = window.state.evaluation.evaluation.offers[0]
    assert window.state.project.offers[0].answers[criterion].value == 30
    assert after.criteria[criterion].status == "good" and after.total > before.total
    assert not negotiate.details.apply.isEnabled()  # the answer already says so
    assert negotiate.current_criterion() == criterion  # still listed: it is tracked
    window.state.undo_stack.undo()
    assert window.state.project.offers[0].answers[criterion].value == 240
    assert window.state.evaluation.evaluation.offers[0].total == before.total


def test_double_click_on_what_the_offer_says_opens_the_answer(window, demo_path, qtbot):
    negotiate = open_page(window, demo_path, "negotiate")
    criterion = "support.p1_response"
    _select(negotiate, criterion)
    index = negotiate.proxy.index(negotiate.proxy.row_of(criterion), COLUMNS.index("now"))
    assert "Double-click" in index.data(Qt.ItemDataRole.ToolTipRole)
    rect = negotiate.table.visualRect(index)
    qtbot.mouseClick(negotiate.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(negotiate.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    offers = page(window, "offers")
    assert offers.isVisible()
    assert offers.current_offer().id == window.state.project.offers[0].id
    editor = offers.editor.areas["support"].editors[criterion]
    assert editor.isAncestorOf(QApplication.focusWidget())


def test_what_the_negotiation_is_worth(window, demo_path, qtbot):
    from slaeval.formatting import format_number
    from slaeval.ui.models.negotiation_outlook import outlook

    negotiate = open_page(window, demo_path, "negotiate")
    model, state = negotiate.model, window.state
    offer_id = state.project.offers[0].id
    view = outlook(state.evaluation, state.project, offer_id)
    assert view.now.rank == 2 and view.best.rank == 1
    gains = [model.gain(model.ask(r)) for r in range(model.rowCount())]
    assert all(g >= 0 for g in gains)
    assert sum(gains) == pytest.approx(view.best.total - view.now.total, abs=0.01)
    assert model.index(0, COLUMNS.index("gain")).data().startswith("+")
    text = negotiate.outlook.text()
    assert text.startswith(f"Now: {format_number(view.now.total, 'en')}/100, #2.")
    assert f"{view.open_asks} asks not refused granted: 100/100, #1." in text

    first = model.ask(0).criterion_id
    _select(negotiate, first)
    qtbot.mouseClick(negotiate.details.state_buttons[2], Qt.MouseButton.LeftButton)  # refused
    after = outlook(state.evaluation, state.project, offer_id)
    assert after.open_asks == view.open_asks - 1
    assert after.best.total == pytest.approx(view.best.total - gains[0], abs=0.01)
    assert f"{after.open_asks} asks" in negotiate.outlook.text()


def test_the_list_shows_one_state_or_the_knockouts(window, demo_path, qtbot):
    negotiate = open_page(window, demo_path, "negotiate")
    proxy, model = negotiate.proxy, negotiate.model
    first, second = (model.ask(r).criterion_id for r in (0, 1))
    _select(negotiate, first)
    qtbot.mouseClick(negotiate.details.state_buttons[1], Qt.MouseButton.LeftButton)  # obtained
    negotiate.shown.setCurrentIndex(SHOWN.index("obtained"))
    assert proxy.rowCount() == 1 and negotiate.current_criterion() == first
    negotiate.shown.setCurrentIndex(SHOWN.index("pending"))
    assert proxy.rowCount() == model.rowCount() - 1
    assert negotiate.current_criterion() == second  # the first one still pending
    negotiate.shown.setCurrentIndex(SHOWN.index("knockout"))
    shown = [proxy.index(r, 0).data(ROLE_CRITERION) for r in range(proxy.rowCount())]
    expected = [model.ask(r).criterion_id for r in range(model.rowCount()) if model.ask(r).knockout]
    assert shown == expected and 0 < len(shown) < model.rowCount()
    negotiate.shown.setCurrentIndex(SHOWN.index("all"))
    assert proxy.rowCount() == model.rowCount()


def test_asks_table_widths_leave_room_to_read_the_ask():
    from slaeval.ui.pages.asks_table import ASK_WIDTH, asks_widths

    wide = asks_widths(1000)
    assert sum(wide.values()) == 1000 and wide["ask"] >= ASK_WIDTH
    narrow = asks_widths(700)
    assert narrow["ask"] == ASK_WIDTH and narrow["now"] < wide["now"]
    assert set(wide) == set(COLUMNS)


def test_change_the_answer_button_opens_it(window, demo_path, qtbot):
    negotiate = open_page(window, demo_path, "negotiate")
    _select(negotiate, "backup.scope")
    qtbot.mouseClick(negotiate.details.edit, Qt.MouseButton.LeftButton)
    offers = page(window, "offers")
    assert offers.isVisible()
    editor = offers.editor.areas["backup"].editors["backup.scope"]
    assert editor.isAncestorOf(QApplication.focusWidget())


def test_a_flag_note_shows_in_the_window_language_and_survives_an_edit(window, demo_path):
    from slaeval.localized import both
    from slaeval.project import Negotiation
    from slaeval.promise_flags import bilingual_note
    from slaeval.ui import commands
    from slaeval.ui.i18n import set_language

    negotiate = open_page(window, demo_path, "negotiate")
    state = window.state
    offer_id = negotiate.offer.currentData()
    criterion = negotiate.model.index(0, 0).data(ROLE_CRITERION)
    flag = bilingual_note(
        both("Promis, non trouvé dans le contrat : X", "Promised, not in the contract: X")
    )
    state.push(commands.set_negotiation(state, offer_id, criterion, Negotiation(note=flag)))
    set_language("fr")
    _select(negotiate, criterion)
    assert negotiate.details.note.toPlainText() == "Promis, non trouvé dans le contrat : X"
    negotiate.details.note.setPlainText(negotiate.details.note.toPlainText() + "\nRelancé")
    negotiate.details.note.finished.emit()
    assert state.project.negotiation[offer_id][criterion].note == f"{flag}\nRelancé"
    set_language("en")
    _select(negotiate, criterion)
    assert negotiate.details.note.toPlainText() == "Promised, not in the contract: X\nRelancé"
