"""The client named by the name the contract gives it sets the priority.

Reading habit: a contract between 'X Ltd ("the Provider")' and 'Y & Partners ("the
Practice")' then speaks of the client as "the Practice": "Severity is set by the Practice",
"a change the Practice must approve" give the client the last word on the level, as "set by
the Customer" would (an objective grid the client controls). Each test writes its own
sentences (French and English).
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

_LEVELS_EN = (
    "P1: the whole office cannot work. P2: a team is affected. P3: a single user is affected."
)
_LEVELS_FR = (
    "P1 : plus personne ne peut travailler. P2 : une équipe est gênée. P3 : un seul poste est "
    "touché."
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            'This agreement is made between Ardmore IT Limited ("the Provider") and Keel & '
            'Partners LLP ("the Firm").',
            "Severity is set by the Firm when it logs the ticket; the Provider may suggest "
            "another level, which the Firm must approve.",
            _LEVELS_EN,
        ),
        (
            'Between Lowland Systems Ltd (the "Supplier") and Marram Dental Group (the '
            '"Practice").',
            "The priority of each ticket is assigned by the Practice from the definitions below.",
            _LEVELS_EN,
        ),
        (
            "Entre la société Vireo Informatique (ci-après « le Prestataire ») et l'étude de "
            "Maître Roussel (ci-après « l'Étude »).",
            "La criticité de chaque incident est fixée par l'Étude lors de l'appel.",
            _LEVELS_FR,
        ),
        (
            "Le présent contrat est conclu entre Arvor Réseaux SAS (le « Titulaire ») et la "
            "Mutuelle du Léon (la « Mutuelle »).",
            "Le niveau de priorité est déterminé par la Mutuelle ; toute requalification "
            "proposée par le Titulaire, la Mutuelle doit la valider.",
            _LEVELS_FR,
        ),
    ],
)
def test_the_client_by_its_name_sets_the_level(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "support.priority_definitions") == [
        "objective_matrix"
    ]


def test_the_provider_by_its_name_sets_the_level(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        'Between Lowland Systems Ltd (the "Supplier") and Marram Dental Group (the "Practice").',
        "The priority of each ticket is assigned by the Supplier from the definitions below.",
        _LEVELS_EN,
    )
    assert "objective_matrix" not in values(report, "support.priority_definitions")
