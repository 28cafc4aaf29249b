"""Endpoint protection that is only an antivirus or an anti-malware is no EDR.

"Les postes sont équipés de notre antivirus", "the Supplier maintains anti-malware
protection on every laptop": a classic antivirus is provided, not an EDR
(``security.edr`` = false). Near misses: an antivirus with an EDR, an EDR provided. Each
test writes its own sentences, French and English.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "sentence",
    [
        "Vos ordinateurs sont équipés de notre antivirus géré, mis à jour chaque jour.",
        "Un anti-malware est installé sur chaque poste et chaque serveur.",
        "We maintain anti-malware protection on every laptop and server we support.",
        "Each workstation runs our managed antivirus.",
    ],
)
def test_an_antivirus_or_an_anti_malware_is_no_edr(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.edr") == [False]


@pytest.mark.parametrize(
    "sentence",
    [
        "Chaque poste est protégé par un antivirus géré doublé d'un EDR supervisé.",
        "We deploy and monitor an EDR agent on every endpoint.",
    ],
)
def test_an_edr_provided_is_an_edr(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.edr") == [True]
