"""Audit rights and changes of scope, read for the whole family of their wordings.

- A yearly audit by an auditor the client chooses ("un auditeur indépendant de son choix",
  "an auditor it appoints", "peut faire réaliser un audit") is the client's own audit right,
  whatever the client is called.
- Information and audits the provider "met à disposition", or certificates the client may
  accept instead of auditing, are audits on notice or certificates, not a yearly audit.
- Units added or removed ("tout poste supplémentaire", "users added or removed") on a signed
  order form or the client's written order change the scope by signed orders.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "La Mairie peut faire réaliser, une fois par an, un audit du service par un auditeur "
        "indépendant de son choix, moyennant un préavis de quinze jours.",
        "Une fois par an, l'association peut faire procéder à un audit de sécurité par un "
        "auditeur externe qu'elle désigne.",
        "Once a year the Trust may have the service audited by an independent auditor it "
        "appoints, on 20 business days' notice.",
        "The Practice may, once in each calendar year and on reasonable notice, commission an "
        "independent audit of the Services by an auditor of its own choice.",
    ],
)
def test_a_yearly_audit_by_an_auditor_of_the_clients_choice(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "governance.audit_right") == ["yearly_third_party"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Titulaire met à disposition du Client les informations nécessaires pour démontrer "
        "le respect de ses obligations et permet la réalisation d'audits.",
        "The Customer may audit the Supplier at most once a year, or instead accept the "
        "Supplier's SOC 2 Type II report.",
    ],
)
def test_information_made_available_or_certificates_accepted_instead(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "governance.audit_right") == [
        "on_notice_certificates"
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Tout utilisateur supplémentaire est ajouté au tarif unitaire de l'annexe 2 sur bon de "
        "commande signé par le Client.",
        "Les postes retirés du parc sont déduits de la redevance le mois suivant, sur bon de "
        "commande du Client.",
        "Devices added or removed during the term are invoiced or credited at the unit rates of "
        "Schedule 4, on the Customer's written instruction.",
        "Additional sites are brought into scope by a written change request signed by both "
        "parties.",
    ],
)
def test_units_added_or_removed_on_a_signed_order(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "scope.change_procedure") == ["signed_orders"]


def test_an_added_unit_priced_with_no_order_is_no_signed_order(catalogue: Catalogue) -> None:
    # near-miss: the unit price of an extra device, no order or amendment to sign
    report = analyse(catalogue, "Each additional device is charged at EUR 12 per device per month.")
    assert "signed_orders" not in values(report, "scope.change_procedure")
