"""What a scope or governance sentence is about: an inventory kept in the client portal is the
asset list, not the operating documentation; a best effort to liaise with vendors, which
disclaims their own performance, is a best effort and no exclusion.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


@pytest.mark.parametrize(
    "text",
    [
        "L'inventaire des postes, tenu à jour dans l'espace client, est annexé au contrat.",
        "The asset inventory is kept up to date in the customer portal.",
    ],
)
def test_an_inventory_in_the_portal_is_no_documentation(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "governance.documentation") == []


def test_documentation_in_the_portal_is_a_live_client_space(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "La documentation d'exploitation est tenue à jour dans l'espace client, consultable à "
        "tout moment.",
    )
    assert answer(report, "governance.documentation").value == "live_client_space"


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier shall use reasonable endeavours to liaise with the Customer's internet "
        "service provider and software vendors, but it is not responsible for their "
        "performance.",
        "Le Prestataire relance au mieux les éditeurs et l'opérateur du Client, sans être "
        "responsable de leurs délais.",
    ],
)
def test_a_best_effort_liaison_with_vendors_is_best_effort(catalogue: Catalogue, text: str) -> None:
    assert answer(analyse(catalogue, text), "scope.vendor_coordination").value == "best_effort"
