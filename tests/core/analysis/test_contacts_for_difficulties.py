"""Escalation (``support.escalation``): a path of named roles the client turns to when a
difficulty or a disagreement arises ("en cas de difficulté, le client s'adresse au
responsable de compte, puis au directeur technique") is an escalation by contacts, even when
the word "escalation" is not written.

Each test writes its own sentences, French and English, with near misses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "support.escalation"


@pytest.mark.parametrize(
    "text",
    [
        "En cas de difficulté, le Client s'adresse au responsable de compte, puis au directeur "
        "technique du Prestataire.",
        "En cas de désaccord sur le traitement d'un ticket, le Client peut saisir directement "
        "le gérant du Prestataire.",
        "If the Customer has a complaint about the service, it may contact the Service "
        "Delivery Manager and then the Managing Director.",
        "Should any difficulty arise, the Client may raise it with our Head of Operations.",
    ],
)
def test_roles_to_turn_to_in_a_difficulty_are_escalation_contacts(
    catalogue: Catalogue, text: str
) -> None:
    assert values(analyse(catalogue, text), CRITERION) == ["contacts_only"]


@pytest.mark.parametrize(
    "text",
    [
        # a difficulty, but nobody named to turn to
        "En cas de difficulté de paiement, le Client en informe le Prestataire par écrit.",
        "If the Customer has a complaint, it may send it by e-mail.",
        # a role named, but no difficulty: the ordinary contact
        "Le responsable de compte est l'interlocuteur commercial du Client.",
        "Your account manager sends the monthly invoice.",
    ],
)
def test_a_difficulty_without_a_role_or_a_role_without_a_difficulty_is_no_escalation(
    catalogue: Catalogue, text: str
) -> None:
    assert "contacts_only" not in values(analyse(catalogue, text), CRITERION)
