"""Numbers, durations, percentages and amounts of money as written in French and English.

Everything here works on *folded* text (see ``document.fold``): "quatre (4) heures ouvrées",
"4 business hours", "1h30", "next business day", "J+1", "99,9 %", "1 500 € HT". The number
words come from the rules file, so adding a language is a data change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

DurationUnit = Literal["minute", "hour", "day", "week", "month", "year"]

_UNIT_WORDS: dict[str, DurationUnit] = {
    "minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute", "mn": "minute",
    "heure": "hour", "heures": "hour", "hour": "hour", "hours": "hour", "hr": "hour",
    "hrs": "hour", "h": "hour",
    "jour": "day", "jours": "day", "day": "day", "days": "day", "j": "day",
    "journee": "day", "journees": "day",
    "ho": "hour", "jo": "day",  # "4 HO", "2 JO": heures / jours ouvrés, abbreviated
    "semaine": "week", "semaines": "week", "week": "week", "weeks": "week",
    "mois": "month", "month": "month", "months": "month",
    "an": "year", "ans": "year", "annee": "year", "annees": "year", "year": "year",
    "years": "year",
}  # fmt: skip
UNIT_MINUTES: dict[DurationUnit, float] = {
    "minute": 1,
    "hour": 60,
    "day": 1440,
    "week": 7 * 1440,
    "month": 30 * 1440,
    "year": 365 * 1440,
}
_BUSINESS = re.compile(r"ouvre|ouvrable|business|working|service|support|office|\bho\b")
_BUSINESS_UNITS = frozenset({"ho", "jo"})
# Cheap test before the time-of-day patterns: a digit followed by h, :, am/pm ("a.m."); or,
# for the rarer notations, a dot and two digits ("08.30") or four digits ("0800") before a
# dash or "to" (group "rare"). One character class leads, which the engine skips to quickly.
_RARE_TIME = r"(?:\.[0-5][0-9]|[0-9]{3}) ?(?:-|a |to |until |till )"
_TIME_HINT = re.compile(rf"[0-9](?: ?(?:h|:|[ap]\.?m)|(?P<rare>{_RARE_TIME}))")
_RARE_TIME_HINT = re.compile(rf"[0-9]{_RARE_TIME}")
# "4 clock hours", "4 elapsed hours": counted round the clock, like calendar hours
_CALENDAR = re.compile(r"calendaire|civil|calendar|clock|elapsed")


_NAMED_PERIODS: dict[str, tuple[float, DurationUnit]] = {
    "quarter": (3, "month"), "trimestre": (3, "month"), "semestre": (6, "month"),
    "half-year": (6, "month"), "fortnight": (14, "day"), "quinzaine": (15, "day"),
}  # fmt: skip
_NAMED_PERIOD_WORDS = ("quarter", "trimestre", "semestre", "half-year", "fortnight", "quinzaine")

_TENS = frozenset({20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0})
_ARTICLES = frozenset({"a", "an"})  # "an hour": an article, never a compound's unit


def _alternation(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, the longest first where one starts another, written
    as a tree of shared beginnings ("d(?:eux|ix(?:-sept)?)"): the regex engine then tries one
    branch per first letter instead of every word at every word of the text."""
    return _tree(sorted(set(words)))


def _tree(words: list[str]) -> str:
    ends_here = "" in words
    groups: dict[str, list[str]] = {}
    for word in words:
        if word:
            groups.setdefault(word[0], []).append(word[1:])
    branches = [re.escape(first) + _tree(rest) for first, rest in groups.items()]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:  # a shorter word ends here: the longer ones are tried first
        return f"(?:{body})?"
    return body


@dataclass(frozen=True, slots=True)
class Duration:
    """A delay as written: ``amount`` ``unit``; ``business`` None when the text does not say."""

    amount: float
    unit: DurationUnit
    business: bool | None
    start: int
    end: int

    @property
    def calendar_minutes(self) -> float:
        return self.amount * UNIT_MINUTES[self.unit]

    def in_days(self) -> float:
        # "twelve months", "24 mois": whole years of months are read as years (365 days), as
        # a reader does, not as 360 days of 30-day months
        if self.unit == "month" and self.amount >= 12 and self.amount % 12 == 0:
            return self.amount / 12 * 365
        return self.calendar_minutes / 1440

    def in_months(self) -> float:
        if self.unit == "year":
            return self.amount * 12
        if self.unit == "month":
            return self.amount
        return round(self.calendar_minutes / (30 * 1440), 2)


@dataclass(frozen=True, slots=True)
class Amount:
    """A percentage or a sum of money found at ``start:end``."""

    value: float
    start: int
    end: int


# One of these is in every match of the next-business-day pattern (``Quantities._next_day``)
_NEXT_DAY_WORDS = ("next", "suivant", "lendemain", "j+", "j +", "nbd")


class Quantities:
    """Compiled patterns for one set of number words."""

    def __init__(self, number_words: dict[str, float]) -> None:
        self.words = number_words
        # Compounds are built, not listed: a tens word, then a unit or teen word ("vingt-deux",
        # "soixante et onze", "quatre-vingt-douze", "forty-five", "sixty one").
        self._tens = {w: v for w, v in number_words.items() if v in _TENS}
        self._units = {w: v for w, v in number_words.items() if 1 <= v <= 19 and w not in _ARTICLES}
        others = {w: v for w, v in number_words.items() if w not in self._tens}
        tens, units = _alternation(self._tens), _alternation(self._units)
        alternation = (
            rf"\b(?:{tens})(?:(?:-et-|-| et | )(?:{units}))?\b|\b(?:{_alternation(others)})"
        )
        digits = r"[0-9]+(?:[.,][0-9]+)?"
        bracketed = rf"\( ?{digits} ?\)"
        # "douze (12)", "twelve (12)", or any single word before digits in brackets; "4 (four)"
        self.number = (
            rf"(?:\b[a-z][a-z-]* ?{bracketed}|{digits} ?\( ?[a-z][a-z-]* ?\)"
            rf"|(?:{digits}|{alternation})(?: ?{bracketed})?)"
        )
        units = _alternation(_UNIT_WORDS)
        tail = (
            rf"[ -]?(?P<pre>(?:business|working|calendar|clock|elapsed|service|support|office) "
            # "three School Years", "one contract year": a year of the client's own calendar
            r"|(?:school|academic|contract|contractual|financial|fiscal|billing) (?=years?\b))?"
            # "24 h/24", "7j/7" are no delays; "1 h / 4 h" (two cells) are
            rf"(?P<unit>{units})\b(?! ?(?:/|sur|x) ?[0-9]+(?![0-9]| ?(?:{units})\b))"
            r"(?P<post> (?:ouvree?s?|ouvrables?|calendaires?|civils?|business|working|ho)\b"
            r"| (?:scolaires?|contractuelle?s?|universitaires?)\b"  # "trois années scolaires"
            # "2 heures (heures ouvrées)", "4 hours (business hours)"
            r"| \((?:en )?(?:heures|jours|business|working|calendar)[a-z ]{0,16}\))?"
        )
        self._duration = re.compile(rf"(?P<num>{self.number}){tail}")
        # The same without "any word before (12)": much faster, for text with no bracket.
        self._duration_plain = re.compile(
            rf"(?P<num>(?:{digits}|{alternation})(?: ?{bracketed})?){tail}"
        )
        self._hour_minutes = re.compile(r"\b(?P<h>[0-9]{1,2}) ?h ?(?P<m>[0-5][0-9])\b")
        self._next_day = re.compile(
            r"next (?:business|working) day|(?:jour|journee) (?:ouvree?|ouvrable) suivante?"
            r"|lendemain ouvr(?:e|able)|j ?\+ ?1 ouvr(?:e|able)|\bnbd\b"
        )
        # "dans l'heure", "within the hour": one hour
        self._the_hour = re.compile(r"\b(?:dans|sous) l'heure\b|\b(?:within|in) the hour\b")
        # A period of the calendar named by one word, as notices and terms often are: "one
        # quarter's notice", "au moins un trimestre avant l'échéance", "un semestre", "a
        # fortnight", "une quinzaine": a reader counts 3 months, 6 months, 14 or 15 days. Not
        # "a quarter of the fee" (a share), "a quarter hour" (15 minutes) nor "quarterly".
        self._named_period = re.compile(
            r"\b(?:a|one|un|une|1) (?:full |calendar |civil |entier )?(?P<word>quarter|trimestre"
            r"|semestre|half-year|fortnight|quinzaine)(?!ly)\b"
            r"(?! of\b| d'| de (?!jours\b)|[- ]?hours?\b)(?: de jours\b)?"
        )
        # "une demi-journée ouvrée", "half a business day", "half an hour", "1/2 journée"
        self._half = re.compile(
            r"(?:\b(?:(?:une|a|one) )?(?:demi-?|half[- ](?:an? )?|1/2 ?)|½ ?)"
            r"(?P<pre>(?:business|working) )?(?P<unit>heure|hour|h|journee|jour|day|j)\b"
            r"(?P<post> ouvree?s?| ouvrables?)?"
        )
        self._j_plus = re.compile(r"\bj ?\+ ?(?P<n>[0-9]+)(?P<post> ouvres?| ouvrables?)?")
        # A time of day: "9h", "9h30", "9:30", "9:30 am", "8 a.m.", "8.30am", "08.30" (the
        # British dotted form, an hour of 0-24 not preceded by another digit), "0800" (four
        # digits on the quarter hour: no year), noon, midnight.
        ampm = r"[ap]\.?m\b\.?"
        time = (
            rf"[0-9]{{1,2}} ?(?:h|:)(?: ?[0-5][0-9])?(?: ?{ampm})?"
            rf"|[0-9]{{1,2}}(?:\.[0-5][0-9])? ?{ampm}"
        )
        rarer = (
            r"|(?<![0-9.,])(?:[01]?[0-9]|2[0-4])\.[0-5][0-9]\b"
            r"|(?<![0-9])(?:[01][0-9]|2[0-3])(?:00|15|30|45)(?![0-9])"  # "0800-1800"
            r"|(?<!-)midi\b|\bnoon\b|minuit|midnight"
        )
        # Every alternative tried at every position costs: the rarer notations have their
        # own pattern, used only in a sentence that may hold one.
        self._time_range = self._ranges(time)
        self._rarer_time_range = self._ranges(time + rarer)
        self._percent = re.compile(
            r"(?<![0-9.,])(?P<num>[0-9]{1,3}(?:[.,][0-9]+)?) ?(?:%|pour ?cent\b|per ?cent\b)"
        )
        money_number = r"[0-9]{1,3}(?:[ .,']?[0-9]{3})*(?:[.,][0-9]{1,2})?"
        self._money = re.compile(
            rf"(?:€ ?|eur )(?P<a>{money_number})(?P<ka> ?k)?\b"
            rf"|(?P<b>{money_number})(?P<kb> ?k)? ?(?:€|euros?\b|eur\b)"
        )

    @staticmethod
    def _ranges(time: str) -> re.Pattern[str]:
        # "de 9 heures a 17 heures": hours spelt out, only with "de" or "entre" before them
        worded = r"[0-9]{1,2} heures?(?: [0-5][0-9])?"
        return re.compile(
            rf"(?:\b(?:de|from) )?(?:{time}) ?(?:a|-|to|until|till|jusqu'a) ?(?:{time})"
            rf"|\b(?:entre|between) (?:{time}) (?:et|and) (?:{time})"
            rf"|\b(?:de|entre) {worded} (?:a|et|jusqu'a) {worded}"
        )

    def _range_pattern(self, folded: str) -> re.Pattern[str] | None:
        """The time-range pattern ``folded`` needs, None when it holds no time of day."""
        hint = _TIME_HINT.search(folded)
        if "midi" in folded or "noon" in folded or "minuit" in folded:
            return self._rarer_time_range
        if hint is None:
            return None
        if hint.group("rare") or _RARE_TIME_HINT.search(folded, hint.end()):
            return self._rarer_time_range
        return self._time_range

    def parse_number(self, text: str) -> float | None:
        """Value of a number match: the digits in brackets win over the words before them."""
        inner = re.search(r"\( ?([0-9]+(?:[.,][0-9]+)?) ?\)", text)
        if inner:
            return float(inner.group(1).replace(",", "."))
        head = text.strip()
        if head and head[0].isdigit():  # "4", "4 (four)"
            digits = re.match(r"[0-9]+(?:[.,][0-9]+)?", head)
            return float(digits.group(0).replace(",", ".")) if digits else None
        return self.word_value(head)

    def word_value(self, words: str) -> float | None:
        """The value of a number written in words, a listed one or a tens-and-unit compound."""
        if words in self.words:
            return self.words[words]
        for tens, value in self._tens.items():
            for joint in ("-et-", " et ", "-", " "):
                rest = words.removeprefix(tens + joint)
                if rest != words and rest in self._units:
                    return value + self._units[rest]
        return None

    def durations(self, folded: str) -> list[Duration]:
        """The delays written in ``folded``, in order; times of day ("9h-18h") are skipped."""
        masked = self._mask_time_ranges(folded)
        found: list[Duration] = []
        taken: list[tuple[int, int]] = []
        # "next business day", "lendemain ouvré", "J+1 ouvré", "NBD": searched only when a
        # word they all need is there (most sentences hold none)
        if any(word in masked for word in _NEXT_DAY_WORDS):
            for match in self._next_day.finditer(masked):
                found.append(Duration(1, "day", True, match.start(), match.end()))
                taken.append(match.span())
        if "heure" in masked or "hour" in masked:
            for match in self._the_hour.finditer(masked):
                found.append(Duration(1, "hour", None, match.start(), match.end()))
                taken.append(match.span())
        if any(word in masked for word in _NAMED_PERIOD_WORDS):
            for match in self._named_period.finditer(masked):
                length, period = _NAMED_PERIODS[match.group("word")]
                found.append(Duration(length, period, None, match.start(), match.end()))
                taken.append(match.span())
        if "demi" in masked or "half" in masked or "1/2" in masked or "½" in masked:
            for match in self._half.finditer(masked):
                unit: DurationUnit = (
                    "hour" if match.group("unit") in ("heure", "hour", "h") else "day"
                )
                business = True if match.group("pre") or match.group("post") else None
                found.append(Duration(0.5, unit, business, match.start(), match.end()))
                taken.append(match.span())
        for match in self._j_plus.finditer(masked) if "j" in masked and "+" in masked else ():
            if _overlaps(match.span(), taken):
                continue
            business = True if match.group("post") else None
            found.append(Duration(float(match.group("n")), "day", business, *match.span()))
            taken.append(match.span())
        for match in self._hour_minutes.finditer(masked):
            amount = int(match.group("h")) + int(match.group("m")) / 60
            found.append(Duration(amount, "hour", None, match.start(), match.end()))
            taken.append(match.span())
        pattern = self._duration if "(" in masked else self._duration_plain
        for match in pattern.finditer(masked):
            if _overlaps(match.span(), taken):
                continue
            duration = self._duration_of(match)
            if duration is not None:
                found.append(duration)
        found.sort(key=lambda d: d.start)
        return found

    def _duration_of(self, match: re.Match[str]) -> Duration | None:
        amount = self.parse_number(match.group("num"))
        if amount is None:
            return None
        qualifier = (match.group("pre") or "") + (match.group("post") or "")
        business: bool | None = None
        if _BUSINESS.search(qualifier) or match.group("unit") in _BUSINESS_UNITS:
            business = True
        elif _CALENDAR.search(qualifier):
            business = False
        unit = _UNIT_WORDS[match.group("unit")]
        end = match.end() if match.group("post") else match.end("unit")
        return Duration(amount, unit, business, match.start(), end)

    def _mask_time_ranges(self, folded: str) -> str:
        """Blank out "de 9h a 18h" so its hours are not read as delays."""
        pattern = self._range_pattern(folded)
        if pattern is None or not pattern.search(folded):
            return folded
        return pattern.sub(lambda m: " " * len(m.group(0)), folded)

    def time_ranges(self, folded: str) -> list[re.Match[str]]:
        pattern = self._range_pattern(folded)
        return [] if pattern is None else list(pattern.finditer(folded))

    def percents(self, folded: str) -> list[Amount]:
        return [
            Amount(float(m.group("num").replace(",", ".")), m.start(), m.end())
            for m in self._percent.finditer(folded)
        ]

    def money(self, folded: str) -> list[Amount]:
        out: list[Amount] = []
        if "€" not in folded and "eur" not in folded:
            return out
        for match in self._money.finditer(folded):
            raw = match.group("a") or match.group("b")
            value = parse_money(raw)
            if match.group("ka") or match.group("kb"):
                value *= 1000
            out.append(Amount(value, match.start(), match.end()))
        return out


def parse_money(raw: str) -> float:
    """ "1 500", "1.500,50", "1,500.50", "12 000" -> float, reading the last separator right."""
    text = raw.replace(" ", "").replace("'", "")
    last_dot, last_comma = text.rfind("."), text.rfind(",")
    decimal_at = max(last_dot, last_comma)
    if decimal_at >= 0 and len(text) - decimal_at - 1 in (1, 2):
        whole = re.sub(r"[.,]", "", text[:decimal_at])
        return float(f"{whole}.{text[decimal_at + 1 :]}")
    return float(re.sub(r"[.,]", "", text))


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and start < span[1] for start, end in taken)
