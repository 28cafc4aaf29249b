"""Bilingual text: every string a user sees exists in French and English."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, field_validator

Lang = Literal["fr", "en"]
LANGS: tuple[Lang, ...] = ("fr", "en")


class Localized(BaseModel):
    """A text in both languages of the app; neither may be empty."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fr: str
    en: str

    @field_validator("fr", "en")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text must not be empty")
        return value

    def get(self, lang: Lang) -> str:
        return self.fr if lang == "fr" else self.en

    def format(self, **values: object) -> Localized:
        """Both texts with ``{name}`` placeholders filled in."""
        return Localized(fr=self.fr.format(**values), en=self.en.format(**values))


def both(fr: str, en: str) -> Localized:
    """Shorthand used by code that builds explanations."""
    return Localized(fr=fr, en=en)


def system_lang(environ: dict[str, str] | None = None) -> Lang:
    """French when the system locale says so, English otherwise."""
    import os

    env = os.environ if environ is None else environ
    for key in ("LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"):
        value = env.get(key, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def listed(texts: list[str], lang: Lang) -> str:
    """Texts as one list in ``lang``: "a ; b" in French, "a; b" in English, each item after
    the first starting lower-case ("… ; pas de contrat clair"), acronyms kept ("RGPD")."""
    separator = " ; " if lang == "fr" else "; "
    return separator.join(texts[:1] + [_lower_first(t) for t in texts[1:]])


def _lower_first(text: str) -> str:
    rest = text[1:].lstrip("'’")
    if text[:1].isupper() and rest[:1].islower():
        return text[0].lower() + text[1:]
    return text
