"""Which sum of a sentence is the monthly fee: a careful reader sets aside the price of one more
unit ("each additional user costs EUR 32 per month", "chaque poste supplémentaire est facturé
35 € HT par mois", the same said with the verb left out) and the fee as it used to be ("qui
s'élevait à 2 870 €", "previously EUR 2,100"), and keeps the sum the fee is brought to ("est
portée à", "is increased to").

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    ("paragraph", "fee"),
    [
        (
            "The Managed Service Fee is EUR 4,100 per month. Every extra workstation costs "
            "EUR 45 per month and every extra server EUR 150 per month.",
            4100,
        ),
        (
            "The monthly charge is EUR 2,600 for up to 40 users; additional users are billed at "
            "EUR 30 a month.",
            2600,
        ),
        (
            "La redevance mensuelle s'élève à 1 980 € HT. Chaque utilisateur supplémentaire est "
            "facturé 29 € HT par mois, chaque serveur supplémentaire 120 € HT par mois.",
            1980,
        ),
        (
            "Forfait mensuel : 3 400 € HT pour 60 postes ; les postes additionnels sont facturés "
            "à 38 € HT par mois.",
            3400,
        ),
    ],
)
def test_the_price_of_one_more_unit_is_no_monthly_fee(
    catalogue: Catalogue, paragraph: str, fee: int
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model", "monthly_fee") == [fee]


@pytest.mark.parametrize(
    ("paragraph", "fee"),
    [
        (
            "À compter du 1er avril, la redevance mensuelle, qui était de 1 750 € HT, est portée "
            "à 1 890 € HT.",
            1890,
        ),
        (
            "Le forfait mensuel passe de 980 € HT, montant fixé par le contrat initial, et est "
            "porté à 1 040 € HT.",
            1040,
        ),
        ("From 1 July the Monthly Fee, previously EUR 2,100, is increased to EUR 2,350.", 2350),
        (
            "The monthly fee, formerly EUR 5,400, is raised to EUR 5,650 from the renewal date.",
            5650,
        ),
    ],
)
def test_the_fee_as_it_used_to_be_gives_way_to_the_new_one(
    catalogue: Catalogue, paragraph: str, fee: int
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model", "monthly_fee") == [fee]


@pytest.mark.parametrize(
    ("paragraph", "fee"),
    [
        # near-misses: units named inside the fee, and "each month" as the billing rhythm
        (
            "Le forfait mensuel pour 25 postes et 3 serveurs supplémentaires est de 2 900 € HT.",
            2900,
        ),
        ("Each month, the monthly fee of EUR 3,150 is invoiced in advance.", 3150),
    ],
)
def test_units_inside_the_fee_and_the_billing_rhythm_leave_the_fee(
    catalogue: Catalogue, paragraph: str, fee: int
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model", "monthly_fee") == [fee]
