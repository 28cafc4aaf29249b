"""How prices may rise: a right to raise them that the next sentence bounds by an index or a cap,
a cap written with an adverb or as "a maximum increase of", a denial of any unilateral change.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier may raise the fees once per contract year on 60 days' written notice. "
        "Any such rise shall not exceed the yearly change in the Consumer Price Index.",
        "Le Prestataire peut augmenter ses tarifs une fois par an avec un préavis de deux mois. "
        "La hausse ne peut en aucun cas dépasser l'évolution de l'indice Syntec sur l'année.",
    ],
)
def test_a_right_to_raise_prices_bounded_by_the_next_sentence_is_a_capped_index(
    catalogue: Catalogue, text: str
) -> None:
    assert answer(analyse(catalogue, text), "costs.indexation").value == "capped_index"


def test_a_right_to_raise_prices_at_will_stays_unilateral(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The Supplier may increase its fees at any time on 30 days' notice. The invoices are "
        "payable within 30 days.",
    )
    assert answer(report, "costs.indexation").value == "unilateral"


@pytest.mark.parametrize(
    "text",
    [
        # an adverb between the modal and the verb
        "Le prix est révisé au 1er janvier selon l'indice Syntec, la hausse ne pouvant "
        "toutefois excéder 2,5 % par an.",
        # the cap in the next sentence, with an adverb
        "Les prix sont indexés chaque année sur l'indice des prix à la consommation de l'INSEE. "
        "La hausse qui en résulte ne peut cependant dépasser 3 %.",
        # "a maximum increase of"
        "Each year the fees are adjusted in line with the Consumer Price Index, subject to a "
        "maximum increase of three per cent.",
        # "not by more than"
        "The Provider may adjust its fees each year by the change in the CPI, but not by more "
        "than four percent (4%).",
    ],
)
def test_an_index_with_a_cap_however_worded_is_capped(catalogue: Catalogue, text: str) -> None:
    assert answer(analyse(catalogue, text), "costs.indexation").value == "capped_index"


@pytest.mark.parametrize(
    "text",
    [
        "Aucune modification des prix ne peut résulter d'une décision unilatérale du Prestataire.",
        "No change to the fees may be made unilaterally by the Supplier.",
    ],
)
def test_a_denied_unilateral_change_is_not_unilateral(catalogue: Catalogue, text: str) -> None:
    report = analyse(catalogue, text)
    assert [f.value for f in report.answers() if f.criterion == "costs.indexation"] == []
