"""On-call promises, who sets the priorities, how delays are measured, security watch 24/7.

Each test writes its own sentences, in the ways providers phrase these clauses: an on-call
option's delay and price are not the support desk's; priorities the client sets or disputes;
timestamps the client can see; a security centre that acts round the clock.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values

# --- 1. A delay for nights and weekends is an on-call promise --------------------------------


@pytest.mark.parametrize(
    ("paragraph", "p1_out_of_hours"),
    [
        (
            # an option the document does not show as taken is no cover (CONVENTIONS.md G2)
            "En option, le prestataire traite les incidents P1 la nuit et le week-end, avec "
            "une intervention sous 3 heures.",
            "none",
        ),
        (
            "For a flat monthly fee of 400 EUR, critical incidents raised in the evenings or "
            "at weekends are answered within 2 hours.",
            "paid_option",
        ),
        (
            "Outside business hours, the duty engineer responds to P1 incidents within 2 hours.",
            None,
        ),
    ],
)
def test_an_on_call_delay_is_not_the_p1_response_time(
    catalogue: Catalogue, paragraph: str, p1_out_of_hours: str | None
) -> None:
    report = analyse(catalogue, "P1 : intervention sous 1 heure ouvrée.", paragraph)
    assert values(report, "support.p1_response") == [60]
    assert not report.conflicts
    if p1_out_of_hours is not None:
        assert answer(report, "oncall.p1_out_of_hours").value == p1_out_of_hours


def test_an_on_call_column_of_a_priority_table_is_not_the_response_time(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Priorité : P1 | Intervention en heures ouvrées : 1 h | "
        "Intervention hors heures ouvrées (astreinte) : 3 h",
    )
    assert values(report, "support.p1_response") == [60]


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("P1 : intervention sous 1 heure, y compris les week-ends et jours fériés.", 60),
        ("Priority 1: response within 30 minutes, on weekends and public holidays as well.", 30),
        ("Du lundi au vendredi hors jours fériés, P1 : intervention sous 1 heure.", 60),
        ("P1 incidents: response within 30 minutes, no on-call at night.", 30),
        ("Severity 1: response within 15 minutes, 24x7, nights and weekends included.", 15),
    ],
)
def test_the_same_terms_extended_to_nights_or_excluded_ones_stay_the_p1_time(
    catalogue: Catalogue, sentence: str, minutes: int
) -> None:
    assert values(analyse(catalogue, sentence), "support.p1_response") == [minutes]


@pytest.mark.parametrize(
    "sentence",
    [
        "Support is not available outside business hours.",
        "No support is provided at weekends or on public holidays.",
        "Le support n'est pas assuré le week-end ni les jours fériés.",
        "Il n'existe pas de service d'astreinte.",
        "The Provider does not offer out-of-hours support.",
        "Out-of-hours support is not included.",
        "Requests received after 18:00 are handled the next business day.",
        "Les demandes reçues après 18h sont traitées le lendemain matin.",
    ],
)
def test_no_cover_outside_business_hours_in_other_words(
    catalogue: Catalogue, sentence: str
) -> None:
    assert answer(analyse(catalogue, sentence), "oncall.p1_out_of_hours").value == "none"


@pytest.mark.parametrize(
    "sentence",
    [
        "P1 incidents, not only during business hours but also at night, are handled within "
        "1 hour.",
        "Penalties do not apply to on-call interventions.",
        "L'astreinte n'est pas soumise aux pénalités.",
    ],
)
def test_a_denial_of_something_else_is_no_missing_on_call(
    catalogue: Catalogue, sentence: str
) -> None:
    assert "none" not in values(analyse(catalogue, sentence), "oncall.p1_out_of_hours")


def test_the_other_priorities_inherit_no_level(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les incidents P1 sont rétablis sous 4 heures ouvrées. Les demandes des autres "
        "priorités reçues le soir sont traitées le jour ouvré suivant.",
    )
    assert values(report, "support.p1_restoration") == [240]


# --- 2. What out-of-hours work costs --------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Critical incidents are also handled at weekends and on public holidays at no extra cost.",
        "Le prestataire traite les incidents bloquants les soirs et les week-ends sans supplément.",
        "Moyennant un forfait de 250 € HT par mois, les incidents critiques sont pris en "
        "charge la nuit et le dimanche.",
        "Critical incidents are handled outside business hours free of charge.",
        "L'intervention des techniciens la nuit est gratuite pour les incidents critiques.",
    ],
)
def test_out_of_hours_work_for_free_or_a_flat_fee(catalogue: Catalogue, sentence: str) -> None:
    assert answer(analyse(catalogue, sentence), "oncall.pricing").value == "flat_or_included"


@pytest.mark.parametrize(
    "sentence",
    [
        "Les interventions les soirs et week-ends sont facturées 150 € HT par heure.",
        "Outside business hours, each call-out is billed EUR 250 plus travel.",
        "Une astreinte optionnelle couvre les incidents critiques en dehors de la plage de "
        "service ; chaque intervention est facturée 180 € HT.",
    ],
)
def test_out_of_hours_work_at_a_published_rate(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "oncall.pricing").value == "published_multipliers"
    assert answer(report, "oncall.p1_out_of_hours").value == "paid_option"


def test_out_of_hours_work_the_client_pays_for_is_a_paid_option(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Priority 1 Incidents logged outside Service Hours will be responded to within 1 hour "
        "by the on-call engineer, for which the Customer shall pay the out-of-hours charges "
        "set out in Schedule 5.",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "paid_option"


def test_out_of_hours_work_at_then_current_rates_is_unpriced(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "After-hours support is available for Severity 1 issues at Provider's then-current rates.",
    )
    assert answer(report, "oncall.pricing").value == "unpriced"
    assert answer(report, "oncall.p1_out_of_hours").value == "paid_option"


def test_support_closed_on_holidays_is_no_on_call_price(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est assuré du lundi au vendredi, hors jours fériés, et inclus dans le "
        "forfait mensuel.",
    )
    assert values(report, "oncall.pricing") == []


# --- 3. Who sets the priority ---------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Client fixe la priorité de chaque ticket lors de sa déclaration.",
        "Le niveau de criticité est déterminé par le Prestataire ; le Client peut contester "
        "ce classement auprès du chef de projet.",
        "The Supplier may downgrade a Severity only with the agreement of the Buyer.",
        "Le Client peut demander la révision de la priorité d'un ticket.",
        "The Customer may raise the severity of a ticket at any time.",
        "The Customer may request that the Supplier re-classify the Priority Level of an Incident.",
    ],
)
def test_priorities_the_client_sets_or_disputes_are_objective(
    catalogue: Catalogue, paragraph: str
) -> None:
    found = answer(analyse(catalogue, paragraph), "support.priority_definitions")
    assert found.value == "objective_matrix"


@pytest.mark.parametrize(
    "sentence",
    [
        "Priorities are set by the Supplier at its sole discretion.",
        "Provider determines the Severity Level of each issue in its reasonable judgment.",
        "Le Prestataire fixe seul la criticité de chaque incident.",
    ],
)
def test_the_provider_alone_deciding_is_still_read(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "support.priority_definitions").value == "provider_decides"


def test_a_provider_classification_the_client_may_dispute_is_objective(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Le Titulaire qualifie seul la criticité de chaque ticket ; le Pouvoir adjudicateur "
        "peut en demander la requalification.",
    )
    assert answer(report, "support.priority_definitions").value == "objective_matrix"


def test_prioritising_for_all_users_defines_no_priority(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The Provider will prioritise security patches for all users.")
    assert values(report, "support.priority_definitions") == []


def test_an_examples_column_is_no_objective_criterion(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Priority : P3 | Examples : a single user cannot print | Response : 4 hours"
    )
    assert values(report, "support.priority_definitions") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Escalation: level 1 service desk, level 2 team leader (after 1 hour), level 3 head of "
        "operations (after 4 hours).",
        "Tout incident P1 non résolu après 2 heures est escaladé au chef d'équipe, puis au "
        "directeur des opérations.",
    ],
)
def test_escalation_by_time_to_named_roles(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "support.escalation").value == "time_based_named"
    assert values(report, "support.p1_restoration") == []


# --- 4. How delays are measured -------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Response times are measured from the ticket time stamps in the support portal, "
        "which the Customer can view at any time.",
        "L'Acheteur consulte en temps réel l'horodatage de ses demandes dans la plateforme "
        "de suivi des tickets.",
        "The Licensee sees every timestamp of its tickets in the helpdesk tool.",
    ],
)
def test_timestamps_the_client_sees_in_the_ticket_tool(catalogue: Catalogue, sentence: str) -> None:
    found = answer(analyse(catalogue, sentence), "support.sla_measurement")
    assert found.value == "tool_client_visible"


def test_the_providers_own_records_are_self_declared(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les délais sont mesurés par les outils du Prestataire, dont les relevés font foi.",
    )
    assert answer(report, "support.sla_measurement").value == "self_declared"


# --- 5. A security centre round the clock ---------------------------------------------------


def test_a_soc_that_watches_and_acts_24_7_is_no_support_desk(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "La supervision et le traitement des alertes de sécurité sont assurés 24 h/24, 7 j/7 "
        "par notre SOC, qui confine un poste compromis en moins de 30 minutes.",
    )
    assert answer(report, "oncall.monitoring_vs_action").value == "both_stated_247"
    assert answer(report, "support.security_isolation").value == 30
    assert values(report, "support.hours_defined") == []
    assert values(report, "oncall.p1_out_of_hours") == []


def test_an_edr_isolation_delay_is_read(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "On an EDR alert, the affected laptop is isolated within 10 minutes."
    )
    assert answer(report, "support.security_isolation").value == 10


@pytest.mark.parametrize(
    "sentence",
    [
        "Our service desk handles incidents 24/7.",
        "Le centre de services traite 24/7 tous les incidents, y compris les incidents de "
        "sécurité.",
    ],
)
def test_the_support_desk_round_the_clock_is_still_support(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "support.hours_defined").value == "extended_p1_247"
