"""Subcontracting read from the right the provider keeps, and from a named stand-in.

- "We may use subcontractors", "le Prestataire peut faire appel à des sous-traitants", "our
  partner network, which we may choose and change": a right to subcontract with no consent,
  notice or list attached leaves the client no say (unrestricted). Any consent, notice or
  objection found in the document outranks it.
- "un confrère peut me remplacer. Je vous demanderai votre accord": a named stand-in, with the
  client's agreement asked first, is subcontracting with named consent.

Each test writes its own sentences, French and English, and near misses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "We may use subcontractors for parts of the work and remain responsible for them.",
        "The Supplier can engage third-party contractors, such as cabling firms, for site work.",
        "Le Prestataire peut faire appel à des sous-traitants pour tout ou partie des prestations.",
        "Les interventions sur site sont assurées par notre réseau de partenaires, que nous "
        "pouvons choisir librement.",
    ],
)
def test_a_bare_right_to_subcontract_is_unrestricted(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "scope.subcontracting") == ["unrestricted"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "We may not use subcontractors for any part of the service.",
        "We may use subcontractors only with your prior written consent.",
        "Le Prestataire peut recourir à des sous-traitants après en avoir informé le Client, "
        "qui peut s'y opposer.",
    ],
)
def test_a_denied_or_conditioned_right_is_not_unrestricted(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "unrestricted" not in values(analyse(catalogue, paragraph), "scope.subcontracting")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Pendant mes congés, un confrère, Marc Dulac, peut me remplacer. Je vous demanderai "
        "votre accord avant de lui ouvrir l'accès.",
        "En cas d'absence, ma collègue Anne Rivière me remplace. Elle n'intervient qu'avec votre "
        "autorisation.",
        "When I am away, a fellow technician, Sam Doyle, stands in for me. I will ask for your "
        "approval before he connects.",
        "A named substitute, Ciara Walsh, covers for us during holidays. Your consent is "
        "requested first.",
    ],
)
def test_a_named_stand_in_with_consent_is_named_consent(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.subcontracting") == ["named_consent"]


def test_a_stand_in_without_consent_is_not_named_consent(catalogue: Catalogue) -> None:
    # near miss: nobody asks the client
    report = analyse(
        catalogue, "Pendant mes congés, un confrère peut me remplacer. Il a accès à vos serveurs."
    )
    assert "named_consent" not in values(report, "scope.subcontracting")
