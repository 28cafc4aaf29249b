"""The support window a contract writes, and how long its business day is.

"Du lundi au vendredi de 9h à 18h", "Monday through Friday, 8:00 a.m. to 6:00 p.m.",
"8h30-12h30 / 13h30-17h30", "from 8.30am to 6pm, closed for lunch from 12:30 to 13:30",
"8x5". A window split in two (morning and afternoon) or with a lunch break is reported from
its first opening to its last closing ("Mon-Fri 08:30-17:30"), but its business day counts
only the time the desk is open: 480 minutes there, not 540, so "3 jours ouvrés" are three such
days. A document may also say outright how long its business day is ("a Business Day counts
as ten Business Hours", "une journée ouvrée compte huit heures"): that statement wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from slaeval.analysis.context import Context
from slaeval.analysis.rules import Rules
from slaeval.localized import both

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_TIME = re.compile(
    r"(?P<hh>[01][0-9]|2[0-3])(?P<mm>[0-5][0-9])(?![0-9])"  # "0800"
    r"|(?P<h>[0-9]{1,2})(?: ?(?:heures?|h|:|\.) ?(?P<m>[0-5][0-9]))?(?: ?h(?:eures?)?\b)?"
    r"(?: ?(?P<ampm>[ap])\.?m\b)?|(?P<noon>midi|noon)|(?P<midnight>minuit|midnight)"
)
# Between the morning and the afternoon range of one day: "et", "and", "/", ",", "puis".
_JOINED = re.compile(
    r"[ ,;/&+]*(?:(?:et|and|puis|then|ainsi que|as well as)\b[ ,]*)?"
    r"(?:(?:l')?apres-midi|(?:in )?the afternoon|afternoons?)?[ ,:]*"
)
# What comes just before a range the desk is closed in: "pause déjeuner de 12h à 13h",
# "closed for lunch between 12:00 and 13:00", "sauf de 12h à 14h".
_BREAK_BEFORE = re.compile(
    r"\b(?:pause|dejeuner|lunch|fermee?s?|fermeture|closed?|interruption|break|sauf|except"
    r"|excepte|hors)\b[^0-9]{0,24}$"
)
_BREAK_REACH = 40
_MIN_DAY = 60


@dataclass(frozen=True, slots=True)
class Window:
    """Open ``days`` (0 = Monday) from ``start`` to ``end`` (minutes after midnight);
    ``open_minutes``: the time open in one day, less any break."""

    days: tuple[int, ...]
    start: int
    end: int
    open_minutes: int

    def text(self) -> str:
        first, last = DAY_NAMES[self.days[0]], DAY_NAMES[self.days[-1]]
        span = first if len(self.days) == 1 else f"{first}-{last}"
        return f"{span} {_hhmm(self.start)}-{_hhmm(self.end)}"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_window(text: str) -> tuple[tuple[int, ...], int, int] | None:
    """Read back a support-window finding value such as "Mon-Fri 09:00-18:00"."""
    match = re.fullmatch(r"(\w{3})(?:-(\w{3}))? (\d\d):(\d\d)-(\d\d):(\d\d)", text.strip())
    if not match or match.group(1) not in DAY_NAMES:
        return None
    first = DAY_NAMES.index(match.group(1))
    last = DAY_NAMES.index(match.group(2)) if match.group(2) in DAY_NAMES else first
    start = int(match.group(3)) * 60 + int(match.group(4))
    end = int(match.group(5)) * 60 + int(match.group(6))
    if last < first or end <= start:
        return None
    return tuple(range(first, last + 1)), start, end


def read_window(ctx: Context, index: int) -> Window | None:
    """The support window sentence ``index`` writes, if any. The next sentence of the same
    paragraph may name the days ("... 8:00 a.m. to 6:00 p.m. Central European Time, Monday
    through Friday": the sentence ends after "p.m.") or a break ("The desk is closed from 12:30
    to 13:30."), which is taken off the business day."""
    text = ctx.folded(index)
    rules = ctx.rules
    ranges = rules.quantities.time_ranges(text)
    days = _days(rules, text) if ranges else None
    following = ctx.next_in_block(index) if ranges else None
    later = ctx.folded(following) if following is not None else ""
    later_ranges = rules.quantities.time_ranges(later) if later else []
    if days is None and later and not later_ranges:
        days = _days(rules, later)
    if days is not None and ranges:
        window = _from_ranges(rules, text, ranges, days)
        if window is not None and later_ranges:
            window = _less(window, _breaks(rules, later, later_ranges))
        if window is not None:
            return window
    by_days = rules.word("hours_by_days").search(text)
    if by_days and int(by_days.group("h")) < 24:
        hours = int(by_days.group("h"))
        ctx.warn(_ASSUMED_START.format(hours=hours))
        days_open = tuple(range(int(by_days.group("d"))))
        return Window(days_open, 9 * 60, (9 + hours) * 60, hours * 60)
    return None


def _days(rules: Rules, text: str) -> tuple[int, ...] | None:
    day_range = rules.day_range.search(text)
    if day_range:
        first = rules.weekdays[day_range.group("d1")]
        last = rules.weekdays[day_range.group("d2")]
        return tuple(range(first, last + 1)) if last >= first else None
    if rules.word("weekday_words").search(text):
        return (0, 1, 2, 3, 4)
    if rules.word("all_week_words").search(text):
        return (0, 1, 2, 3, 4, 5, 6)
    return None


def _from_ranges(
    rules: Rules, text: str, ranges: list[re.Match[str]], days: tuple[int, ...]
) -> Window | None:
    """The first range, joined by the ranges that follow it on the same day ("de 8h30 à
    12h30 et de 13h30 à 17h30"); a range after another day's name ("et le samedi de 9h à
    12h") is that day's, and a range after "pause", "closed", "sauf" is a break."""
    spans: list[tuple[int, int]] = []
    last_end = 0
    for match in ranges:
        span = time_span(match.group(0))
        if span is None or _is_break(rules, text, match.start()):
            continue
        same_day = bool(spans) and _JOINED.fullmatch(text, last_end, match.start()) is not None
        if spans and not (same_day and span[0] >= spans[-1][1]):
            continue
        spans.append(span)
        last_end = match.end()
    if not spans:
        return None
    open_minutes = sum(end - start for start, end in spans)
    window = Window(days, spans[0][0], spans[-1][1], open_minutes)
    return _less(window, _breaks(rules, text, ranges))


def _breaks(rules: Rules, text: str, ranges: list[re.Match[str]]) -> list[tuple[int, int]]:
    spans = [time_span(m.group(0)) for m in ranges if _is_break(rules, text, m.start())]
    return [s for s in spans if s is not None]


def _is_break(rules: Rules, text: str, start: int) -> bool:
    before = text[max(0, start - _BREAK_REACH) : start]
    match = _BREAK_BEFORE.search(before)
    if match is None:
        return False
    return not _weekday(tuple(rules.weekdays)).search(before[match.start() :])


@lru_cache(maxsize=4)
def _weekday(names: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})")


def _less(window: Window, breaks: list[tuple[int, int]]) -> Window:
    """``window`` with the part of each break that falls inside it taken off its day."""
    closed = sum(max(0, min(end, window.end) - max(start, window.start)) for start, end in breaks)
    if not closed or window.open_minutes - closed < _MIN_DAY:
        return window
    return Window(window.days, window.start, window.end, window.open_minutes - closed)


def time_span(text: str) -> tuple[int, int] | None:
    """Start and end, in minutes after midnight, of a range of times of day."""
    times = [m for m in _TIME.finditer(text) if m.group(0).strip()]
    if len(times) < 2:
        return None
    start, end = _minutes(times[0]), _minutes(times[-1])
    return (start, end) if 0 <= start < end <= 24 * 60 else None


def _minutes(match: re.Match[str]) -> int:
    if match.group("noon"):
        return 12 * 60
    if match.group("midnight"):
        return 24 * 60
    if match.group("hh"):
        return int(match.group("hh")) * 60 + int(match.group("mm"))
    hours = int(match.group("h"))
    if match.group("ampm") == "p" and hours < 12:
        hours += 12
    elif match.group("ampm") == "a" and hours == 12:
        hours = 0
    return hours * 60 + int(match.group("m") or 0)


def stated_day_minutes(ctx: Context) -> int | None:
    """The length of a business day when the document states it ("a Business Day counts as
    ten Business Hours", "une journée ouvrée compte huit heures ouvrables")."""
    pattern = ctx.rules.word("business_day_length")
    for index in ctx.matching(pattern):
        text = ctx.folded(index)
        durations = [d for d in ctx.durations(index) if d.unit == "hour"]
        for match in pattern.finditer(text):
            for duration in durations:
                if match.group("per"):
                    # "soit huit heures par jour ouvré", "that is 8 hours per business day":
                    # the hours said just before "per day", as a restatement of the hours
                    # (not "2 heures par jour ouvré sont consacrées à..."), are its length
                    near = 0 <= match.start() - duration.end <= 2 and bool(
                        _RESTATED.search(text, max(0, duration.start - 16), duration.start)
                    )
                else:
                    near = 0 <= duration.start - match.end() <= 20
                if near and 1 <= duration.amount <= 24:
                    # "huit heures et demie", "onze heures trente", "10 hours 45": the
                    # minutes said after the hours count
                    return round(duration.amount * 60) + _minutes_after(text, duration.end)
    return None


_RESTATED = re.compile(r"\b(?:soit|i\.e\.|that is|c'est-a-dire|namely|equal to|egale? a)\W*$|=\s*$")
_HALF = re.compile(r" (?:et demie?|and a half)\b")
_MINUTES_AFTER = re.compile(
    r" (?:et )?(?P<m>quinze|trente|quarante-cinq|15|30|45)(?: ?(?:minutes?|min|mn))?\b"
    r"(?! ?(?:heures?|hours?|h|jours?|days?)\b)"
)
_MINUTE_WORDS = {"quinze": 15, "trente": 30, "quarante-cinq": 45}


def _minutes_after(text: str, end: int) -> int:
    if _HALF.match(text, end):
        return 30
    match = _MINUTES_AFTER.match(text, end)
    if match is None:
        return 0
    said = match.group("m")
    return _MINUTE_WORDS.get(said) or int(said)


_ASSUMED_START = both(
    "Plage de support « {hours} h par jour » sans heure de début : 9 h 00 est supposé.",
    'Support window "{hours} hours a day" has no start time: 9:00 is assumed.',
)
