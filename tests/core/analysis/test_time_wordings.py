"""Support hours, on-call and delays written in more ways (issue #6, round 4).

Each test writes its own sentences: a declaration that delays run only "during these hours",
monitoring whose night alerts wait for the desk to reopen, cover sold "on order", an
inclusion denied ("is not included in the fee"), on-call sentences about the lower levels
only, incidents "handled 24x7".
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
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


# --- levels written in words, definitions, escalation, measurement -------------------------


def test_blocking_and_non_blocking_incidents_are_two_levels(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Quand un incident bloque toute la production, nous intervenons sous une heure "
        "ouvrée. Pour un incident gênant, l'intervention a lieu sous six heures ouvrées. "
        "Un incident non bloquant est résolu sous trois jours ouvrés.",
    )
    assert values(report, "support.p1_response") == [60]
    assert values(report, "support.p2_response") == [360]
    assert 3 * 540 in values(report, "support.p2_restoration")
    assert values(report, "support.p1_restoration") == []


def test_levels_listed_after_a_colon_share_the_measure(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "We respond within these times: critical, two (2) hours; high, six (6) hours; "
        "low, five (5) days.",
    )
    assert values(report, "support.p1_response") == [120]
    assert values(report, "support.p2_response") == [360]
    assert values(report, "support.p4_response") == [5 * 1440]


@pytest.mark.parametrize(
    "sentence",
    [
        "Requests are prioritized according to the definitions in Annex 2.",
        "Les tickets sont classés selon leur gravité.",
    ],
)
def test_levels_assigned_by_stated_definitions_are_written(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "support.priority_definitions").value == "written"


@pytest.mark.parametrize(
    "sentence",
    [
        "La priorité est attribuée par le client ; le prestataire ne la change qu'avec son accord.",
        "The support team may re-classify a ticket, but the new severity applies only after "
        "written approval.",
    ],
)
def test_levels_changed_only_with_agreement_are_objective(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "support.priority_definitions").value == "objective_matrix"


@pytest.mark.parametrize(
    "sentence",
    [
        "Si le ticket P1 est toujours ouvert au bout de 3 heures sans solution, il remonte au "
        "directeur technique.",
        "Where a P1 incident has not been restored within 90 minutes, our Head of Operations "
        "takes over.",
    ],
)
def test_escalation_by_time_and_role_without_the_word(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, "P1 : intervention sous 1 heure.", sentence)
    assert answer(report, "support.escalation").value == "time_based_named"
    assert values(report, "support.p1_restoration") == []


def test_the_client_addressed_as_you_sees_the_tool(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Delays are measured in our ticketing tool, and you can view every timestamp on the "
        "portal.",
    )
    assert answer(report, "support.sla_measurement").value == "tool_client_visible"


def test_surcharges_by_day_of_week_are_published_multipliers(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les interventions du samedi sont facturées au tarif horaire majoré de 50 %.",
    )
    assert answer(report, "oncall.pricing").value == "published_multipliers"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The on-call engineer handles P1 incidents out of hours at no charge.",
            "flat_or_included",
        ),
        (
            "Critical incidents are handled 24x7, including weekends, at no additional cost.",
            "flat_or_included",
        ),
    ],
)
def test_cover_at_no_charge_is_included(catalogue: Catalogue, sentence: str, value: str) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "oncall.pricing").value == value


def test_an_isolation_delay_in_opening_hours_is_business_time(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "En cas de rançongiciel, nous isolons le poste sous 20 minutes pendant les heures ouvrées.",
    )
    finding = answer(report, "support.security_isolation")
    assert (finding.value, finding.clock) == (20, "business")


def test_the_delay_of_an_out_of_hours_option_is_not_the_desk_delay(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P1 : prise en charge sous 1 heure.",
        "Pour être couvert le week-end, il existe l'option Nuit et Week-end : un incident P1 "
        "est alors pris en charge sous 3 heures, 7 jours sur 7 de 8h à 20h.",
    )
    assert values(report, "support.p1_response") == [60]


def test_request_fulfilment_is_the_restoration_of_a_request(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Priorité 4 : prise en charge sous 1 jour ouvré, réalisation sous 4 jours ouvrés.",
    )
    assert values(report, "support.p4_restoration") == [4 * 540]


@pytest.mark.parametrize(
    "declaration",
    [
        "The SLA clock only runs during Support Hours.",
        "The clock is paused outside business hours.",
        "Le décompte des délais est suspendu en dehors des heures ouvrées.",
        "Les délais ne courent que pendant les heures ouvrées.",
    ],
)
def test_a_clock_that_stops_outside_hours_is_the_business_clock(
    catalogue: Catalogue, declaration: str
) -> None:
    report = analyse(catalogue, _WINDOW_FR, declaration, "P1 : response within 2 hours.")
    assert answer(report, "support.p1_response").clock == "business"


def test_measures_written_after_their_delays(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Critical: 1 hour response, 4 hour fix. High: 2-hour response, 8-hour fix.",
        "Low: response within 1 day restoration within 5 days.",
    )
    assert values(report, "support.p1_response") == [60]
    assert values(report, "support.p1_restoration") == [240]
    assert values(report, "support.p2_restoration") == [480]
    assert values(report, "support.p4_response") == [1440]
    assert values(report, "support.p4_restoration") == [5 * 1440]


def test_night_alerts_handled_when_support_opens_are_watching_only(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _WINDOW_FR,
        "Nos sondes tournent 24h/24 ; une alerte de nuit est traitée dès l'ouverture du support.",
    )
    assert answer(report, "oncall.monitoring_vs_action").value == "monitoring_only_written"


def test_top_level_incidents_covered_round_the_clock(catalogue: Catalogue) -> None:
    report = analyse(catalogue, _WINDOW_FR, "P1 incidents are covered 24/7.")
    assert answer(report, "support.hours_defined").value == "extended_p1_247"


def test_starting_work_is_the_response(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Priority 2 tickets: an engineer starts work on the ticket within 45 minutes."
    )
    assert values(report, "support.p2_response") == [45]


@pytest.mark.parametrize(
    "declaration",
    [
        "Les délais sont exprimés en heures ouvrées, sauf pour la priorité 1.",
        "Business hours apply to all service levels except Severity 1.",
    ],
)
def test_a_business_clock_except_for_the_top_level(catalogue: Catalogue, declaration: str) -> None:
    report = analyse(
        catalogue,
        _WINDOW_FR,
        declaration,
        "P1: response within 1 hour. P2: response within 4 hours.",
    )
    assert answer(report, "support.p1_response").clock == "calendar"
    assert answer(report, "support.p2_response").clock == "business"


@pytest.mark.parametrize(
    ("sentence", "criterion", "value"),
    [
        ("There is no out-of-hours service.", "oncall.p1_out_of_hours", "none"),
        (
            "Les interventions en HNO sont facturées 2 fois le tarif normal.",
            "oncall.pricing",
            "published_multipliers",
        ),
    ],
)
def test_more_out_of_hours_wordings(
    catalogue: Catalogue, sentence: str, criterion: str, value: str
) -> None:
    report = analyse(catalogue, _WINDOW_FR, sentence)
    assert answer(report, criterion).value == value


def test_technicians_reachable_in_a_window(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Nos techniciens sont joignables de 8 h à 17 h, du lundi au vendredi."
    )
    assert values(report, "support.hours_defined", "support_window") == ["Mon-Fri 08:00-17:00"]


def test_hours_a_day_and_days_a_week_in_words(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Support is provided 10 hours a day, 5 days a week.")
    assert values(report, "support.hours_defined", "support_window") == ["Mon-Fri 09:00-19:00"]


def _table(catalogue: Catalogue, *rows: str) -> AnalysisReport:
    blocks = [Block(row, f"tab. 1, l. {n}", table_row=True) for n, row in enumerate(rows, 2)]
    return analyze_text(DocumentText(blocks=blocks, pages=1, kind="docx", name="t"), catalogue)


def test_a_column_heading_gives_the_unit_of_bare_numbers(catalogue: Catalogue) -> None:
    report = _table(
        catalogue,
        "Priorité : P2 | Délai de prise en charge (heures ouvrées) : 2 | "
        "Délai de rétablissement (jours) : 3",
        "Severity : Sev 3 | Target response (minutes) : 90 | Comment (P3) : 4",
    )
    p2 = answer(report, "support.p2_response")
    assert (p2.value, p2.clock) == (120, "business")
    assert values(report, "support.p2_restoration") == [3 * 1440]
    assert values(report, "support.p3_response") == [90]
    assert values(report, "support.p3_restoration") == []


def test_being_on_site_is_the_response(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "For Priority 2 faults, an engineer will be on site within 6 hours."
    )
    assert values(report, "support.p2_response") == [360]


def test_an_infected_device_quarantined_is_isolation(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Infected laptops are quarantined within 45 minutes of detection.")
    assert values(report, "support.security_isolation") == [45]


def test_a_round_the_clock_emergency_line_for_p1(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, _WINDOW_FR, "A 24/7 emergency number is open for P1 incidents at no extra cost."
    )
    assert answer(report, "support.hours_defined").value == "extended_p1_247"


def test_standby_outside_these_hours_billed_per_hour(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Our desk is open Monday to Friday, 8:00 to 18:00.",
        "Outside those hours an engineer is on standby for P1 faults; call-outs are charged "
        "at EUR 120 per hour.",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "paid_option"
    assert answer(report, "oncall.pricing").value == "published_multipliers"


def test_an_option_named_after_a_round_the_clock_delay_leaves_it(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P1 incidents are answered within 30 minutes, 24/7 including weekends; customers may "
        "add an optional account manager.",
    )
    assert values(report, "support.p1_response") == [30]
    assert values(report, "oncall.p1_out_of_hours") == []
    assert values(report, "oncall.pricing") == []
