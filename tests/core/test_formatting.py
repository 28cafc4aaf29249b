"""French and English formats, and answers written as a person would say them."""

from datetime import date

from slaeval.explain import format_value
from slaeval.formatting import format_date, format_duration, format_money, format_percent
from slaeval.offers import Answer, SupportWindow
from tests.core.minicat import criterion, mini_catalogue

NNBSP = "\u202f"


def test_french_money_percent_and_date():
    assert format_money(1234.5, "fr", cents=True) == f"1{NNBSP}234,50\xa0€"
    assert format_money(1234.5, "en", cents=True) == "€1,234.50"
    assert format_percent(99.9, "fr") == f"99,9{NNBSP}%"
    assert format_date(date(2026, 11, 24), "fr") == "24/11/2026"


def test_durations_read_naturally():
    assert format_duration(30, "fr") == "30\xa0min"
    assert format_duration(240, "en") == "4\xa0h"
    assert format_duration(3 * 1440, "fr") == "3\xa0j"


def test_business_hours_delay_shows_its_real_worst_case():
    p1 = mini_catalogue().criterion("support.p1_restoration")
    text = format_value(p1, Answer(value=240, clock="business"), SupportWindow(), "fr")
    assert text == "4\xa0h ouvrées (jusqu'à 67\xa0h réelles)"


def test_availability_shows_monthly_downtime():
    avail = criterion(
        "availability.commitment",
        "availability",
        "percentage",
        direction="higher",
        thresholds={"good": 99.9, "acceptable": 99.5, "red": 99},
    )
    text = format_value(avail, Answer(value=99.9), SupportWindow(), "fr")
    assert text == f"99,9{NNBSP}% (43\xa0min/mois)"


def test_unknown_answer():
    p1 = mini_catalogue().criterion("support.p1_restoration")
    assert format_value(p1, None, SupportWindow(), "en") == "unknown"


def test_singular_unit_and_unknown_status_asks_for_writing():
    from slaeval.explain import status_label

    cap = criterion(
        "liability.cap",
        "liability",
        "number",
        unit="months_of_fees",
        direction="higher",
        thresholds={"good": 12, "acceptable": 6, "red": 3},
    )
    assert format_value(cap, Answer(value=1), SupportWindow(), "en") == "1 month of fees"
    assert format_value(cap, Answer(value=12), SupportWindow(), "en") == "12 months of fees"
    assert status_label("unknown", "en") == "? unknown: get it in writing"
