"""The provider's right to change its prices alone is a unilateral change procedure
(price_change_alone.py); a revision bound by an index or a cap, an agreed amendment, a denial or
the client's own changes is not.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CHANGE = "scope.change_procedure"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The Supplier may raise the monthly charges on 45 days' notice in writing.",),
        (
            "We can update our subscription fees from time to time. You will be told by e-mail "
            "a month before, and may end the plan if you disagree.",
        ),
        ("Le Prestataire peut modifier sa grille tarifaire chaque année au 1er avril.",),
        ("Nos prix sont révisés chaque année ; la nouvelle grille vous est adressée en mars.",),
    ],
)
def test_prices_changed_by_the_provider_alone_are_unilateral(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CHANGE) == ["unilateral"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The Supplier may raise the monthly charges once a year on 45 days' notice. Any "
            "increase is capped at the change in the Consumer Prices Index.",
        ),
        ("The Provider may not increase the fees during the initial term.",),
        ("Le Prestataire peut réviser ses tarifs au 1er janvier dans la limite de 3 % par an.",),
        ("Les prix ne peuvent être modifiés que d'un commun accord, par avenant signé.",),
        ("The Customer may change the number of users each month.",),
        ("Le Prestataire peut réviser chaque année l'indice de référence Syntec de ses prix.",),
    ],
)
def test_a_bounded_agreed_or_denied_change_is_not_unilateral(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "unilateral" not in values(analyse(catalogue, *paragraphs), CHANGE)
