"""The service catalogue read from the clause that says what is provided (scope_clause.py).

A clause titled "Services", "Scope", "Prestations comprises" or "Objet et périmètre", or a
definition of the service, that names several services with no inventory is a list without
inventory; a title alone, one product, a clause sending the reader to an annexed list or
counting the equipment item by item is not.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CATALOGUE = "scope.service_catalogue"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "2. Services",
            "The Provider runs the service desk, the patching of the laptops, the e-mail "
            "filtering and the nightly backup of the file servers.",
        ),
        (
            "Scope of the services",
            "Brackwater provides: hosting of the booking application, administration of its "
            "database, monitoring around the clock and a monthly report.",
        ),
        (
            "3. Prestations comprises",
            "Le forfait comprend l'assistance aux utilisateurs, la supervision du serveur, la "
            "gestion de l'antivirus et la sauvegarde quotidienne du NAS.",
        ),
        (
            "Article 1 - Objet et périmètre",
            "Le présent contrat porte sur l'hébergement du logiciel de caisse, "
            "l'administration de la messagerie et le support des utilisateurs du siège.",
        ),
        (
            "1. Definitions",
            '"Service" means the planning web application, its mobile app and the support '
            "described in clause 6.",
        ),
    ],
)
def test_services_named_in_the_scope_clause_are_a_list(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CATALOGUE) == ["list_only"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # one product for a number of users: no list
        ("2. Services", "The subscription gives access to the planning application for 40 users."),
        # the clause sends the reader to an annex that lists the services and the equipment
        (
            "2. Services",
            "The Provider shall provide the managed services described in Schedule 2, for the "
            "sites, the laptops and the servers listed there.",
        ),
        # the equipment counted item by item: the clause is an inventory
        (
            "3. Périmètre",
            "Le contrat couvre la téléphonie et le réseau : 40 postes téléphoniques, 3 "
            "routeurs, 3 commutateurs, 2 pare-feux et 12 bornes wi-fi sur 3 sites.",
        ),
        # a heading that is not the scope clause
        (
            "7. Charges",
            "The charges cover the service desk, the patching, the backup and the reporting.",
        ),
    ],
)
def test_no_list_without_a_named_list_or_beside_an_annexed_inventory(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "list_only" not in values(analyse(catalogue, *paragraphs), CATALOGUE)
