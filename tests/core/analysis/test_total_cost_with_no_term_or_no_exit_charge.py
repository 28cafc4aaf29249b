"""The total cost over the term when the document names no exit charge, or gives no term
(``costs.tco_computable``, ``total_cost.py``; CONVENTIONS.md).

A reader who finds a recurring fee written as an amount adds up the cost over the term. A
contract that lists its charges and names no exit charge does not charge one: the total is
``computable``. A fee with no term to pay it over (month to month, or a term left to a master
agreement not reproduced) leaves the total open: ``partly``. Near misses: no fee written at
all (the prices sit in an order form), or only a rate for extra work, give nothing.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "costs.tco_computable"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Le présent contrat prend effet à sa signature pour une durée ferme de vingt-quatre "
            "(24) mois.",
            "En contrepartie, le Client verse un forfait mensuel de 1 480 € HT.",
            "Les interventions hors périmètre sont facturées 85 € HT de l'heure.",
        ),
        (
            "Le contrat est souscrit pour une durée de douze (12) mois à compter de la mise en "
            "service.",
            "Redevance mensuelle : 760 € HT. Frais d'installation : 300 € HT.",
        ),
        (
            "The initial term of this Agreement is thirty-six (36) months.",
            "The Customer shall pay a monthly fee of EUR 2,200 plus VAT.",
            "Work outside the Services is charged at EUR 95 per hour.",
        ),
        (
            "This order runs for an initial period of 12 months.",
            "Monthly Fee: EUR 640. Onboarding: EUR 350, payable once.",
        ),
    ],
)
def test_a_fee_and_a_term_with_no_exit_charge_named_are_computable(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["computable"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("La redevance mensuelle s'élève à 1 250 € HT.",),
        ("Le forfait mensuel est de 340 € HT ; les frais de mise en service sont de 250 € HT.",),
        ("The Monthly Charge is EUR 5,160 excluding VAT.",),
        ("You pay a monthly fee of EUR 650; onboarding is a one-off EUR 480.",),
    ],
)
def test_a_fee_with_no_term_leaves_the_total_partly_computable(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["partly"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Le contrat est conclu pour une durée de trente-six (36) mois.",
            "Les prix figurent au bon de commande.",
        ),
        (
            "Le contrat est conclu pour une durée de douze (12) mois.",
            "Les interventions hors forfait sont facturées 90 € HT de l'heure.",
        ),
        (
            "This Agreement has an initial term of 24 months.",
            "The charges are set out in the applicable Order Form.",
        ),
        (
            "This Agreement has an initial term of 24 months.",
            "Additional work is charged at EUR 110 per hour.",
        ),
    ],
)
def test_no_recurring_fee_written_gives_nothing(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the term said as a commitment ("engagement de 24 mois", "a commitment of 36 months")
        ("Forfait : 390 € HT par mois. Engagement de 24 mois.",),
        ("Je vous propose un engagement d'un an, au prix de 189 € HT par mois.",),
        ("The monthly fee is EUR 1,200, with a commitment of 36 months.",),
        # exit help only on request beyond the handover, or with an estimate written
        (
            "Le contrat est conclu pour une durée de vingt-quatre (24) mois.",
            "Le forfait mensuel est de 1 150 € HT.",
            "La restitution des données est incluse. Toute autre assistance à la réversibilité "
            "demandée par le Client est facturée sur devis.",
        ),
        (
            "This Agreement has an initial term of 24 months.",
            "The Monthly Fee is EUR 3,150.",
            "Transition-out services are charged on a time-and-materials basis; the Supplier's "
            "indicative estimate is EUR 9,500.",
        ),
    ],
)
def test_a_term_said_as_a_commitment_and_exit_help_on_request_are_computable(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["computable"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # near misses: the whole exit billed at the rates of the day, no cap and no estimate
        (
            "Le contrat est conclu pour une durée de vingt-quatre (24) mois.",
            "Le forfait mensuel est de 1 150 € HT.",
            "La réversibilité est facturée en régie au tarif en vigueur, sur devis.",
        ),
        (
            "This Agreement has an initial term of 24 months.",
            "The Monthly Fee is EUR 3,150.",
            "Exit assistance is charged on a time-and-materials basis at the rates then in force.",
        ),
    ],
)
def test_an_exit_billed_at_the_rates_of_the_day_stays_partly(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["partly"]


def test_a_delay_commitment_is_no_term(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Engagement de 4 heures sur les incidents critiques.")
    assert values(report, "costs.initial_term") == []
