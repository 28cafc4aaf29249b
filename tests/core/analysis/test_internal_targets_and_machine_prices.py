"""An internal target is no availability commitment, and a price per virtual machine or per
instance is a unit price, not the fee (rules.json ``commitment_denied``; ``fees.py``)."""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "sentence",
    [
        "Disponibilité du portail : objectif interne de 99,5 % par mois, mesuré par nos outils.",
        "La disponibilité visée de 99,8 % est un objectif interne du Prestataire.",
        "Portal availability: internal target of 99.5% per month.",
        "Our internal objective is an availability of 99.9% for the hosted platform.",
    ],
)
def test_an_internal_target_is_no_availability_commitment(
    catalogue: Catalogue, sentence: str
) -> None:
    assert values(analyse(catalogue, sentence), "availability.commitment") == []


def test_a_committed_availability_still_counts(catalogue: Catalogue) -> None:
    sentence = "Le Prestataire s'engage sur une disponibilité de 99,9 % par mois."
    assert values(analyse(catalogue, sentence), "availability.commitment") == [99.9]


def _with_row(catalogue: Catalogue, row: str, after: str) -> list[object]:
    """The monthly fees read from a price-table row and a sentence after it."""
    blocks = [Block(row, "tab. 1, l. 2", table_row=True), Block(after, "§ 2")]
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt")
    report = analyze_text(document, catalogue)
    return [f.value for f in report.findings if f.kind == "monthly_fee"]


@pytest.mark.parametrize(
    "row",
    [
        "Service : Cloud hosting, per virtual machine per month | Price : EUR 140",
        "Prestation : Hébergement, par machine virtuelle et par mois | Prix : 140 €",
        "Item : Managed database, per instance | Monthly : EUR 140",
        "Élément : Supervision, par VM | Mensuel : 140 €",
    ],
)
def test_a_price_per_machine_is_no_monthly_fee(catalogue: Catalogue, row: str) -> None:
    fees = _with_row(catalogue, row, "The monthly charge is EUR 2,340 excluding VAT.")
    assert 140 not in fees and 2340 in fees


def test_a_row_priced_for_the_whole_service_stays_a_fee(catalogue: Catalogue) -> None:
    row = "Service : Cloud hosting, all virtual machines | Monthly price : EUR 1,400"
    assert 1400 in _with_row(catalogue, row, "Invoices are sent monthly.")
