"""Offers, Compare and Negotiate in French and English: `slaeval gui --screenshot` gives
non-blank images, and no button, label or tab of these pages is cut short at 1280 x 800."""

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTableView, QTabWidget

from slaeval.ui.i18n import set_language
from slaeval.ui.main_window import STEP_IDS
from slaeval.ui.models.compare_model import ROLE_KIND
from tests.ui.page_projects import open_page

PAGES = ("offers", "compare", "negotiate")


def test_screenshots_of_the_three_pages_are_not_blank(demo_path, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    runs = {}
    for step in PAGES:
        for lang in ("fr", "en"):
            out = tmp_path / f"{step}-{lang}.png"
            command = [sys.executable, "-m", "slaeval.cli.main", "gui", str(demo_path)]
            command += ["--screenshot", str(out), "--page", step, "--lang", lang]
            runs[out] = subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
    for out, run in runs.items():
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        image = QImage(str(out))
        assert (image.width(), image.height()) == (1280, 800)
        colours = {image.pixel(x, y) for x in range(0, 1280, 8) for y in range(0, 800, 8)}
        assert len(colours) > 30, out.name


def _cut_texts(page) -> list[str]:
    cut = []
    for button in page.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width():
            cut.append(f"button {button.text()!r}: {button.width()} < {button.sizeHint().width()}")
    for label in page.findChildren(QLabel):
        shown = label.isVisible() and label.text() and not label.wordWrap()
        if shown and label.width() < label.sizeHint().width():
            cut.append(f"label {label.text()!r}")
    for tabs in page.findChildren(QTabWidget):
        bar = tabs.tabBar()
        for i in range(bar.count()):
            if tabs.isVisible() and bar.tabRect(i).width() < bar.tabSizeHint(i).width():
                cut.append(f"tab {bar.tabText(i)!r}")
    for view in page.findChildren(QTableView):
        if view.isVisible():
            cut += _cut_cells(view)
    return cut


def _plain(text: str) -> str:
    """A cell's words without its status symbol and K.O. marker, spaces folded."""
    text = " ".join(text.split()).removesuffix(" · K.O.")
    return text[2:] if text[:2] in ("✔ ", "~ ", "✖ ", "? ") else text


def _cut_cells(view: QTableView) -> list[str]:
    """Cells whose text does not fit their wrapped rows: allowed only where the tooltip holds
    the whole text, and never for the rank, total and K.O. rows."""
    model, cut = view.model(), []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            text = str(index.data() or "")
            rect = view.visualRect(index)
            if not text or view.isColumnHidden(column) or rect.isEmpty():
                continue
            font = index.data(Qt.ItemDataRole.FontRole) or view.font()
            room = QRect(0, 0, rect.width() - 8, 10_000)
            needed = QFontMetrics(font).boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
            if needed <= rect.height() - 4:
                continue
            summary = index.data(ROLE_KIND) in ("rank", "total", "knockout")
            tip = " ".join(str(index.data(Qt.ItemDataRole.ToolTipRole) or "").split())
            if summary or _plain(text) not in tip:
                cut.append(f"cell {text!r} ({needed} px in {rect.height()})")
    return cut


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_text_is_cut_off(window, demo_path, lang):
    set_language(lang)
    for step in PAGES:
        page = open_page(window, demo_path, step) if step == "offers" else None
        if page is None:
            window.show_step(step)
            page = window.pages[STEP_IDS.index(step)]
        for tab in page.findChildren(QTabWidget):
            for index in range(tab.count()):  # every tab of every page
                tab.setCurrentIndex(index)
                QApplication.processEvents()
                assert _cut_texts(page) == [], (step, lang)
        QApplication.processEvents()
        assert _cut_texts(page) == [], (step, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_nothing_is_cut_in_a_small_window_either(window, demo_path, lang):
    """At 1024 x 700 the rows of buttons and check boxes wrap instead of being cut short, and
    the window does not grow wider than asked."""
    set_language(lang)
    window.resize(1024, 700)
    for step in PAGES:
        page = open_page(window, demo_path, step) if step == "offers" else None
        if page is None:
            window.show_step(step)
            page = window.pages[STEP_IDS.index(step)]
        if step == "negotiate":
            page.details.state_buttons[1].click()  # obtained: the "set the answer" button shows
        QApplication.processEvents()
        assert window.width() <= 1024, step
        assert _cut_texts(page) == [], (step, lang)


def test_flow_layout_wraps_to_the_width(qtbot):
    from PySide6.QtWidgets import QPushButton, QWidget

    from slaeval.ui.widgets.flow_layout import FlowLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    flow = FlowLayout(holder, spacing=6)
    buttons = [QPushButton(f"Button number {i}") for i in range(4)]
    for button in buttons:
        flow.addWidget(button)
    one_line = flow.sizeHint()
    assert flow.heightForWidth(one_line.width()) == buttons[0].sizeHint().height()
    narrow = buttons[0].sizeHint().width() + 10
    assert flow.heightForWidth(narrow) >= 4 * buttons[0].sizeHint().height()
    assert flow.minimumSize().width() == max(b.sizeHint().width() for b in buttons)
    holder.resize(narrow, flow.heightForWidth(narrow))
    holder.show()
    QApplication.processEvents()
    assert len({b.y() for b in buttons}) == 4 and {b.x() for b in buttons} == {0}
