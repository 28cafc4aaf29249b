"""Exit after repeated failures (``availability.chronic_failure_exit``): the repetition may be
counted in months ("deux mois consécutifs", "in any three months"), in times ("three times in
any six months"), or named ("persistent failure", "a critical service level failure"); the
exit is free in many words ("sans préavis ni indemnité", "without paying any termination
payment"). A number of months that is only a delay ("dans les six mois", "un mois avant") is
no repetition.

Each test writes its own sentences, French and English, with near misses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "availability.chronic_failure_exit"


@pytest.mark.parametrize(
    "text",
    [
        "Si la disponibilité reste inférieure à 99 % pendant deux mois consécutifs, le Client "
        "peut résilier le contrat par lettre recommandée, sans préavis ni indemnité.",
        "Lorsque le délai de rétablissement est dépassé trois fois en six mois, le Client peut "
        "résilier le marché sans frais.",
        "If the Supplier misses the restoration target three (3) times in any rolling period "
        "of six (6) months, the Customer may terminate without paying any termination charge.",
        "Persistent failure to meet the service levels entitles the Client to terminate this "
        "Agreement without any early termination payment.",
    ],
)
def test_a_repeated_failure_opens_a_free_exit(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), CRITERION) == ["exit_no_fee"]


@pytest.mark.parametrize(
    "text",
    [
        # a delay, not a repetition: a price rise refused, a change of control
        "Le Client informé d'une hausse de prix un mois avant peut résilier le contrat, sans "
        "frais.",
        "Si le Prestataire change de contrôle, le Client peut résilier dans les six mois qui "
        "suivent, sans indemnité.",
        "If the Provider is acquired, the Customer may terminate within six (6) months without "
        "any termination fee.",
        "The Customer may terminate for convenience on three months' notice without penalty.",
    ],
)
def test_a_free_exit_for_another_reason_is_no_exit_after_failures(
    catalogue: Catalogue, text: str
) -> None:
    assert "exit_no_fee" not in values(analyse(catalogue, text), CRITERION)
