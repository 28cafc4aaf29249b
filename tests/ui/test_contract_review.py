"""New offer from a contract: read in the background, each proposal kept, corrected or
rejected before it becomes an answer; the whole import is one undoable step."""

import contextlib

from slaeval.data_paths import samples_dir
from slaeval.ui import messages


def test_review_then_create_an_offer_from_a_contract(qtbot, window, empty_path):
    from slaeval.ui.contract_review import ContractReviewDialog

    window.open_file(empty_path)
    dialog = ContractReviewDialog(window.state, samples_dir() / "documents" / "econet.pdf", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert len(dialog.proposals) >= 5
    assert "availability.commitment" in dialog.proposals
    rejected = next(c for c in dialog.proposals if c != "availability.commitment")
    dialog.keep[rejected].setChecked(False)
    dialog.editors["availability.commitment"].spin.setValue(99.7)
    dialog.provider.setText("EcoNet (contrat)")
    dialog.create_offer()
    offer = window.state.project.offers[0]
    assert offer.name == "EcoNet (contrat)"
    assert rejected not in offer.answers
    assert offer.answers["availability.commitment"].value == 99.7
    kept = next(a for c, a in offer.answers.items() if c != "availability.commitment")
    assert kept.evidence is not None and kept.evidence.quote
    window.state.undo_stack.undo()
    assert window.state.project.offers == ()


def test_a_file_that_is_not_a_document_gives_a_message(qtbot, window, empty_path, tmp_path):
    from slaeval.ui.contract_review import ContractReviewDialog

    window.open_file(empty_path)
    bad = tmp_path / "contract.pdf"
    bad.write_bytes(b"\x00\x01 not a pdf")
    dialog = ContractReviewDialog(window.state, bad, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(
        lambda: bool(messages.shown) and messages.shown[-1][0] == "error", timeout=30_000
    )
    assert "PDF" in messages.shown[-1][1]
    assert window.state.project.offers == ()


def test_cancelling_while_the_document_is_read_drops_the_result(qtbot, window, empty_path):
    from slaeval.ui.contract_review import ContractReviewDialog

    window.open_file(empty_path)
    messages.shown.clear()
    dialog = ContractReviewDialog(window.state, samples_dir() / "documents" / "econet.pdf", window)
    qtbot.addWidget(dialog)
    dialog.reject()
    qtbot.waitUntil(lambda: dialog.thread.isFinished(), timeout=30_000)
    qtbot.wait(50)  # let the queued result arrive
    assert dialog.report is None and dialog.table.rowCount() == 0
    assert messages.shown == []
    assert window.state.project.offers == ()


def test_missing_commitments_and_unbacked_promises_are_listed_once_each(qtbot, window, demo_path):
    from slaeval.localized import listed
    from slaeval.ui.contract_review import ContractReviewDialog
    from slaeval.ui.i18n import set_language

    set_language("fr")
    window.open_file(demo_path)
    dialog = ContractReviewDialog(window.state, samples_dir() / "documents" / "econet.pdf", window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    dialog.provider.setText("EcoNet Services")
    dialog._list_missing_and_promises(dialog.report)
    lines = dialog.extra.toPlainText().splitlines()
    promised = [line for line in lines if "Promis, non trouvé dans le contrat" in line]
    assert promised, lines
    assert all(line.count("Promis, non trouvé") == 1 for line in promised)
    if dialog.report.missing:
        names = [dialog.catalogue.criterion(c).name("fr") for c in dialog.report.missing]
        assert lines[0].endswith(listed(names, "fr"))
        assert len(names) == 1 or " ; " in lines[0]
    dialog.reject()
    set_language("en")


def test_rows_read_whole_in_french_and_the_list_below_fits_its_text(qtbot, window, demo_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from slaeval.ui.contract_review import ContractReviewDialog
    from slaeval.ui.i18n import set_language

    set_language("fr")
    window.open_file(demo_path)
    dialog = ContractReviewDialog(window.state, samples_dir() / "documents" / "econet.pdf", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Annuler"  # Qt's own words follow the app's language
    for row, criterion_id in enumerate(dialog.proposals):
        criterion = dialog.catalogue.criterion(criterion_id)
        name = dialog.table.item(row, 1)
        assert name.text() == criterion.name("fr")
        assert name.toolTip() == criterion.question.get("fr")
        passage = dialog.table.item(row, 3)
        assert passage.toolTip() == passage.text() and passage.text().startswith("« ")
        combos = [c for c in (dialog.editors[criterion_id].choices,) if c is not None]
        for combo in combos:  # a proposed choice shows whole in its box
            shown = combo.fontMetrics().horizontalAdvance(combo.currentText())
            assert shown <= combo.width() - 20, (criterion_id, combo.currentText())
    dialog.provider.setText("EcoNet Services")
    dialog._list_missing_and_promises(dialog.report)
    extra = dialog.extra
    line = extra.fontMetrics().lineSpacing()
    assert extra.isVisible() and extra.height() <= line * 8 + 40
    qtbot.wait(20)
    wrapped = sum(
        extra.document().findBlockByNumber(i).layout().lineCount()
        for i in range(extra.document().blockCount())
    )
    assert (wrapped > 8) == extra.verticalScrollBar().isVisible()
    dialog.reject()
    set_language("en")


def test_qt_words_switch_with_the_language(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from slaeval.ui.i18n import set_language

    set_language("fr")
    french = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    set_language("en")
    english = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(french)
    qtbot.addWidget(english)
    assert french.buttons()[0].text() == "Annuler"
    assert english.buttons()[0].text() == "Cancel"


def test_the_rules_compile_while_the_user_picks_a_document(window, empty_path, monkeypatch):
    """The file dialog is open long enough to compile the rules the first analysis needs."""
    from PySide6.QtWidgets import QFileDialog

    from slaeval.analysis.rules import load_rules
    from slaeval.ui.background import wait_for_all
    from slaeval.ui.contract_choice import choose_contract

    rules = load_rules()
    for pattern in rules.compiled:  # as in a fresh process: not compiled, no method bound
        pattern._compiled = None
        for method in ("search", "match", "finditer"):
            with contextlib.suppress(AttributeError):  # not bound yet
                delattr(pattern, method)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    assert choose_contract(window) is None  # cancelled: nothing to read
    wait_for_all()
    assert all(p._compiled is not None for p in rules.compiled)


def test_real_time_in_the_tooltips_follows_the_contracts_lunch_break(
    qtbot, window, empty_path, tmp_path
):
    from slaeval.ui.contract_review import ContractReviewDialog

    window.open_file(empty_path)
    contract = tmp_path / "atelier.txt"
    contract.write_text(
        "Le support est assuré du lundi au vendredi de 8h à 12h et de 14h à 18h.\n\n"
        "Incidents P1 : délai de rétablissement de 8 heures ouvrées.\n",
        encoding="utf-8",
    )
    dialog = ContractReviewDialog(window.state, contract, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    tooltip = dialog.editors["support.p1_restoration"].toolTip()
    # from Friday 18:00: Monday 8-12 and 14-18, 72 h; a window without the break says 70 h
    assert "up to 3\u00a0d real time" in tooltip, tooltip
