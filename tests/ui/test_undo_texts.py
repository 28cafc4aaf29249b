"""The Edit menu's Undo and Redo name the change in the window's language, and follow a switch."""

from slaeval.ui import commands
from slaeval.ui.i18n import set_language
from slaeval.ui.pages.edit_names import named, offer_edit_text


def _rename(window, name: str) -> None:  # type: ignore[no-untyped-def]
    state = window.state
    old = state.project.offers[0]
    new = old.model_copy(update={"name": name})
    state.push(named(commands.update_offer(state, new), offer_edit_text(old, new)))


def test_undo_and_redo_texts_are_french_in_french(window, demo_path):
    assert window.open_file(demo_path)
    set_language("fr")
    assert window.act_undo.text() == "&Annuler"
    assert window.act_redo.text() == "&Rétablir"
    assert not window.act_undo.isEnabled()
    _rename(window, "EcoNet Pro")
    assert window.act_undo.isEnabled()
    assert window.act_undo.text() == "&Annuler Renommer EcoNet Services en EcoNet Pro"
    window.act_undo.trigger()
    assert window.state.project.offers[0].name == "EcoNet Services"
    assert window.act_redo.text() == "&Rétablir Renommer EcoNet Services en EcoNet Pro"
    assert window.act_undo.text() == "&Annuler"


def test_the_prefix_follows_a_language_switch(window, demo_path):
    assert window.open_file(demo_path)
    _rename(window, "EcoNet Pro")
    assert window.act_undo.text() == "&Undo Rename EcoNet Services to EcoNet Pro"
    set_language("fr")
    assert window.act_undo.text().startswith("&Annuler ")
    set_language("en")
    assert window.act_undo.text().startswith("&Undo ")
    window.act_undo.trigger()
    window.act_redo.trigger()
    assert window.state.project.offers[0].name == "EcoNet Pro"


def test_an_ampersand_in_a_name_is_shown_not_taken_as_a_shortcut(window, demo_path):
    assert window.open_file(demo_path)
    _rename(window, "R&D Services")
    assert window.act_undo.text() == "&Undo Rename EcoNet Services to R&&D Services"
