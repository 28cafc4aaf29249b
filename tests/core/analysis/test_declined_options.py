"""What the client did not take, and what belongs to another clause, is no commitment to it.

Each test writes its own sentences: an on-call option the client declined leaves it without
on-call, and out-of-hours work is then billed at the surcharge the contract publishes; the
same option still offered is a paid option.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.analysis.reading_text import text_blocks
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


def analyse_markdown(catalogue: Catalogue, *paragraphs: str) -> AnalysisReport:
    """Analyse paragraphs read as a Markdown file (pipe tables become table rows)."""
    blocks = text_blocks("\n\n".join(paragraphs))
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.md")
    return analyze_text(document, catalogue)


_HOURS_FR = "Le support est ouvert du lundi au vendredi de 8 h 30 à 18 h."
_HOURS_EN = "The service desk is open Monday to Friday, 08:00 to 18:00."

# --- 1. An on-call option the client declined: no on-call ----------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _HOURS_FR,
            "Une astreinte de nuit et de week-end pour les pannes bloquantes est proposée en "
            "option pour 210 € HT par mois. Le Client n'a pas retenu cette option.",
        ),
        (
            _HOURS_FR,
            "Option – Astreinte du samedi (prise en charge sous 3 heures) : 95 € HT par mois. "
            "Option non retenue par le Client.",
        ),
        (
            _HOURS_EN,
            "An optional on-call service covers critical incidents at night and at weekends "
            "for EUR 300 per month. This option has not been ordered by the Customer.",
        ),
        (
            _HOURS_FR,
            "L'option « Garde Plus » couvre les incidents critiques en dehors des heures "
            "ouvrées au prix de 180 € HT par mois.",
            "Récapitulatif : Option Garde Plus (non souscrite), 0 € HT.",
        ),
    ],
)
def test_a_declined_on_call_option_leaves_no_on_call(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert answer(report, "oncall.p1_out_of_hours").value == "none"


def test_a_word_starting_like_elected_declines_nothing(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _HOURS_FR,
        "Une astreinte de nuit pour les pannes bloquantes est proposée en option pour 210 € HT "
        "par mois. Elle couvre aussi les onduleurs, mais non électriques. Le Client a souscrit "
        "cette astreinte.",
    )
    # taken, and "non électriques" declines nothing
    assert answer(report, "oncall.p1_out_of_hours").value == "paid_option"


def test_an_on_call_option_still_offered_is_a_paid_option(catalogue: Catalogue) -> None:
    text = (
        "An optional on-call service covers critical incidents at night and at weekends "
        "for EUR 300 per month, with a response within 2 hours."
    )
    report = analyse(catalogue, _HOURS_EN, text, "The Customer has ordered this on-call service.")
    assert answer(report, "oncall.p1_out_of_hours").value == "paid_option"
    # an option offered that the document does not show as taken is no cover (CONVENTIONS.md G2)
    report = analyse(catalogue, _HOURS_EN, text)
    assert answer(report, "oncall.p1_out_of_hours").value == "none"


# --- 2. Without the option, out-of-hours work costs the published surcharge -----------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _HOURS_FR,
            "Une astreinte 24/7 est proposée en option au prix de 250 € HT par mois. Cette "
            "option n'est pas souscrite.",
            "Les interventions demandées en dehors des heures ouvrées sont facturées au tarif "
            "horaire majoré de 50 %.",
        ),
        (
            _HOURS_EN,
            "An optional on-call service is available for EUR 400 per month. The Customer "
            "has not subscribed to this option.",
            "Work requested outside business hours is charged at EUR 150 per hour.",
        ),
    ],
)
def test_without_the_option_out_of_hours_work_is_billed_at_the_surcharge(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert answer(report, "oncall.pricing").value == "published_multipliers"


def test_a_rate_for_out_of_hours_work_is_no_on_call_option(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _HOURS_EN,
        "Outside business hours, tickets are picked up on the next business day.",
        "Rates: project work EUR 800 per day; out-of-hours work EUR 150 per hour "
        "(minimum one hour).",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "none"


# --- 3. Tiers side by side: the client's column only ------------------------------------------


_TIER_TABLE = (
    "| Service element | Basic | Plus | Premium |\n"
    "|---|---|---|---|\n"
    "| Support hours | Mon-Fri 09:00-17:00 | Mon-Fri 08:00-19:00 | 24x7 |\n"
    "| P1 response | 8 business hours | 2 business hours | 30 minutes |\n"
    "| P2 response | 2 business days | 6 business hours | 2 hours |\n"
)


@pytest.mark.parametrize(
    "order",
    [
        "The Client has subscribed to the Plus tier.",
        "Service Tier: PLUS",
    ],
)
def test_a_tier_comparison_row_is_read_in_the_bought_column(
    catalogue: Catalogue, order: str
) -> None:
    report = analyse_markdown(catalogue, order, _TIER_TABLE)
    p1 = answer(report, "support.p1_response")
    assert (p1.value, p1.clock) == (120, "business")
    assert answer(report, "support.p2_response").value == 360
    assert answer(report, "support.hours_defined").value == "business_defined"


def test_a_tier_named_in_a_condition_is_not_the_one_bought(catalogue: Catalogue) -> None:
    report = analyse_markdown(
        catalogue,
        "Service Tier: PLUS",
        "Alerts at night wait for the next business day, unless the Customer has subscribed "
        "to the Premium tier.",
        _TIER_TABLE,
    )
    assert answer(report, "support.p1_response").value == 120


# --- 4. Who has the last word on a level ------------------------------------------------------

_DEFINITIONS_FR = (
    "Critique : plus de la moitié des utilisateurs ne peuvent plus travailler.",
    "Majeur : plusieurs utilisateurs sont gênés, sans solution de contournement.",
    "Mineur : un seul utilisateur est gêné.",
)
_DEFINITIONS_EN = (
    "Critical: more than half of the users cannot work, with no workaround.",
    "High: several users are affected, or a key application is degraded.",
    "Low: a single user is affected.",
)


@pytest.mark.parametrize(
    ("who", "definitions", "expected"),
    [
        (
            "Le support du Prestataire attribue à chaque ticket l'un des niveaux suivants.",
            _DEFINITIONS_FR,
            "written",
        ),
        (
            "The help desk classifies each ticket; the Customer may ask for another level, "
            "which is then reviewed by the account manager.",
            _DEFINITIONS_EN,
            "written",
        ),
        (
            "Le support du Prestataire attribue à chaque ticket l'un des niveaux suivants. "
            "Le Client peut contester le niveau attribué.",
            _DEFINITIONS_FR,
            "objective_matrix",
        ),
        (
            "The help desk proposes a level; the Customer's choice then applies.",
            _DEFINITIONS_EN,
            "objective_matrix",
        ),
    ],
)
def test_levels_the_provider_assigns_are_written_definitions(
    catalogue: Catalogue, who: str, definitions: tuple[str, ...], expected: str
) -> None:
    report = analyse(catalogue, who, *definitions)
    assert answer(report, "support.priority_definitions").value == expected


# --- 5. Targets that bind nothing, past records, round-the-clock rows ------------------------


def test_rows_marked_target_only_with_no_credit_are_no_commitment(catalogue: Catalogue) -> None:
    report = analyse_markdown(
        catalogue,
        "| Priority | Response time | Status |\n|---|---|---|\n"
        "| P1 | 1 business hour | Committed |\n"
        "| P3 | 8 business hours | Target only |",
        'Times marked "Target only" are targets, not guarantees, and carry no service credit.',
    )
    assert answer(report, "support.p1_response").value == 60
    assert [f for f in report.findings if f.criterion == "support.p3_response"] == []


def test_a_target_said_of_the_sentence_before_is_no_commitment(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P1 incidents: response within 30 minutes.",
        "Target restoration time for P1: the provider will aim to restore service within "
        "6 hours. This is a target and not a guarantee, and no service credit applies to it.",
    )
    assert answer(report, "support.p1_response").value == 30
    assert [f for f in report.findings if f.criterion == "support.p1_restoration"] == []


def test_a_target_with_credits_is_still_recorded(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P1 incidents: restoration within 4 hours. This is a target and not a guarantee; "
        "a missed target gives a credit of 5 % of the monthly fee.",
    )
    assert answer(report, "support.p1_restoration").value == 240


@pytest.mark.parametrize(
    "record",
    [
        "En 2025, le prestataire a pris en charge 96 % des incidents P1 de l'ensemble de ses "
        "clients dans un délai de 25 minutes.",
        "For information: over the last calendar year 2024, we restored 90% of P1 incidents "
        "across our customer base within 3 hours.",
    ],
)
def test_a_past_record_is_no_target(catalogue: Catalogue, record: str) -> None:
    report = analyse(catalogue, "P1 : prise en charge sous 1 heure ouvrée.", record)
    assert answer(report, "support.p1_response").value == 60
    assert [f for f in report.findings if f.criterion == "support.p1_restoration"] == []


def test_a_delay_at_any_time_runs_round_the_clock(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support hours are 08:00 to 18:00, Monday to Friday. All service levels are measured "
        "in business hours.",
        "Severity 1: response within 20 minutes, at any time.",
    )
    p1 = answer(report, "support.p1_response")
    assert (p1.value, p1.clock) == (20, "calendar")


def test_a_row_covered_round_the_clock_runs_round_the_clock(catalogue: Catalogue) -> None:
    report = analyse_markdown(
        catalogue,
        "Support hours are 08:00 to 18:00, Monday to Friday. Response times are counted in "
        "business hours.",
        "| Severity | Coverage | Response |\n|---|---|---|\n"
        "| SEV1 | 24 hours a day, 7 days a week | 45 minutes |\n"
        "| SEV2 | Business hours | 4 hours |",
    )
    p1 = answer(report, "support.p1_response")
    assert (p1.value, p1.clock) == (45, "calendar")
    assert answer(report, "support.p2_response").clock == "business"


@pytest.mark.parametrize(
    "record",
    [
        "Past performance: over the last twelve months the platform achieved 99.97% "
        "availability across all customers.",
        "À titre d'information, la disponibilité constatée du service a été de 99,96 % sur "
        "l'année 2025.",
        "For example, 40 minutes of downtime in a 30-day month gives an availability of "
        "about 99.9%.",
    ],
)
def test_a_past_or_example_availability_is_no_commitment(catalogue: Catalogue, record: str) -> None:
    report = analyse(
        catalogue, "The provider commits to an availability of 99.5% each calendar month.", record
    )
    assert values(report, "availability.commitment") == [99.5]


# --- 6. Credit ladders in other shapes ---------------------------------------------------------


def test_a_cap_with_words_between_plafonne_and_its_figure(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Si la disponibilité mensuelle est inférieure à 99,5 %, le Client reçoit un avoir de "
        "10 % de la redevance. Leur montant est plafonné, pour un mois donné, à 30 % de la "
        "redevance mensuelle.",
    )
    caps = [
        f.value
        for f in report.findings
        if f.criterion == "availability.credit_ladder" and f.kind == "credit_cap"
    ]
    assert caps == [30]


def test_rows_of_thresholds_under_a_credit_heading_are_rungs(catalogue: Catalogue) -> None:
    report = analyse_markdown(
        catalogue,
        "Si la disponibilité mensuelle est inférieure à l'engagement, le Client reçoit un "
        "crédit selon le barème suivant.",
        "| Disponibilité | Crédit |\n|---|---|\n"
        "| De 99,0 % à moins de 99,7 % | 5 % |\n"
        "| Moins de 99,0 % | 15 % |",
    )
    tiers = {
        (f.value, f.threshold)
        for f in report.findings
        if f.criterion == "availability.credit_ladder" and f.kind == "credit_tier"
    }
    assert tiers == {(5, 99.7), (15, 99.0)}


def test_a_kpi_row_whose_measure_is_availability_is_a_rung(catalogue: Catalogue) -> None:
    report = analyse_markdown(
        catalogue,
        "| KPI | Measure | Target | Service Credit |\n|---|---|---|---|\n"
        "| KPI 1 | Availability of the hosted platform | at least 99.7% each month "
        "| 4% of the Monthly Charges |\n"
        "| KPI 2 | Backup success rate | at least 98% | 1% of the Monthly Charges |",
    )
    tiers = {
        (f.value, f.threshold)
        for f in report.findings
        if f.criterion == "availability.credit_ladder" and f.kind == "credit_tier"
    }
    assert tiers == {(4, 99.7)}


# --- 7. Columns marked as the client's, section titles, options on sale ----------------------


def test_a_column_marked_subscribed_under_a_title_naming_the_measure(
    catalogue: Catalogue,
) -> None:
    report = analyse_markdown(
        catalogue,
        "Support hours are 08:30 to 17:30, Monday to Friday.",
        "4. Response times",
        "A response means an engineer has started work on the ticket.",
        "| Priority | Essential (subscribed) | Premium |\n|---|---|---|\n"
        "| P1 | 2 business hours | 30 minutes, 24/7 |\n"
        "| P2 | 6 business hours | 2 hours, 24/7 |",
    )
    assert answer(report, "support.p1_response").value == 120
    assert answer(report, "support.p2_response").value == 360
    assert answer(report, "support.hours_defined").value == "business_defined"


def test_a_delay_day_or_night_seven_days_a_week_is_round_the_clock(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        '"Support Hours" means 09:00 to 17:00 on a Business Day.',
        "Critical incidents: we respond within 90 minutes, at any time of day or night, "
        "seven days a week, through our on-call engineers.",
    )
    p1 = answer(report, "support.p1_response")
    assert (p1.value, p1.clock) == (90, "calendar")
    assert answer(report, "support.hours_defined").value == "extended_p1_247"


def test_a_round_the_clock_option_on_sale_is_not_the_support_hours(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Le support est ouvert du lundi au vendredi, de 9 h à 17 h.",
        "Une option de supervision et d'astreinte 24 heures sur 24 est proposée pour 300 € "
        "HT par mois.",
    )
    assert answer(report, "support.hours_defined").value == "business_defined"
    assert [f for f in report.findings if f.criterion == "oncall.monitoring_vs_action"] == []


# --- 8. Levels named before their delay, rows that lost their headings ------------------------


def test_a_numbered_level_followed_by_its_delay(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est ouvert du lundi au vendredi de 9 h à 17 h.",
        "Délais de prise en charge : niveau 1 sous 3 heures ouvrées ; niveau 2 dans les "
        "2 jours ouvrés.",
    )
    assert answer(report, "support.p1_response").value == 180
    assert answer(report, "support.p2_response").value == 960


def test_rows_below_a_headed_row_take_its_column_headings(catalogue: Catalogue) -> None:
    blocks = [
        Block("Le support est ouvert du lundi au vendredi de 8 h à 17 h.", "§ 1"),
        Block(
            "Niveau : Critique | Délai d'intervention : 1 heure ouvrée | Délai de "
            "rétablissement : 6 heures ouvrées",
            "tab. 1, l. 2",
            table_row=True,
        ),
        Block("Important 3 heures ouvrées 2 jours ouvrés", "§ 2"),
        Block("Faible | 2 jours ouvrés | sans objet", "tab. 2, l. 1", table_row=True),
    ]
    report = analyze_text(DocumentText(blocks=blocks, pages=1, kind="pdf", name="t.pdf"), catalogue)
    assert answer(report, "support.p2_response").value == 180
    assert answer(report, "support.p2_restoration").value == 1080
    assert answer(report, "support.p3_response").value == 1080
    assert [f for f in report.findings if f.criterion == "support.p3_restoration"] == []


# --- 9. Escalation thresholds, other tickets, delays per service ------------------------------


def test_an_escalation_row_after_an_unresolved_incident_is_no_target(
    catalogue: Catalogue,
) -> None:
    report = analyse_markdown(
        catalogue,
        "P1 : rétablissement sous 8 heures ouvrées.",
        "| Niveau | Intervenant | Déclenchement |\n|---|---|---|\n"
        "| Niveau 2 | Chef d'équipe | Priorité 1 non résolue après 3 heures ouvrées |",
    )
    assert values(report, "support.p1_restoration") == [480]


def test_the_delay_of_the_other_tickets_is_not_the_named_levels(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support hours are 08:00 to 18:00 on business days. P1: response within 30 minutes.",
        "At weekends, engineers act only on Priority 1 outages; other tickets wait until the "
        "next business day.",
    )
    assert [f for f in report.findings if f.criterion == "support.p1_restoration"] == []
    assert values(report, "support.p1_response") == [30]


def test_delays_per_service_keep_the_longest(catalogue: Catalogue) -> None:
    report = analyse_markdown(
        catalogue,
        "Le support est ouvert du lundi au vendredi de 8 h à 18 h. Délais de rétablissement "
        "par service :",
        "| Service | Critique | Majeur |\n|---|---|---|\n"
        "| Messagerie | 4 heures ouvrées | 1 jour ouvré |\n"
        "| Comptabilité | 8 heures ouvrées | 2 jours ouvrés |",
    )
    assert values(report, "support.p1_restoration") == [480]
    assert values(report, "support.p2_restoration") == [1200]


# --- 10. Out-of-hours words and prices ------------------------------------------------------


def test_a_standby_service_the_client_has_not_subscribed(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est ouvert du lundi au vendredi de 8 h à 17 h.",
        "Un service de piquet est proposé en option ; le Client ne l'a pas souscrit.",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "none"


def test_a_surcharge_hors_horaires_is_a_published_multiplier(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les interventions hors horaires sont possibles à la demande du Client, au tarif "
        "horaire majoré de 50 %.",
    )
    assert answer(report, "oncall.pricing").value == "published_multipliers"


def test_work_excluded_from_the_fee_is_not_flat_priced(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Sont exclus du forfait et facturés selon le barème : les projets et les interventions "
        "en dehors de l'horaire de support.",
    )
    assert "flat_or_included" not in values(report, "oncall.pricing")


@pytest.mark.parametrize(
    "say",
    [
        "En cas de désaccord sur le niveau, la qualification retenue est celle du référent "
        "du Client.",
        "Le Client peut contester le niveau retenu par simple message.",
    ],
)
def test_levels_defined_in_words_the_client_may_dispute_are_objective(
    catalogue: Catalogue, say: str
) -> None:
    report = analyse(
        catalogue,
        "Les incidents sont classés par le Prestataire selon les niveaux suivants.",
        "Bloquant : le service est interrompu pour tout un site.",
        "Majeur : un service est dégradé pour plusieurs postes.",
        "Mineur : un seul poste est affecté.",
        say,
    )
    assert answer(report, "support.priority_definitions").value == "objective_matrix"


# --- 11. Whose hours: the desk's, not a site's; loose hours ----------------------------------


def test_site_access_hours_are_not_the_support_window(catalogue: Catalogue) -> None:
    report = analyse_markdown(
        catalogue,
        "Le centre de services reçoit les demandes par téléphone et par courriel. Il est "
        "ouvert du lundi au vendredi, de 8 h 30 à 17 h 30.",
        "| Site | Horaires d'accès |\n|---|---|\n| Entrepôt | 6 h 00 - 14 h 00 |",
    )
    windows = [
        f.value
        for f in report.findings
        if f.criterion == "support.hours_defined" and f.kind == "support_window"
    ]
    assert windows == ["Mon-Fri 08:30-17:30"]


def test_the_provider_answering_calls_gives_the_window(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Le Prestataire répond aux appels du lundi au vendredi, de 9 h à 17 h."
    )
    assert answer(report, "support.hours_defined").value == "business_defined"


def test_loose_hours_are_no_defined_hours(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Je suis joignable en semaine, en gros de 8h à 18h, et parfois le samedi."
    )
    assert answer(report, "support.hours_defined").value == "undefined"
    assert [f for f in report.findings if f.kind == "support_window"] == []


# --- 12. Credits on missed delays -------------------------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "If the provider misses the P1 response target more than twice in a month, the "
        "Customer receives a credit of 5% of the monthly fee.",
        "| KPI | Measure | Target | Service Credit |\n|---|---|---|---|\n"
        "| KPI 2 | P1 resolution within 4 hours | 95% of P1 incidents | 2% of the fee |",
    ],
)
def test_credits_once_a_share_of_delays_is_missed_are_above_a_threshold(
    catalogue: Catalogue, clause: str
) -> None:
    report = analyse_markdown(catalogue, clause)
    assert answer(report, "availability.credits_on_response").value == "above_threshold"


def test_a_credit_for_each_late_ticket_outranks_a_threshold(catalogue: Catalogue) -> None:
    report = analyse_markdown(
        catalogue,
        "| Service Level | Measured | Service Credit |\n|---|---|---|\n"
        "| P1 Response | Each P1 ticket responded to late | 5% of the monthly fee |\n"
        "| P2 Response | More than 10% of tickets late in the month | 2% of the monthly fee |",
    )
    assert answer(report, "availability.credits_on_response").value == "per_breach"


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        # a document that gives no credit and says so gets no credits_on_response
        # (CONVENTIONS.md); its ladder answer is none_or_token
        (
            "Resolution times are targets, and no service credit applies when they are missed.",
            "",
        ),
        (
            "Chaque dépassement d'un temps de résolution P1 donne droit à un avoir de 3 % de la "
            "redevance mensuelle.",
            "per_breach",
        ),
    ],
)
def test_credits_said_of_resolution_times(catalogue: Catalogue, clause: str, expected: str) -> None:
    report = analyse(catalogue, clause)
    if expected:
        assert answer(report, "availability.credits_on_response").value == expected
    else:
        assert values(report, "availability.credits_on_response") == []
        assert answer(report, "availability.credit_ladder").value == "none_or_token"


# --- 13. A call back is a response; alerts queued at night -----------------------------------


def test_a_technician_calling_back_within_a_delay_is_a_response(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Nos délais se comptent en heures ouvrées.",
        "- Niveau 1 : un technicien vous rappelle dans les trois heures.",
    )
    assert answer(report, "support.p1_response").value == 180


def test_a_soc_acting_at_night_is_no_action_on_monitoring_alerts_that_wait(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Support Hours are 08:00 to 18:00, Monday to Friday.",
        "The provider runs round-the-clock monitoring of the servers.",
        "Monitoring alerts raised outside Support Hours are queued for the next business day.",
        "The security operations centre isolates an infected endpoint within 30 minutes, "
        "24 hours a day, 7 days a week.",
    )
    assert answer(report, "oncall.monitoring_vs_action").value == "monitoring_only_written"
