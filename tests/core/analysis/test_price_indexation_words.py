"""Price indexation read for the whole family of its wordings.

- An index is named by its name (HICP, IPCH, RPI, "l'indice X des salaires") or by the
  revision formula itself ("P = P0 x (...)", "formule de révision").
- A cap may be said as a rise that may not go above a figure ("une hausse supérieure à 3 %",
  "an increase of more than 4 %"), also in its own clause after the formula.
- A change of price the provider only gives notice of ("60 days' notice of any change to our
  rates") is a unilateral right, when no index or cap bounds it.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les redevances sont révisées chaque 1er janvier selon la formule P = P0 x (0,15 + 0,85 "
        "x I / I0), où I est le dernier indice publié.",
        "Les prix sont ajustés une fois par an selon l'indice Syntec, sans autre limite.",
        "Charges are reviewed every April in line with the Retail Prices Index (RPI).",
        "The Monthly Fee is adjusted each year by the change in the HICP for the euro area.",
    ],
)
def test_an_index_named_or_a_formula_is_indexation(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.indexation") == ["index_no_cap"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Fees are adjusted each year by the change in the HICP, with a maximum increase of 3 % "
        "per year.",
        "Le coefficient de révision ne peut entraîner une hausse supérieure à 2,5 % par an.",
        "Les prix sont révisés selon l'IPCH ; aucune augmentation annuelle supérieure à 4 % "
        "n'est possible.",
        "The revision coefficient may never produce an increase of more than 5 % in a year.",
    ],
)
def test_a_rise_bounded_by_a_figure_is_a_capped_index(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.indexation") == ["capped_index"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "We give you 30 days' notice by e-mail of any change to our daily rate.",
        "Le Prestataire informe le Client par courriel de toute modification de ses tarifs un "
        "mois à l'avance.",
    ],
)
def test_a_price_change_only_notified_is_unilateral(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.indexation") == ["unilateral"]


def test_a_notified_change_bounded_by_an_index_is_not_unilateral(catalogue: Catalogue) -> None:
    # near-miss: the notice announces a change the index bounds
    report = analyse(
        catalogue,
        "We give you 30 days' notice of any change to our fees, which follows the CPI and may "
        "not exceed 3 % a year.",
    )
    assert "unilateral" not in values(report, "costs.indexation")
