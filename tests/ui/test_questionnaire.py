"""The guided questionnaire: keyboard only, undo/redo, overrides, persistence."""

from PySide6.QtCore import Qt

from slaeval.project_store import ProjectStore
from slaeval.ui import commands
from slaeval.ui.widgets.choice_buttons import ChoiceButtons


def test_needs_walked_through_by_keyboard_then_reopened(qtbot, window, empty_path):
    assert window.open_file(empty_path)
    page = window.pages[0]
    flow = page.flow
    answers = ["1", "2", "3", "1", "1", "2", "3", "1", "2", "3"]
    for number, digit in enumerate(answers):
        editor = flow.editor_area.currentWidget()
        assert isinstance(editor, ChoiceButtons)
        qtbot.keyClick(editor, digit)
        if number == 1:
            flow.note.setFocus()
            qtbot.keyClicks(flow.note, "Backups on a USB disk in the office")
        qtbot.keyClick(
            flow.editor_area.currentWidget() if number != 1 else flow.note, Qt.Key.Key_Return
        )
    assert flow.index == 10  # on to the company profile
    window.state.close()
    with ProjectStore.open(empty_path) as store:
        project = store.load()
    expected = dict(
        zip(
            [
                "no_owner",
                "untested_backups",
                "postponed_updates",
                "outages_from_customers",
                "major_outage",
                "unsure_security",
                "no_continuity_plan",
                "cost_blindness",
                "no_clear_contract",
                "it_eats_time",
            ],
            ["yes", "partly", "no", "yes", "yes", "partly", "no", "yes", "partly", "no"],
            strict=True,
        )
    )
    assert project.diagnostic.signs == expected
    assert project.notes["sign:untested_backups"] == "Backups on a USB disk in the office"


def test_undo_and_redo_of_an_answer(window, empty_path):
    window.open_file(empty_path)
    state = window.state
    state.push(commands.set_sign(state, "major_outage", "yes"))
    assert state.project.diagnostic.signs["major_outage"] == "yes"
    state.undo_stack.undo()
    assert "major_outage" not in state.project.diagnostic.signs
    state.undo_stack.redo()
    assert state.project.diagnostic.signs["major_outage"] == "yes"
    window.state.close()
    with ProjectStore.open(empty_path) as store:
        assert store.load().diagnostic.signs["major_outage"] == "yes"


def test_override_then_reset_a_derived_weight(window, demo_path):
    window.open_file(demo_path)
    state = window.state
    suggested = state.evaluation.derived.area_weights["security"].value
    state.push(commands.set_override(state, "area_weight:security", 60.0))
    assert state.evaluation.requirements.area_weights["security"] == 60.0
    window.show_step("requirements")
    page = window.pages[1]
    page.flow.go_to(7)  # security is the eighth area in review order
    table = page.flow.editor_area.currentWidget()
    assert table.cellWidget(0, 4).text() == "Changed by you"
    reset = table.cellWidget(0, 5)
    assert reset.isEnabled()
    reset.click()
    assert "area_weight:security" not in state.project.overrides
    assert state.evaluation.requirements.area_weights["security"] == suggested


def test_consultant_mode_keyboard_and_summary(qtbot, window, empty_path):
    from slaeval.ui.consultant import ConsultantWindow

    window.open_file(empty_path)
    consultant = ConsultantWindow(window.state)
    qtbot.addWidget(consultant)
    consultant.show()
    consultant.activateWindow()
    qtbot.waitUntil(consultant.isActiveWindow)
    flow = consultant.flow
    qtbot.keyClick(flow.editor_area.currentWidget(), "1")
    qtbot.keyClick(flow.editor_area.currentWidget(), Qt.Key.Key_Return)
    assert flow.index == 1
    qtbot.keyClick(flow.editor_area.currentWidget(), Qt.Key.Key_Backspace)
    assert flow.index == 0
    assert window.state.project.diagnostic.signs["no_owner"] == "yes"
    consultant.show_summary()
    text = consultant.summary.toPlainText()
    assert "Recommended model" in text and "Nobody knows who does what" in text
