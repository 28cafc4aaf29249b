"""A cap whose subject is liability for one kind of breach is not the general cap.

"The Provider's liability for breach of its data protection obligations is limited to EUR
500,000": a careful reader sees a cap of its own for personal data (a super-cap, the carve-out
the catalogue asks for), not the contract's cap amount. A breach of the contract itself ("for
breach of this Agreement") is every claim: that cap stays the general one.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

_GENERAL = (
    "Subject to the above, each party's total liability in any contract year is limited to the "
    "Charges paid in the twelve months before the claim."
)
_GENERALE = (
    "Pour le reste, la responsabilité totale du Prestataire est limitée aux sommes versées au "
    "cours des douze derniers mois."
)


@pytest.mark.parametrize(
    ("paragraph", "general"),
    [
        (
            "The Provider's liability for breach of its data protection obligations is limited "
            "to EUR 500,000 in aggregate.",
            _GENERAL,
        ),
        (
            "Liability of the Supplier in respect of any breach of clause 9 (Confidentiality) "
            "shall not exceed EUR 250,000.",
            _GENERAL,
        ),
        (
            "La responsabilité du Prestataire au titre d'un manquement à ses obligations en "
            "matière de protection des données personnelles est plafonnée à 300 000 €.",
            _GENERALE,
        ),
        (
            "La responsabilité de chaque partie en cas de violation de la confidentialité est "
            "limitée à 200 000 € par année contractuelle.",
            _GENERALE,
        ),
    ],
)
def test_a_cap_for_a_data_or_confidentiality_breach_is_a_super_cap(
    catalogue: Catalogue, paragraph: str, general: str
) -> None:
    report = analyse(catalogue, paragraph, general)
    assert values(report, "liability.cap", "cap_amount") == []
    assert values(report, "liability.cap") == [12]
    assert values(report, "liability.carve_outs") == ["uncapped_or_supercap"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Provider's liability for breach of this Agreement is limited to EUR 100,000.",
        "La responsabilité du Prestataire au titre du contrat est plafonnée à 100 000 €.",
    ],
)
def test_a_cap_for_breach_of_the_contract_is_the_general_cap(
    catalogue: Catalogue, paragraph: str
) -> None:
    # near miss: the breach named is the contract itself, every claim; its clause names no
    # exception, so nothing sits outside the cap (test_carve_outs_of_a_plain_cap.py)
    report = analyse(catalogue, paragraph)
    assert values(report, "liability.cap", "cap_amount") == [100000]
    assert values(report, "liability.carve_outs") == ["none"]
