"""A one-off fee named "frais uniques" is the set-up fee (``costs.pricing_model`` setup_fee).

French contracts often name the set-up charge by its being paid once: "des frais uniques de
850 € HT", "frais d'intégration uniques de 900 EUR". A reader records it as the set-up fee,
like "one-off onboarding fee" in English. Near misses: a one-off exit or termination fee is
no set-up fee; a monthly fee is not one.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "costs.pricing_model"


@pytest.mark.parametrize(
    ("paragraph", "amount"),
    [
        (
            "Des frais uniques de 850 € HT sont facturés pour la mise en place de la sauvegarde.",
            850,
        ),
        ("Des frais d'intégration uniques de 900,00 EUR HT sont facturés au démarrage.", 900),
        (
            "La migration donne lieu à des frais uniques de 1 480 € HT, facturés à la signature.",
            1480,
        ),
        ("A one-off onboarding fee of EUR 1,250 is invoiced on signature.", 1250),
    ],
)
def test_a_fee_paid_once_is_the_setup_fee(
    catalogue: Catalogue, paragraph: str, amount: int
) -> None:
    assert values(analyse(catalogue, paragraph), CRITERION, "setup_fee") == [amount]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Des frais uniques de réversibilité de 2 400 € HT sont dus en fin de contrat.",
        "Des frais uniques de résiliation de 1 500 € HT sont dus en cas de sortie anticipée.",
        "La redevance mensuelle est de 1 200 € HT.",
        "The monthly fee is EUR 980, invoiced in advance.",
    ],
)
def test_exit_termination_or_monthly_fees_are_no_setup_fee(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), CRITERION, "setup_fee") == []
