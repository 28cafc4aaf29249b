"""Numbers, money, percentages, durations and dates in the user's language (Babel).

French output follows French typography: "1 234,50 €", "99,9 %", "24/11/2026".
"""

from __future__ import annotations

from datetime import date

from babel.dates import format_date as _babel_date
from babel.numbers import format_currency, format_decimal

from slaeval.localized import Lang

_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


def locale_of(lang: Lang) -> str:
    return _LOCALES[lang]


def format_number(value: float, lang: Lang, digits: int = 1) -> str:
    pattern = "#,##0" + ("." + "#" * digits if digits else "")
    return str(format_decimal(value, format=pattern, locale=locale_of(lang)))


def format_money(value: float, lang: Lang, cents: bool = False) -> str:
    pattern = "#,##0.00\xa0¤" if lang == "fr" else "¤#,##0.00"
    if not cents:
        pattern = pattern.replace(".00", "")
    return str(
        format_currency(value, "EUR", format=pattern, locale=locale_of(lang), currency_digits=False)
    )


def format_percent(value: float, lang: Lang, digits: int = 2) -> str:
    number = format_number(value, lang, digits)
    return f"{number}\u202f%" if lang == "fr" else f"{number}%"


def format_date(day: date, lang: Lang) -> str:
    return str(
        _babel_date(
            day, format="dd/MM/yyyy" if lang == "fr" else "d MMM yyyy", locale=locale_of(lang)
        )
    )


def format_duration(minutes: float, lang: Lang) -> str:
    """A delay in the largest unit that reads naturally: "30 min", "4 h", "3 j" / "3 d"."""
    if minutes < 60:
        return f"{format_number(minutes, lang, 0)}\xa0min"
    hours = minutes / 60
    if hours < 48 or minutes % (24 * 60):
        return f"{format_number(hours, lang, 1)}\xa0h"
    days = hours / 24
    return f"{format_number(days, lang, 1)}\xa0{'j' if lang == 'fr' else 'd'}"
