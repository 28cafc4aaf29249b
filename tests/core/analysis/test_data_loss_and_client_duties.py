"""Two reading habits, read for the whole family of their wordings.

- Data loss said to be no indirect loss, or to be a direct loss, is covered by the provider's
  liability: the word "indirect" named only to deny it excludes nothing.
- The client's reasonable duties: the client "shall name" a contact or a manager and give
  access to its offices or systems, in whatever words and order.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "Loss of the Customer's data caused by the Supplier is not an indirect loss for the "
        "purposes of this clause.",
        "Any loss or corruption of Client data resulting from a failed backup is a direct loss "
        "of the Client.",
        "La perte de données du Client imputable au Prestataire n'est pas un préjudice indirect.",
        "Les pertes de données causées par un défaut de sauvegarde sont des dommages directs.",
    ],
)
def test_data_loss_said_to_be_direct_is_covered(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "liability.data_loss") == ["covered"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Prestataire n'est pas responsable des pertes de données, qui constituent un "
        "préjudice indirect.",
        "The Provider shall not be liable for any loss of data, which is an indirect loss.",
    ],
)
def test_data_loss_said_to_be_indirect_stays_excluded(catalogue: Catalogue, paragraph: str) -> None:
    # near-miss: the same words, without the denial of "indirect"
    assert values(analyse(catalogue, paragraph), "liability.data_loss") == ["excluded"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Customer shall appoint an office manager as its single contact and give the "
        "engineers access to the server room on request.",
        "4.1 The Client will nominate a deputy IT lead and provide access to its systems for "
        "remote support.",
        "Le Client désigne un référent informatique et donne au Prestataire accès à ses locaux "
        "pendant les heures d'ouverture.",
        "Obligations du Client : il désigne un correspondant et assure l'accès aux salles "
        "techniques.",
    ],
)
def test_a_named_contact_and_access_are_reasonable_client_duties(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.client_obligations") == ["reasonable"]


def test_the_providers_own_contact_is_no_client_duty(catalogue: Catalogue) -> None:
    # near-miss: the provider names a contact; nothing is asked of the client
    report = analyse(
        catalogue, "The Provider shall appoint a service manager as the Customer's contact."
    )
    assert values(report, "scope.client_obligations") == []
