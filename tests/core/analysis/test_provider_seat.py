"""The provider's seat read from its party block, letterhead, signature or a statement
(provider_seat.py, seat_places.py, seat_protection.py).

By the reading conventions, ``data.non_eu_law`` is recorded when the document names the
provider as a company with a place: ``eu_entity`` inside the EU/EEA, ``non_eu_unmitigated``
outside it, ``eu_entity_immune`` when an EU provider adds a written protection against non-EU
law. Near misses: the client's seat, a legal form or a town alone, a country in a title, the
seat of a host or a parent. Every clause is written for these tests.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


def _law(catalogue: Catalogue, *paragraphs: str) -> list[object]:
    return values(analyse(catalogue, *paragraphs), "data.non_eu_law")


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a party clause, the provider labelled
        [
            "Entre Brocéliande Systèmes SAS, au capital de 30 000 €, dont le siège est 4 rue "
            "du Port, 35000 Rennes, ci-après « le Prestataire », et la société Cidrerie "
            "Lemoal SARL, ci-après « le Client »."
        ],
        [
            "Entre la société Mistral Réseaux SAS, dont le siège est à Avignon, ci-après « le "
            "Titulaire », et l'Office de Tourisme, ci-après « le Bénéficiaire »."
        ],
        # an unlabelled provider whose partner is labelled the client
        [
            "This Agreement is made between Shannonside IT Limited, a company registered in "
            'Ireland whose registered office is at Dock Road, Limerick ("Shannonside"), and '
            'Brasserie Vos NV (the "Customer").'
        ],
        # a letterhead
        [
            "Menhir Informatique SARL – 3 place Saint-Corentin, 29000 Quimper – RCS Quimper",
            "Proposition de maintenance pour votre cabinet.",
        ],
        # a legal form used only in the EU, next to a town
        [
            'Provider: Grachten Hosting B.V., Utrecht (the "Provider")',
            'Customer: Sablière Rouge SAS, Nevers (the "Customer")',
        ],
        # a signature
        [
            "Thank you for your time.",
            "Kind regards, Aoife Brennan, Account Manager, Barrow Valley IT Ltd, Unit 2, Mill "
            "Lane, Carlow R93 X2K4",
        ],
    ],
)
def test_an_eu_provider_is_an_eu_entity(catalogue: Catalogue, paragraphs: list[str]) -> None:
    assert _law(catalogue, *paragraphs) == ["eu_entity"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # whoever the client is: a British provider serving a British client
        [
            "This Agreement is made between Severn IT Limited, a company registered in Wales "
            '(the "Provider"), and Tintern Dental LLP, Chepstow (the "Customer").'
        ],
        # a client named only in the order form
        [
            "These terms form part of the agreement between Pennine Backup Ltd, a company "
            'incorporated in England and Wales ("we"), and the customer named in the order '
            'form (the "Client").'
        ],
        # a postcode of a British address in the party block
        [
            'Supplier: Medway Managed IT Ltd, 9 Riverside, Rochester ME1 1NH ("Medway")',
            'Customer: Oast House Dental Ltd, Faversham ("the Customer")',
        ],
        # a Swiss provider, French-language block
        [
            "Entre Jura Numérique SA, inscrite au registre du commerce du canton de Neuchâtel, "
            "ci-après « le Prestataire », et Horlogerie Bailly SARL, 25500 Morteau, ci-après « "
            "le Client »."
        ],
    ],
)
def test_a_provider_registered_outside_the_eu(catalogue: Catalogue, paragraphs: list[str]) -> None:
    assert _law(catalogue, *paragraphs) == ["non_eu_unmitigated"]


def test_an_eu_provider_with_a_parent_outside_the_eu(catalogue: Catalogue) -> None:
    found = _law(
        catalogue,
        "Entre Loire Cloud SAS, 44000 Nantes, ci-après « le Prestataire », et Biscuiterie "
        "Maillard SAS, ci-après « le Client ».",
        "Le Prestataire est une filiale du groupe américain Redwood Hosting Inc.",
    )
    assert found == ["non_eu_unmitigated"]


@pytest.mark.parametrize(
    "shield",
    [
        "L'actionnariat du Prestataire est exclusivement européen.",
        "Le Prestataire n'est soumis à aucune loi extraterritoriale.",
        "The Provider is not owned or controlled by any entity established outside the EEA.",
        "The Provider is not subject to any foreign laws granting access to Customer data.",
    ],
)
def test_an_eu_provider_with_a_written_protection_is_immune(
    catalogue: Catalogue, shield: str
) -> None:
    found = _law(
        catalogue,
        "Entre Vosges Data SAS, 88000 Épinal, ci-après « le Prestataire », et Scierie Thiry "
        "SARL, ci-après « le Client ».",
        shield,
    )
    assert found == ["eu_entity_immune"]


def test_a_denied_qualification_is_no_protection(catalogue: Catalogue) -> None:
    found = _law(
        catalogue,
        "Entre Vosges Data SAS, 88000 Épinal, ci-après « le Prestataire », et Scierie Thiry "
        "SARL, ci-après « le Client ».",
        "Le Prestataire n'est pas qualifié SecNumCloud.",
    )
    assert found == ["eu_entity"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the client's seat, not the provider's
        [
            "Tuilerie Morel SAS, société de droit français, dont le siège est 2 rue Haute, "
            "59300 Valenciennes, ci-après « le Client »."
        ],
        # a legal form alone; a town alone
        ["Entre Alizé Services SARL, ci-après « le Prestataire », et le Client."],
        ["Our engineers are based in Dublin and in London."],
        # a country in a title at the top, no company named
        ["Version 3 – for customers in Switzerland", "Service description of the helpdesk."],
        # a sub-processor's seat
        ["The ticketing tool is provided by a sub-processor incorporated in the United States."],
        # a host named near the top; the client as the subject of its own sentence
        [
            "Service description.",
            "The mailboxes are hosted by Azurite Cloud Limited, a company registered in Ireland.",
        ],
        ["Le Client, société de droit anglais, dont le siège est à Londres."],
        # the data's place is not the provider's seat
        ["Les données sont hébergées en France, à Strasbourg."],
    ],
)
def test_near_misses_give_no_seat(catalogue: Catalogue, paragraphs: list[str]) -> None:
    assert _law(catalogue, *paragraphs) == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # the label opens the next sentence
        (
            [
                "Entre les soussignés : Rhône Infogérance SAS, immatriculée au RCS de Lyon sous "
                "le n° 123 456 789.",
                "Ci-après dénommée « le Prestataire », d'une part.",
            ],
            "eu_entity",
        ),
        (
            [
                "Thames Helpdesk Ltd, registered with Companies House under number 01234567.",
                'Hereinafter the "Supplier".',
            ],
            "non_eu_unmitigated",
        ),
        (
            [
                "Entre : Atelier Morvan SARL, immatriculée au RCS de Nantes.",
                "Ci-après « le Client ».",
                "Et : Albion Desk Ltd, a company registered in England and Wales.",
                "Ci-après « le Prestataire ».",
            ],
            "non_eu_unmitigated",
        ),
        # a VAT number or a postal code of the provider's country
        (
            ['Supplier: Kestrel Support Ltd, Unit 5, VAT GB 123 4567 89 ("Kestrel")'],
            "non_eu_unmitigated",
        ),
        (
            ["Prestataire : Léman Desk SA, rue du Rhône 4, CH-1204 Genève (« Léman Desk »)"],
            "non_eu_unmitigated",
        ),
        (
            ['Provider: Prairie Cloud LLC, 200 Main Street, Austin, TX, USA ("Prairie")'],
            "non_eu_unmitigated",
        ),
    ],
)
def test_the_seat_read_from_other_shapes_of_party_block(
    catalogue: Catalogue, paragraphs: list[str], expected: str
) -> None:
    assert _law(catalogue, *paragraphs) == [expected]


_PREAMBLE = [f"Clause {n}: the service is set out in this clause." for n in range(1, 6)]
_LATER = [f"Clause {n}: the service is set out in this clause." for n in range(1, 46)]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the provider hands work to a company it names, near the parties
        [
            *_PREAMBLE,
            "Le Prestataire fait appel à la société Nuées du Nord SAS, RCS Lille 321 654 987, "
            "pour l'hébergement.",
        ],
        [
            *_PREAMBLE,
            "The Provider subcontracts the hosting to Fogbank Cloud Ltd, a company registered "
            "in England.",
        ],
        [
            *_PREAMBLE,
            "Le Prestataire sous-traite l'hébergement à Brume Alpine SA, société de droit suisse.",
        ],
        # ... or later in the text
        [
            *_LATER,
            "The Provider relies on Fogbank Cloud Ltd, which is a company registered in "
            "England, for hosting.",
        ],
        [*_LATER, "Le Prestataire recourt à Brume Alpine SA, qui est une société de droit suisse."],
        # a registration denied, or stated of another party after a semicolon
        [*_LATER, "The Provider is not a company registered in the United Kingdom."],
        [
            *_LATER,
            "The Provider is a reseller; the licensor is a company incorporated in the United "
            "States.",
        ],
    ],
)
def test_another_company_named_by_the_provider_gives_no_seat(
    catalogue: Catalogue, paragraphs: list[str]
) -> None:
    assert _law(catalogue, *paragraphs) == []


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        ("The Provider is a company registered in England and Wales.", "non_eu_unmitigated"),
        ("Le Prestataire est une société de droit belge.", "eu_entity"),
    ],
)
def test_a_statement_of_the_provider_itself_still_counts(
    catalogue: Catalogue, statement: str, expected: str
) -> None:
    assert _law(catalogue, *_LATER, statement) == [expected]


_FRENCH_PARTIES = (
    "Entre Vosges Data SAS, 88000 Épinal, ci-après « le Prestataire », et Scierie Thiry SARL, "
    "ci-après « le Client »."
)
_ENGLISH_PARTIES = (
    "This Agreement is made between Shannonside IT Limited, a company registered in Ireland "
    '(the "Provider"), and Brasserie Vos NV (the "Customer").'
)


@pytest.mark.parametrize(
    ("parties", "sentence"),
    [
        # a protection the provider does not vouch for
        (
            _FRENCH_PARTIES,
            "Le Prestataire ne peut garantir qu'il n'est soumis à aucune loi extraterritoriale.",
        ),
        (
            _ENGLISH_PARTIES,
            "The Provider cannot guarantee that it is not subject to any foreign laws.",
        ),
        # said of the client
        (_FRENCH_PARTIES, "Le Client n'est soumis à aucune loi extraterritoriale."),
        (_ENGLISH_PARTIES, "The Customer is not subject to any foreign laws."),
        # a qualification only offered (« peut », as "may" was read)
        (_FRENCH_PARTIES, "Le Prestataire peut proposer un hébergement SecNumCloud."),
        # an option not taken: the provider is still an EU entity
        (
            _FRENCH_PARTIES,
            "Option (non souscrite) : hébergement sur une infrastructure qualifiée SecNumCloud, "
            "200 € par mois.",
        ),
    ],
)
def test_no_protection_leaves_an_eu_entity(
    catalogue: Catalogue, parties: str, sentence: str
) -> None:
    assert _law(catalogue, parties, sentence) == ["eu_entity"]


@pytest.mark.parametrize(
    ("parties", "sentence"),
    [
        (_ENGLISH_PARTIES, "The Provider is not subject to the CLOUD Act."),
        (_FRENCH_PARTIES, "Le Prestataire n'est pas soumis au CLOUD Act."),
        (_FRENCH_PARTIES, "Le Prestataire n'est pas soumis aux lois extraterritoriales."),
    ],
)
def test_the_cloud_act_denied_in_either_language_is_a_protection(
    catalogue: Catalogue, parties: str, sentence: str
) -> None:
    assert _law(catalogue, parties, sentence) == ["eu_entity_immune"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # « dont le siège est à ... » read as French only when the town is not abroad, as
        # "whose registered office is in London" is read in English
        (
            "Entre Léman Conseil SA, dont le siège est à Genève, ci-après « le Prestataire », et "
            "la société Dupont SARL, ci-après « le Client ».",
            "non_eu_unmitigated",
        ),
        (
            "Entre Albion Desk Ltd, dont le siège social est situé à Londres, ci-après « le "
            "Prestataire », et la société Dupont SARL, ci-après « le Client ».",
            "non_eu_unmitigated",
        ),
        (
            'Between Albion Desk Ltd, whose registered office is in London (the "Provider"), '
            'and Dupont SARL (the "Customer").',
            "non_eu_unmitigated",
        ),
        (
            "Entre Rhône Conseil SAS, dont le siège est à Lyon, ci-après « le Prestataire », et "
            "la société Dupont SARL, ci-après « le Client ».",
            "eu_entity",
        ),
    ],
)
def test_a_registered_office_abroad_in_either_language(
    catalogue: Catalogue, paragraph: str, expected: str
) -> None:
    assert _law(catalogue, paragraph) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        # two companies at the top, neither labelled: which is the provider is not written
        "This agreement is made between Harbour Dental Ltd, 3 Quay Street, Galway, Ireland, and "
        "Thames Desk Ltd, 4 Mill Lane, London SE1 3LE, United Kingdom.",
        "Contrat entre la société Dupont SARL, 12 rue Verte, 69007 Lyon, et la société Léman "
        "Desk SA, rue du Rhône 4, CH-1204 Genève.",
    ],
)
def test_two_unlabelled_parties_are_no_letterhead(catalogue: Catalogue, paragraph: str) -> None:
    assert _law(catalogue, paragraph) == []


def test_a_signature_says_more_than_the_addressee_block_at_the_top(catalogue: Catalogue) -> None:
    found = _law(
        catalogue,
        "Harbour Dental Ltd, 3 Quay Street, Galway H91 X2C6",
        "Dear Ms Byrne,",
        "Thank you for your enquiry.",
        "Kind regards, Tom Hale, Director, Thames Desk Ltd, 4 Mill Lane, London SE1 3LE",
    )
    assert found == ["non_eu_unmitigated"]


def test_the_providers_partner_is_no_labelled_provider(catalogue: Catalogue) -> None:
    # ", the Provider's datacentre partner, X SAS": the partner's block, which must not
    # outrank the letterhead
    found = _law(
        catalogue,
        "Thames Desk Ltd, 4 Mill Lane, London SE1 3LE",
        "Managed service proposal.",
        *_PREAMBLE,
        "Hosting: in Lyon, the Provider's datacentre partner, Nuage Rhône SAS, 12 rue "
        "Garibaldi, 69003 Lyon.",
    )
    assert found == ["non_eu_unmitigated"]


@pytest.mark.parametrize(
    ("parties", "sentence"),
    [
        # a parent outside the EU denied, or given as an example
        (_ENGLISH_PARTIES, "The Provider is not a subsidiary of any US corporation."),
        (_FRENCH_PARTIES, "Le Prestataire n'est pas une filiale d'un groupe américain."),
        (
            _ENGLISH_PARTIES,
            "For example, a subsidiary of a US corporation could be ordered to hand over data.",
        ),
        (
            _FRENCH_PARTIES,
            "Par exemple, une filiale d'un groupe américain pourrait devoir remettre des données.",
        ),
    ],
)
def test_a_parent_outside_the_eu_denied_or_an_example_is_none(
    catalogue: Catalogue, parties: str, sentence: str
) -> None:
    assert _law(catalogue, parties, sentence) == ["eu_entity"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # the Crown dependencies and Monaco are outside the EU and the EEA
        'Provider: Sarnia IT Ltd, a company registered in Guernsey (the "Provider").',
        'Provider: Manx Cloud Ltd, a company incorporated in the Isle of Man (the "Provider").',
        "Entre Rocher Numérique SAM, société de droit monégasque, dont le siège est à Monaco, "
        "ci-après « le Prestataire », et Dupont SARL, ci-après « le Client ».",
    ],
)
def test_a_seat_in_a_crown_dependency_or_monaco_is_outside(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert _law(catalogue, paragraph) == ["non_eu_unmitigated"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the plural labels the client as the singular did
        ["These terms apply to Harbour Dental Ltd, 3 Quay Street, Galway H91 X2C6.", "Support."],
        [
            "Les présentes conditions s'appliquent à la société Dupont SARL, 12 rue Verte, "
            "69007 Lyon.",
            "Description du support.",
        ],
    ],
)
def test_the_block_terms_apply_to_is_the_clients(
    catalogue: Catalogue, paragraphs: list[str]
) -> None:
    assert _law(catalogue, *paragraphs) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the addressee's block at the top, in either language
        ["Proposal prepared for Harbour Dental Ltd, 3 Quay Street, Galway H91 X2C6.", "Support."],
        ["Customer name and address: Harbour Dental Ltd, 3 Quay Street, Galway H91 X2C6."],
        ["Proposition établie pour la société Dupont SARL, 12 rue Verte, 69007 Lyon."],
        ["Adressée à : Dupont SARL, 12 rue Verte, 69007 Lyon.", "Description du support."],
    ],
)
def test_the_addressees_block_is_the_clients(catalogue: Catalogue, paragraphs: list[str]) -> None:
    assert _law(catalogue, *paragraphs) == []


def test_a_provider_block_labelled_by_a_longer_heading(catalogue: Catalogue) -> None:
    found = _law(
        catalogue,
        *_PREAMBLE,
        "Provider name and address: Thames Desk Ltd, 4 Mill Lane, London SE1 3LE.",
    )
    assert found == ["non_eu_unmitigated"]


_LIFFEY = (
    'This Agreement is between Liffey Desk Ltd, Unit 4, Cork T12 X2N6 (the "Provider") and '
    'Martin SARL (the "Customer").'
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a tool's publisher or licensor, when the contract labels its provider
        [
            _LIFFEY,
            'The software is licensed by Redwood Inc., a Delaware corporation (the "Licensor").',
        ],
        [_LIFFEY, "The ticketing tool is supplied by Redwood Inc., a Delaware corporation."],
        [
            "Entre Dupont Infogérance SAS, 12 rue Verte, 69007 Lyon, ci-après « le Prestataire », "
            "et la société Martin SARL, ci-après « le Client ».",
            "Le logiciel est édité par Redwood Inc., société établie au Delaware (ci-après « "
            "l'Éditeur »).",
        ],
    ],
)
def test_a_secondary_label_gives_way_to_the_labelled_provider(
    catalogue: Catalogue, paragraphs: list[str]
) -> None:
    assert _law(catalogue, *paragraphs) == ["eu_entity"]


def test_a_service_provided_by_a_company_still_names_the_provider(catalogue: Catalogue) -> None:
    found = _law(
        catalogue,
        "Tallyhelp is provided by Kilbrittain Software Limited, a company registered in England "
        '(No. 684213) ("Kilbrittain", "we", "us").',
    )
    assert found == ["non_eu_unmitigated"]


@pytest.mark.parametrize(
    ("parties", "sentence"),
    [
        # a law outside the EU named, of others: not the provider's seat nor its parent
        (
            _ENGLISH_PARTIES,
            "Unlike cloud providers subject to the US CLOUD Act, the Provider keeps the data in "
            "Ireland.",
        ),
        (
            _FRENCH_PARTIES,
            "Contrairement aux hébergeurs soumis au droit américain, le Prestataire héberge les "
            "données en France.",
        ),
        (
            _FRENCH_PARTIES,
            "Le logiciel de sauvegarde est édité par Redwood Inc., société de droit américain.",
        ),
    ],
)
def test_a_foreign_law_named_of_others_leaves_an_eu_entity(
    catalogue: Catalogue, parties: str, sentence: str
) -> None:
    assert _law(catalogue, parties, sentence) == ["eu_entity"]


@pytest.mark.parametrize(
    ("statement", "expected"),
    [
        # « déclare être », as "represents that it is"
        ("Le Prestataire déclare être une société de droit belge.", "eu_entity"),
        (
            "The Provider represents that it is a company registered in England.",
            "non_eu_unmitigated",
        ),
    ],
)
def test_a_declared_registration_in_either_language(
    catalogue: Catalogue, statement: str, expected: str
) -> None:
    assert _law(catalogue, *_LATER, statement) == [expected]


def test_a_declared_registration_denied_is_none(catalogue: Catalogue) -> None:
    assert (
        _law(catalogue, *_LATER, "Le Prestataire déclare ne pas être une société de droit suisse.")
        == []
    )


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # a legal form read as EU-only, next to a Swiss town
        ('Provider: Alpenwolke GmbH, Zürich (the "Provider")', "non_eu_unmitigated"),
        ("Prestataire : Arve Services SAS, Genève (« le Prestataire »)", "non_eu_unmitigated"),
        ('Provider: Nebelhorn GmbH, München (the "Provider")', "eu_entity"),
    ],
)
def test_a_legal_form_next_to_a_town_abroad(
    catalogue: Catalogue, paragraph: str, expected: str
) -> None:
    assert _law(catalogue, paragraph) == [expected]
