"""The exit price follows the core handover (exit_core_price.py): a handover owed at the end with
only further help priced on quote is included; a free or flat-priced handover is included or
fixed; exit work priced on quote with no handover owed stays open.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

EXIT = "reversibility.exit_price"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Au terme du contrat, le Prestataire restitue au Client toutes ses données et lui "
            "remet les mots de passe d'administration. Toute autre prestation de transition est "
            "facturée sur devis.",
        ),
        (
            "On termination we return all Customer data and hand over the admin passwords. Any "
            "additional exit help is charged at our then-current rates.",
        ),
        ("After you cancel, you can export all your data for free for 30 days as CSV files.",),
        (
            "À la fin du contrat, le Prestataire restitue les données sauvegardées au Client.",
            "La restitution est facturée forfaitairement 600 € HT.",
        ),
    ],
)
def test_the_core_handover_is_included_or_fixed(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), EXIT) == ["included_or_fixed"]


def test_exit_work_on_quote_with_no_handover_stays_open(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les prestations de réversibilité demandées par le Client sont facturées sur devis.",
    )
    assert values(report, EXIT) == ["unpriced"]


def test_a_handover_billed_by_time_is_not_included(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "On termination, the return of the data and the handover to the new provider are "
        "billed at our hourly rate.",
    )
    assert values(report, EXIT) == ["unpriced"]


def test_a_free_export_said_beside_the_end_is_included(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "You can export all your tickets and contacts at any time, for free, as CSV files. "
        "That includes after you cancel.",
    )
    assert values(report, EXIT) == ["included_or_fixed"]
