"""The pricing model of a flat fee whose content the text does not open
(``costs.pricing_model``, ``bundle_fee.py``; CONVENTIONS.md: recorded whenever a fee is stated).

A single monthly fee, no price per unit and no scope described: the reader records an opaque
bundle. The fee saying what it covers ("it covers all the services of this contract") is a
bundle with inclusions. Near misses: no fee at all, or a fee built from prices per user.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "costs.pricing_model"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Client verse une redevance mensuelle de 1 150 € HT.",
        "La redevance mensuelle s'élève à 2 400 € HT, payable d'avance.",
        "The Customer shall pay a monthly charge of EUR 4,200 excluding VAT.",
        "Monthly Fee: EUR 1,150, invoiced in advance.",
    ],
)
def test_a_flat_fee_with_nothing_said_of_its_content_is_opaque(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), CRITERION) == ["opaque"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "La redevance mensuelle est de 3 145 € HT. Elle couvre l'ensemble des prestations du "
        "présent contrat.",
        "Le forfait mensuel de 980 € HT comprend la supervision, le support et les mises à jour.",
        "The monthly fee is EUR 2,100. It covers every service described in this schedule.",
        "The monthly charge of EUR 760 includes support, monitoring and patching.",
    ],
)
def test_a_fee_that_says_what_it_covers_is_a_bundle_with_inclusions(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), CRITERION) == ["bundle_with_inclusions"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les prix figurent au bon de commande.",
        "The charges are set out in the Order Form.",
    ],
)
def test_no_fee_gives_no_model(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), CRITERION) == []
