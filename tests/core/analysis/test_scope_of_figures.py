"""What a figure belongs to: the clock a level's exception sets, an escalation's later steps,
the client's own deadline to claim, tickets the client escalates, the tier the client bought,
an out-of-hours denial with an exception.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values

# --- 1. A level excepted from the business clock ------------------------------------------


@pytest.mark.parametrize(
    ("declaration", "exception", "lines"),
    [
        (
            "Sauf mention contraire, tous les délais se décomptent en heures ouvrées.",
            "L'astreinte est incluse ; pour la priorité 1, les délais de prise en charge "
            "se décomptent en heures calendaires.",
            "Priorité 1 : prise en charge sous 30 minutes. Priorité 2 : prise en charge sous "
            "2 heures.",
        ),
        (
            "All response times are measured in Support Hours.",
            "Severity 1 calls are answered at any hour; for Severity 1 the response times are "
            "therefore elapsed (clock) times.",
            "Severity 1: response within 30 minutes. Severity 2: response within 2 hours.",
        ),
    ],
)
def test_a_level_excepted_from_the_business_clock_runs_round_the_clock(
    catalogue: Catalogue, declaration: str, exception: str, lines: str
) -> None:
    report = analyse(catalogue, declaration, exception, lines)
    p1 = answer(report, "support.p1_response")
    assert (p1.value, p1.clock) == (30, "calendar")
    p2 = answer(report, "support.p2_response")
    assert (p2.value, p2.clock) == (120, "business")


def test_without_the_exception_every_level_follows_the_business_clock(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "All response times are measured in Support Hours.",
        "Severity 1: response within 30 minutes. Severity 2: response within 2 hours.",
    )
    assert answer(report, "support.p1_response").clock == "business"


# --- 2. The later steps of an escalation ---------------------------------------------------


@pytest.mark.parametrize(
    "escalation",
    [
        "If a P1 incident is not restored within 3 hours, the account manager calls the "
        "customer; after 6 hours, the technical director takes charge.",
        "Si un incident P1 n'est pas rétabli au bout de trois heures, le responsable de compte "
        "appelle le client ; au bout de six heures, le directeur technique prend la main.",
    ],
)
def test_the_next_step_of_an_escalation_is_no_restoration_time(
    catalogue: Catalogue, escalation: str
) -> None:
    report = analyse(catalogue, "P1 : rétablissement sous 2 heures.", escalation)
    assert answer(report, "support.p1_restoration").value == 120


# --- 3. The client's deadline to claim -----------------------------------------------------


@pytest.mark.parametrize(
    "claim",
    [
        "If we miss the response time of a P1 ticket, the customer may claim a credit of 5% "
        "of the monthly fee by e-mail within 20 days of the ticket.",
        "Si le délai de prise en charge d'un ticket P1 est dépassé, le Client peut réclamer un "
        "avoir de 5 % dans les vingt jours suivant le ticket.",
    ],
)
def test_a_deadline_to_claim_a_credit_is_no_response_time(catalogue: Catalogue, claim: str) -> None:
    report = analyse(catalogue, "P1 : prise en charge sous 1 heure.", claim)
    assert answer(report, "support.p1_response").value == 60


# --- 4. Tickets the client escalates to the provider ---------------------------------------


def test_tickets_the_client_escalates_have_their_targets_read(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "For tickets escalated by the Customer's own IT staff, our engineers respond within "
        "these times: P1 - 2 hours; P2 - 4 hours.",
    )
    assert answer(report, "support.p1_response").value == 120
    assert answer(report, "support.p2_response").value == 240


def test_an_escalation_to_a_manager_gives_no_target(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P1 tickets are escalated to the service manager within 2 hours and to the director "
        "within 4 hours.",
    )
    assert not [f for f in report.answers() if f.criterion == "support.p1_response"]


# --- 5. The tier the client bought ---------------------------------------------------------

_TIERS_EN = (
    "Service tier : Platinum | Monthly availability : 99.95%",
    "Service tier : Bronze | Monthly availability : 99.5%",
    "For Platinum services the credits are 15% below 99.95% and 30% below 99.5%.",
    "For Bronze services the credits are 5% below 99.5% and 10% below 99%.",
)


def test_the_figures_of_a_tier_not_bought_are_set_aside(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The Client has ordered the Bronze service tier.", *_TIERS_EN)
    assert values(report, "availability.commitment") == [99.5]
    tiers = values(report, "availability.credit_ladder", "credit_tier")
    assert sorted(tiers) == [5, 10]


def test_without_a_tier_bought_every_tier_is_read(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Two service tiers are offered.", *_TIERS_EN)
    assert sorted(values(report, "availability.commitment")) == [99.5, 99.95]


def test_a_french_tier_bought(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Client a souscrit la formule Sérénité.",
        "Formule Sérénité : disponibilité mensuelle garantie de 99,8 %.",
        "Formule Intégrale : disponibilité mensuelle garantie de 99,95 %.",
    )
    assert values(report, "availability.commitment") == [99.8]


# --- 6. Out-of-hours cover bought apart ----------------------------------------------------

_HOURS = "Le support est ouvert du lundi au vendredi de 9h à 18h."


def test_a_denial_with_a_way_out_is_no_plain_none(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support Hours are 09:00 to 17:00, Monday to Friday.",
        "Requests raised outside Support Hours are handled at the start of the next Business "
        "Day, unless the Customer calls the Emergency Line.",
    )
    assert "none" not in values(report, "oncall.p1_out_of_hours")


def test_a_denial_without_a_way_out_says_none(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support Hours are 09:00 to 17:00, Monday to Friday.",
        "Requests raised outside Support Hours are handled at the start of the next Business Day.",
    )
    assert values(report, "oncall.p1_out_of_hours") == ["none"]


def test_an_option_extending_the_hours_is_a_flat_paid_option(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _HOURS,
        "En dehors de ces horaires, aucune intervention n'est assurée.",
        "Option « Week-end » : extension du support au samedi et au dimanche, au forfait de "
        "250 € HT par mois.",
        "Le Client a souscrit l'option « Week-end ».",
    )
    assert values(report, "oncall.p1_out_of_hours") == ["paid_option"]
    assert values(report, "oncall.pricing") == ["flat_or_included"]


def test_round_the_clock_cover_the_fee_does_not_include_is_a_paid_option(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Support Hours are 09:00 to 17:00, Monday to Friday.",
        "A hotline for P1 incidents is open 24/7 outside Support Hours. It is not included in "
        "the monthly fee.",
        "Each call is billed at twice the hourly rate, EUR 160 per hour.",
    )
    assert values(report, "oncall.p1_out_of_hours") == ["paid_option"]
    assert values(report, "oncall.pricing") == ["published_multipliers"]
    assert "extended_p1_247" not in values(report, "support.hours_defined")


def test_an_option_for_the_lower_levels_says_nothing_of_p1(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support Hours are 09:00 to 17:00, Monday to Friday.",
        "Outside Support Hours, P2 incidents can be covered by the optional Night Cover "
        "service (EUR 300 per month).",
    )
    assert "paid_option" not in values(report, "oncall.p1_out_of_hours")


def test_on_call_without_a_supplement_is_included(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _HOURS,
        "L'astreinte est incluse dans la redevance mensuelle, sans supplément ; pendant "
        "l'astreinte, les délais de prise en charge du niveau 1 s'appliquent à l'identique.",
    )
    assert values(report, "oncall.p1_out_of_hours") == ["included_same_sla"]


# --- 7. Watching or acting round the clock -------------------------------------------------


def test_a_tool_named_detection_and_response_does_not_act(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Every laptop runs an endpoint detection and response agent monitored 24/7 by our "
        "security operations centre.",
    )
    assert "both_stated_247" not in values(report, "oncall.monitoring_vs_action")


def test_only_the_other_alerts_wait_for_the_morning(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _HOURS,
        "Une astreinte 24 heures sur 24 et 7 jours sur 7 couvre les incidents P1.",
        "La supervision des serveurs et du réseau fonctionne en continu ; la nuit, une alerte "
        "P1 déclenche l'ingénieur d'astreinte, les autres alertes étant traitées à "
        "l'ouverture du support.",
    )
    assert values(report, "oncall.monitoring_vs_action") == ["both_stated_247"]


# --- 8. What a measurement is of -----------------------------------------------------------


def test_availability_measured_by_the_provider_says_nothing_of_delays(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "The Provider commits to a monthly availability of 99.9%, measured by the Provider's "
        "own probes every minute.",
    )
    assert values(report, "support.sla_measurement") == []


def test_response_times_measured_by_the_provider_alone_are_self_declared(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Response times are measured by the Provider's own ticketing systems.",
    )
    assert values(report, "support.sla_measurement") == ["self_declared"]


# --- 9. A denial of penalties without an availability commitment ---------------------------


def test_no_penalty_for_late_delays_is_no_credit_ladder(catalogue: Catalogue) -> None:
    # the document gives no credit and says so: none_or_token (CONVENTIONS.md)
    report = analyse(
        catalogue,
        "P1 : intervention sous 4 heures ouvrées.",
        "Aucune pénalité n'est due en cas de dépassement des délais ci-dessus.",
    )
    assert values(report, "availability.credit_ladder") == ["none_or_token"]


def test_no_credit_beside_an_availability_commitment_is_the_ladder(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "The Provider targets a monthly availability of 99.5%.",
        "No service credits are payable if this target is missed.",
    )
    assert values(report, "availability.credit_ladder") == ["none_or_token"]


# --- 10. A table of indicators -------------------------------------------------------------

_KPI_ROWS = (
    "Indicateur : Disponibilité mensuelle | Cible : 99,7 % | Pénalité : malus selon le "
    "barème ci-dessous",
    "Indicateur : Taux de tickets clos au premier appel | Cible : 85 % | Pénalité : malus de 2 %",
    "Barème de malus : 5 % de la redevance si la disponibilité est inférieure à 99,7 % ; 10 % "
    "si elle est inférieure à 99 %.",
)


def _kpi_table(catalogue: Catalogue) -> AnalysisReport:
    blocks = [
        Block(row, f"tab. 1, l. {n}", table_row=True) for n, row in enumerate(_KPI_ROWS[:2], 2)
    ]
    blocks.append(Block(_KPI_ROWS[2], "§ 2"))
    return analyze_text(DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt"), catalogue)


def test_a_target_whose_penalty_sits_in_another_cell_is_the_commitment(
    catalogue: Catalogue,
) -> None:
    assert values(_kpi_table(catalogue), "availability.commitment") == [99.7]


def test_another_indicator_gives_no_rung_of_the_availability_ladder(
    catalogue: Catalogue,
) -> None:
    tiers = [
        (f.value, f.threshold) for f in _kpi_table(catalogue).findings if f.kind == "credit_tier"
    ]
    assert sorted(tiers) == [(5, 99.7), (10, 99)]


# --- 11. A business day stated with a half hour --------------------------------------------


def test_a_business_day_of_eight_hours_and_a_half(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est assuré du lundi au vendredi de 8h30 à 17h00.",
        "Un jour ouvrable compte donc huit heures et demie de support.",
        "P3 : prise en charge sous 1 jour ouvrable.",
    )
    assert answer(report, "support.p3_response").value == 510


# --- 12. An option's own round-the-clock cover ---------------------------------------------


def test_an_option_not_taken_leaves_the_support_hours_as_they_are(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        _HOURS,
        "Option « Réseau 24/7 » : rétablissement du lien en six heures, 24 heures sur 24, pour "
        "120 € HT par mois. Cette option n'est pas retenue.",
    )
    hours = values(report, "support.hours_defined")
    assert "business_defined" in hours
    assert "extended_p1_247" not in hours


# --- 13. "Available" as an offer is no availability ----------------------------------------


def test_a_service_available_but_not_included_lists_no_availability_exclusion(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "An emergency hotline is available on request. It is not included in the monthly fee.",
    )
    assert values(report, "availability.exclusions") == []


def test_periods_not_counted_in_the_availability_are_listed(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Outages caused by the Customer are not counted in the availability.",
    )
    assert values(report, "availability.exclusions") == ["listed"]


# --- 14. Targets that carry no credit --------------------------------------------------------


def test_targets_said_to_carry_no_credit_beside_a_credited_commitment(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The Provider commits to a monthly availability of 99.9%; below it, a service credit "
        "of 10% of the monthly fee applies.",
        "Restoration times are targets only: the Provider uses reasonable endeavours to meet "
        "them, and missing them gives no right to service credits.",
    )
    # targets that carry no credit are no results commitment; the delays decide over the
    # availability and its credits (reading conventions: "uptime guaranteed with credits but
    # delays as targets with no credit: best_effort"; delay_nature.py)
    assert values(report, "liability.commitment_nature") == ["best_effort"]


# --- 15. An availability figure that is no commitment of the provider -----------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Over the last financial period the platform reached an uptime of 99.97%; this is not "
        "a commitment.",
        "The 99.95% availability of the cloud platform is the hosting company's commitment "
        "under its own terms.",
    ],
)
def test_an_availability_figure_that_commits_no_one_here(
    catalogue: Catalogue, sentence: str
) -> None:
    assert values(analyse(catalogue, sentence), "availability.commitment") == []


def test_an_availability_commitment_is_read(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The Provider commits to an uptime of 99.95% each month.")
    assert values(report, "availability.commitment") == [99.95]


# --- 16. A dashboard of backups is no measure of delays -------------------------------------


def test_a_backup_dashboard_the_client_sees_measures_no_delay(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le rapport des sauvegardes (jobs réussis, volumes, incidents) est consultable par le "
        "Client sur le portail, en temps réel.",
    )
    assert values(report, "support.sla_measurement") == []


def test_a_ticket_portal_the_client_sees_measures_delays(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Client consulte sur le portail, en temps réel, chaque ticket et son horodatage.",
    )
    assert values(report, "support.sla_measurement") == ["tool_client_visible"]


# --- 17. Credits on late responses ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Resolution targets are targets only, and missing them gives no right to service credits.",
        "The response times of clause 6 are not subject to service credits.",
    ],
)
def test_delays_that_carry_no_credit_leave_credits_to_availability(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "availability.credits_on_response") == ["availability_only"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Si la GTR d'un incident critique est dépassée, le Client reçoit un avoir de 5 % de la "
        "redevance par tranche de deux heures ouvrées de retard.",
        "For each full hour by which a P1 restoration exceeds its Restoration Time, the "
        "Customer receives a service credit of 2%.",
    ],
)
def test_a_credit_for_each_step_of_delay_is_per_breach(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "availability.credits_on_response") == ["per_breach"]


# --- 18. Whose best effort -----------------------------------------------------------------


def test_our_best_effort_beside_a_mention_of_vendors_is_ours(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "We give no fix times: fixes often depend on software vendors, and we work on each "
        "fix on a reasonable endeavours basis.",
    )
    assert values(report, "liability.commitment_nature") == ["best_effort"]


def test_best_effort_to_chase_vendors_is_not_the_commitment(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "We use reasonable endeavours to chase software vendors for their fixes."
    )
    assert values(report, "liability.commitment_nature") == []


# --- 19. A flattened table whose heading comes again on the next page -----------------------


def test_a_table_heading_repeated_on_the_next_page_opens_the_next_row(
    catalogue: Catalogue,
) -> None:
    cells = [
        "Le support est ouvert du lundi au vendredi de 9h à 17h.",
        "Niveau",
        "GTI",
        "GTR",
        "Panne bloquante",
        "1 heure ouvrée",
        "4 heures ouvrées",
        "Panne majeure",
        "2 heures ouvrées",
        "8 heures ouvrées",
        "Panne mineure",
        "4 heures ouvrées",
        "2 jours ouvrés",
        "Niveau GTI GTR Demande simple Création de compte 1 jour ouvré 4 jours ouvrés Les "
        "niveaux sont fixés avec le client lors de l'appel.",
    ]
    report = analyse(catalogue, *cells)
    assert answer(report, "support.p3_restoration").value == 960
    assert answer(report, "support.p4_response").value == 480
    assert answer(report, "support.p4_restoration").value == 1920


def test_a_flattened_table_that_describes_its_levels_defines_them_in_writing(
    catalogue: Catalogue,
) -> None:
    cells = [
        "Niveau",
        "Description",
        "GTI",
        "GTR",
        "Panne bloquante",
        "Le cabinet entier ne peut plus travailler",
        "1 heure ouvrée",
        "4 heures ouvrées",
        "Panne majeure",
        "Une application ou un poste clé est en panne",
        "2 heures ouvrées",
        "8 heures ouvrées",
    ]
    report = analyse(catalogue, *cells)
    assert values(report, "support.priority_definitions") == ["written"]


# --- 20. Whose delay: an example, the client's own duty ------------------------------------


@pytest.mark.parametrize(
    "other",
    [
        "For example, a P1 ticket logged at 10:00 is answered by 10:20, that is within 20 minutes.",
        "The Customer's own IT staff must acknowledge P1 alerts within 15 minutes.",
        "Le Client doit confirmer par écrit la résolution d'un incident P1 sous deux jours ouvrés.",
    ],
)
def test_an_example_or_the_clients_duty_gives_no_target(catalogue: Catalogue, other: str) -> None:
    report = analyse(catalogue, "P1: response within 1 hour; resolution within 4 hours.", other)
    assert answer(report, "support.p1_response").value == 60
    assert answer(report, "support.p1_restoration").value == 240


def test_what_the_client_shall_receive_is_the_target(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "The Customer shall receive a first response within 30 minutes for P1."
    )
    assert answer(report, "support.p1_response").value == 30


# --- 21. A denial said of other work -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Changes and installations are not carried out outside Support Hours.",
        "Les demandes de modification ne sont pas traitées en dehors des heures ouvrées.",
    ],
)
def test_no_changes_at_night_says_nothing_of_p1(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, "Support Hours are 08:00 to 18:00, Monday to Friday.", sentence)
    assert values(report, "oncall.p1_out_of_hours") == []


def test_requests_wait_while_p1_goes_to_the_on_call_engineer(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support Hours are 08:00 to 18:00, Monday to Friday.",
        "Outside Support Hours, service requests are handled the next Business Day; P1 "
        "incidents are handled by the on-call engineer.",
    )
    assert values(report, "oncall.p1_out_of_hours") == ["included_same_sla"]


# --- 22. Whose availability commitment -----------------------------------------------------


@pytest.mark.parametrize(
    "other",
    [
        "L'hébergeur garantit pour sa part une disponibilité de 99,99 % de ses salles.",
        "Our hosting partner guarantees 99.99% availability of its data centre.",
        "With the optional High Availability add-on, the commitment rises to 99.99%.",
    ],
)
def test_a_commitment_of_another_party_or_an_option_is_not_the_providers(
    catalogue: Catalogue, other: str
) -> None:
    report = analyse(catalogue, "The Provider commits to 99.9% monthly availability.", other)
    assert values(report, "availability.commitment") == [99.9]


def test_the_provider_committing_for_a_third_party_service_is_its_commitment(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue, "Microsoft 365 mailboxes: the Provider commits to 99.5% availability."
    )
    assert values(report, "availability.commitment") == [99.5]


def test_a_delay_under_an_option_is_not_the_contracts(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P1: response within 1 hour.",
        "With the Premium option, P1 response drops to 15 minutes.",
    )
    assert answer(report, "support.p1_response").value == 60


# --- 23. Support times and hours of a tier not bought ----------------------------------------


def test_support_times_of_a_tier_not_bought_are_set_aside(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Client a souscrit la formule Confort.",
        "Formule Confort : prise en charge des incidents P1 sous 4 heures.",
        "Formule Intégrale : prise en charge des incidents P1 sous 1 heure.",
    )
    assert answer(report, "support.p1_response").value == 240


def test_round_the_clock_cover_of_a_tier_not_bought_is_set_aside(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "The Customer has ordered the Bronze service plan.",
        "Bronze plan: the service desk is open Monday to Friday, 08:00 to 18:00.",
        "Platinum plan: the service desk answers P1 incidents 24/7.",
    )
    assert "extended_p1_247" not in values(report, "support.hours_defined")


# --- 24. What a nature of commitment or a sole remedy is said of ----------------------------

_LADDER = (
    "The Provider commits to 99.9% monthly availability; below it, a credit of 10% of the "
    "monthly fee applies."
)


@pytest.mark.parametrize(
    "other",
    [
        "Le remboursement de l'abonnement est le seul recours du Client en cas de "
        "non-conformité du logiciel.",
        "The Customer's sole remedy for a defective hardware item is its replacement.",
        "Termination under clause 12 is the Customer's sole remedy for a failed migration.",
    ],
)
def test_a_sole_remedy_for_something_else_is_not_the_credits(
    catalogue: Catalogue, other: str
) -> None:
    report = analyse(catalogue, _LADDER, other)
    assert values(report, "liability.sole_remedy") == []


def test_credits_as_the_sole_remedy(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, _LADDER, "These credits are the Customer's sole and exclusive remedy."
    )
    assert values(report, "liability.sole_remedy") == ["sole_remedy"]


def test_an_obligation_of_result_for_something_else_leaves_the_delays_best_effort(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Le Prestataire est tenu à une obligation de résultat pour la confidentialité des données.",
        "Les délais d'intervention relèvent d'une obligation de moyens.",
    )
    assert values(report, "liability.commitment_nature") == ["best_effort"]


# --- 25. Credits that back another rate ------------------------------------------------------


@pytest.mark.parametrize(
    "other",
    [
        "If fewer than 95% of P1 tickets are answered on time in a month, a credit of 5% of "
        "the monthly fee applies.",
        "Si le taux de réussite des sauvegardes passe sous 97 %, une pénalité de 2 % est due.",
    ],
)
def test_a_credit_backing_another_rate_is_no_availability_rung(
    catalogue: Catalogue, other: str
) -> None:
    report = analyse(catalogue, "The Provider commits to 99.9% monthly availability.", other)
    assert values(report, "availability.credit_ladder", "credit_tier") == []


def test_an_availability_rung_is_read(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The Provider commits to 99.9% monthly availability.",
        "If availability falls below 99.9%, a credit of 5% of the monthly fee applies.",
    )
    assert values(report, "availability.credit_ladder", "credit_tier") == [5]


# --- 26. A usual figure, another party's delay ----------------------------------------------


@pytest.mark.parametrize(
    "other",
    [
        "Our average P1 response time is 12 minutes.",
        "En moyenne, nos techniciens prennent en charge les P1 en 20 minutes.",
        "P1 incidents are typically resolved within 2 hours.",
        "The telecom operator commits to restore a P1 line fault within 4 hours.",
        "L'opérateur s'engage à rétablir la ligne sous 4 heures en cas d'incident P1.",
    ],
)
def test_a_usual_figure_or_another_partys_delay_is_no_target(
    catalogue: Catalogue, other: str
) -> None:
    report = analyse(catalogue, "P1: response within 1 hour, restoration within 8 hours.", other)
    assert answer(report, "support.p1_response").value == 60
    assert answer(report, "support.p1_restoration").value == 480


def test_a_workaround_by_means_of_is_still_the_target(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Priorité 1 : le Prestataire rétablit le service, le cas échéant au moyen d'une "
        "solution de contournement, dans un délai de quatre heures.",
    )
    assert answer(report, "support.p1_restoration").value == 240


def test_a_product_named_in_a_level_definition_is_no_other_party(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Priority 1: Microsoft 365 or the internet access down for all users: 30 minute response.",
    )
    assert answer(report, "support.p1_response").value == 30


# --- 27. The hours of another desk ---------------------------------------------------------


@pytest.mark.parametrize(
    ("other", "support"),
    [
        (
            "Le service commercial est joignable du lundi au samedi de 8h à 20h.",
            "Le support technique est assuré du lundi au vendredi de 9h à 17h.",
        ),
        (
            "Our accounts department is open Monday to Saturday, 08:00 to 20:00.",
            "The service desk is open Monday to Friday, 09:00 to 17:00.",
        ),
    ],
)
def test_the_hours_of_another_desk_are_not_the_support_window(
    catalogue: Catalogue, other: str, support: str
) -> None:
    report = analyse(catalogue, other, support)
    assert values(report, "support.hours_defined", "support_window") == ["Mon-Fri 09:00-17:00"]


# --- 28. A loan device restores the service -------------------------------------------------


def test_a_loan_device_after_a_failed_repair_is_the_restoration(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est ouvert du lundi au vendredi de 9h à 17h.",
        "Panne bloquante : intervention sur site sous un jour ouvré.",
        "Si une panne bloquante ne peut pas être réparée sur place, un matériel de "
        "remplacement est installé sous deux jours ouvrés.",
    )
    assert answer(report, "support.p1_restoration").value == 960


def test_a_visit_after_a_failed_remote_fix_is_no_restoration(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P1: restoration within 4 hours.",
        "If a P1 incident cannot be resolved remotely, a technician is on site within 8 hours.",
    )
    assert answer(report, "support.p1_restoration").value == 240


# --- 29. A table of an option not taken ------------------------------------------------------


def test_the_rows_under_an_option_not_taken_are_the_options(catalogue: Catalogue) -> None:
    blocks = [
        Block("Délais contractuels :", "§ 1"),
        Block("Priorité : P1 | Prise en charge : 2 heures", "tab. 1, l. 2", table_row=True),
        Block("Option Premium (non souscrite) : délais réduits ci-dessous.", "§ 2"),
        Block("Priorité : P1 | Prise en charge : 30 minutes", "tab. 2, l. 2", table_row=True),
    ]
    report = analyze_text(
        DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt"), catalogue
    )
    assert answer(report, "support.p1_response").value == 120
