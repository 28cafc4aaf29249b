"""Turn a delay stated in business hours into the longest real (calendar) delay.

"4 business hours, Monday-Friday 9:00-18:00" sounds short; an outage that starts on Friday at
18:00 is only restored on Monday at 13:00, 67 hours later. The worst start is always the moment
a support window closes (for the day, or for a lunch break), so only those moments need
checking.
"""

from __future__ import annotations

import math
from functools import lru_cache

from slaeval.localized import Lang
from slaeval.offers import SupportWindow

MINUTES_PER_DAY = 24 * 60
MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY
_EXACT_LIMIT = 2.0**53  # beyond this a float no longer holds every whole minute


def _intervals(window: SupportWindow) -> list[tuple[int, int]]:
    """The open intervals of one week, in minutes from Monday 00:00, adjacent ones merged."""
    raw = sorted(
        (day * MINUTES_PER_DAY + open_at, day * MINUTES_PER_DAY + close_at)
        for day in window.days
        for open_at, close_at in window.open_periods
    )
    merged: list[tuple[int, int]] = []
    for start, end in raw:
        if merged and merged[-1][1] >= start:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _finish(start: int, business_minutes: float, intervals: list[tuple[int, int]]) -> float:
    """The moment (minutes from the week's origin) when the delay has run out."""
    remaining = business_minutes
    weekly = sum(close_at - open_at for open_at, close_at in intervals)
    week = 0
    while True:
        if week and remaining > 2 * weekly:
            # Every week after the first is a full one: skip all but the last at once, so a
            # delay of years (or a value typed by mistake) takes no longer than a short one.
            # Below 2**53 minutes the subtraction is exact: the same result as week by week.
            skipped = int(remaining // weekly) - 1
            remaining -= skipped * weekly
            week += skipped
        offset = week * MINUTES_PER_WEEK
        for open_at, close_at in intervals:
            begin = max(open_at + offset, start)
            end = close_at + offset
            if end <= begin:
                continue
            if end - begin >= remaining:
                return begin + remaining
            remaining -= end - begin
        week += 1


@lru_cache(maxsize=4096)
def worst_case_minutes(business_minutes: float, window: SupportWindow) -> float:
    """Longest calendar delay for a delay counted in the window's business time."""
    if business_minutes <= 0:
        return 0.0
    if not math.isfinite(business_minutes):  # infinite or NaN: no later moment to find
        return float(business_minutes)
    if window.round_the_clock:
        return float(business_minutes)
    intervals = _intervals(window)
    if intervals[0][0] == 0 and intervals[-1][1] == MINUTES_PER_WEEK and len(intervals) == 1:
        return float(business_minutes)
    if business_minutes >= _EXACT_LIMIT:
        # Billions of years, where a float no longer holds every minute: the business time
        # spread over full weeks, plus the one week that bounds any start.
        weekly = sum(close_at - open_at for open_at, close_at in intervals)
        return business_minutes / weekly * MINUTES_PER_WEEK + MINUTES_PER_WEEK
    worst = 0.0
    for _, close_at in intervals:
        worst = max(worst, _finish(close_at, business_minutes, intervals) - close_at)
    return worst


def business_day_minutes(window: SupportWindow) -> int:
    """Length of one business day in the window, used to read "next business day": its
    open hours, a break left out."""
    return sum(close_at - open_at for open_at, close_at in window.open_periods)


_DAY_NAMES = {
    "fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}


def window_text(window: SupportWindow, lang: Lang) -> str:
    """The window as a person writes it: "lun.-ven. 8 h-12 h et 14 h-18 h" in French,
    "Mon-Fri 08:00-12:00 and 14:00-18:00" in English; round the clock, "24 h/24, 7 j/7"."""
    periods = window.open_periods
    if len(window.days) == 7 and periods == ((0, MINUTES_PER_DAY),):
        return "24 h/24, 7 j/7" if lang == "fr" else "24/7"
    names, days = _DAY_NAMES[lang], window.days
    if len(days) == 1:
        span = names[days[0]]
    elif days == tuple(range(days[0], days[-1] + 1)):
        span = f"{names[days[0]]}-{names[days[-1]]}"
    else:
        span = ", ".join(names[day] for day in days)
    hours = (" et " if lang == "fr" else " and ").join(
        f"{_clock(start, lang)}-{_clock(end, lang)}" for start, end in periods
    )
    return f"{span} {hours}"


def _clock(minute: int, lang: Lang) -> str:
    hour, rest = divmod(minute, 60)
    if lang == "fr":
        return f"{hour}\u00a0h" if not rest else f"{hour}\u00a0h\u00a0{rest:02d}"
    return f"{hour:02d}:{rest:02d}"
