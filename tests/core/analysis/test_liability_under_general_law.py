"""Liability left to the general law, and data losses the provider makes good.

A contract that caps nothing and makes the provider answer "dans les conditions du droit
commun" ("under general law", "its liability is not limited") leaves every loss outside a cap
(``liability.carve_outs`` = ``uncapped_or_supercap``, liability_scope.py); not when a cap is
written elsewhere. A loss of data "est réparée, y compris les frais de reconstitution", "is
compensated, including the cost of restoring it": data loss is covered
(``liability.data_loss`` = ``covered``); not when the sentence denies it. Each test writes
its own clauses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "clause",
    [
        "Le Prestataire est responsable, dans les conditions du droit commun, de tout dommage "
        "causé au Client.",
        "La responsabilité du Titulaire est engagée selon le droit commun pour les dommages "
        "qu'il cause.",
        "The Supplier is liable under general law for any damage it causes to the Buyer.",
        "The Provider's liability to the Customer is not limited.",
    ],
)
def test_liability_left_to_the_general_law_is_uncapped(catalogue: Catalogue, clause: str) -> None:
    found = values(analyse(catalogue, clause), "liability.carve_outs")
    assert found == ["uncapped_or_supercap"]


@pytest.mark.parametrize(
    "clauses",
    [
        [
            "Le Prestataire est responsable dans les conditions du droit commun.",
            "Sa responsabilité totale est plafonnée à douze mois de redevance.",
        ],
        [
            "The Supplier is liable under general law.",
            "Its aggregate liability shall not exceed the fees paid in the last six months.",
        ],
    ],
)
def test_a_cap_written_elsewhere_is_not_uncapped(catalogue: Catalogue, clauses: list[str]) -> None:
    found = values(analyse(catalogue, *clauses), "liability.carve_outs")
    assert "uncapped_or_supercap" not in found


@pytest.mark.parametrize(
    "clause",
    [
        "Toute perte de données imputable au Prestataire est réparée, y compris les frais de "
        "reconstitution.",
        "Les pertes ou corruptions de données causées par le Prestataire sont intégralement "
        "indemnisées.",
        "Any loss of Customer data caused by the Provider is compensated, including the costs of "
        "restoring it.",
        "Loss or corruption of data caused by the Supplier shall be made good by the Supplier.",
    ],
)
def test_a_data_loss_made_good_is_covered(catalogue: Catalogue, clause: str) -> None:
    assert values(analyse(catalogue, clause), "liability.data_loss") == ["covered"]


@pytest.mark.parametrize(
    "clause",
    [
        "Les pertes de données ne sont pas réparées par le Prestataire.",
        "Loss of data is not compensated, except where caused by wilful misconduct.",
    ],
)
def test_a_data_loss_not_made_good_is_not_covered(catalogue: Catalogue, clause: str) -> None:
    assert "covered" not in values(analyse(catalogue, clause), "liability.data_loss")
