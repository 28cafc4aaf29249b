"""Translation of the app's own strings: English in the code, French from gettext catalogues.

Every ``.po`` file under ``resources/locale/fr`` is read (``po_reader``) and merged; the app
follows the system language and can switch at run time (widgets listen to
``language_notifier()``). This module is used before the first window is shown, so it imports
nothing heavy: neither the core's pydantic models nor Babel.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from slaeval.data_paths import resource
from slaeval.ui.po_reader import read_po

if TYPE_CHECKING:  # slaeval.localized builds pydantic models: not before the first window
    from slaeval.localized import Lang


def system_language() -> Lang:
    """French when the system locale says so, English otherwise (as the core's
    ``slaeval.localized.system_lang``, without importing it)."""
    for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = os.environ.get(key, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


_state: dict[str, Lang] = {"lang": system_language()}


class _Notifier(QObject):
    changed = Signal(str)


@lru_cache(maxsize=1)
def language_notifier() -> _Notifier:
    return _Notifier()


@lru_cache(maxsize=2)
def _catalogue(lang: Lang) -> dict[str, str]:
    if lang == "en":
        return {}
    messages: dict[str, str] = {}
    for path in sorted(resource("locale", lang).glob("*.po")):
        messages.update(read_po(path))
    return messages


def _(text: str) -> str:
    """``text`` in the current language (English is the source)."""
    return _catalogue(_state["lang"]).get(text, text)


def current_lang() -> Lang:
    return _state["lang"]


def set_language(lang: Lang) -> None:
    if lang != _state["lang"]:
        _state["lang"] = lang
        language_notifier().changed.emit(lang)


def missing_translations(texts: list[str]) -> list[str]:
    """The texts that have no French translation (used by a test)."""
    french = _catalogue("fr")
    return [t for t in texts if t not in french]
