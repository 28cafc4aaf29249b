"""Business-hours delays turned into their real worst case."""

from slaeval.business_hours import worst_case_minutes
from slaeval.offers import SupportWindow

OFFICE = SupportWindow()  # Monday-Friday 9:00-18:00


def test_four_business_hours_can_mean_67_real_hours():
    # Outage on Friday at 18:00: restored on Monday at 13:00.
    assert worst_case_minutes(240, OFFICE) == 67 * 60


def test_half_an_hour_from_friday_evening():
    assert worst_case_minutes(30, OFFICE) == (63 * 60) + 30


def test_round_the_clock_window_changes_nothing():
    assert worst_case_minutes(240, SupportWindow.always()) == 240


def test_delay_longer_than_a_business_day_spans_the_weekend():
    # 12 business hours from Friday 18:00: Monday 9 h, then 3 h on Tuesday -> Tuesday 12:00.
    assert worst_case_minutes(12 * 60, OFFICE) == (4 * 24 - 6) * 60


def test_weekdays_only_evening_close_is_worse_than_weekday_close():
    six_days = SupportWindow(days=(0, 1, 2, 3, 4, 5), start_minute=8 * 60, end_minute=20 * 60)
    # Worst start: Saturday 20:00 -> Monday 8:00 + 1 h = 37 h.
    assert worst_case_minutes(60, six_days) == 37 * 60


def test_zero_delay_is_zero():
    assert worst_case_minutes(0, OFFICE) == 0
