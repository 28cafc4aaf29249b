"""Whose figure it is, for costs, backups and recovery targets: a line of a price table
against its total, a generation of a backup rotation against the history it gives, a recovery
target of a lesser service against the essential services' one.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


def _with_rows(catalogue: Catalogue, *blocks: tuple[str, bool]) -> AnalysisReport:
    """Analyse paragraphs and table rows (``True``) in order."""
    made = [Block(text, f"§ {n}", row) for n, (text, row) in enumerate(blocks, start=1)]
    return analyze_text(DocumentText(blocks=made, pages=1, kind="text", name="t.txt"), catalogue)


# --- 1. The lines of a price table and their total ----------------------------------------


@pytest.mark.parametrize(
    ("rows", "total_line", "total"),
    [
        (
            [
                "Désignation : Support des postes | Nombre : 18 | Prix unitaire mensuel : "
                "45,00 € HT | Total mensuel : 810,00 € HT",
                "Désignation : Hébergement du serveur | Nombre : 1 | Prix unitaire mensuel : "
                "210,00 € HT | Total mensuel : 210,00 € HT",
            ],
            "Le forfait mensuel total est donc de 1 020,00 € HT.",
            1020,
        ),
        (
            [
                "Item: Desktop support | Quantity: 30 | Unit price per month: EUR 40.00 | "
                "Monthly total: EUR 1,200.00",
                "Item: Firewall management | Quantity: 1 | Unit price per month: EUR 150.00 | "
                "Monthly total: EUR 150.00",
            ],
            "The total monthly charge is therefore EUR 1,350.00.",
            1350,
        ),
    ],
)
def test_the_lines_of_a_price_table_give_way_to_its_total(
    catalogue: Catalogue, rows: list[str], total_line: str, total: float
) -> None:
    """Every row repeats the column name "total": only the row or sentence whose own label
    is the total gives the monthly fee; the unit prices and line totals are its parts."""
    report = _with_rows(catalogue, *((r, True) for r in rows), (total_line, False))
    assert values(report, "costs.pricing_model", "monthly_fee") == [total]


def test_a_total_row_of_a_price_table_is_the_fee(catalogue: Catalogue) -> None:
    report = _with_rows(
        catalogue,
        (
            "Package: Standard desk | Price per seat per month: EUR 55.00 | Seats: 20 | "
            "Monthly amount: EUR 1,100.00",
            True,
        ),
        ("Package: Total monthly fees | Seats: 20 | Monthly amount: EUR 1,100.00", True),
    )
    assert values(report, "costs.pricing_model", "monthly_fee") == [1100]


# --- 2. A backup rotation: the longest generation is the history --------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Nightly backups are retained for fourteen (14) days and monthly backups for "
            "twelve (12) months.",
        ),
        (
            "Rotation des sauvegardes :",
            "- sauvegardes journalières : conservées 21 jours ;",
            "- sauvegardes mensuelles : conservées un an.",
        ),
    ],
)
def test_a_backup_rotation_keeps_its_longest_generation(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert answer(report, "backup.retention_days").value == 365


def test_a_plain_retention_is_read_as_written(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Les sauvegardes sont conservées 30 jours sur un NAS.")
    assert answer(report, "backup.retention_days").value == 30


def test_a_generation_kept_does_not_set_the_backup_rhythm(catalogue: Catalogue) -> None:
    """ "Daily backups: kept 30 days" names a generation to say how long it is kept; the
    backups run at the interval stated elsewhere."""
    report = analyse(
        catalogue,
        "Les serveurs sont sauvegardés toutes les quatre (4) heures.",
        "- sauvegardes quotidiennes : conservées trente (30) jours ;",
    )
    assert answer(report, "backup.frequency").value == 240


def test_a_generation_alone_still_gives_the_rhythm(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Daily backups are kept for 30 days.")
    assert answer(report, "backup.frequency").value == 1440


# --- 3. Recovery targets set service by service -------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Les objectifs de reprise sont définis par application :",
            "- gestion commerciale : RTO de 2 heures, RPO de 30 minutes ;",
            "- intranet : RTO de 12 heures, RPO de 8 heures ;",
            "- archives : RTO de 72 heures, RPO de 24 heures.",
        ),
        (
            "The RTO and RPO are set per service:",
            "- Order management: RTO 2 hours, RPO 30 minutes;",
            "- Intranet: RTO 12 hours, RPO 8 hours.",
        ),
    ],
)
def test_per_service_targets_give_the_essential_services_figures(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert answer(report, "continuity.rto").value == 120
    assert answer(report, "continuity.rpo").value == 30
