"""Support times, availability and credits: what a figure or a denial belongs to.

Every sentence here is made up for the test, written the ways different providers write: the
clock a delay runs on ("heures de service"), a delay its own clause says binds nothing, a
denial of credits said of the response times (or of the sentence before them), a credit per
incident of a level, a year that dates a record or a promise, and a table that compares the
tiers side by side.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, support_times, values

_WINDOW_FR = "Le support est assuré du lundi au vendredi de 8 h à 17 h."
_WINDOW_EN = "Support hours are Monday to Friday, 8:00 to 17:00."


def _analyse_rows(catalogue: Catalogue, *lines: str) -> AnalysisReport:
    """Analyse lines as a document whose lines holding " | " are table rows."""
    blocks = [
        Block(text, f"§ {n}", table_row=" | " in text) for n, text in enumerate(lines, start=1)
    ]
    return analyze_text(DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt"), catalogue)


def _times_and_clocks(catalogue: Catalogue, *paragraphs: str) -> dict[str, list[object]]:
    report = analyse(catalogue, *paragraphs)
    return {
        f.criterion.removeprefix("support."): [f.value, f.clock]
        for f in report.answers()
        if f.criterion.startswith("support.p") and f.criterion[9:10].isdigit()
    }


# --- 1. "heures de service", "jours de support": units of the support clock ------------------
# Reading habit: a delay counted in the provider's own service hours or days ("4 heures de
# service", "2 jours de support", "3 hours of support time") runs only while the desk is open,
# like "heures ouvrées"; a day of it is the support day, not 24 hours.


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                _WINDOW_FR,
                "Priorité 1 : prise en charge sous 2 heures de service, rétablissement "
                "sous 1 jour de service.",
            ),
            {"p1_response": [120.0, "business"], "p1_restoration": [540.0, "business"]},
        ),
        (
            (
                _WINDOW_FR,
                "Les incidents de priorité 2 sont pris en charge dans un délai de "
                "quatre heures de support.",
            ),
            {"p2_response": [240.0, "business"]},
        ),
        (
            (_WINDOW_EN, "P1 incidents: response within 2 hours of support time."),
            {"p1_response": [120.0, "business"]},
        ),
        (
            (
                _WINDOW_EN,
                "Niveau : Priorité 3 | Prise en charge : 1 jour de service | "
                "Rétablissement : 3 jours de service",
            ),
            {"p3_response": [540.0, "business"], "p3_restoration": [1620.0, "business"]},
        ),
    ],
)
def test_service_hours_and_days_run_on_the_support_clock(
    catalogue: Catalogue, paragraphs: tuple[str, ...], expected: dict[str, list[object]]
) -> None:
    assert _times_and_clocks(catalogue, *paragraphs) == expected


def test_a_plain_hour_stays_on_the_calendar_clock(catalogue: Catalogue) -> None:
    found = _times_and_clocks(catalogue, _WINDOW_FR, "Priorité 1 : prise en charge sous 2 heures.")
    assert found == {"p1_response": [120.0, "calendar"]}


# --- 2. A delay its own clause says binds nothing ---------------------------------------------
# Reading habit: "traitées dans la journée, sans engagement de délai": the clause itself denies
# that the delay is promised; the reader records no target from it.


@pytest.mark.parametrize(
    "sentence",
    [
        "Priorité 4 : les demandes sont généralement traitées sous 2 jours ouvrés, sans "
        "engagement de délai.",
        "P4 : traitement sous 3 jours, aucune garantie de délai.",
        "P4 requests are usually completed within 2 business days, with no guaranteed time.",
        "Priority 4 requests: resolution within 5 days (no time commitment applies).",
    ],
)
def test_a_delay_said_without_commitment_is_no_target(catalogue: Catalogue, sentence: str) -> None:
    assert "p4_restoration" not in support_times(analyse(catalogue, _WINDOW_FR, sentence))
    assert "p4_response" not in support_times(analyse(catalogue, _WINDOW_FR, sentence))


def test_a_contract_without_minimum_term_still_has_its_delays(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _WINDOW_FR,
        "Priorité 4 : résolution sous 3 jours ouvrés ; le contrat est conclu sans engagement "
        "de durée.",
    )
    assert support_times(report) == {"p4_restoration": [1620.0]}


# --- 3. A denial of credits said of the response times ---------------------------------------
# Reading habit: the reader asks what "no credits" is said of. Said of the times (in the
# sentence, or of the sentence before through "them", "leur", "si nous les dépassons"), or
# "only availability gives rise to penalties": missing a time costs nothing.


@pytest.mark.parametrize(
    "paragraph",
    [
        "The response and restoration times above are targets. No service credits are payable "
        "in respect of them.",
        "Fix times depend on the fault and on third parties. We won't pay any credits if we "
        "miss them.",
        "Le Prestataire s'efforce de respecter ces délais d'intervention. Leur dépassement "
        "n'ouvre droit à aucune pénalité.",
        "Seul le non-respect de l'engagement de disponibilité donne lieu à des avoirs.",
        "Les délais de rétablissement ne donnent pas lieu à pénalités.",
    ],
)
def test_credits_denied_on_the_times_are_availability_only(
    catalogue: Catalogue, paragraph: str
) -> None:
    """Alone in a document, a denial leaves no credit at all: none_or_token under the ladder
    and no credits_on_response (CONVENTIONS.md); beside availability credits, missing a time
    costs nothing: availability_only."""
    report = analyse(catalogue, paragraph)
    if "disponibilit" in paragraph:
        assert values(report, "availability.credits_on_response") == ["availability_only"]
    else:
        assert values(report, "availability.credits_on_response") == []
        assert values(report, "availability.credit_ladder") == ["none_or_token"]
    report = analyse(
        catalogue,
        "Si la disponibilité mensuelle est inférieure à 99,5 %, un avoir de 5 % de la redevance "
        "est dû.",
        paragraph,
    )
    assert values(report, "availability.credits_on_response") == ["availability_only"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a denial said of a tier, not of the times
        ("Bronze has no restoration times. No service credits apply to the Bronze tier.",),
        # a denial caused by the client: an exclusion, not the rule
        ("No service credit is payable for a missed response time caused by the Customer.",),
        # one measure denied while another is credited per incident
        (
            "A credit of 2 % of the monthly fee applies for each P1 incident whose response "
            "time is missed.",
            "Resolution times are targets and no service credit is payable if they are missed.",
        ),
    ],
)
def test_other_denials_are_not_availability_only(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert "availability_only" not in values(report, "availability.credits_on_response")


# --- 4. A credit per incident of a level ------------------------------------------------------
# Reading habit: "each SEV1 whose ... is missed", "for each such failure": the count is of
# incidents of a level, and each one missed earns its credit (per breach).


@pytest.mark.parametrize(
    "sentence",
    [
        "Each SEV1 whose restoration time is missed earns a credit of 2 % of the monthly fee.",
        "If the Provider misses the P1 response target, the Customer receives a credit of 5 % of "
        "the monthly fee for each such failure.",
        "Chaque P1 dont le délai de rétablissement est dépassé donne lieu à une pénalité de 3 % "
        "de la redevance mensuelle.",
        "Pour chaque priorité 1 traitée hors délai, une remise de 2 % de la redevance est "
        "appliquée.",
    ],
)
def test_a_credit_per_missed_incident_of_a_level_is_per_breach(
    catalogue: Catalogue, sentence: str
) -> None:
    assert values(analyse(catalogue, sentence), "availability.credits_on_response") == [
        "per_breach"
    ]


def test_a_level_named_beside_an_availability_credit_is_not_per_breach(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Each P1 is handled by a senior engineer; a credit of 5 % applies if monthly "
        "availability falls below 99.5 %.",
    )
    assert "per_breach" not in values(report, "availability.credits_on_response")


# --- 5. A year: when a promise holds, or what happened ---------------------------------------
# Reading habit: with a word of commitment, a year says when the promise holds; in a sentence
# that commits to nothing, or one the next sentence calls a measurement, it dates a record.


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("En 2026, le Prestataire s'engage sur une disponibilité mensuelle de 99,9 %.", 99.9),
        ("In 2027 the Provider commits to a monthly availability of 99.8 %.", 99.8),
        ("Pour l'année 2026, la disponibilité garantie est de 99,7 % par mois.", 99.7),
        ("Availability guaranteed during 2026: 99.5 % per calendar month.", 99.5),
    ],
)
def test_a_year_beside_a_commitment_is_when_it_holds(
    catalogue: Catalogue, sentence: str, value: float
) -> None:
    assert values(analyse(catalogue, sentence), "availability.commitment") == [value]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Reports are also shown on the customer portal (available 99.97% of the time in 2025).",
        "Le portail client, disponible à 99,95 % sur l'année 2024, affiche les tickets.",
        "During the pilot the test servers ran at 99.99 % availability. This is a measurement "
        "of the pilot, not a service level.",
        "Lors du pilote, la plateforme a tourné à 99,99 % de disponibilité. Il s'agit d'un "
        "constat, non d'un niveau de service.",
    ],
)
def test_a_dated_or_measured_figure_is_no_commitment(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "availability.commitment") == []


# --- 6. Tiers side by side, the client's column marked ---------------------------------------
# Reading habit: "Silver (subscribed) | Gold (not subscribed)" compares the offers; the reader
# reads the client's column and keeps the row. "Three Run Service tiers" names the family of
# the tiers, not a tier: "the Run Service" is the client's service.

_TIERS = (
    "We offer three Managed Service tiers: Bronze, Silver and Gold. The Client has subscribed "
    "to the Silver tier."
)


def test_a_row_comparing_tiers_gives_the_subscribed_column(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _TIERS,
        "Service level : P1 response | Silver (subscribed) : 1 hour | Gold (not subscribed) : "
        "30 minutes",
        "Indicateur : Disponibilité mensuelle | Silver (souscrite) : 99,5 % | Gold (non "
        "souscrite) : 99,9 %",
    )
    assert support_times(report) == {"p1_response": [60.0]}
    assert values(report, "availability.commitment") == [99.5]


def test_the_family_of_the_tiers_is_not_another_tier(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, _TIERS, "The Managed Service is available 99.9 % of each calendar month."
    )
    assert values(report, "availability.commitment") == [99.9]


def test_a_row_of_an_option_not_taken_stays_aside(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Niveau : P1 | Prise en charge : 2 heures",
        "Niveau : P1 | Prise en charge, option Premium (non souscrite) : 30 minutes",
    )
    assert support_times(report) == {"p1_response": [120.0]}


# --- 7. Starting work is the response ----------------------------------------------------------
# Reading habit: the moment an engineer starts on the ticket ("commence le diagnostic", "start
# diagnosing", "get going") is the response time, whatever verb the provider picks.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Incident critique : un technicien commence le diagnostic dans les 4 heures ouvrées.",
            {"p1_response": [240.0]},
        ),
        (
            "Priorité 2 : diagnostic à distance commencé sous 8 heures ouvrées.",
            {"p2_response": [480.0]},
        ),
        (
            "P1: an engineer starts diagnosing the fault within 1 business hour.",
            {"p1_response": [60.0]},
        ),
        ("Priority 2 tickets: we get going within four business hours.", {"p2_response": [240.0]}),
    ],
)
def test_starting_work_is_the_response(
    catalogue: Catalogue, sentence: str, expected: dict[str, list[object]]
) -> None:
    assert support_times(analyse(catalogue, _WINDOW_FR, sentence)) == expected


def test_starting_a_project_is_no_response(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, _WINDOW_FR, "La migration commence le 3 mars et dure 4 heures ouvrées."
    )
    assert support_times(report) == {}


# --- 8. A service request is the lowest level -------------------------------------------------
# Reading habit: in a list of levels, "demande de service" / "service request" is the level
# below the incidents (P4), as "petite demande" or "low" is.


@pytest.mark.parametrize(
    "lines",
    [
        (
            "- incident critique : prise en charge sous 1 heure ouvrée ;",
            "- incident majeur : prise en charge sous 4 heures ouvrées ;",
            "- incident mineur : prise en charge sous 8 heures ouvrées ;",
            "- demande de service : prise en charge sous 5 jours ouvrés.",
        ),
        (
            "Incident critique : prise en charge sous 1 heure ouvrée.",
            "Incident majeur : prise en charge sous 4 heures ouvrées.",
            "Incident mineur : prise en charge sous 8 heures ouvrées.",
            "Demandes de service : prise en charge sous 5 jours ouvrés.",
        ),
        (
            "Critical incident: response within 1 business hour.",
            "Major incident: response within 4 business hours.",
            "Minor incident: response within 8 business hours.",
            "Service requests: response within 5 business days.",
        ),
        (
            "Niveau : Critique | Prise en charge : 1 heure ouvrée",
            "Niveau : Majeur | Prise en charge : 4 heures ouvrées",
            "Niveau : Mineur | Prise en charge : 8 heures ouvrées",
            "Niveau : Demande de service | Prise en charge : 5 jours ouvrés",
        ),
    ],
)
def test_a_service_request_line_is_no_p4(catalogue: Catalogue, lines: tuple[str, ...]) -> None:
    """A line for service requests under three incident levels is no priority level
    (CONVENTIONS.md, "Priority levels"): P1 to P3 and no P4."""
    found = support_times(_analyse_rows(catalogue, _WINDOW_FR, *lines))
    assert found == {
        "p1_response": [60.0],
        "p2_response": [240.0],
        "p3_response": [480.0],
    }


def test_service_requests_in_passing_are_no_level(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _WINDOW_FR,
        "Service requests (new users, permissions) are handled under Annex C, which also sets "
        "the 4 business hours of the change window.",
    )
    assert "p4_response" not in support_times(report)


# --- 9. A business day stated with its minutes ------------------------------------------------
# Reading habit: "une journée ouvrée compte onze heures trente", "a business day is 10 hours
# 45": the minutes said after the hours belong to the day's length.


@pytest.mark.parametrize(
    ("statement", "days_in_minutes"),
    [
        ("Une journée ouvrée compte onze heures trente.", 1380),
        ("Une journée ouvrée correspond à 8 heures 30 minutes.", 1020),
        ("A business day counts as 10 hours 45.", 1290),
        ("A working day equals 7 hours 30 minutes.", 900),
    ],
)
def test_a_stated_day_length_keeps_its_minutes(
    catalogue: Catalogue, statement: str, days_in_minutes: int
) -> None:
    report = analyse(catalogue, statement, "P3: resolution within 2 business days.")
    assert support_times(report) == {"p3_restoration": [float(days_in_minutes)]}


def test_hours_then_another_figure_keep_the_hours(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Une journée ouvrée compte huit heures, 30 jours de préavis s'appliquent.",
        "P3 : résolution sous 2 jours ouvrés.",
    )
    assert support_times(report) == {"p3_restoration": [960.0]}


# --- 10. An escalation trigger is no target ----------------------------------------------------
# Reading habit: "Severity 1 not resolved within 2 hours" names when to escalate: a delay
# negated is the trigger, not the level's target.


@pytest.mark.parametrize(
    "row",
    [
        "Level : 2 | Contact : Head of Service | Triggered when : Severity 1 not resolved "
        "within 2 hours",
        "Escalation to the director for any P1 still not restored within 6 hours.",
        "Niveau : 2 | Interlocuteur : directeur | Déclenchement : P1 non résolu sous 3 heures",
        "Escalade au directeur technique pour tout incident P1 toujours pas rétabli dans les "
        "5 heures.",
    ],
)
def test_an_escalation_trigger_is_no_restoration_target(catalogue: Catalogue, row: str) -> None:
    report = analyse(catalogue, "P1: restoration within 4 hours.", row)
    assert support_times(report) == {"p1_restoration": [240.0]}


# --- 11. Rows labelled "(target)" under "these times are targets" -------------------------------
# Reading habit: when the document says a measure's times are targets with no credit, and the
# table labels that measure's rows "(target)", the rows bind nothing; the other rows stand.


@pytest.mark.parametrize(
    ("clause", "rows"),
    [
        (
            "Resolution Times are targets, not guarantees, and no Service Credit is payable if "
            "one is missed.",
            (
                "Service Level : P1 Response Time | Time : 1 Business Hour",
                "Service Level : P1 Resolution Time (target) | Time : 8 Business Hours",
            ),
        ),
        (
            "Les délais de résolution sont des objectifs et non des engagements ; aucune "
            "pénalité ne s'applique.",
            (
                "Engagement : P1 délai de réponse | Délai : 1 heure ouvrée",
                "Engagement : P1 résolution (objectif) | Délai : 8 heures ouvrées",
            ),
        ),
    ],
)
def test_rows_labelled_target_bind_nothing(
    catalogue: Catalogue, clause: str, rows: tuple[str, ...]
) -> None:
    report = _analyse_rows(catalogue, _WINDOW_EN, clause, *rows)
    assert support_times(report) == {"p1_response": [60.0]}


def test_rows_labelled_target_without_the_clause_stand(catalogue: Catalogue) -> None:
    report = _analyse_rows(
        catalogue,
        _WINDOW_EN,
        "Service Level : P1 Response Time | Time : 1 Business Hour",
        "Service Level : P1 Resolution Time (target) | Time : 8 Business Hours",
    )
    assert support_times(report) == {"p1_response": [60.0], "p1_restoration": [480.0]}


# --- 12. Out-of-hours work without commitment is no cover -------------------------------------
# Reading habit: out-of-hours work the client may ask for and pay, which the provider does not
# commit to (no delay, only if someone is free), leaves a P1 at night with no cover.


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les interventions en dehors des heures ouvrées sont facturées au tarif horaire majoré "
        "de 50 %, sans engagement de délai.",
        "À titre exceptionnel, le Client peut demander une intervention le soir ou le samedi, "
        "facturée au tarif majoré de 100 %, selon la disponibilité des techniciens.",
        "Out-of-hours work is available on request at EUR 150 per hour, but we can't commit "
        "to being available.",
        "Out-of-hours call-outs are billed at double the hourly rate, subject to engineer "
        "availability.",
    ],
)
def test_paid_out_of_hours_work_without_commitment_is_no_cover(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "oncall.p1_out_of_hours") == ["none"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a response promised: a paid option
        "Out-of-hours emergency work is not included in the Monthly Charges. It is charged at "
        "EUR 145 per hour, and the Provider will aim to respond within 2 hours of the call.",
        # taken (an option only offered is no cover, CONVENTIONS.md G2)
        "Une astreinte est proposée en option moyennant 300 € HT par mois ; elle couvre les "
        "incidents critiques le soir et le week-end. Le Client a souscrit cette astreinte.",
    ],
)
def test_paid_out_of_hours_cover_with_a_response_is_a_paid_option(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "oncall.p1_out_of_hours") == ["paid_option"]


# --- 13. "We don't offer out-of-hours cover" ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We don't offer out-of-hours cover.",
        "The Provider does not provide any weekend support.",
        "Nous n'assurons pas de support en dehors des heures ouvrées.",
        "Le Prestataire ne propose aucune intervention la nuit.",
    ],
)
def test_no_out_of_hours_cover_said_with_a_verb(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "oncall.p1_out_of_hours") == ["none"]


def test_no_weekend_visits_say_nothing_of_p1(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "We don't offer weekend visits on site for installations.")
    assert values(report, "oncall.p1_out_of_hours") == []


# --- 14. Cover included: price words denied, other work priced apart ---------------------------
# Reading habit: "comprise dans la redevance et ne donne lieu à aucune facturation
# supplémentaire" denies the price words it holds; "other out-of-hours work is charged" speaks
# of the work beyond the cover just described.


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "L'astreinte est comprise dans la redevance mensuelle et ne donne lieu à aucune "
            "facturation supplémentaire.",
        ),
        (
            "SEV1 cover outside business hours is included in the Silver and Gold plan price.",
            "Other out-of-hours work you ask for is charged at EUR 140 per hour.",
        ),
        (
            "P1 incidents outside business hours are handled at no extra charge by the on-call "
            "engineer.",
            "Any other work outside business hours is billed at EUR 120 per hour.",
        ),
        (
            "Les incidents critiques hors heures ouvrées sont traités sans supplément par "
            "l'astreinte.",
            "Les autres interventions hors heures ouvrées sont facturées 95 € HT de l'heure.",
        ),
    ],
)
def test_included_cover_stays_included(catalogue: Catalogue, paragraphs: tuple[str, ...]) -> None:
    assert values(analyse(catalogue, *paragraphs), "oncall.p1_out_of_hours") == [
        "included_same_sla"
    ]


# --- 15. Who has the last word on the level ----------------------------------------------------
# Reading habit: the level read off impact and urgency, however the two are joined ("croisement
# de son impact et de son urgence", "urgency and business impact"), is an objective grid; the
# client who may contest the qualification, or whose level holds in a dispute, makes the
# definitions one it can dispute; a provider that may change the client's level alone keeps
# them written definitions; an agreement on a date, or a glossary line with no agent, says
# nothing of who decides.

_LEVELS_EN = (
    "Priority 1: all users are down. Priority 2: a team cannot work. Priority 3: one user is "
    "affected."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le niveau d'un incident résulte du croisement de son impact et de son urgence.",
        "Le niveau de chaque incident est déterminé par l'urgence et l'impact métier.",
        "The level of an incident follows from its urgency and its business impact.",
        "Incident levels are set from impact x urgency, as shown in the grid below.",
    ],
)
def test_a_level_from_impact_and_urgency_is_an_objective_grid(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "support.priority_definitions") == ["objective_matrix"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Client peut contester la qualification retenue ; le niveau qu'il a indiqué "
        "s'applique jusqu'à l'accord des parties.",
        "Le Client peut demander la requalification d'un incident ; en cas de désaccord, le "
        "niveau demandé par le Client s'applique.",
        "The Customer may dispute the level of an incident; its level applies until the review.",
        "Severity is set by you when you open the ticket; we may lower it only with the "
        "agreement of the Customer.",
    ],
)
def test_a_level_the_client_may_dispute_is_an_objective_grid(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, _LEVELS_EN, paragraph)
    assert values(report, "support.priority_definitions") == ["objective_matrix"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Customer assigns a priority when logging an incident. The Provider may change the "
        "priority if it considers that another definition applies.",
        "Le Client indique la priorité à l'ouverture du ticket. Le Prestataire peut la modifier "
        "après analyse.",
        "The Customer proposes a severity. We reserve the right to adjust the severity after "
        "triage.",
        "La priorité est proposée par le Client ; le Prestataire se réserve le droit de corriger "
        "la priorité.",
    ],
)
def test_a_provider_that_may_change_the_client_level_keeps_written_definitions(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, _LEVELS_EN, paragraph)
    assert values(report, "support.priority_definitions") == ["written"]


def test_an_agreement_on_a_date_is_no_say_on_the_level(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _LEVELS_EN,
        "The Provider may change the priority after triage.",
        "Priority 4: response the next Business Day; resolution scheduled by agreement with the "
        "Customer.",
    )
    assert values(report, "support.priority_definitions") == ["written"]


def test_a_glossary_line_names_no_one_who_assigns(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Criticité : niveau de gravité attribué à un incident selon les définitions de l'annexe 1.",
        "La criticité est proposée par le Client ; en cas de désaccord, la criticité indiquée "
        "par le Client s'applique.",
    )
    assert values(report, "support.priority_definitions") == ["objective_matrix"]


# --- 16. What a credit percentage belongs to ---------------------------------------------------
# Reading habit: a percentage in a worked example is an illustration, and a share of tickets
# ("fewer than 90 % of P1 incidents answered in time") is a response measure: neither is a rung
# of the availability ladder. A cap said with "ne peuvent dépasser" is a cap like "plafonné à".

_LADDER_FR = (
    "Si la disponibilité mensuelle est inférieure à 99,5 %, le Client reçoit un avoir de 5 % de "
    "la redevance ; si elle est inférieure à 99 %, un avoir de 10 %."
)


@pytest.mark.parametrize(
    "extra",
    [
        "Exemple de calcul : pour une disponibilité constatée de 99,6 %, la pénalité est de 5 %.",
        "For example, at 99.3 % availability the credit would be 5 % of the fee.",
        "In any month in which fewer than 90% of P1 incidents are responded to in time, a further "
        "credit of 5% applies.",
        "Si moins de 95 % des incidents critiques sont pris en charge dans le délai, une remise de "
        "3 % s'applique.",
    ],
)
def test_examples_and_shares_of_tickets_are_no_rungs(catalogue: Catalogue, extra: str) -> None:
    report = analyse(catalogue, _LADDER_FR, extra)
    tiers = [f.threshold for f in report.findings if f.kind == "credit_tier"]
    assert sorted(t for t in tiers if t is not None) == [99.0, 99.5]


@pytest.mark.parametrize(
    "cap",
    [
        "Les avoirs d'un mois ne peuvent dépasser 25 % de la redevance mensuelle.",
        "Elles ne doivent pas excéder 25 % de la redevance.",
        "Credits in any month shall not exceed 25% of the monthly fee.",
        "Le total des avoirs est plafonné à 25 % de la redevance mensuelle.",
    ],
)
def test_a_cap_on_credits_in_its_usual_forms(catalogue: Catalogue, cap: str) -> None:
    report = analyse(catalogue, _LADDER_FR + " " + cap)
    assert values(report, "availability.credit_ladder", "credit_cap") == [25.0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ne sont pas comptées comme indisponibilité : les maintenances annoncées 48 heures à "
        "l'avance et les cas de force majeure.",
        "Les maintenances planifiées ne seront pas considérées comme indisponibilité.",
        "Planned maintenance does not count as downtime.",
        "Outages caused by the Customer are not treated as unavailability.",
    ],
)
def test_downtime_not_counted_is_an_exclusion(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "availability.exclusions") == ["listed"]


def test_a_count_of_sites_is_no_exclusion(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The availability of each site is counted as a whole.")
    assert values(report, "availability.exclusions") == []


# --- 17. Watching round the clock, acting from the next business hour ---------------------------
# Reading habit: round-the-clock monitoring whose next sentence says the alerts of the night
# wait for the business day (or go to the client's own on-call) is watching, not acting: the
# support hours stay the business hours.


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Provider's platform watches the servers 24 hours a day, 7 days a week. Alerts raised "
        "outside Business Hours are routed to the Client's mobile; the Provider acts on them from "
        "the next Business Hour.",
        "Monitoring runs 24/7. Alerts raised at night are handled on the next business morning.",
        "La supervision fonctionne 24 h/24 et 7 j/7. Les alertes reçues la nuit sont traitées le "
        "jour ouvré suivant.",
        "Nos sondes surveillent les serveurs 24 heures sur 24. Les alertes hors heures ouvrées "
        "sont prises en charge à l'ouverture du centre de services.",
    ],
)
def test_round_the_clock_watching_with_alerts_waiting_is_monitoring_only(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, _WINDOW_EN, paragraph)
    assert values(report, "oncall.monitoring_vs_action") == ["monitoring_only_written"]
    assert values(report, "support.hours_defined") == ["business_defined"]


# --- 18. Delays an amendment says no longer apply ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Les délais de l'ancienne annexe 3, notamment la prise en charge en deux heures ouvrées "
        "des incidents P1, cessent de s'appliquer.",
        "The P1 response time of 2 business hours in the previous Schedule 2 no longer applies.",
        "Le délai de prise en charge de 2 heures ouvrées prévu pour les P1 ne s'applique plus.",
        "Under the former SLA, P1 incidents were answered within 2 business hours; that SLA is "
        "hereby superseded.",
    ],
)
def test_delays_said_to_end_are_not_the_contract_s(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, _WINDOW_FR, sentence, "P1 : prise en charge sous 1 heure ouvrée.")
    assert support_times(report) == {"p1_response": [60.0]}


# --- 19. A level as the subject of its sentence ------------------------------------------------
# Reading habit: "Les demandes de service (...) sont prises en charge sous deux jours ouvrés":
# the level opens the sentence as its subject, with no colon after it; the delay is that level's.
# A level for service requests only is no priority level (CONVENTIONS.md, "Priority levels"):
# its delay gives no P4; a level named by its rank keeps it.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "3.4. Les demandes de service (création d'un compte, droits) sont prises en charge "
            "dans un délai de deux jours ouvrés.",
            {},
        ),
        ("Service requests are responded to within 2 business days.", {}),
        ("Les petites demandes seront prises en charge sous 3 jours ouvrés.", {}),
        ("All service requests (new users, rights) are answered within 1 business day.", {}),
        (
            "3.4. Les incidents de priorité 4 (un poste gêné) sont pris en charge dans un délai "
            "de deux jours ouvrés.",
            {"p4_response": [1080.0]},
        ),
        ("Priority 4 tickets are responded to within 2 business days.", {"p4_response": [1080.0]}),
    ],
)
def test_a_level_opening_its_sentence_owns_the_delay(
    catalogue: Catalogue, sentence: str, expected: dict[str, list[object]]
) -> None:
    assert support_times(analyse(catalogue, _WINDOW_FR, sentence)) == expected


def test_a_level_with_no_measure_gives_no_delay(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _WINDOW_FR,
        "Les demandes de service sont recensées dans un rapport mensuel envoyé sous 5 jours "
        "ouvrés.",
    )
    assert support_times(report) == {}
