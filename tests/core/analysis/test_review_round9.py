"""Review of the ninth tuning round: near misses of the habits the round taught the analysis.

Each test writes its own sentences, French and English, that sit next to a new habit without
being its case (another subject, a word the habit keys on used for something else, a clause
after a semicolon, a labelled line), and checks the habit neither fires there nor silences a
real finding.
"""

from __future__ import annotations

import pytest

from slaeval.analysis.document import fold
from slaeval.analysis.rules import load_rules
from slaeval.analysis.tiers import bought_tier
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, context_of, values

# --- 1. "sans ... obligation de résultat": a denial must be said of the obligation -------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Prestataire s'engage, sans réserve, à une obligation de résultat sur les délais de "
        "rétablissement.",
        "The Provider accepts, without exception, an obligation of result for the restoration "
        "times.",
    ],
)
def test_an_obligation_of_result_taken_without_reserve_is_result(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "liability.commitment_nature") == ["result"]


# --- 2. "the plan" of a tabletop exercise, not a subscription plan ------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Onboarding: the plan includes a walkthrough of the ticketing portal.",
        "This plan covers up to 25 users and includes a walk-through of the portal at kick-off.",
        "Ce plan comprend un walk-through du portail client lors du lancement.",
    ],
)
def test_a_subscription_plan_with_a_walkthrough_is_no_continuity_test(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "continuity.plan_tested") == []


# --- 3. The client's own act, said after a semicolon, or "Client servers" ----------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Servers are patched by the Provider in the monthly window; the Client IT Team applies "
        "critical patches to laptops within 7 days.",
        "Les serveurs sont mis à jour chaque mois par le Prestataire ; le Client applique les "
        "correctifs critiques sur ses postes sous 7 jours.",
    ],
)
def test_the_clients_own_patching_after_a_semicolon_is_not_the_providers(
    catalogue: Catalogue, paragraph: str
) -> None:
    # the provider's monthly window may be read; the client's 7 days are not the provider's
    assert 7 not in values(analyse(catalogue, paragraph), "security.patch_deadline")


@pytest.mark.parametrize(
    ("paragraph", "days"),
    [
        ("Client servers are patched by the Provider within 72 hours of a critical release.", 3),
        ("Client laptops receive critical patches within 14 days.", 14),
        ("Client devices: critical patches are applied within 48 hours.", 2),
    ],
)
def test_the_clients_devices_patched_by_the_provider_keep_their_deadline(
    catalogue: Catalogue, paragraph: str, days: int
) -> None:
    assert values(analyse(catalogue, paragraph), "security.patch_deadline") == [days]


# --- 4. "dans son propre SharePoint": whose space? ---------------------------------------------


def test_documentation_in_the_providers_own_sharepoint_is_not_the_clients_space(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Le Prestataire tient la documentation d'exploitation à jour dans son propre SharePoint.",
    )
    assert "live_client_space" not in values(report, "governance.documentation")


def test_documentation_in_the_clients_own_space_stays_live(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Client retrouve la documentation d'exploitation dans son propre SharePoint.",
    )
    assert values(report, "governance.documentation") == ["live_client_space"]


# --- 5. A denial of credits must be said of credits --------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Les délais de rétablissement sont garantis. Leur dépassement donne lieu à des "
            "pénalités calculées selon l'annexe 4, sans remise en cause du droit du Client à "
            "résilier.",
        ),
        (
            "Response times are firm commitments; missing them gives the Customer service "
            "credits as set out in Schedule 4, with no refund of fees already paid.",
        ),
    ],
)
def test_credits_on_the_times_with_another_denial_are_not_availability_only(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert "availability_only" not in values(report, "availability.credits_on_response")


# --- 6. A rung of the ladder whose credit is a share of the fee ----------------------------------


def test_a_credit_of_the_fee_for_incidents_is_still_a_rung(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The Provider commits to 99.9 % availability per month. Below 99.9 %, a credit of 10 % "
        "of the monthly fee for managed incidents applies; below 99 %, 20 %.",
    )
    assert sorted(values(report, "availability.credit_ladder", "credit_tier")) == [10.0, 20.0]


# --- 7. "The Provider may change ...": only the level is the level -------------------------------


@pytest.mark.parametrize(
    ("levels", "other"),
    [
        (
            "Priority 1: total outage of the service. Priority 2: a service degraded. Priority 3: "
            "one user affected. Priority 4: a request. The Client sets the priority of each "
            "ticket when logging it.",
            "The Provider may change the maintenance window on notice.",
        ),
        (
            "Niveaux : P1 arrêt total ; P2 service dégradé ; P3 un utilisateur gêné. Le Client "
            "indique la priorité à l'ouverture du ticket.",
            "Le Prestataire peut modifier le planning des interventions.",
        ),
    ],
)
def test_a_change_of_something_else_says_nothing_of_who_sets_the_level(
    catalogue: Catalogue, levels: str, other: str
) -> None:
    alone = values(analyse(catalogue, levels), "support.priority_definitions")
    assert alone  # the levels alone give an answer
    assert values(analyse(catalogue, f"{levels} {other}"), "support.priority_definitions") == alone


def test_a_labelled_line_naming_the_provider_says_who_assigns(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Niveaux : P1 arrêt total ; P2 service dégradé ; P3 un utilisateur gêné. "
        "Qualification : le Prestataire attribue la priorité de chaque ticket.",
    )
    assert values(report, "support.priority_definitions") == ["written"]


# --- 8. The provider's own yearly audit: in test_whose_figure_part_b.py ---------------------


# --- 9. "Sans option, ...": the service without any option ----------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sans option, les sauvegardes sont conservées 30 jours.",
        "Whatever option you choose, backups are kept for 30 days.",
    ],
)
def test_the_service_without_options_keeps_its_retention(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "backup.retention_days") == [30]


# --- 10. A price change noticed but bound to the client's agreement ------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Prestataire informe le Client de toute modification de ses tarifs, qui ne prend "
        "effet qu'après accord écrit du Client.",
        "We give 60 days' notice of any change to our rates, which applies only with the "
        "Customer's written agreement.",
    ],
)
def test_a_price_change_needing_the_clients_agreement_is_not_unilateral(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "unilateral" not in values(analyse(catalogue, paragraph), "costs.indexation")


# --- 11. "a quarter hour" is fifteen minutes, no quarter of a year --------------------------------


@pytest.mark.parametrize("text", ["response within a quarter hour", "within one quarter-hour"])
def test_a_quarter_hour_is_not_three_months(text: str) -> None:
    found = load_rules().quantities.durations(fold(text))
    assert all(d.in_days() < 1 for d in found)


# --- 12. "sans engagement de durée" is no denial of the on-call's delay ---------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Astreinte soirs et week-ends pour les incidents P1 : en option, 150 € HT par mois, sans "
        "engagement de durée.",
        "An out-of-hours on-call service for P1 incidents is available as an option at EUR 150 "
        "per month, no commitment.",
    ],
)
def test_paid_oncall_with_no_minimum_term_is_still_a_paid_option(
    catalogue: Catalogue, paragraph: str
) -> None:
    taken = (
        "Le Client a souscrit cette option."
        if "astreinte" in paragraph.lower()
        else ("The Customer has ordered this option.")
    )
    report = analyse(catalogue, paragraph, taken)
    assert values(report, "oncall.p1_out_of_hours") == ["paid_option"]


# --- 13. "never included in the fee" is no inclusion ------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "L'astreinte pour les incidents P1 les soirs et les week-ends n'est jamais incluse dans "
        "le forfait : elle est facturée 300 € par mois.",
        "Out-of-hours on-call cover for P1 incidents is never included in the monthly fee and is "
        "charged at EUR 300 per month.",
    ],
)
def test_oncall_never_included_in_the_fee_is_a_paid_option(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "oncall.p1_out_of_hours") == ["paid_option"]


# --- 14. "runs for" said of a measurement period is no term of the contract ----------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Under this Agreement, each availability measurement period runs for one calendar month.",
        "Under this Agreement, the reporting cycle runs for one month.",
    ],
)
def test_a_measurement_period_that_runs_for_a_month_is_no_initial_term(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.initial_term") == []


# --- 15. A denial of one measure's delay leaves the other measure's delay ------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Incidents P1 : prise en charge sous 1 heure, sans engagement de délai de résolution.",
        "P1 incidents: response within 1 hour, with no guaranteed resolution time.",
    ],
)
def test_no_resolution_commitment_keeps_the_response_time(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "support.p1_response") == [60]


# --- 16. "Ce taux est mesuré": a verb of measuring is no "mesure" (a record) ---------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Taux de disponibilité de la messagerie : 99,9 % par mois. Ce taux est mesuré chaque "
            "mois par l'outil de supervision du Prestataire.",
        ),
        (
            "Taux de disponibilité de la messagerie : 99,9 % par mois.",
            "Ce taux est mesuré chaque mois par l'outil de supervision du Prestataire.",
        ),
    ],
)
def test_a_rate_said_to_be_measured_stays_a_commitment(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "availability.commitment") == [99.9]


# --- 17. The client's say on the level, on a line labelled with another level --------------------


def test_a_dispute_right_on_a_labelled_line_is_said_of_the_level(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Priority 1: total outage. Priority 2: degraded service. Priority 3: one user affected. "
        "The Provider assigns the priority of each ticket. Priority 4: a request; the Customer "
        "may dispute the priority.",
    )
    assert values(report, "support.priority_definitions") == ["objective_matrix"]


# --- 18. A vault that belongs to the provider under another name is not the client's -------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "All administrator passwords are kept in a password vault that belongs to the managed "
        "service provider.",
        "The credential vault is owned by the MSP and is never shared.",
    ],
)
def test_a_vault_of_the_provider_by_another_name_is_not_the_clients(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "client_vault" not in values(analyse(catalogue, paragraph), "reversibility.credentials")


# --- 19. "a customer that selects the Gold plan" describes any customer, not this one -------------


@pytest.mark.parametrize(
    ("paragraph", "bought"),
    [
        ("A customer that selects the Gold plan also gets a named engineer.", None),
        ("The Customer selects the Silver plan.", "silver"),
    ],
)
def test_a_customer_that_selects_a_plan_has_bought_none(paragraph: str, bought: str | None) -> None:
    assert bought_tier(context_of(paragraph)) == bought


# --- 20. "not resolved within 4 hours" with a credit is the target, missed ------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tout incident P1 non résolu sous 4 heures donne lieu à une pénalité de 5 % de la "
        "redevance mensuelle.",
        "Any P1 incident not resolved within 4 hours entitles the Customer to a service credit "
        "of 5 % of the monthly fee.",
    ],
)
def test_a_credit_for_an_incident_not_resolved_in_time_keeps_the_target(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "support.p1_restoration") == [240]


def test_an_incident_not_resolved_in_time_and_escalated_gives_no_target(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Any P1 incident not resolved within 4 hours is escalated to the Service Delivery Manager.",
    )
    assert values(report, "support.p1_restoration") == []


# --- 21. "a notice period of three months" is the notice, no renewal period -----------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The Agreement renews automatically for successive periods of 12 months. Either party "
            "may terminate it at the end of a period subject to a notice period of three months.",
        ),
        (
            "The Agreement renews automatically for successive periods of 12 months unless "
            "terminated with a notice period of three months.",
        ),
    ],
)
def test_a_notice_period_of_three_months_is_the_renewal_notice(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "costs.renewal_notice") == [90]


# --- 22. Near misses of the fixes themselves ------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Prestataire peut modifier ses tarifs à tout moment, sans l'accord du Client.",
        "The Provider may change its rates at any time without the Customer's consent.",
    ],
)
def test_a_price_change_without_the_clients_agreement_stays_unilateral(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.indexation") == ["unilateral"]


def test_the_retention_of_an_add_on_said_with_with_is_the_options(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Backups are kept for 30 days. With the Archive add-on, backups are kept for 7 years.",
    )
    assert values(report, "backup.retention_days") == [30]


def test_a_service_restored_after_an_escalation_is_no_credit(catalogue: Catalogue) -> None:
    # "remise en service" is no "remise" (a discount): the 4 hours stay an escalation trigger
    report = analyse(
        catalogue,
        "Incidents P1 : rétablissement sous 8 heures. Si un incident P1 n'est pas résolu sous 4 "
        "heures, le Prestataire prépare la remise en service sur un serveur de secours.",
    )
    assert values(report, "support.p1_restoration") == [480]


def test_no_fixed_delay_is_no_measure_named(catalogue: Catalogue) -> None:
    # "délai fixe" is no "fix" (a restoration): the denial is of the delay itself
    report = analyse(
        catalogue,
        "Demandes P4 : intervention sous 8 heures ouvrées, sans engagement de délai fixe.",
    )
    assert values(report, "support.p4_response") == []


def test_other_than_opens_no_clause_about_other_work(catalogue: Catalogue) -> None:
    # "Other than ..." is a preposition, not "Other out-of-hours work is charged ..."
    report = analyse(
        catalogue,
        "Other than on public holidays, P1 incidents outside business hours are handled by our "
        "on-call engineer for EUR 150 per call-out.",
    )
    assert values(report, "oncall.p1_out_of_hours") == ["paid_option"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "You own all your data, and admin passwords are stored in our password vault.",
        "The Customer owns its data; admin passwords are stored in our password vault.",
    ],
)
def test_owning_the_data_is_not_owning_the_vault(catalogue: Catalogue, paragraph: str) -> None:
    assert "client_vault" not in values(analyse(catalogue, paragraph), "reversibility.credentials")


def test_a_vault_the_client_owns_is_the_clients(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Admin passwords are kept in a password vault; the Customer owns the vault."
    )
    assert values(report, "reversibility.credentials") == ["client_vault"]


# --- 23. Services that continue during the exit "excluding the service levels" ---------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pendant la réversibilité, les prestations se poursuivent aux conditions du contrat, hors "
        "engagements de niveaux de service.",
        "During the exit period, services continue under the conditions of the contract, "
        "excluding the service levels.",
    ],
)
def test_services_continued_without_their_levels_keep_no_full_sla(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert "full_sla" not in values(report, "reversibility.service_during_exit")


def test_services_continued_on_the_contracts_terms_keep_full_sla(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Pendant la réversibilité, les prestations se poursuivent aux conditions du contrat.",
    )
    assert values(report, "reversibility.service_during_exit") == ["full_sla"]


# --- 24. A provider that grants the client a yearly audit opens its sentence too -------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Each year the Supplier shall allow the Authority to have the services audited by an "
        "independent auditor it appoints.",
        "Chaque année, le Titulaire permet à la Commune de faire réaliser un audit des "
        "prestations par un auditeur indépendant de son choix.",
    ],
)
def test_a_provider_granting_a_yearly_audit_to_a_client_of_any_name(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "governance.audit_right") == ["yearly_third_party"]
