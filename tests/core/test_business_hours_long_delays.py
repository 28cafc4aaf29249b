"""Business-hours delays of any size: the worst case is found at once, and is the same as
counting week by week wherever that count can be made."""

import math
import signal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaeval.business_hours import MINUTES_PER_WEEK, _intervals, worst_case_minutes
from slaeval.offers import SupportWindow


def week_by_week(business_minutes: float, window: SupportWindow) -> float:
    """The plain count, one week after another (slow for long delays, but obviously right)."""
    intervals = _intervals(window)
    worst = 0.0
    for _, start in intervals:
        remaining, week = business_minutes, 0
        while True:
            offset = week * MINUTES_PER_WEEK
            done = None
            for open_at, close_at in intervals:
                begin, end = max(open_at + offset, start), close_at + offset
                if end <= begin:
                    continue
                if end - begin >= remaining:
                    done = begin + remaining
                    break
                remaining -= end - begin
            if done is not None:
                break
            week += 1
        worst = max(worst, done - start)
    return worst


windows = st.builds(
    lambda days, start, hours: SupportWindow(
        days=days, start_minute=start * 30, end_minute=min(24 * 60, start * 30 + hours * 30)
    ),
    st.lists(st.integers(0, 6), min_size=1, max_size=7, unique=True).map(tuple),
    st.integers(0, 46),
    st.integers(1, 48),
)


@settings(max_examples=300, deadline=None)
@given(
    window=windows,
    minutes=st.one_of(st.floats(0.5, 300_000), st.integers(1, 300_000).map(float)),
)
def test_the_worst_case_is_the_week_by_week_count(window, minutes):
    if window.round_the_clock:
        return
    assert worst_case_minutes(minutes, window) == week_by_week(minutes, window)


@pytest.fixture
def no_hang():
    def alarm(signum, frame):
        raise TimeoutError("the worst case was still being counted")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


ONE_HOUR_A_WEEK = SupportWindow(days=(2,), start_minute=600, end_minute=660)


@pytest.mark.usefixtures("no_hang")
@pytest.mark.parametrize("minutes", [1e9, 1e15, 2.0**53 - 1, 2.0**53, 1e300, 1.7e308])
def test_absurd_delays_end_with_a_worst_case_no_shorter(minutes):
    # one business hour a week: 1e15 minutes would be 1.7e13 weeks to count one by one
    worst = worst_case_minutes(minutes, ONE_HOUR_A_WEEK)
    assert worst >= minutes * 168 or worst == math.inf


@pytest.mark.usefixtures("no_hang")
def test_infinite_and_nan_delays_are_returned_as_they_are():
    assert worst_case_minutes(math.inf, ONE_HOUR_A_WEEK) == math.inf
    assert math.isnan(worst_case_minutes(math.nan, ONE_HOUR_A_WEEK))


def test_the_estimate_beyond_exact_minutes_does_not_fall_below_the_count():
    below, at = 2.0**53 - 1, 2.0**53
    assert worst_case_minutes(at, ONE_HOUR_A_WEEK) >= worst_case_minutes(below, ONE_HOUR_A_WEEK)
