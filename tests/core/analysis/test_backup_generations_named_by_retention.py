"""Backups kept by generation, the generation named as a retention or by the keeping's rhythm.

Reading habit (``backup_rotations.py``): "30 jours en rétention quotidienne, puis 12 mois en
rétention mensuelle", "kept daily for 35 days and monthly for 12 months" describe one rotation
whose longest generation is the history the client can restore from; a single keeping is read
as it stands.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "Les sauvegardes sont conservées 30 jours en rétention quotidienne, puis 12 mois en "
            "rétention mensuelle.",
            365,
        ),
        ("Restore points are kept daily for 35 days and monthly for 12 months.", 365),
        ("Backups are kept for 30 days in daily retention and 7 years in yearly retention.", 2555),
        (
            "Les copies sont conservées 14 jours en rotation quotidienne et 8 semaines en "
            "rotation hebdomadaire.",
            56,
        ),
    ],
)
def test_the_longest_generation_is_the_retention(
    catalogue: Catalogue, sentence: str, days: int
) -> None:
    assert values(analyse(catalogue, sentence), "backup.retention_days") == [days]


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Les sauvegardes sont conservées 30 jours.", 30),
        ("Daily backups are retained for 14 days.", 14),
    ],
)
def test_a_single_keeping_stands(catalogue: Catalogue, sentence: str, days: int) -> None:
    assert values(analyse(catalogue, sentence), "backup.retention_days") == [days]
