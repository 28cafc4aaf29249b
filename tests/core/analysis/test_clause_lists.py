"""Clauses named only as items of a list of services, and options the client has not taken.

A sentence that lists what the contract covers ("service desk, patching, backup management
and hosting") names backups without saying what is backed up or how it is checked; a backup of
Microsoft 365 sold as an option, or said not to be part of the backup, does not put it in the
backup's scope. Each test writes its own sentences.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "listing",
    [
        "The contract covers user support, Microsoft 365 administration, backup management, "
        "monitoring and network care.",
        "Le contrat couvre l'assistance, la gestion de Microsoft 365, les sauvegardes et la "
        "supervision.",
        "Inventaire : 12 postes, un serveur, le NAS de sauvegarde, les comptes Microsoft 365 et "
        "le pare-feu.",
    ],
)
def test_a_list_of_services_says_neither_scope_nor_monitoring(
    catalogue: Catalogue, listing: str
) -> None:
    report = analyse(catalogue, listing, "The file server is backed up every night.")
    assert values(report, "backup.scope") == ["servers_only"]
    assert values(report, "backup.monitoring") == []


@pytest.mark.parametrize(
    "option",
    [
        "Backing up the Microsoft 365 mailboxes is an optional service the client has not ordered.",
        "Une sauvegarde des boîtes Microsoft 365 est proposée en option.",
        "Les données Microsoft 365 ne sont pas comprises dans cette sauvegarde.",
        "Backups of SharePoint and OneDrive are not covered by this agreement.",
    ],
)
def test_a_saas_backup_sold_as_an_option_or_left_out_is_not_in_scope(
    catalogue: Catalogue, option: str
) -> None:
    report = analyse(catalogue, "Les serveurs sont sauvegardés toutes les nuits.", option)
    assert values(report, "backup.scope") == ["servers_only"]


def test_servers_and_saas_backed_up_together_are_all_systems(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Servers, laptops and the Microsoft 365 mailboxes, OneDrive and Teams are backed up "
        "every four hours.",
    )
    assert values(report, "backup.scope") == ["all_systems_and_saas"]


def test_backups_monitored_in_a_sentence_of_their_own_are_monitored(
    catalogue: Catalogue,
) -> None:
    report = analyse(catalogue, "Every backup job is monitored and its result is recorded.")
    assert values(report, "backup.monitoring") == ["monitored"]
