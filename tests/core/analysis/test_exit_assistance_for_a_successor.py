"""Exit assistance given so that the client or a new provider can take over the services is
reasonable knowledge-transfer assistance (rules.json, reversibility.knowledge_transfer).

A careful reader records "reasonable assistance" when the exit clause has the provider help
transfer the services to the client or to a successor, or hold hand-over meetings with the
new provider, without a number of days; exit work that transfers nothing to anyone, or
denied assistance, is not it.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

TRANSFER = "reversibility.knowledge_transfer"


@pytest.mark.parametrize(
    "paragraph",
    [
        "On expiry, the Supplier shall provide reasonable assistance to transfer the managed "
        "services to the Client or to a replacement provider.",
        "The exit assistance includes the return of the data and hand-over meetings with the "
        "incoming provider.",
        "À la fin du contrat, le Titulaire accompagne le Client pendant deux mois pour "
        "transférer l'exploitation au prestataire de son choix.",
        "En fin de contrat, le Prestataire assiste le Client afin de transférer le service à "
        "son successeur.",
    ],
)
def test_assistance_to_hand_the_services_to_a_successor_is_reasonable(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), TRANSFER) == ["reasonable"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # exit work with no successor to hand anything to
        "On expiry, the Supplier shall assist the Client to transfer the data to its own "
        "storage account within 30 days.",
        # denied
        "No assistance is given to transfer the services to a new provider.",
        "Le Prestataire n'apporte aucune aide pour transférer le service à un nouveau prestataire.",
        # assistance of another kind
        "Le Prestataire assiste le Client pour la migration des postes vers Windows 11.",
    ],
)
def test_no_successor_or_denied_assistance_is_not_reasonable_assistance(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "reasonable" not in values(analyse(catalogue, paragraph), TRANSFER)
