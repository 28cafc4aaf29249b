"""Compare step: the close-call sentence, the per-criterion weights, and the cost panel and
radar following an edit made anywhere in the app."""

import pytest
from PySide6.QtCore import Qt

from slaeval.ui import commands
from slaeval.ui.i18n import set_language
from slaeval.ui.models.cost_model import MEASURES
from tests.ui.page_projects import open_page, twins_project, write


def _cost(compare, measure: str, column: int) -> str:
    return compare.costs.index(MEASURES.index(measure), column).data()


def test_a_close_call_is_said_in_both_languages(window, tmp_path):
    compare = open_page(window, write(tmp_path, twins_project()), "compare")
    assert compare.sentence.text().startswith("Close call: no clear winner")
    set_language("fr")
    assert compare.sentence.text().startswith("Match serré : pas de vainqueur net")


def test_cost_panel_and_radar_follow_edits_of_prices_and_answers(window, demo_path):
    compare = open_page(window, demo_path, "compare")
    state = window.state
    offer = state.project.offers[0]
    column = [r.offer_id for r in state.evaluation.evaluation.offers].index(offer.id)
    total_before = _cost(compare, "total", column)
    prices = offer.prices.model_copy(update={"monthly": offer.prices.monthly + 1000})
    state.push(commands.update_offer(state, offer.model_copy(update={"prices": prices})))
    total_after = _cost(compare, "total", column)
    assert total_after != total_before
    new_total = state.evaluation.evaluation.result(offer.id).costs.total_cost
    assert new_total >= 1000 * prices.term_months
    digits = "".join(ch for ch in total_after if ch.isdigit())
    assert int(digits) == round(new_total)
    old_digits = "".join(ch for ch in total_before if ch.isdigit())
    assert int(digits) - int(old_digits) == 1000 * prices.term_months

    name = compare.radar.series[column][0]
    assert name == offer.name
    backups_axis = compare.radar.axes.index(
        state.evaluation.catalogue.area("backup").label.get("en")
    )
    before = compare.radar.series[column][1][backups_axis]
    backup_ids = [c.id for c in state.evaluation.catalogue.in_area("backup")]
    state.undo_stack.beginMacro("clear backups")
    for criterion_id in backup_ids:
        state.push(commands.set_answer(state, offer.id, criterion_id, None))
    state.undo_stack.endMacro()
    after = compare.radar.series[column][1][backups_axis]
    assert after < before
    assert f"Backups {after:.0f}" in compare.radar.accessibleDescription()
    state.undo_stack.undo()
    assert compare.radar.series[column][1][backups_axis] == before
    state.undo_stack.undo()
    assert _cost(compare, "total", column) == total_before


def test_a_criterion_weight_is_set_as_a_share_of_its_area(window, demo_path, qtbot):
    compare = open_page(window, demo_path, "compare")
    compare.tabs.setCurrentIndex(2)
    panel = compare.weights
    assert not panel.criterion_spins
    area_before = dict(window.state.evaluation.evaluation.area_weights)
    panel._toggle("support")
    support = [
        c.id
        for c in window.state.evaluation.catalogue.in_area("support")
        if c.id in panel.criterion_spins
    ]
    assert len(support) >= 3
    spin = panel.criterion_spins["support.p1_response"]
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "40")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    spins = panel.criterion_spins
    assert spins["support.p1_response"].value() == pytest.approx(40, abs=0.1)
    assert sum(spins[c].value() for c in support) == pytest.approx(100, abs=0.5)
    assert window.state.evaluation.evaluation.area_weights == pytest.approx(area_before)
    assert panel.total.text() == "Total: 100%"
    assert window.state.undo_stack.undoText() == "Change the weights"
    assert panel.reset.isEnabled()
    window.state.undo_stack.undo()
    assert spins["support.p1_response"].value() != pytest.approx(40, abs=0.1)
    window.state.undo_stack.redo()
    panel.reset.click()
    assert not any(k.startswith("criterion_weight:") for k in window.state.project.overrides)
    assert not panel.reset.isEnabled()
