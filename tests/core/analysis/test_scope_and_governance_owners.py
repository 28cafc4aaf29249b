"""What a scope or governance sentence is about: an inventory kept in the client portal is the
asset list, not the operating documentation; a best effort to liaise with vendors, which
disclaims their own performance, is a best effort and no exclusion; an operational and a
steering committee may be named in two sentences in a row, the steering one by the leadership
it brings in.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


@pytest.mark.parametrize(
    "text",
    [
        "L'inventaire des postes, tenu à jour dans l'espace client, est annexé au contrat.",
        "The asset inventory is kept up to date in the customer portal.",
    ],
)
def test_an_inventory_in_the_portal_is_no_documentation(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "governance.documentation") == []


def test_documentation_in_the_portal_is_a_live_client_space(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "La documentation d'exploitation est tenue à jour dans l'espace client, consultable à "
        "tout moment.",
    )
    assert answer(report, "governance.documentation").value == "live_client_space"


@pytest.mark.parametrize(
    "text",
    [
        "The Supplier shall use reasonable endeavours to liaise with the Customer's internet "
        "service provider and software vendors, but it is not responsible for their "
        "performance.",
        "Le Prestataire relance au mieux les éditeurs et l'opérateur du Client, sans être "
        "responsable de leurs délais.",
    ],
)
def test_a_best_effort_liaison_with_vendors_is_best_effort(catalogue: Catalogue, text: str) -> None:
    assert answer(analyse(catalogue, text), "scope.vendor_coordination").value == "best_effort"


@pytest.mark.parametrize(
    "paragraph",
    [
        # an operational committee, then a steering one in the next sentence
        "Un comité opérationnel se tient chaque mois. Un comité de direction réunit les "
        "dirigeants des deux parties deux fois par an.",
        # a steering board named otherwise, and an operational review in the same sentence
        "The parties hold a monthly operational service review and a strategic review board "
        "every six months.",
        # a review that brings in the leadership
        "A fortnightly operational call is held with the Customer's IT lead. A quarterly service "
        "review brings in the Customer's Director of Finance.",
    ],
)
def test_an_operational_and_a_steering_committee(catalogue: Catalogue, paragraph: str) -> None:
    report = analyse(catalogue, paragraph)
    assert answer(report, "governance.committees").value == "operational_and_steering"


def test_a_yearly_review_with_the_clients_management_stays_a_yearly_review(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue, "Une revue annuelle du contrat réunit la direction du Client et le Prestataire."
    )
    assert answer(report, "governance.committees").value == "yearly_review"


@pytest.mark.parametrize(
    "text",
    [
        # an inventory kept outside the document is no inventory in it (CONVENTIONS.md)
        "We support the laptops, servers and printers listed in the Asset Register held in the "
        "Client portal.",
        "La liste nominative des postes (marque, numéro de série) est tenue dans l'espace client "
        "et vaut inventaire.",
    ],
)
def test_an_inventory_kept_outside_the_document_is_no_full_inventory(
    catalogue: Catalogue, text: str
) -> None:
    assert "full_inventory" not in values(analyse(catalogue, text), "scope.service_catalogue")


@pytest.mark.parametrize(
    "text",
    [
        "Sont couverts par le contrat, et eux seuls, les équipements suivants : deux serveurs, "
        "douze postes et le pare-feu.",
    ],
)
def test_an_inventory_in_the_clients_hands_is_a_full_inventory(
    catalogue: Catalogue, text: str
) -> None:
    assert answer(analyse(catalogue, text), "scope.service_catalogue").value == "full_inventory"


def test_an_inventory_inside_the_operating_documentation_is_no_scope(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Le dossier d'exploitation (architecture, procédures, inventaire) est tenu à jour et "
        "accessible au Client sur le portail.",
    )
    assert "full_inventory" not in values(report, "scope.service_catalogue")


@pytest.mark.parametrize(
    "text",
    [
        "Toute modification du périmètre (ajout de postes, nouveau site) fait l'objet d'un bon "
        "de modification signé par les deux parties.",
        "Any other change to the Charges or the Services requires a Variation signed by both "
        "parties.",
    ],
)
def test_changes_signed_by_both_parties_are_signed_orders(catalogue: Catalogue, text: str) -> None:
    assert answer(analyse(catalogue, text), "scope.change_procedure").value == "signed_orders"


def test_a_denied_unilateral_change_of_scope_is_not_unilateral(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Aucune modification du périmètre ne peut résulter d'une décision unilatérale du "
        "Prestataire.",
    )
    assert "unilateral" not in values(report, "scope.change_procedure")
