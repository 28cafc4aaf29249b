"""Undo and Redo name the Needs and Requirements edits in words, never by their keys."""

from PySide6.QtCore import Qt

from slaeval.ui.i18n import set_language
from slaeval.ui.pages.requirements_page import RequirementsPage
from slaeval.ui.pages.requirements_table import AreaRequirements
from slaeval.ui.widgets.choice_buttons import ChoiceButtons


def _undo_text(window) -> str:  # type: ignore[no-untyped-def]
    return window.state.undo_stack.undoText()


def test_a_sign_answer_and_its_note_are_named_by_the_question(qtbot, window, empty_path):
    set_language("fr")
    assert window.open_file(empty_path)
    flow = window.pages[0].flow
    title = flow.current().title
    editor = flow.editor_area.currentWidget()
    assert isinstance(editor, ChoiceButtons)
    qtbot.keyClick(editor, "1")
    assert _undo_text(window).startswith("Réponse à « ")
    assert title[:30] in _undo_text(window)
    flow.go_back()
    flow.note.setFocus()
    qtbot.keyClicks(flow.note, "Sauvegardes sur un disque USB")
    qtbot.keyClick(flow.note, Qt.Key.Key_Return)
    assert _undo_text(window).startswith("Note sur « ")
    assert title[:30] in _undo_text(window)
    assert ":" not in _undo_text(window).split("«")[0]


def test_a_profile_change_names_the_field(window, empty_path):
    set_language("en")
    assert window.open_file(empty_path)
    flow = window.pages[0].flow
    name_question = next(i for i, q in enumerate(flow._questions) if q.key == "profile:name")
    flow.go_to(name_question)
    edit = flow.editor_area.currentWidget()
    edit.setText("Boulangerie Martin")
    edit.editingFinished.emit()
    assert window.state.project.diagnostic.profile.company_name == "Boulangerie Martin"
    assert _undo_text(window) == "Company profile: the company's name"


def test_requirement_edits_and_resets_name_the_question(window, demo_path):
    set_language("fr")
    assert window.open_file(demo_path)
    window.show_step("requirements")
    page = next(p for p in window.pages if isinstance(p, RequirementsPage))
    table = page.flow.editor_area.currentWidget()
    assert isinstance(table, AreaRequirements)
    area_spin = table.cellWidget(0, 1)
    area_spin.setValue(area_spin.value() + 5)
    area_spin.editingFinished.emit()
    text = _undo_text(window)
    assert text.startswith("Poids du domaine « "), text
    assert "area_weight" not in text
    table = page.flow.editor_area.currentWidget()
    weight = table.cellWidget(1, 1)
    weight.setValue(weight.value() + 1 if weight.value() < 9 else 1)
    weight.editingFinished.emit()
    question = table.catalogue.in_area(table.area_id)[0].question.get("fr")
    assert _undo_text(window).startswith("Poids de « ")
    assert question[:20] in _undo_text(window)
    table = page.flow.editor_area.currentWidget()
    table.cellWidget(1, 5).click()
    assert _undo_text(window).endswith("» ramené à la suggestion")
    assert question[:20] in _undo_text(window)
    page.round_the_clock.toggle()
    assert _undo_text(window) == "Service 24 h/24"
    keys = ("override", "area_weight:", "criterion_weight:", "target:", "round_the_clock")
    for text in _all_texts(window):
        assert not any(key in text for key in keys), text


def _all_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    stack = window.state.undo_stack
    return [stack.text(i) for i in range(stack.count())]
