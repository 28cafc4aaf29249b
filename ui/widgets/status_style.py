"""How a status looks: a symbol (readable without colour), a text colour and a light tint.

The symbols come from the core (``slaeval.explain.STATUS_LABELS``) so the app, the reports and
the CLI agree; the colours are dark enough on their tint to stay readable, and the symbol keeps
the meaning for colour-blind users and on a grey printout.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from slaeval.explain import STATUS_LABELS

# status: (text colour, background tint)
_COLOURS: dict[str, tuple[str, str]] = {
    "good": ("#1b5e20", "#e4f2e2"),
    "acceptable": ("#6d4300", "#fff1d0"),
    "red": ("#a31515", "#fde0de"),
    "unknown": ("#37474f", "#e9edf0"),
    "not_applicable": ("#6b6b6b", "#f6f6f6"),
}


def status_symbol(status: str) -> str:
    return STATUS_LABELS.get(status, STATUS_LABELS["unknown"])[0]


_FOREGROUNDS = {status: QColor(fg) for status, (fg, _bg) in _COLOURS.items()}
_BACKGROUNDS = {status: QColor(bg) for status, (_fg, bg) in _COLOURS.items()}


def status_foreground(status: str) -> QColor:
    return _FOREGROUNDS.get(status, _FOREGROUNDS["unknown"])


def status_background(status: str) -> QColor:
    return _BACKGROUNDS.get(status, _BACKGROUNDS["unknown"])


def status_css(status: str) -> str:
    """A style sheet fragment for a label showing ``status``."""
    fg, bg = _COLOURS.get(status, _COLOURS["unknown"])
    return f"color: {fg}; background: {bg}; border-radius: 3px; padding: 1px 4px;"
