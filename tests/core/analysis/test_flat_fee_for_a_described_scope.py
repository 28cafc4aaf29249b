"""One flat monthly fee for a scope the contract describes is a detailed bundle (bundle_fee.py).

Prices per unit that only price additions do not make the fee unit-priced; a fee built from
unit prices, a scope deferred to an order form not reproduced, or no described scope at all
gives no detailed bundle.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

PRICING = "costs.pricing_model"

_SCOPE_EN = (
    "2. Services",
    "The Provider runs the service desk, the patching of the laptops, the e-mail filtering "
    "and the nightly backup of the two file servers.",
)
_SCOPE_FR = (
    "2. Prestations comprises",
    "Le Prestataire assure l'assistance aux utilisateurs, la supervision du serveur, la "
    "gestion de l'antivirus et la sauvegarde quotidienne du NAS.",
)


@pytest.mark.parametrize(
    ("scope", "fee"),
    [
        (_SCOPE_EN, ("8. Charges", "The monthly charges are EUR 3,120 excluding VAT.")),
        (
            _SCOPE_EN,
            (
                "8. Charges",
                "The monthly service charge is EUR 2,480 excluding VAT.",
                "Each additional managed laptop is charged EUR 12 per month.",
            ),
        ),
        (_SCOPE_FR, ("8. Prix", "Le forfait mensuel de maintenance s'élève à 1 150 € HT.")),
        (
            _SCOPE_FR,
            (
                "8. Prix",
                "La redevance mensuelle est de 2 860 € HT.",
                "Tout poste supplémentaire est facturé 29 € HT par mois.",
            ),
        ),
    ],
)
def test_a_flat_fee_for_a_described_scope_is_a_detailed_bundle(
    catalogue: Catalogue, scope: tuple[str, ...], fee: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *scope, *fee)
    assert values(report, PRICING) == ["bundle_with_inclusions"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the fee built from unit prices
        (
            *_SCOPE_EN,
            "8. Charges",
            "The monthly charges are EUR 1,620: 18 users at EUR 90 per user per month.",
        ),
        # the scope deferred to an order form not reproduced
        (
            "1. Services",
            "Northgate provides help desk, device management and hosting services as "
            "described in the Order Form.",
            "8. Charges",
            "The monthly fee is EUR 2,150 excluding VAT.",
        ),
        (
            "1. Objet",
            "Le prestataire prend en charge les serveurs, les postes et la messagerie, sans "
            "inventaire joint : le périmètre est précisé au fil de l'eau.",
            "8. Prix",
            "La redevance mensuelle s'élève à 2 400 € HT.",
        ),
        # no scope described at all
        ("8. Prix", "La redevance mensuelle s'élève à 2 400 € HT."),
    ],
)
def test_no_detailed_bundle_without_a_flat_fee_and_a_described_scope(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "bundle_with_inclusions" not in values(analyse(catalogue, *paragraphs), PRICING)
