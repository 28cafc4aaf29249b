"""Files dropped on the window with real drag-and-drop events: a project opens, an offer JSON
is imported, a contract opens its review; text without files is refused at the door."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from slaeval.data_paths import samples_dir


def _mime(*paths: Path) -> QMimeData:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return data


def _drop(window, data: QMimeData) -> bool:  # type: ignore[no-untyped-def]
    point = QPoint(window.width() // 2, window.height() // 2)
    action, buttons = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    modifiers = Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPointF(), action, data, buttons, modifiers)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(point.toPointF(), action, data, buttons, modifiers)
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def test_the_window_accepts_drops(window):
    assert window.acceptDrops()


def test_dropping_an_offer_file_imports_it_and_undo_takes_it_back(window, empty_path):
    assert window.open_file(empty_path)
    assert _drop(window, _mime(samples_dir() / "offers" / "fortis.json"))
    assert [o.name for o in window.state.project.offers] == ["Fortis Infogérance"]
    window.state.undo_stack.undo()
    assert window.state.project.offers == ()


def test_dropping_two_offer_files_imports_both(window, empty_path):
    assert window.open_file(empty_path)
    offers = samples_dir() / "offers"
    assert _drop(window, _mime(offers / "econet.json", offers / "atlas.json"))
    assert len(window.state.project.offers) == 2


def test_dropping_a_project_opens_it(window, demo_path):
    assert _drop(window, _mime(demo_path))
    assert window.state.path == demo_path
    assert len(window.state.project.offers) >= 3


def test_dropping_a_contract_opens_its_review(window, empty_path):
    from slaeval.ui.contract_review import ContractReviewDialog

    assert window.open_file(empty_path)
    assert _drop(window, _mime(samples_dir() / "documents" / "atlas.md"))
    assert isinstance(window.contract_dialog, ContractReviewDialog)
    window.contract_dialog.reject()
    assert window.state.project.offers == ()


def test_plain_text_without_files_is_not_taken(window, empty_path):
    assert window.open_file(empty_path)
    data = QMimeData()
    data.setText("99,9 % de disponibilité")
    assert not _drop(window, data)
    assert window.state.project.offers == ()
