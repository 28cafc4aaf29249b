"""Governance read for the whole family of its wordings.

- The two levels of governance: an operational body (comité d'exploitation, réunion mensuelle
  de suivi, service review call) and a steering one (comité de pilotage, business review,
  a meeting with the client's management or a finance director) make both levels, in the
  same paragraph or in two items of one list.
- A yearly "bilan" presented to the client is a yearly review.
- Live documentation: the technical file (documentation, network diagram, setup notes) kept in
  the client's own tenancy or document space, or that it may read whenever it likes.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

# --- 1. Two levels of governance -------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Un point mensuel d'exploitation réunit le référent informatique et le technicien "
            "attitré. Un comité de gouvernance se réunit deux fois par an avec la direction "
            "du Client.",
        ),
        (
            "Governance has two levels:",
            "- a fortnightly operational call between the service manager and the IT lead;",
            "- a quarterly business review attended by the Customer's Chief Financial Officer.",
        ),
        (
            "Les instances de suivi sont les suivantes :",
            "1) comité technique mensuel, qui passe en revue les tickets ;",
            "2) comité de pilotage semestriel, qui suit les indicateurs et les évolutions.",
        ),
        (
            "A service delivery meeting is held every month. Twice a year a steering meeting "
            "with the managing directors of both parties reviews the relationship.",
        ),
    ],
)
def test_an_operational_and_a_steering_body_make_both_levels(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "governance.committees") == [
        "operational_and_steering"
    ]


def test_a_steering_body_alone_is_not_two_levels(catalogue: Catalogue) -> None:
    # near-miss: one body only, whatever its rank
    report = analyse(
        catalogue,
        "A steering committee chaired by the Customer's finance director meets once a year to "
        "review the contract.",
    )
    assert "operational_and_steering" not in values(report, "governance.committees")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Un bilan annuel est remis au Client lors de la visite de fin d'année.",
        "Chaque année, le Prestataire présente au Client un bilan de l'année écoulée.",
    ],
)
def test_a_yearly_bilan_is_a_yearly_review(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "governance.committees") == ["yearly_review"]


# --- 2. Live documentation in the client's own space ------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The network diagram and the build notes of each server are kept in a SharePoint site "
        "of the Customer's own Microsoft 365 tenancy.",
        "We keep your setup notes in your OneDrive, so you can read them whenever you like.",
        "Le dossier technique (schéma du réseau, configurations) est rangé dans l'espace "
        "documentaire de l'association.",
        "La documentation des serveurs est tenue à jour ; le Client peut la consulter à tout "
        "moment.",
    ],
)
def test_documentation_in_the_clients_own_space_is_live(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "governance.documentation") == [
        "live_client_space"
    ]


def test_documentation_on_the_providers_own_wiki_is_not_live(catalogue: Catalogue) -> None:
    # near-miss: the provider's own space, which the client cannot read
    report = analyse(
        catalogue,
        "The Provider keeps its runbooks on its own wiki, which the Client cannot access.",
    )
    assert "live_client_space" not in values(report, "governance.documentation")
