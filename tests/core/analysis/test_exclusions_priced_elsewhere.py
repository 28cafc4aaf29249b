"""A list of exclusions comes with rates when the contract states an hourly or daily rate for
work outside the fee, wherever it does (exclusion_rates.py); the rate of on-call cover, of the
exit assistance or of hours beyond an included allowance does not price excluded work.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

EXCLUSIONS = "scope.exclusions"
_LIST_EN = (
    "The following are not included in the monthly fee: office moves, new projects and training."
)
_LIST_FR = "Sont exclus du forfait : les déménagements, les projets de migration et la formation."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _LIST_EN,
            "Other terms apply.",
            "9. Prices",
            "Engineer time is billed at GBP 90 per hour.",
        ),
        (_LIST_EN, "The Supplier's hourly rate for requested work is EUR 105 excluding VAT."),
        (_LIST_FR, "Article 9 — Prix", "Ces travaux sont facturés au tarif horaire de 80 € HT."),
        (_LIST_FR, "Conditions financières", "Heure de technicien : 72,00 EUR HTVA."),
    ],
)
def test_a_rate_for_work_stated_elsewhere_prices_the_exclusions(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), EXCLUSIONS) == ["list_with_rates"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_LIST_EN, "On-call interventions at night are charged EUR 150 per hour."),
        (_LIST_EN, "Exit assistance is charged at EUR 900 per day."),
        (_LIST_FR, "Au-delà des 10 heures incluses, chaque heure est facturée 60 € HT."),
        (_LIST_FR, "La pénalité est de 50 € par heure de retard."),
        (_LIST_EN, "The monthly fee is EUR 1,200 excluding VAT."),
    ],
)
def test_other_prices_leave_the_list_alone(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), EXCLUSIONS) == ["list_only"]
