"""Exposure to non-EU law read from who the provider is (provider_law.py).

A provider of a country outside the EU serving an EU client, or a provider owned by a parent
outside the EU, puts the client's data under a foreign law: ``data.non_eu_law`` =
``non_eu_unmitigated``. Near misses: an EU provider, a client outside the EU served by an
EU provider, a client (not the provider) that is the subsidiary, a sub-processor outside the
EU. (By the reading conventions a provider registered outside the EU is exposed whoever its
client is: ``test_provider_seat.py``.) An EU company whose next sentence says it is
subject to no non-EU law is ``eu_entity_immune``. Each test writes its own clauses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "parties",
    [
        [
            "Entre Alpenwerk Informatique SA, société anonyme de droit suisse, route de Berne 8, "
            "1700 Fribourg, ci-après « le Prestataire »,",
            "et la société Menuiserie Corbin SARL, 4 rue du Lac, 74200 Thonon-les-Bains, "
            "ci-après « le Client ».",
        ],
        [
            "Le présent contrat est conclu entre Laurentide Numérique inc., 55 boulevard "
            "Charest, Québec, Canada (« nous »), et Fromages Delorme SAS, 12 place du Marché, "
            "25000 Besançon, France (« vous »).",
        ],
        [
            "This Agreement is made between Thamesgate Support Limited, a company registered in "
            'England and Wales, 3 Mill Lane, Reading (the "Provider"), and Brasserie Ketels '
            'NV, Gent, Belgium (the "Customer").',
        ],
        [
            "These terms apply between Northbeam Systems, Inc., a Delaware corporation with "
            'offices in Austin, Texas ("we", "us"), and Studio Marchetti SRL, Torino, '
            'Italy ("you").',
        ],
    ],
)
def test_a_provider_outside_the_eu_serving_an_eu_client(
    catalogue: Catalogue, parties: list[str]
) -> None:
    assert values(analyse(catalogue, *parties), "data.non_eu_law") == ["non_eu_unmitigated"]


@pytest.mark.parametrize(
    "group",
    [
        "Lindqvist Hosting AB is a Swedish company. It is a wholly owned subsidiary of Crestline "
        "Holdings Inc., incorporated in Delaware, United States.",
        "Le Prestataire est une filiale à 100 % du groupe américain Westbrook Corporation.",
        "We are a subsidiary of Harbor Cloud LLC, a company headquartered in the United States.",
        "Notre hébergeur est une filiale de la société canadienne Boréal Données inc.",
    ],
)
def test_a_parent_outside_the_eu(catalogue: Catalogue, group: str) -> None:
    assert values(analyse(catalogue, group), "data.non_eu_law") == ["non_eu_unmitigated"]


@pytest.mark.parametrize(
    "text",
    [
        # an EU provider
        [
            "Entre Garance Infogérance SAS, dont le siège est 3 rue Neuve, 69002 Lyon, ci-après "
            "« le Prestataire », et Cave Dumont SARL, 51100 Reims, ci-après « le Client ».",
        ],
        # a British client, not the provider
        [
            "This Agreement is made between Liffey Desk Limited, a company registered in "
            'Ireland (the "Provider"), and Tintern Dental LLP, a company registered in Wales '
            '(the "Customer").',
        ],
        # the client, not the provider, is the subsidiary of a foreign group
        [
            "et Verrerie Lanctôt France SAS, filiale française de Verrerie Lanctôt inc., "
            "ci-après le « Client ».",
        ],
        # a sub-processor outside the EU is not the provider
        [
            "Entre Garance Infogérance SAS, 69002 Lyon, ci-après « le Prestataire », et Cave "
            "Dumont SARL, 51100 Reims, ci-après « le Client ».",
            "Le ticketing est assuré par un sous-traitant, Ticketly, établi aux États-Unis.",
        ],
    ],
)
def test_near_misses_are_not_read_as_exposure(catalogue: Catalogue, text: list[str]) -> None:
    assert "non_eu_unmitigated" not in values(analyse(catalogue, *text), "data.non_eu_law")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Prestataire est une société de droit luxembourgeois. Il n'a recours, pour héberger "
        "les données, à aucun fournisseur soumis à une législation extra-européenne.",
        "Le Prestataire est une société de droit belge, détenue par des associés belges. Il "
        "n'est soumis à aucune loi extraterritoriale permettant l'accès aux données.",
        "The Provider is a company incorporated in Ireland. It is not subject to any non-EU "
        "laws giving a foreign authority access to the data.",
        "The Supplier is a company registered in the Netherlands. It is not subject to any "
        "extraterritorial legislation.",
    ],
)
def test_an_eu_company_said_immune_in_the_next_sentence(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "data.non_eu_law") == ["eu_entity_immune"]


def test_an_eu_company_with_no_word_on_foreign_law_is_not_immune(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Prestataire est une société de droit luxembourgeois. Les données sont hébergées à "
        "Luxembourg.",
    )
    assert "eu_entity_immune" not in values(report, "data.non_eu_law")
