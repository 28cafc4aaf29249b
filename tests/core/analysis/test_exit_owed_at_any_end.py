"""A handover of the data owed at the end of the contract with no cause named is owed at any end
(exit_trigger.py); a trigger restricted to a breach, a deletion clause or passwords alone are not.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

TRIGGER = "reversibility.any_cause"


@pytest.mark.parametrize(
    "paragraph",
    [
        "En fin de contrat, le Prestataire restitue au Client toutes ses données.",
        "Au terme du contrat, les données du Client lui sont restituées dans un format ouvert.",
        "Upon termination, we will return the Customer Data within thirty days.",
        "On termination or expiry, the Supplier exports the ticket history as CSV files.",
    ],
)
def test_a_handover_at_the_end_is_owed_at_any_end(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), TRIGGER) == ["any_time"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Upon termination for the Provider's breach, we will return the Customer Data.",
        "En fin de contrat, le Prestataire détruit les données du Client sous 60 jours.",
        "On termination, the Provider returns the administrator passwords within 5 days.",
    ],
)
def test_restricted_or_other_ends_are_not_any_time(catalogue: Catalogue, paragraph: str) -> None:
    assert "any_time" not in values(analyse(catalogue, paragraph), TRIGGER)
