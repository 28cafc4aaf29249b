"""Round-11 review of the costs and liability readings: near misses of the new mechanisms.

- ``liability.carve_outs`` = ``none`` needs a cap clause that names no exception: the
  sentence right after the cap ("This does not apply in case of gross negligence") or one
  close below naming a ground caps leave out is part of the clause, even without the word
  "liability"; the title of the next annex further down is not.
- ``costs.tco_computable``: exit help billed by time is optional only when it is help beyond
  the handover; a bare "other" (« sans autre engagement ») or an estimate denied ("no
  estimate is given") leaves the total open, and so does a setup fee "on quote".
- A figure revised under a condition or as an option (« si le Client ajoute un site, le
  forfait passera à 520 € ») revises nothing (G2).
- ``liability.commitment_nature``: a delay "not met" before the credit it earns is credited
  (« si le délai n'est pas respecté, une pénalité »); targets that "apply only in business
  hours" are targets; « les délais visés / fixés à l'annexe 2 » are referred to, neither
  softened nor restoration delays.
- ``costs.pricing_model``: a fee "inclusive of VAT" says nothing of what it buys; a one-off
  fee for the exit or a termination is no setup fee, the amount before or after the exit
  word, in either language (« frais uniques de réversibilité » only was left out).
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CAP_FR = (
    "La responsabilité du Prestataire est limitée au montant des sommes versées au cours des "
    "douze derniers mois."
)
CAP_EN = "The Provider's liability is limited to the fees paid in the last twelve months."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (CAP_FR, "Ceci ne s'applique pas en cas de faute lourde ou dolosive."),
        (CAP_EN, "This does not apply in case of gross negligence or wilful misconduct."),
        (CAP_EN, "Invoices are payable within 30 days.", "Fraud remains outside this ceiling."),
        (CAP_FR, "La faute intentionnelle reste en dehors de ce montant."),
    ],
)
def test_an_exception_said_just_after_the_cap_is_no_plain_cap(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "none" not in values(analyse(catalogue, *paragraphs), "liability.carve_outs")


def test_the_title_of_an_annex_further_down_is_no_exception(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        CAP_FR + " Le Prestataire est assuré. Les factures sont payables à 30 jours. Le "
        "Client désigne un référent. Les réunions sont trimestrielles.",
        "Annexe B - Protection des données personnelles",
    )
    assert values(report, "liability.carve_outs") == ["none"]


TERM_FR = "Le contrat est conclu pour une durée ferme de 24 mois."
FEE_FR = "Le forfait mensuel est de 1 200 € HT."
TERM_EN = "The initial term of this Agreement is 24 months."
FEE_EN = "The monthly fee is EUR 1,200 excluding VAT."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            TERM_FR,
            FEE_FR,
            "La réversibilité est facturée au temps passé, au tarif journalier de 850 € HT, "
            "sans autre engagement.",
        ),
        (
            TERM_FR,
            FEE_FR,
            "La réversibilité est facturée au temps passé, au tarif journalier de 850 € HT, "
            "comme les autres prestations.",
        ),
        (
            TERM_FR,
            FEE_FR,
            "La réversibilité est facturée au temps passé, au tarif journalier de 850 € HT. "
            "Aucune estimation du nombre de jours n'est fournie.",
        ),
        (
            TERM_EN,
            FEE_EN,
            "Exit assistance is billed on a time and materials basis at EUR 850 per day. No "
            "estimate of the number of days is given.",
        ),
    ],
)
def test_an_exit_by_time_with_no_help_beyond_it_nor_estimate_stays_partly(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "costs.tco_computable") == ["partly"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (TERM_FR, FEE_FR, "Les frais de mise en service sont établis sur devis."),
        (TERM_EN, FEE_EN, "The set-up fee is on quote."),
    ],
)
def test_a_setup_on_quote_leaves_the_total_partly_open(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "costs.tco_computable") == ["partly"]


def test_a_priced_setup_leaves_the_total_computable(catalogue: Catalogue) -> None:
    report = analyse(catalogue, TERM_EN, FEE_EN, "The set-up fee is EUR 400, quoted once.")
    assert values(report, "costs.tco_computable") == ["computable"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Le forfait mensuel est de 390 € HT.",
            "Si le Client ajoute un site, le forfait mensuel passera à 520 € HT.",
        ),
        (
            "The monthly fee is EUR 390.",
            "If the Customer adds a site, the monthly fee will be increased to EUR 520.",
        ),
    ],
)
def test_a_fee_revised_under_a_condition_is_kept(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert 390.0 in values(analyse(catalogue, *paragraphs), "costs.pricing_model", "monthly_fee")


def test_a_term_the_client_may_have_reduced_is_kept(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le contrat est conclu pour une durée ferme de 36 mois.",
        "Le Client peut demander à ramener l'engagement à 12 mois, moyennant une majoration "
        "de 10 %.",
    )
    assert 36.0 in values(report, "costs.initial_term")


def test_a_fee_revised_without_condition_still_replaces_the_first(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Tarif : 390 € HT par mois.",
        "Avec ces ajouts, le forfait mensuel passe à 420 € HT par mois.",
    )
    assert values(report, "costs.pricing_model", "monthly_fee") == [420.0]


TABLE_FR = "Priorité 1 : prise en charge sous 1 heure, rétablissement sous 4 heures."
TABLE_EN = "Priority 1: response within 1 hour, restoration within 4 hours."
NATURE = "liability.commitment_nature"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            TABLE_EN,
            "The Provider is bound by an obligation of means for the services.",
            "If the Provider does not meet a response time, a service credit of 5 % of the "
            "monthly fee applies.",
        ),
        (
            TABLE_FR,
            "Le Prestataire est tenu d'une obligation de moyens pour ses prestations.",
            "Si le délai de prise en charge n'est pas respecté, une pénalité de 5 % de la "
            "redevance mensuelle s'applique.",
        ),
    ],
)
def test_a_delay_not_met_before_its_credit_is_credited(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), NATURE) == ["means_with_penalties"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            TABLE_FR,
            "Les délais de prise en charge et de rétablissement sont des objectifs, applicables "
            "uniquement dans les heures ouvrées.",
        ),
        (TABLE_EN, "Response and restoration times are targets and apply only in business hours."),
    ],
)
def test_targets_applying_only_in_business_hours_are_targets(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), NATURE) == ["best_effort"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            TABLE_FR,
            "Les délais de prise en charge et de rétablissement visés à l'annexe 2 sont "
            "respectés par le Prestataire.",
        ),
        (TABLE_FR, "Les délais de prise en charge fixés à l'annexe 2 sont des objectifs."),
        (TABLE_EN, "The response times set out in Schedule 2 are targets."),
    ],
)
def test_delays_referred_to_in_an_annex_are_neither_softened_nor_restorations(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), NATURE) == ["result"]


def test_the_provider_aiming_at_its_delays_still_softens_them(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        TABLE_FR,
        "Le Prestataire vise à respecter les délais de prise en charge et de rétablissement.",
    )
    assert values(report, NATURE) == ["best_effort"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The monthly charge is EUR 1,150, inclusive of VAT.",
        "La redevance mensuelle de 890 € inclut la TVA.",
    ],
)
def test_a_fee_including_its_tax_is_opaque(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model") == ["opaque"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "A one-off fee of EUR 2,400 is due for the reversibility at the end of the contract.",
        "Reversibility: one-off fee of EUR 2,400.",
        "Des frais uniques de 2 400 € HT sont dus pour la réversibilité en fin de contrat.",
        "Résiliation anticipée : frais uniques de 1 500 € HT.",
    ],
)
def test_a_one_off_exit_or_termination_fee_is_no_setup_fee(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model", "setup_fee") == []


def test_a_one_off_onboarding_fee_stays_the_setup_fee(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "A one-off onboarding fee of EUR 1,250 is invoiced on signature.")
    assert values(report, "costs.pricing_model", "setup_fee") == [1250]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Cette offre est sans engagement de 12 mois : elle est résiliable chaque mois.",
        "There is no commitment of 12 months: the service can be cancelled each month.",
    ],
)
def test_a_commitment_denied_is_no_initial_term(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.initial_term") == []


def test_a_commitment_of_months_stays_a_term(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Un engagement de 24 mois est requis pour bénéficier de la remise.")
    assert values(report, "costs.initial_term") == [24.0]


_OTHER_CLAUSES = (
    "The Customer appoints a contact.",
    "Invoices are payable within 30 days.",
    "Review meetings are quarterly.",
    "The Provider keeps a log of interventions.",
    "Passwords are changed every 90 days.",
    "The Customer grants access to its premises.",
    "Backups run daily.",
    "Support is reachable by phone.",
)


def test_a_liability_left_unlimited_in_another_clause_is_no_plain_cap(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        CAP_EN,
        *_OTHER_CLAUSES,
        "By way of derogation, the Provider's liability for breaches of data protection is "
        "unlimited.",
    )
    assert "none" not in values(report, "liability.carve_outs")


def test_something_else_unlimited_far_from_the_cap_leaves_it_plain(catalogue: Catalogue) -> None:
    report = analyse(catalogue, CAP_EN, *_OTHER_CLAUSES, "The number of users is unlimited.")
    assert values(report, "liability.carve_outs") == ["none"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The monthly charge is EUR 1,150. It covers the period from the first to the last day "
        "of the month.",
        "Redevance mensuelle : 890 € HT. Elle couvre la période du 1er au dernier jour du mois.",
        "The monthly fee of EUR 1,150 includes a 10 % launch discount.",
    ],
)
def test_a_fee_covering_a_period_or_including_a_discount_is_opaque(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model") == ["opaque"]


def test_a_fee_opening_a_list_of_what_it_includes_is_a_bundle(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Le forfait mensuel de 980 € HT comprend : l'antivirus, le pare-feu et le NAS."
    )
    assert values(report, "costs.pricing_model") == ["bundle_with_inclusions"]
