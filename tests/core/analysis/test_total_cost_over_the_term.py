"""Whether the total cost over the term can be worked out (``costs.tco_computable``): derived
from what the other clauses priced (``total_cost.py``), never from a sentence of its own.

Each test writes its own short contract, French and English: a monthly fee, a term, the
set-up, how prices may change and what leaving costs. Near misses: no fee written. A fee
with no term, or with no word on leaving, is read in
``test_total_cost_with_no_term_or_no_exit_charge.py``.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "costs.tco_computable"

_FR_TERM = "Le contrat est conclu pour une durée initiale de trente-six (36) mois."
_FR_FEES = (
    "La redevance mensuelle forfaitaire s'élève à 2 340 € HT. Les frais de mise en service "
    "s'élèvent à 1 900 € HT, payables à la signature."
)
_EN_TERM = "This Agreement has an initial term of twenty-four (24) months."
_EN_FEES = "The Monthly Fee is EUR 3,150 excluding VAT. The one-off onboarding fee is EUR 1,250."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _FR_TERM,
            _FR_FEES,
            "Les prix sont révisés chaque année selon l'indice Syntec, dans la limite de 3 % "
            "par an.",
            "La réversibilité est facturée au forfait de 2 800 € HT.",
        ),
        (
            _FR_TERM,
            _FR_FEES,
            "La restitution des données en fin de contrat est incluse dans la redevance, sans "
            "frais supplémentaires.",
        ),
        (
            _EN_TERM,
            _EN_FEES,
            "Fees may be adjusted once a year by the change in CPI, capped at 4 %.",
            "Exit assistance is charged at the hourly rate and capped at EUR 6,000 in total.",
        ),
        (
            _EN_TERM,
            _EN_FEES,
            "On termination, the Provider shall return all Customer Data at no additional charge.",
        ),
    ],
)
def test_every_item_priced_or_capped_makes_the_total_computable(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["computable"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _FR_TERM,
            _FR_FEES,
            "Les prestations de réversibilité sont facturées sur devis.",
        ),
        (
            _FR_TERM,
            _FR_FEES,
            "L'assistance à la réversibilité fait l'objet d'un devis séparé.",
        ),
        (
            _EN_TERM,
            _EN_FEES,
            "Exit assistance is charged at the Provider's then-current rates.",
        ),
        (
            _EN_TERM,
            _EN_FEES,
            "Transition assistance at the end of the Agreement is billed on a time and "
            "materials basis at the rates then in force.",
        ),
    ],
)
def test_an_open_exit_or_prices_at_will_leave_the_total_partly_computable(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["partly"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # no fee written: the prices are in an order form the reader does not have
        (
            _FR_TERM,
            "Les prix sont révisés chaque année selon l'indice Syntec, dans la limite de 3 %.",
            "La réversibilité est facturée au forfait de 2 800 € HT.",
        ),
        (
            _EN_TERM,
            "The fees are set out in the Order Form.",
            "Exit assistance is included in the Monthly Fee.",
        ),
    ],
)
def test_without_a_written_fee_nothing_is_recorded(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == []
