"""Backup copies counted without the original (backup_copy_count.py): a second copy named makes
3-2-1 (immutable when that copy is locked or offline and taken), backups sent to one place,
however far, are one copy.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

COPIES = "backup.copies"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Les postes et le serveur sont sauvegardés chaque soir sur le NAS du bureau. Une "
            "copie est ensuite transférée vers notre centre de données de Nantes.",
        ),
        (
            "La sauvegarde nocturne du serveur est conservée sur site, avec une copie "
            "externalisée à Lille chaque semaine.",
        ),
        (
            "Backups of the file server are written to a local appliance and replicated every "
            "night to our data centre in Leeds.",
        ),
        ("Backups are stored in our data centres in Dublin and Cork.",),
        # the backup, then a copy of it sent on: two copies
        (
            "Le serveur et le NAS sont sauvegardés chaque nuit. Une copie chiffrée part ensuite "
            "dans notre salle serveur.",
        ),
    ],
)
def test_a_second_copy_named_is_three_two_one(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), COPIES) == ["three_two_one"]


def test_a_second_copy_locked_is_immutable(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Backups are kept on a NAS in the office and copied to cloud storage every night. "
        "The cloud copy is immutable for 30 days.",
    )
    assert values(report, COPIES) == ["three_two_one_immutable"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("We back up your server every night and keep the backups off-site.",),
        ("Server backups are retained for 30 days in our second data centre in Leeds.",),
        (
            "Le serveur est sauvegardé chaque nuit vers notre infrastructure externalisée "
            "hébergée à Strasbourg.",
        ),
        (
            "Les données sont hébergées dans notre centre de Lyon, avec des sauvegardes dans "
            "notre site secondaire de Grenoble.",
        ),
        ("We keep our backups in the cloud provider's Paris region.",),
        ("Les serveurs sont sauvegardés chaque soir vers la plateforme de notre hébergeur.",),
    ],
)
def test_backups_sent_to_one_place_are_one_copy(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), COPIES) == ["single_copy"]


def test_a_copy_offered_to_the_client_is_not_kept(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Backups go to our data centre in Leeds. A replicated copy in a second region was "
        "offered to the Customer for EUR 40 a month.",
    )
    assert values(report, COPIES) == ["single_copy"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Backups are sent to our data centre in Leeds.",
            "Signed in two copies.",
            "Fait à Lille, en deux exemplaires originaux.",
        ),
        (
            "Backups are sent to our data centre in Leeds. An immutable copy can be added as "
            "an option; the Client has not ordered it.",
        ),
    ],
)
def test_signed_copies_and_options_are_no_second_copy(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    # the backups sent to one place remain one copy
    assert values(analyse(catalogue, *paragraphs), COPIES) == ["single_copy"]
