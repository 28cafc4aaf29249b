"""What the service catalogue is, read for the whole family of its wordings.

- A list without an inventory: the services or the package "cover" the workstations, servers
  and mail named one after the other, the provider "shall provide the following services: ...",
  "Le forfait comprend :" before its bullets.
- A full inventory: the covered items are "listed on the attached sheet", or counted ("the 30
  workstations", "les douze postes"); an annex only pointed at ("all as set out in Schedule 3")
  holds no inventory in the document (CONVENTIONS.md): a list.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "The services cover the servers, the firewalls and the mailboxes of the Customer, all "
        "as set out in Schedule 3.",
        "Le contrat couvre les postes, les serveurs et les équipements réseau, tous recensés en "
        "annexe 2.",
        "The Supplier will deliver the following services to the Customer: help desk; patching "
        "of servers; antivirus; nightly backup.",
        "L'abonnement Essentiel inclut :",
    ],
)
def test_a_list_of_what_is_covered_without_an_inventory_is_list_only(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.service_catalogue") == ["list_only"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The contract covers the 18 laptops and the server listed on the enclosed sheet, the "
        "network and the printers.",
        "Le contrat couvre les douze postes de l'accueil et du secrétariat, le serveur de "
        "fichiers, la messagerie et les deux imprimantes.",
        "The agreement covers the 30 workstations of the head office, the two servers in the "
        "comms room, e-mail and the office network.",
        "Les équipements couverts sont identifiés sur la fiche jointe, poste par poste.",
    ],
)
def test_covered_items_referred_to_their_list_are_a_full_inventory(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.service_catalogue") == ["full_inventory"]


def test_a_fee_that_covers_one_thing_is_no_catalogue(catalogue: Catalogue) -> None:
    # near-miss: "covers" said of a price and a single unit, with no list of items
    report = analyse(catalogue, "The monthly fee covers the support of each user.")
    assert values(report, "scope.service_catalogue") == []
