"""The tier the order form names, and a tier named before "support plan".

Reading habit: "The Customer's Order Form specifies Standard Support" says which tier this
client bought as surely as "has ordered the Standard tier"; a delay promised to "Customers on
the Premium Support plan" is then another tier's, not this client's. Each test writes its own
sentences (French and English).
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, support_times

_P1_EN = "Priority 1 incidents: response within 1 hour."
_P1_FR = "Incidents de priorité 1 : prise en charge sous 1 heure."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _P1_EN,
            "Customers on the Premium Support plan receive a 15-minute response to Priority 1 "
            "incidents. The Customer's Order Form specifies Standard Support.",
        ),
        (
            _P1_EN,
            "Under the Gold support plan, Priority 1 incidents are answered within 15 minutes.",
            "The order confirmation names the Silver plan for this Customer.",
        ),
        (
            _P1_FR,
            "Avec la formule Excellence, les incidents de priorité 1 sont pris en charge sous "
            "15 minutes.",
            "Le bon de commande du Client indique la formule Essentiel.",
        ),
        (
            _P1_FR,
            "Pour l'offre Platine, la prise en charge des incidents de priorité 1 est de 15 "
            "minutes.",
            "Le bon de commande signé retient l'offre Argent.",
        ),
    ],
)
def test_a_delay_of_a_tier_the_order_form_does_not_name_is_set_aside(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert support_times(analyse(catalogue, *paragraphs)).get("p1_response") == [60.0]


def test_an_order_form_naming_a_quantity_names_no_tier(catalogue: Catalogue) -> None:
    found = support_times(
        analyse(
            catalogue,
            "Under the Gold support plan, Priority 1 incidents are answered within 15 minutes.",
            "The order form specifies the number of users and sites covered.",
        )
    )
    assert found.get("p1_response") == [15.0], found
