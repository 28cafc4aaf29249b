"""Coordination with the client's other suppliers, read for the whole family of its wordings.

- The suppliers go by many names: broadband or telephony provider, reseller, dealer,
  manufacturer, revendeur, constructeur; the provider that phones or chases them takes the
  coordination on.
- Coordination "dans la limite de ses moyens", "sans engagement de résultat", "without any
  commitment to a result" or "on a reasonable endeavours basis" is best effort.
- A list of what the services "do not include" names the vendors only to leave them out: it
  includes nothing.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "When the line goes down we call your telephony provider for you and chase them until "
        "the fault is cleared.",
        "The Supplier logs faults with the printer dealer and escalates them on the Customer's "
        "behalf.",
        "Le Prestataire prend en charge les échanges avec le revendeur du logiciel de caisse en "
        "cas de panne.",
        "Nous relançons le constructeur des équipements sous garantie jusqu'à la réparation.",
    ],
)
def test_the_provider_that_chases_the_suppliers_coordinates(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.vendor_coordination") == ["included"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Prestataire peut joindre l'opérateur du Client, dans la limite de ses moyens.",
        "Sur demande, nous contactons l'éditeur concerné, sans engagement de résultat.",
        "We will contact the software vendor on request, without any commitment to a result.",
        "The Provider raises tickets with the Customer's internet provider on a reasonable "
        "endeavours basis.",
    ],
)
def test_coordination_within_the_providers_means_is_best_effort(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.vendor_coordination") == ["best_effort"]


def test_a_list_of_what_is_not_included_includes_no_vendor(catalogue: Catalogue) -> None:
    # near-miss: the vendor is named in an exclusion list
    report = analyse(
        catalogue,
        "The Services do not include the accounting software itself, which its vendor "
        "supports, nor cabling works.",
    )
    assert "included" not in values(report, "scope.vendor_coordination")
