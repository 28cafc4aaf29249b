"""A figure the text revises later replaces the one it revises (``revised_figures.py``; G4).

Near misses: two figures with no word of revision (tiers, components) are both kept.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

PRICING = "costs.pricing_model"


@pytest.mark.parametrize(
    ("paragraphs", "fee"),
    [
        (
            (
                "Tarif : 390 € HT par mois.",
                "Avec ces ajouts, le forfait passe à 420 € HT par mois.",
            ),
            420,
        ),
        (
            (
                "La redevance mensuelle est de 2 870 € HT.",
                "À compter du 1er janvier, la redevance mensuelle est portée à 3 145 € HT.",
            ),
            3145,
        ),
        (
            (
                "The monthly fee is EUR 1,200.",
                "With the extra site, the monthly fee is increased to EUR 1,450.",
            ),
            1450,
        ),
        (
            (
                "Monthly fee: EUR 900.",
                "After our call, the monthly fee is reduced to EUR 820.",
            ),
            820,
        ),
    ],
)
def test_the_revised_monthly_fee_is_kept(
    catalogue: Catalogue, paragraphs: tuple[str, ...], fee: int
) -> None:
    assert values(analyse(catalogue, *paragraphs), PRICING, "monthly_fee") == [fee]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Engagement de 24 mois.", "Durée : nous ramenons l'engagement à 12 mois."),
        (
            "This order has an initial term of 36 months.",
            "At the Customer's request the initial term is reduced to 24 months.",
        ),
    ],
)
def test_the_revised_term_is_kept(catalogue: Catalogue, paragraphs: tuple[str, ...]) -> None:
    expected = 12 if "12" in paragraphs[1] else 24
    assert values(analyse(catalogue, *paragraphs), "costs.initial_term") == [expected]


def test_two_figures_with_no_revision_are_both_kept(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Formule Essentiel : redevance mensuelle de 390 € HT.",
        "Formule Premium : redevance mensuelle de 620 € HT.",
    )
    assert sorted(values(report, PRICING, "monthly_fee")) == [390, 620]
