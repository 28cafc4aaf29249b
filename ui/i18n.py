"""Translation of the app's own strings: English in the code, French from gettext catalogues.

Every ``.po`` file under ``resources/locale/fr`` is read with Babel and merged; the app follows
the system language and can switch at run time (widgets listen to ``language_notifier()``).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QObject, Signal

from slaeval.data_paths import resource
from slaeval.localized import Lang, system_lang

_state: dict[str, Lang] = {"lang": system_lang()}


class _Notifier(QObject):
    changed = Signal(str)


@lru_cache(maxsize=1)
def language_notifier() -> _Notifier:
    return _Notifier()


@lru_cache(maxsize=2)
def _catalogue(lang: Lang) -> dict[str, str]:
    if lang == "en":
        return {}
    from babel.messages.pofile import read_po

    messages: dict[str, str] = {}
    for path in sorted(resource("locale", lang).glob("*.po")):
        with path.open("rb") as handle:
            for message in read_po(handle):
                if message.id and message.string and isinstance(message.id, str):
                    messages[message.id] = str(message.string)
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
