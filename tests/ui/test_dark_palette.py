"""With a dark system palette, every tinted banner and table row keeps readable text: the
contrast between its text and its background stays at least 4.5:1 (WCAG AA)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tests.ui.page_projects import open_page

ROLE = QPalette.ColorRole
DARK = {
    ROLE.Window: "#2b2b2b",
    ROLE.WindowText: "#eeeeee",
    ROLE.Base: "#1e1e1e",
    ROLE.AlternateBase: "#2a2a2a",
    ROLE.Text: "#eeeeee",
    ROLE.Button: "#3a3a3a",
    ROLE.ButtonText: "#eeeeee",
}


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.red())
        + 0.7152 * channel(color.green())
        + 0.0722 * channel(color.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_contrast(widget) -> float:
    """Contrast between the commonest colour of the rendered widget (its background) and the
    pixel that stands out most from it (its text)."""
    image = widget.grab().toImage()
    pixels = [
        image.pixelColor(x, y).rgb()
        for y in range(2, image.height() - 2, 2)
        for x in range(2, image.width() - 2, 2)
    ]
    background = QColor.fromRgb(Counter(pixels).most_common(1)[0][0])
    return max(contrast(background, QColor.fromRgb(p)) for p in set(pixels))


@pytest.fixture
def dark():
    app = QApplication.instance()
    before = app.palette()
    palette = QPalette(before)
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    yield
    app.setPalette(before)


def test_the_banners_stay_readable(dark, window, demo_path, qtbot):
    compare = open_page(window, demo_path, "compare")
    qtbot.waitUntil(lambda: bool(compare.sentence.text()))
    assert contrast(QColor("#14233c"), QColor("#eef3fb")) > 10  # the colours chosen
    assert text_contrast(compare.sentence) >= 4.5
    negotiate = open_page(window, demo_path, "negotiate")
    qtbot.waitUntil(lambda: bool(negotiate.outlook.text()))
    assert text_contrast(negotiate.outlook) >= 4.5


def test_tinted_rows_of_the_comparison_carry_their_own_text_colour(dark, window, demo_path):
    compare = open_page(window, demo_path, "compare")
    model = compare.model
    checked = 0
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            background = index.data(Qt.ItemDataRole.BackgroundRole)
            if background is None:
                continue
            foreground = index.data(Qt.ItemDataRole.ForegroundRole)
            assert foreground is not None, (row, column, index.data())
            assert contrast(QColor(foreground), QColor(background)) >= 4.5, (row, column)
            checked += 1
    assert checked > 100
