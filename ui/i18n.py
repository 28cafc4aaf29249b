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

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal

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
        apply_qt_translation()
        language_notifier().changed.emit(lang)


_qt_translators: list[QTranslator] = []


def apply_qt_translation() -> bool:
    """Qt's own words (standard buttons such as Cancel, file dialogs, the right-click menu of a
    text field) in the app's language, from the catalogue PySide6 ships (``qtbase_fr.qm``).
    Call once the application exists; True when a catalogue is in use."""
    app = QCoreApplication.instance()
    if app is None:
        return False
    while _qt_translators:
        app.removeTranslator(_qt_translators.pop())
    if _state["lang"] == "en":
        return False
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(f"qtbase_{_state['lang']}", folder):
        return False  # a Qt built without its catalogues: Qt's words stay in English
    app.installTranslator(translator)
    _qt_translators.append(translator)
    return True


def missing_translations(texts: list[str]) -> list[str]:
    """The texts that have no French translation (used by a test)."""
    french = _catalogue("fr")
    return [t for t in texts if t not in french]
