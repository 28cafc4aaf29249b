"""Numbers typed in the window follow its language: decimal comma and French punctuation in
French, decimal point in English."""

from PySide6.QtWidgets import QDoubleSpinBox

from slaeval.ui.i18n import set_language
from slaeval.ui.pages.needs_questions import DowntimeHelper
from slaeval.ui.pages.requirements_page import RequirementsPage
from slaeval.ui.pages.requirements_table import AreaRequirements


def _requirements(window):  # type: ignore[no-untyped-def]
    window.show_step("requirements")
    page = next(p for p in window.pages if isinstance(p, RequirementsPage))
    table = page.flow.editor_area.currentWidget()
    assert isinstance(table, AreaRequirements)
    return table


def test_requirement_weights_use_a_decimal_comma_in_french(window, demo_path):
    set_language("fr")
    assert window.open_file(demo_path)
    table = _requirements(window)
    assert "," in table.cellWidget(0, 1).text() and "." not in table.cellWidget(0, 1).text()
    reasons = [table.cellWidget(r, 4).text() for r in range(table.rowCount())]
    joined = [r for r in reasons if "poids du catalogue" in r and "obligatoire" in r]
    assert joined and all(" ; " in r for r in joined), reasons
    set_language("en")
    table = _requirements(window)
    assert "." in table.cellWidget(0, 1).text()
    reasons = [table.cellWidget(r, 4).text() for r in range(table.rowCount())]
    assert any("; " in r and " ; " not in r for r in reasons)


def test_the_downtime_helper_writes_amounts_the_french_way(window, demo_path):
    set_language("fr")
    assert window.open_file(demo_path)
    helper = DowntimeHelper(window.state)
    spin = helper.spins["revenue_per_hour"]
    assert isinstance(spin, QDoubleSpinBox)
    spin.setValue(1234.5)
    assert spin.text().replace("\u202f", " ").replace("\xa0", " ") == "1 234,50"
