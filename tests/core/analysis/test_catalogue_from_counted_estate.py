"""The service catalogue read from a count of the client's devices or users (catalogue_counts.py).

A count of what the service covers makes the catalogue a full inventory; a threshold, a price
per unit, a backup statement or an option not taken does not. An inventory only pointed at
(an annex not reproduced) with no count leaves a list of services.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CATALOGUE = "scope.service_catalogue"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The managed service is provided for the 48 staff of the Customer's two offices.",),
        (
            "Scope",
            "We look after your twelve laptops, the file server and the office Wi-Fi, and "
            "answer your users' calls.",
        ),
        ("Le forfait d'assistance porte sur les 23 postes de travail et le serveur du cabinet.",),
        (
            "Objet",
            "Le Prestataire assure la maintenance du réseau, de la messagerie et des "
            "dix-sept ordinateurs portables de l'association.",
        ),
    ],
)
def test_a_count_of_the_estate_is_a_full_inventory(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CATALOGUE) == ["full_inventory"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Priority 1: an outage that stops more than 10 users from working.",),
        ("Each additional user is charged EUR 14 per user per month.",),
        ("The Provider backs up the Client's two servers every night at 22:00.",),
        ("The Advanced plan for 40 users is shown for comparison; it was not selected.",),
        ("Au-delà de 25 postes, une remise de 5 % s'applique sur le prix unitaire.",),
        ("Priorité 2 : au moins 3 utilisateurs ne peuvent plus travailler.",),
        ("Par exemple, un client de 30 postes paie environ 900 € par mois.",),
        ("La formule Sérénité est proposée pour un parc de quinze postes au plus.",),
    ],
)
def test_no_count_of_this_client_estate_gives_no_inventory(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "full_inventory" not in values(analyse(catalogue, *paragraphs), CATALOGUE)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "1. Scope",
            "The Provider manages the Customer's laptops, servers and network equipment listed "
            "in Appendix 3 (Asset Register).",
        ),
        (
            "1. Objet",
            "Le Prestataire assure l'exploitation des postes, des serveurs et du réseau du "
            "Client recensés dans l'inventaire joint en annexe 2.",
        ),
        (
            '"Managed Devices" means the routers, switches and firewalls listed in Annex A.',
            "4. Services",
            "The Provider monitors the Managed Devices, applies their updates, keeps their "
            "configuration backups and reports every month.",
        ),
    ],
)
def test_an_inventory_only_pointed_at_leaves_a_list(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CATALOGUE) == ["list_only"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "1. Scope",
            "The Provider manages the Customer's laptops, servers and network equipment listed "
            "in Appendix 3 (Asset Register).",
            "Appendix 3 — Covered equipment",
            "Laptop | Dell Latitude 5440 | Office",
        ),
        (
            "1. Objet",
            "Le Prestataire assure l'exploitation des postes, des serveurs et du réseau du "
            "Client recensés dans l'inventaire joint en annexe 2.",
            "Annexe 2 — Parc couvert",
            "Serveur | HPE ML350 | Salle technique",
        ),
    ],
)
def test_an_inventory_reproduced_under_its_title_stays_full(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CATALOGUE) == ["full_inventory"]
