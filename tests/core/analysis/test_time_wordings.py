"""Support hours, on-call and delays written in more ways (issue #6, round 4).

Each test writes its own sentences: a declaration that delays run only "during these hours",
monitoring whose night alerts wait for the desk to reopen, cover sold "on order", an
inclusion denied ("is not included in the fee"), on-call sentences about the lower levels
only, incidents "handled 24x7".
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values

_WINDOW_FR = "Le support est ouvert du lundi au vendredi de 9h à 17h."


@pytest.mark.parametrize(
    "declaration",
    [
        "Nos délais se comptent seulement pendant ces horaires.",
        "Les délais indiqués se calculent dans nos plages d'ouverture.",
    ],
)
def test_delays_counted_during_these_hours_are_business_hours(
    catalogue: Catalogue, declaration: str
) -> None:
    report = analyse(catalogue, _WINDOW_FR, declaration, "P1 : intervention sous 2 heures.")
    finding = answer(report, "support.p1_response")
    assert (finding.value, finding.clock) == (120, "business")


def test_delays_counted_during_these_hours_in_english(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The help desk is open Monday to Friday, 8:00 to 16:00.",
        "All response times are counted only during those opening hours.",
        "Priority 2: response within 3 hours.",
    )
    finding = answer(report, "support.p2_response")
    assert (finding.value, finding.clock) == (180, "business")


def test_delays_stated_in_hours_are_not_a_business_clock(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Response times are expressed in hours.",
        "P1: response within 2 hours.",
    )
    assert answer(report, "support.p1_response").clock == "calendar"


@pytest.mark.parametrize(
    "monitoring",
    [
        "Nos sondes surveillent vos serveurs 24h/24, mais une alerte survenue le dimanche "
        "est traitée le lendemain.",
        "Servers are monitored 24/7; alerts raised at night are handled the next business day.",
    ],
)
def test_monitoring_whose_alerts_wait_is_not_round_the_clock_support(
    catalogue: Catalogue, monitoring: str
) -> None:
    report = analyse(catalogue, _WINDOW_FR, monitoring)
    assert answer(report, "oncall.monitoring_vs_action").value == "monitoring_only_written"
    assert answer(report, "support.hours_defined").value == "business_defined"
    assert "included_same_sla" not in values(report, "oncall.p1_out_of_hours")


@pytest.mark.parametrize(
    "option",
    [
        "Sur commande du client, une astreinte 24h/24 et 7j/7 couvre les incidents P1.",
        "Where ordered, a 24x7 on-call service covers P1 incidents.",
    ],
)
def test_round_the_clock_cover_on_order_is_an_option(catalogue: Catalogue, option: str) -> None:
    report = analyse(catalogue, _WINDOW_FR, option)
    assert "extended_p1_247" not in values(report, "support.hours_defined")
    assert "included_same_sla" not in values(report, "oncall.p1_out_of_hours")


@pytest.mark.parametrize(
    "sentence",
    [
        "L'astreinte du week-end n'est pas comprise dans le forfait mensuel.",
        "On-call cover is not included in the monthly charge.",
    ],
)
def test_a_denied_inclusion_is_no_included_on_call(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert "included_same_sla" not in values(report, "oncall.p1_out_of_hours")
    assert "flat_or_included" not in values(report, "oncall.pricing")


def test_work_outside_hours_not_included_in_the_fee_denies_nothing(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Work requested outside business hours is not included in the fixed fee."
    )
    assert values(report, "oncall.p1_out_of_hours") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous n'assurons pas d'astreinte le week-end.",
        "En dehors de ces horaires, personne n'est d'astreinte.",
    ],
)
def test_no_on_call_in_french(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, _WINDOW_FR, sentence)
    assert answer(report, "oncall.p1_out_of_hours").value == "none"


def test_on_call_sentences_about_lower_levels_say_nothing_of_p1(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P1 incidents are handled 24/7 by our duty engineers.",
        "P3 and P4 tickets logged outside business hours are picked up the next business day.",
        "Outside business hours, P2 incidents can be covered by an optional service at "
        "EUR 200 per month.",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "included_same_sla"
    assert answer(report, "support.hours_defined").value == "extended_p1_247"


def test_critical_incidents_handled_round_the_clock(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support hours are 8:00 to 18:00, Monday to Friday.",
        "Severity 1 incidents are dealt with 24 hours a day, every day of the year.",
    )
    assert answer(report, "support.hours_defined").value == "extended_p1_247"
