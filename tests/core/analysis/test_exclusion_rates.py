"""Work left out of the scope, with its rates stated or only promised: a sum, a price per hour,
or rates placed in a clause count; "then-current rates", "rates agreed in each order", "un
devis sans grille tarifaire" do not; "devis" as a word of the list is no way of billing.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Services do not include cabling, hardware purchases or training. Such work may be "
        "ordered through a statement of work at the Supplier's then-current rates.",
        "Services not listed in Schedule 1 are outside the scope of this Agreement, in "
        "particular site moves and training. They are billed at rates agreed in each order.",
        "Ne sont pas compris : l'achat de matériel, la formation et les déménagements. Ces "
        "travaux font l'objet d'un devis, sans grille tarifaire préétablie.",
    ],
)
def test_exclusions_with_rates_only_promised_are_a_list(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert answer(analyse(catalogue, paragraph), "scope.exclusions").value == "list_only"


@pytest.mark.parametrize(
    "paragraph",
    [
        # a sum in the next sentence, and "devis" as an item of the list
        "Ne sont pas compris : le matériel, la formation et la migration du logiciel de devis. "
        "Ces travaux sont facturés 65 € HT de l'heure.",
        # rates placed in a clause of the contract
        "The following are not included and are quoted separately at the rates in section 12: "
        "projects, hardware purchases and training.",
        "Sont exclus des services et facturés en sus selon le barème figurant à l'article 9.3 : "
        "les déménagements, le câblage et la formation.",
    ],
)
def test_exclusions_with_rates_stated_come_with_rates(catalogue: Catalogue, paragraph: str) -> None:
    assert answer(analyse(catalogue, paragraph), "scope.exclusions").value == "list_with_rates"
