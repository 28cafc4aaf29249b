"""Exit and renewal clauses said with everyday verbs.

- "It renews for further twelve-month terms unless you cancel": a renewal that happens unless
  someone acts is tacit, whoever the sentence names ("you", "we", "either of us").
- "When your plan ends, for any reason", "lorsque le contrat prend fin, pour quelque cause que
  ce soit": the end of the agreement or plan is the exit, as "on termination" is.
- Data returned "as a CSV file" is data returned; credentials "given", "provided", "sent",
  "fournis", "envoyés" within a delay at the end of the contract are handed over within it
  (the same verbs for a new user's passwords are onboarding, no exit).

Each test writes its own sentences, French and English, and near misses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "The plan renews for further twelve-month terms unless you cancel at least 30 days "
        "before the renewal date.",
        "This Agreement renews for successive periods of 12 months unless we or you give notice "
        "60 days before the end of the term.",
        "The subscription is renewed for further periods of one year unless either of us "
        "cancels it in writing.",
        "The service renews for additional 12-month terms unless the parties agree otherwise.",
    ],
)
def test_a_renewal_unless_someone_cancels_is_tacit(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.tacit_renewal", "renewal_period") == [12]


def test_a_renewal_by_signed_order_is_not_tacit(catalogue: Catalogue) -> None:
    # near miss: nothing renews unless someone acts
    report = analyse(
        catalogue, "The plan may be renewed for a further twelve months by a new signed order."
    )
    assert values(report, "costs.tacit_renewal", "renewal_period") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "When your plan ends, for any reason, we export your tickets as a CSV file and send it to "
        "you within 30 days.",
        "When the agreement terminates, for whatever reason, we return your data within 30 days.",
        "Lorsque le contrat prend fin, pour quelque cause que ce soit, le Prestataire restitue "
        "les données sous 30 jours.",
        "Quand l'abonnement s'achève, quelle qu'en soit la cause, vos fichiers vous sont remis "
        "dans un délai de 30 jours.",
    ],
)
def test_the_end_of_the_plan_for_any_reason_is_an_exit_for_any_cause(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "reversibility.any_cause") == ["any_time"]
    assert values(report, "reversibility.data_return_days") == [30]


def test_the_end_of_a_campaign_is_no_exit(catalogue: Catalogue) -> None:
    # near miss: something else ends, not the agreement
    report = analyse(
        catalogue, "When the migration project ends, for any reason, a report is written."
    )
    assert values(report, "reversibility.any_cause") == []


@pytest.mark.parametrize(
    ("paragraph", "days"),
    [
        ("We give you the administrator passwords we hold within 5 days of the end date.", 5),
        ("At exit the Supplier provides all admin credentials to the Client within 10 days.", 10),
        (
            "En fin de contrat, les identifiants d'administration sont fournis au Client "
            "sous 8 jours.",
            8,
        ),
        (
            "À la résiliation, le Prestataire envoie au Client tous les mots de passe dans "
            "les 3 jours.",
            3,
        ),
    ],
)
def test_credentials_given_or_sent_within_a_delay_are_handed_over(
    catalogue: Catalogue, paragraph: str, days: int
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "reversibility.credentials") == ["handover_fixed_time"]
    assert values(report, "reversibility.credentials_days") == [days]


def test_credentials_sent_to_a_new_user_are_no_exit_handover(catalogue: Catalogue) -> None:
    # near miss: the same verb, at onboarding
    report = analyse(
        catalogue,
        "Le Prestataire envoie ses mots de passe à chaque nouvel utilisateur sous 2 jours.",
    )
    assert values(report, "reversibility.credentials_days") == []


def test_credentials_given_without_a_delay_have_no_fixed_time(catalogue: Catalogue) -> None:
    # near miss: a handover, but no delay
    report = analyse(catalogue, "We give you the administrator passwords on request.")
    assert values(report, "reversibility.credentials_days") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Exit assistance beyond that is charged at our hourly rate.",
        "Any transition work over and above what is described above is billed at EUR 90 per hour.",
        "Tout accompagnement de sortie au-delà de ces prestations est facturé au tarif horaire.",
        "Les prestations de réversibilité en sus de celles-ci font l'objet d'un devis.",
    ],
)
def test_exit_work_charged_beyond_what_is_included_leaves_the_exit_included(
    catalogue: Catalogue, paragraph: str
) -> None:
    # only what goes beyond the exit services just described is paid for: those are included
    assert values(analyse(catalogue, paragraph), "reversibility.exit_price") == [
        "included_or_fixed"
    ]


def test_exit_assistance_charged_at_the_hourly_rate_is_unpriced(catalogue: Catalogue) -> None:
    # near miss: the whole exit assistance is charged by the hour, nothing is included
    report = analyse(catalogue, "Exit assistance is charged at our hourly rate.")
    assert values(report, "reversibility.exit_price") == ["unpriced"]


@pytest.mark.parametrize(
    ("paragraph", "months"),
    [
        ("This Agreement continues for an initial term of three School Years.", 36),
        ("The contract runs for an initial term of two academic years from 1 September.", 24),
        ("Le contrat est conclu pour une durée initiale de trois années scolaires.", 36),
        ("Le marché est conclu pour une durée initiale de deux années contractuelles.", 24),
    ],
)
def test_a_year_of_the_clients_calendar_is_a_year(
    catalogue: Catalogue, paragraph: str, months: int
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.initial_term") == [months]


def test_a_school_day_is_no_year() -> None:
    # near miss: the qualifier makes a year of the client's calendar, not of any unit
    from slaeval.analysis.document import fold
    from slaeval.analysis.rules import load_rules

    found = load_rules().quantities.durations(fold("P3 calls are answered within one School Day."))
    assert all(d.unit != "year" for d in found)


@pytest.mark.parametrize(
    "paragraph",
    [
        "If you stop using us for any reason, we hand over all administrator passwords within "
        "5 days.",
        "Should the Client cease working with the Provider for whatever reason, its data is "
        "returned within 15 days.",
        "Si nous arrêtons de travailler ensemble, quelle qu'en soit la raison, je vous remets "
        "tous les accès sous 5 jours.",
        "Whenever you leave us, whatever the reason, your data is returned within 30 days.",
    ],
)
def test_the_client_leaving_for_any_reason_is_an_exit_for_any_cause(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.any_cause") == ["any_time"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les mots de passe sont dans un coffre-fort au nom de l'entreprise, auquel vous avez "
        "accès en permanence.",
        "Credentials are kept in a password vault to which you have full access at all times.",
    ],
)
def test_a_vault_the_client_can_open_is_the_clients_vault(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.credentials") == ["client_vault"]


@pytest.mark.parametrize(
    ("paragraphs", "days"),
    [
        (
            (
                "7.1 The plan has a minimum term of three months. After that it runs from month "
                "to month.",
                "7.2 You may cancel the plan after the minimum term by giving 14 days' notice.",
            ),
            14,
        ),
        (
            (
                "Après six mois, l'abonnement se poursuit de mois en mois.",
                "Le Client peut y mettre fin à tout moment avec un préavis de quinze jours.",
            ),
            15,
        ),
        (
            (
                "After the first year the agreement continues on a rolling basis.",
                "Either party may end it with one month's notice in writing.",
            ),
            30,
        ),
        (
            (
                "À l'issue de la période initiale, le contrat se poursuit de façon glissante.",
                "Chaque partie peut le résilier moyennant un préavis de deux mois.",
            ),
            60,
        ),
    ],
)
def test_the_notice_in_the_clause_after_a_rolling_term_is_its_notice(
    catalogue: Catalogue, paragraphs: tuple[str, ...], days: int
) -> None:
    assert values(analyse(catalogue, *paragraphs), "costs.renewal_notice") == [days]


def test_a_notice_after_a_heading_is_not_read_for_the_rolling_term(catalogue: Catalogue) -> None:
    # near miss: the next paragraph is the title of another clause
    report = analyse(
        catalogue,
        "After the first year the agreement continues on a rolling basis.",
        "8. Security",
        "Incidents are notified within 24 hours.",
    )
    assert values(report, "costs.renewal_notice") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Your subscription runs month to month and renews automatically until you cancel it.",
        "The service continues from month to month until either party gives notice.",
        "L'accompagnement est reconduit tacitement de mois en mois.",
        "Le forfait se renouvelle tout seul chaque mois, sans engagement.",
    ],
)
def test_a_month_to_month_contract_has_a_one_month_term(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.initial_term") == [1]


def test_a_minimum_term_before_month_to_month_is_the_term(catalogue: Catalogue) -> None:
    # near miss: a minimum term is stated, month to month comes after it
    report = analyse(
        catalogue,
        "The plan has a minimum term of three months. After that it runs from month to month.",
    )
    assert values(report, "costs.initial_term") == [3]
