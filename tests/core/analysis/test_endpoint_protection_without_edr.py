"""Endpoint protection that is only an antivirus, an anti-malware or a generic "endpoint
security" is no EDR.

"Les postes sont équipés de notre antivirus", "the Supplier maintains anti-malware
protection on every laptop", "protected with endpoint security": a classic protection is
provided, not an EDR (``security.edr`` = false). Near misses: an antivirus with an EDR, an
EDR provided. Each test writes its own sentences, French and English.
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


@pytest.mark.parametrize(
    "sentence",
    [
        "We keep every laptop protected with endpoint security software.",
        "Our endpoint protection is installed on all your devices.",
        "La protection des postes est assurée par une solution installée par nos soins.",
        "Nous assurons la protection de vos terminaux, mise en place dès le démarrage.",
    ],
)
def test_a_generic_endpoint_protection_is_no_edr(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.edr") == [False]


def test_an_endpoint_protection_with_an_edr_elsewhere_is_an_edr(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Endpoint protection is installed on every laptop.",
        "An EDR agent watched by our SOC runs on every server and laptop.",
    )
    assert values(report, "security.edr") == [True]
