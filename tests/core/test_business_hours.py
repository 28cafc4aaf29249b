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


LUNCH = SupportWindow(
    start_minute=8 * 60, end_minute=18 * 60, break_start_minute=12 * 60, break_end_minute=14 * 60
)


def test_a_lunch_break_stops_the_business_clock():
    # 8 business hours from Friday 18:00: Monday 8-12 and 14-18, done at 18:00 (72 h later);
    # without the break the same hours would end at 16:00 (70 h).
    assert worst_case_minutes(8 * 60, LUNCH) == 72 * 60
    no_break = LUNCH.model_copy(update={"break_start_minute": None, "break_end_minute": None})
    assert worst_case_minutes(8 * 60, no_break) == 70 * 60


def test_a_business_day_leaves_the_break_out():
    from slaeval.business_hours import business_day_minutes

    assert LUNCH.open_periods == ((480, 720), (840, 1080))
    assert business_day_minutes(LUNCH) == 8 * 60
    assert business_day_minutes(SupportWindow()) == 9 * 60


def test_a_break_outside_the_hours_or_half_given_is_refused_in_both_languages():
    import pytest
    from pydantic import ValidationError

    from slaeval.validation_text import error_problem

    for bad in (
        {"break_start_minute": 12 * 60},  # no end
        {"break_start_minute": 7 * 60, "break_end_minute": 9 * 60},  # before opening
        {"break_start_minute": 14 * 60, "break_end_minute": 12 * 60},  # ends before it starts
        {"break_start_minute": 17 * 60, "break_end_minute": 18 * 60},  # up to the closing
    ):
        with pytest.raises(ValidationError) as caught:
            SupportWindow(start_minute=8 * 60, end_minute=18 * 60, **bad)
        problem = error_problem(caught.value.errors()[0])
        assert "pendant les heures de support" in problem.get("fr")
        assert "within the support hours" in problem.get("en")


def test_a_window_with_a_break_survives_a_save_and_reopen(tmp_path):
    from slaeval.offers import Offer
    from slaeval.project import Project
    from slaeval.project_store import ProjectStore, save_project

    offer = Offer(id="o1", name="Atelier", support_window=LUNCH)
    save_project(tmp_path / "p.slaeval", Project(offers=(offer,))).close()
    store = ProjectStore.open(tmp_path / "p.slaeval")
    assert store.load().offers[0].support_window == LUNCH
    store.close()


def test_a_window_is_written_as_a_person_writes_it() -> None:
    from slaeval.business_hours import window_text

    nbsp = "\u00a0"
    lunch = SupportWindow(
        start_minute=8 * 60,
        end_minute=18 * 60,
        break_start_minute=12 * 60,
        break_end_minute=14 * 60,
    )
    assert window_text(lunch, "fr") == f"lun.-ven. 8{nbsp}h-12{nbsp}h et 14{nbsp}h-18{nbsp}h"
    assert window_text(lunch, "en") == "Mon-Fri 08:00-12:00 and 14:00-18:00"
    odd = SupportWindow(days=(0, 2, 4), start_minute=510, end_minute=1050)
    assert window_text(odd, "fr") == f"lun., mer., ven. 8{nbsp}h{nbsp}30-17{nbsp}h{nbsp}30"
    assert window_text(odd, "en") == "Mon, Wed, Fri 08:30-17:30"
    always = SupportWindow(days=tuple(range(7)), start_minute=0, end_minute=24 * 60)
    assert (window_text(always, "fr"), window_text(always, "en")) == ("24 h/24, 7 j/7", "24/7")


def test_the_hours_answer_shows_the_window_its_delays_are_counted_in() -> None:
    from slaeval.catalogue import load_catalogue
    from slaeval.explain import format_value
    from slaeval.offers import Answer

    hours = load_catalogue().criterion("support.hours_defined")
    window = SupportWindow(start_minute=8 * 60, end_minute=19 * 60)
    written = format_value(hours, Answer(value="business_defined"), window, "en")
    assert written == "Business hours defined in writing (Mon-Fri 08:00-19:00)"
    vague = format_value(hours, Answer(value="undefined"), window, "fr")
    assert vague == "Non définies ou floues"  # no window to show for hours nobody wrote down
