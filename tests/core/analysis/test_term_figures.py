"""Durations of the term clauses that belong to another noun: a notice named before its length
is no initial term, the notice of a termination on an event is no renewal notice, a deadline
"within 30 days" is no termination fee.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "text",
    [
        "Le Client peut mettre fin au contrat pendant la durée initiale, moyennant un préavis de "
        "deux (2) mois.",
        "The Customer may end the agreement before the end of the initial term, on a notice of "
        "two months.",
    ],
)
def test_a_notice_within_the_initial_term_is_not_the_term(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "costs.initial_term") == []


def test_the_initial_term_itself_is_still_read(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Le contrat est conclu pour une durée initiale de vingt-quatre mois."
    )
    assert values(report, "costs.initial_term") == [24.0]


@pytest.mark.parametrize(
    "text",
    [
        "Either party may terminate this Agreement on sixty days' notice if the other party "
        "undergoes a change of control.",
        "En cas de changement de contrôle du Prestataire, le Client peut résilier le contrat "
        "moyennant un préavis de soixante jours.",
    ],
)
def test_the_notice_of_a_termination_on_an_event_is_no_renewal_notice(
    catalogue: Catalogue, text: str
) -> None:
    assert values(analyse(catalogue, text), "costs.renewal_notice") == []


def test_a_cure_period_is_no_termination_fee(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Résiliation anticipée",
        "Chaque partie peut résilier le contrat en cas de manquement grave de l'autre, non "
        "réparé dans les 30 jours suivant une mise en demeure.",
    )
    assert values(report, "costs.termination_fee") == []


@pytest.mark.parametrize(
    ("paragraph", "months"),
    [
        (
            "After the first year the Service renews automatically for one quarter at a time, "
            "unless either party cancels by email at least 30 days before the end of the quarter.",
            3.0,
        ),
        (
            "Your plan renews automatically at the start of each billing month until you cancel "
            "it by e-mail.",
            1.0,
        ),
        (
            "Ensuite le contrat se renouvelle d'année en année tant que personne ne dit stop ; un "
            "simple mail deux mois avant la date anniversaire suffit.",
            12.0,
        ),
    ],
)
def test_tacit_renewals_in_plain_words(catalogue: Catalogue, paragraph: str, months: float) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "costs.tacit_renewal", "renewal_period") == [months]
    assert values(report, "costs.tacit_renewal") == ["none_or_yearly_email"]


def test_quebec_term_clauses(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "8.1 L'entente est conclue pour une durée initiale de vingt-quatre (24) mois.",
        "8.2 Elle se renouvelle ensuite automatiquement pour des périodes successives de douze "
        "(12) mois, à moins qu'une partie n'avise l'autre par courriel au moins soixante (60) "
        "jours avant la fin de la période en cours.",
        "8.3 Le Client peut résilier l'entente pour sa convenance en cours de durée initiale "
        "moyennant un avis de trente (30) jours et le paiement de frais égaux à deux (2) mois "
        "de frais mensuels.",
    )
    assert values(report, "costs.initial_term") == [24.0]
    assert values(report, "costs.renewal_notice") == [60.0]
    assert values(report, "costs.termination_fee") == [2.0]


def test_a_termination_payment_is_a_termination_fee(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "In that case the Buyer shall pay the Supplier a termination payment equal to two (2) "
        "months of the Monthly Charges, and no other sum.",
    )
    assert values(report, "costs.termination_fee") == [2.0]
