"""Backups named among the things the provider's monitoring watches are monitored
(backup.monitoring = monitored, CONVENTIONS.md: "checked or alerted on, without a delay").
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

MONITORING = "backup.monitoring"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Notre console surveille le serveur, le routeur et vos sauvegardes jour et nuit.",
        "Les postes, le NAS et les sauvegardes sont supervisés par notre outil en continu.",
        "Our platform monitors the firewall, the switches and the backups around the clock.",
        "The servers, the network and the backups are monitored by our RMM tool.",
    ],
)
def test_backups_in_the_list_of_supervised_items_are_monitored(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), MONITORING) == ["monitored"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The servers, the network and the backups are not monitored by the Provider.",
        "Le serveur, le pare-feu et la ligne 4G de secours sont supervisés.",
        "Sont compris : la supervision des serveurs, la mise à jour des postes, les sauvegardes.",
    ],
)
def test_denied_or_other_backups_are_not_monitored(catalogue: Catalogue, paragraph: str) -> None:
    assert "monitored" not in values(analyse(catalogue, paragraph), MONITORING)
