"""The Edit menu names each change of the Offers and Negotiate steps in the user's language,
with the offer and the question (not the internal ids the commands start with)."""

from PySide6.QtCore import Qt

from slaeval.ui.i18n import set_language
from slaeval.ui.pages.edit_names import short
from tests.ui.page_projects import open_page


def test_offer_edits_are_named_in_french(window, demo_path, qtbot):
    set_language("fr")
    offers = open_page(window, demo_path, "offers")
    stack = window.state.undo_stack
    offers.editor.name.setText("EcoNet Pro")
    offers.editor.name.editingFinished.emit()
    assert stack.undoText() == "Renommer EcoNet Services en EcoNet Pro"
    editor = offers.editor.areas["scope"].editors["scope.service_catalogue"]
    editor.set_unknown()
    assert stack.undoText().startswith("EcoNet Pro : réponse à « Le contrat liste-t-il")
    assert "scope." not in stack.undoText()
    qtbot.mouseClick(offers.buttons["duplicate"], Qt.MouseButton.LeftButton)
    assert stack.undoText() == "Dupliquer EcoNet Pro"
    qtbot.mouseClick(offers.buttons["delete"], Qt.MouseButton.LeftButton)
    assert stack.undoText() == "Supprimer l'offre EcoNet Pro (copie)"


def test_negotiation_edits_are_named(window, demo_path, qtbot):
    negotiate = open_page(window, demo_path, "negotiate")
    negotiate.select_ask("support.p1_response")
    qtbot.mouseClick(negotiate.details.state_buttons[2], Qt.MouseButton.LeftButton)
    assert window.state.undo_stack.undoText() == "EcoNet Services: ask marked refused"
    negotiate.details.note.setPlainText("Ask again")
    negotiate.details.note.finished.emit()
    assert window.state.undo_stack.undoText() == "EcoNet Services: reply and note on an ask"


def test_short_cuts_long_texts_at_a_word():
    assert short("Short text") == "Short text"
    cut = short("word " * 30, 20)
    assert cut.endswith("…") and len(cut) <= 20 and "  " not in cut
    assert short("x" * 80, 10) == "x" * 9 + "…"
