"""Whose is the vault, the space, the audit, the period: the owner or subject a careful reader
checks before taking a widened wording at its word.

- A vault owned by the provider under any name ("the IT provider", "the MSP") is not the
  client's; documentation "in its own SharePoint" is the client's only when the client is the
  subject.
- An audit by an auditor of one's choice is the client's right when the client may have it
  done; the provider's own yearly audit is no audit right.
- "Runs for" gives the term only when said of the contract or the service; "a quarter hour"
  is fifteen minutes; "a notice period of N months" is the notice; a price change the client
  must agree to is not unilateral.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.analysis.document import fold
from slaeval.analysis.rules import load_rules
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "Admin credentials sit in a password vault owned by our outsourced IT provider.",
        "The secrets vault belongs to the MSP and is not shared with anyone.",
    ],
)
def test_a_vault_of_the_provider_under_another_name(catalogue: Catalogue, paragraph: str) -> None:
    assert "client_vault" not in values(analyse(catalogue, paragraph), "reversibility.credentials")


@pytest.mark.parametrize(
    ("paragraph", "live"),
    [
        ("L'infogérant range le schéma du réseau dans son propre SharePoint.", False),
        ("Le Bénéficiaire consulte la documentation technique dans son propre tenant.", True),
        ("Le Client retrouve le dossier d'exploitation dans son propre espace SharePoint.", True),
    ],
)
def test_son_propre_espace_belongs_to_the_subject(
    catalogue: Catalogue, paragraph: str, live: bool
) -> None:
    found = values(analyse(catalogue, paragraph), "governance.documentation")
    assert ("live_client_space" in found) is live


@pytest.mark.parametrize(
    "paragraph",
    [
        "Each year the Provider has its data centre audited by an independent firm it selects.",
        "Une fois par an, le Titulaire fait réaliser un audit de sécurité de sa plateforme par un "
        "cabinet indépendant.",
        "Chaque année, le Prestataire fait réaliser un audit de ses infrastructures par un "
        "cabinet externe.",
        "The Supplier has its platform audited every year by an external auditor it appoints.",
    ],
)
def test_the_providers_own_yearly_audit_is_no_client_right(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "yearly_third_party" not in values(
        analyse(catalogue, paragraph), "governance.audit_right"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "Under the Agreement, each service credit period runs for one calendar month.",
        "Pursuant to this contract, the monthly report cycle runs for four weeks.",
    ],
)
def test_a_period_that_runs_for_a_month_is_no_term(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.initial_term") == []


@pytest.mark.parametrize("text", ["a response within a quarter-hour", "in one quarter hour"])
def test_a_quarter_hour_is_fifteen_minutes_at_most(text: str) -> None:
    assert all(d.in_days() < 1 for d in load_rules().quantities.durations(fold(text)))


def test_a_notice_period_is_the_notice(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The contract renews for successive periods of one year unless terminated with a notice "
        "period of two months.",
    )
    assert values(report, "costs.renewal_notice") == [60]


@pytest.mark.parametrize(
    "paragraph",
    [
        "We give 30 days' notice of any change to our fees, which takes effect only with the "
        "Client's written approval.",
        "Le Prestataire informe le Client de toute hausse de ses tarifs, applicable après accord "
        "écrit du Client.",
    ],
)
def test_a_price_change_the_client_must_approve_is_not_unilateral(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "unilateral" not in values(analyse(catalogue, paragraph), "costs.indexation")
