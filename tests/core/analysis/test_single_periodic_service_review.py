"""One regular review of the service, at whatever rhythm, with no steering tier, is read as
the catalogue's single-level review (rules.json, governance.committees 'yearly_review').

The settled readings record 'yearly_review' as the nearest choice for a quarterly service
review with the practice manager, a half-yearly follow-up meeting, a monthly service review;
a monthly report that is no meeting, or a review of something else, is not one.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

COMMITTEES = "governance.committees"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The account manager meets the Client's office manager every quarter to go through "
        "the service report.",
        "A half-yearly service review takes place between the parties.",
        "Une réunion de suivi se tient chaque semestre entre le responsable informatique du "
        "Client et le gestionnaire de compte.",
        "Une revue de service réunit les parties chaque trimestre et donne lieu à un compte rendu.",
    ],
)
def test_one_regular_review_of_the_service_is_a_single_level_review(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), COMMITTEES) == ["yearly_review"]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a report, not a meeting
        "The Provider sends a monthly report on tickets and backups.",
        "Le Prestataire transmet chaque mois un rapport d'activité.",
        # a review of something else
        "Access rights are reviewed every quarter by the Provider's security team.",
        # a review denied
        "Il n'y a pas de réunion de suivi ni de comité : le Client consulte le portail.",
    ],
)
def test_reports_and_other_reviews_are_no_review_meeting(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "yearly_review" not in values(analyse(catalogue, paragraph), COMMITTEES)
