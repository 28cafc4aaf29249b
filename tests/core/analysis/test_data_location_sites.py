"""Where the data are kept, read from the sites a contract names (``data.location`` rules).

Reading habits: data that "stay in" named EU data centres, or copies "replicated to" a named
EU site, are kept in the EU at named sites (``eu_named``); data hosted in the United Kingdom
(London, Manchester) are kept outside the EU (``unknown_or_non_eu``). Near misses: a team or
an office in London is not where the data are; data said never to leave for the UK. Every
clause is written for these tests.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "text",
    [
        "Your mailboxes stay in Microsoft's EU datacentres (Frankfurt and Paris).",
        "Each night the backups are replicated to our second site in Lyon, France.",
        "Les sauvegardes sont répliquées vers notre centre de Strasbourg chaque nuit.",
        "Vos données restent en France, dans notre datacentre de Rennes.",
        # the singular, and a word between the verb and where the copies go
        "Votre messagerie reste en France, à Rennes.",
        "The backups are replicated nightly to our second site in Lyon, France.",
        "Les sauvegardes sont répliquées chaque nuit vers notre site de Lyon.",
    ],
)
def test_named_eu_sites(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "data.location") == ["eu_named"]


@pytest.mark.parametrize(
    "text",
    [
        "Customer data is hosted in the Provider's data centre in London.",
        "All backups are stored in our Manchester facility.",
        "Les données du Client sont hébergées au Royaume-Uni, à Londres.",
        "Les serveurs sont situés en Angleterre, dans le centre de données du Prestataire.",
    ],
)
def test_hosting_in_the_united_kingdom_is_outside_the_eu(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "data.location") == ["unknown_or_non_eu"]


@pytest.mark.parametrize(
    "text",
    [
        "Our support team is based in London; the data are hosted in Dublin.",
        "Notre équipe support est basée à Londres ; les données sont hébergées à Paris.",
        "Customer data is never stored in the United Kingdom; it is hosted in Amsterdam.",
    ],
)
def test_an_office_or_a_denial_is_not_where_the_data_are(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "data.location") == ["eu_named"]


@pytest.mark.parametrize(
    "text",
    [
        # someone who stays somewhere is not where the data are
        "The Customer's project manager stays in Lyon during the migration.",
        "Our engineer stays in Paris for the go-live week.",
        "Nos techniciens restent à Lyon pendant la migration.",
    ],
)
def test_people_who_stay_somewhere_give_no_site(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "data.location") == []


@pytest.mark.parametrize(
    "text",
    [
        # the company's own address is not where it keeps the data
        "Albion Desk Ltd, located in Manchester, hosts the Customer's data in its Dublin "
        "datacentre.",
        "The Provider, a company located in London, hosts all data in Frankfurt, Germany.",
        "Le Prestataire, société située à Londres, héberge les données à Francfort (Allemagne).",
    ],
)
def test_a_company_located_in_the_uk_hosting_in_the_eu(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "data.location") == ["eu_named"]
