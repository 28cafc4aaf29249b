"""A rotation's sentence that also says how long other records are kept (logs, e-mails,
invoices): those keepings are no backup history (``backup_rotations.py``)."""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        (
            "Daily backups are kept for 35 days and monthly backups for 12 months, and audit "
            "logs are retained for 7 years.",
            365,
        ),
        (
            "Les sauvegardes quotidiennes sont conservées 30 jours, les sauvegardes mensuelles "
            "12 mois ; les journaux d'audit sont conservés 5 ans.",
            365,
        ),
        (
            "Weekly backups are kept 8 weeks, while e-mails in the archive are kept for 10 years.",
            56,
        ),
        (
            "Les sauvegardes hebdomadaires sont conservées 8 semaines et les factures 10 ans.",
            56,
        ),
    ],
)
def test_other_records_kept_longer_are_not_the_backup_history(
    catalogue: Catalogue, sentence: str, days: int
) -> None:
    assert values(analyse(catalogue, sentence), "backup.retention_days") == [days]


def test_a_yearly_backup_generation_still_counts(catalogue: Catalogue) -> None:
    sentence = "Daily backups are kept 30 days and yearly backups 7 years, logs included."
    assert values(analyse(catalogue, sentence), "backup.retention_days") == [2555]
