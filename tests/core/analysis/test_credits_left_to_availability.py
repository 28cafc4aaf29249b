"""Whether a missed delay costs the provider anything (``availability.credits_on_response``):
a denial said of the times in French ("il n'y a pas de pénalités"), of a target missed, or of
the whole contract; and a credit ladder written for availability alone, with committed delays
elsewhere and no credit on them, which leaves the delays without penalty.

Each test writes its own sentences, French and English, with near misses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "availability.credits_on_response"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Nous intervenons en obligation de moyens. Il n'y a pas de pénalités en cas de "
         "dépassement des délais.",),
        ("Les niveaux de service sont des objectifs : aucun avoir n'est dû si un objectif n'est "
         "pas atteint.",),
        ("The service levels are aims, and no service credits are payable if a target is "
         "missed.",),
        ("Resolution times are targets, not guarantees. No service credits apply under this "
         "agreement.",),
    ],
)  # fmt: skip
def test_a_denial_said_of_the_times_or_of_the_whole_contract(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    """A document that gives no credit and says so: none_or_token under the credit ladder and
    no credits_on_response (CONVENTIONS.md)."""
    report = analyse(catalogue, *paragraphs)
    assert values(report, CRITERION) == []
    assert values(report, "availability.credit_ladder") == ["none_or_token"]


_EN_TIMES = "P1 incidents: response within 1 hour and restoration within 4 hours."
_FR_TIMES = "Priorité 1 : délai d'intervention de 2 heures, délai de rétablissement de 8 heures."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_EN_TIMES, "If availability in a month falls below 99.9%, the Customer is entitled "
         "to a credit of 10% of the monthly fee; below 99%, the credit is 20%."),
        (_FR_TIMES, "Si la disponibilité mensuelle est inférieure à 99,8 %, le Client obtient "
         "un avoir de 5 % de la redevance du mois ; en dessous de 99 %, l'avoir est de 15 %."),
    ],
)  # fmt: skip
def test_a_ladder_on_availability_alone_leaves_the_delays_without_penalty(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["availability_only"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a credit on the times as well: one per late restoration
        (_EN_TIMES, "If availability in a month falls below 99.9%, the Customer is entitled "
         "to a credit of 10% of the monthly fee.", "For each P1 incident not restored within "
         "4 hours, a credit of 5% of the monthly fee applies."),
        (_FR_TIMES, "Si la disponibilité mensuelle est inférieure à 99,8 %, le Client obtient "
         "un avoir de 5 % de la redevance.", "Chaque dépassement du délai de rétablissement "
         "donne lieu à une pénalité de 2 % de la redevance mensuelle."),
        # a ladder but no delay committed: nothing to say of the delays
        ("If availability in a month falls below 99.9%, the Customer is entitled to a credit "
         "of 10% of the monthly fee.",),
        # the denial is said of availability, not of the times
        ("Availability is a target of 99.5 %. No credits apply to availability under this "
         "agreement.",),
    ],
)  # fmt: skip
def test_credits_on_the_times_or_a_denial_of_something_else_are_not_availability_only(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "availability_only" not in values(analyse(catalogue, *paragraphs), CRITERION)
