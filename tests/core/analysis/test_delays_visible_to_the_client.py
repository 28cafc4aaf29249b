"""How the support delays are measured (``support.sla_measurement``): a tool the client can
see for itself, whoever the contract names as reader: the client by its role ("le référent
de la commune", "the school", "chaque officine") or in the second person ("your portal"),
seeing the tickets' timestamps, the figures or the status page.

Each test writes its own sentences, French and English, with near misses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "support.sla_measurement"


@pytest.mark.parametrize(
    "text",
    [
        "Les délais sont mesurés par l'horodatage de l'outil de gestion des tickets, auquel le "
        "référent de la mairie dispose d'un accès en consultation permanent.",
        "Le prestataire mesure les délais dans son outil de tickets, auquel chaque officine "
        "accède en lecture.",
        "Every ticket shows its opening, response and closing timestamps in your portal.",
        "The school has continuous access to a live dashboard of service level performance in "
        "the service portal.",
    ],
)
def test_a_tool_the_client_reads_is_the_visible_tool_level(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), CRITERION) == ["tool_client_visible"]


@pytest.mark.parametrize(
    "text",
    [
        # the provider's own staff read the tool
        "Les techniciens du prestataire accèdent à l'outil de tickets pour suivre les délais.",
        "Our engineers track every ticket and its timestamps in our service desk tool.",
        # a dashboard of something else than the delays
        "Your portal shows the list of your backups and their status.",
        "Le tableau de bord de la sauvegarde est consultable par le référent.",
    ],
)
def test_a_tool_only_the_provider_reads_or_of_other_things_is_not_visible_delays(
    catalogue: Catalogue, text: str
) -> None:
    assert "tool_client_visible" not in values(analyse(catalogue, text), CRITERION)
