"""Qt calls that return nothing must not use up None (PySide6 6.12.0 on Python 3.11 hands
back None without a reference; without ``slaeval.ui.none_guard`` this test aborts Python)."""

import sys

from PySide6.QtWidgets import QLabel

import slaeval.ui  # noqa: F401  (the guard runs when the package is imported)


def test_many_void_qt_calls_leave_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for _ in range(100_000):  # several times None's own reference count at start-up
        label.setText("x")
    assert sys.getrefcount(None) > 100_000
