"""Who has the last word on a priority level (``support.priority_definitions``): levels
defined by their impact ("all users", "a single user", "plus de la moitié des postes") are
written definitions; they become the objective grid only when the client sets the level,
may dispute it with its own choice applying, or an impact x urgency grid is named.

Each test writes its own sentences, French and English, with near misses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "support.priority_definitions"

_EN_LEVELS = (
    "Sev1: the whole office cannot work. Sev2: several users or a key system are affected. "
    "Sev3: a single user or a minor issue."
)
_FR_LEVELS = (
    "Priorité 1 : tous les utilisateurs sont bloqués. Priorité 2 : plusieurs utilisateurs "
    "sont gênés. Priorité 3 : un seul utilisateur est concerné."
)


@pytest.mark.parametrize("paragraphs", [(_EN_LEVELS,), (_FR_LEVELS,)])
def test_levels_defined_by_their_impact_are_written_definitions(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["written"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The customer's IT team sets the severity of each ticket it logs. If the provider "
         "disagrees, the customer's choice applies until the monthly review.", _EN_LEVELS),
        ("When you open a ticket, you choose its priority from the descriptions below.",
         _EN_LEVELS),
        ("La criticité est fixée à l'ouverture du ticket ; à défaut d'accord, la criticité "
         "demandée par le Client s'applique.", _FR_LEVELS),
        ("Where the Client disagrees with the priority given, the higher priority applies "
         "until the service manager has decided.", _FR_LEVELS),
    ],
)  # fmt: skip
def test_a_level_the_client_sets_or_disputes_is_the_objective_grid(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["objective_matrix"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # agreed between the parties, nobody's choice prevailing: still written definitions
        ("Chaque incident est classé d'un commun accord lors de l'appel, à partir des "
         "exemples ci-dessous.", _FR_LEVELS),
        # the client only reports; the provider's service desk grades
        ("The customer reports incidents by telephone; the service desk grades each one.",
         _EN_LEVELS),
    ],
)  # fmt: skip
def test_an_agreed_or_reported_level_is_not_the_clients_choice(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "objective_matrix" not in values(analyse(catalogue, *paragraphs), CRITERION)
