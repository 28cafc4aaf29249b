"""A sole remedy beside a way out for chronic failure is credits plus termination.

Wherever the clause stands, a right the client holds to end the contract or a service
because a level was missed again and again ("three consecutive months", "trois fois sur six
mois") keeps the way out beside the credits (commitment_nature._exit_for_chronic_failure). A
termination right for another cause, the provider's right, or a denied right does not.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

REMEDY = "liability.sole_remedy"
_SOLE_EN = "Service credits are the Client's sole and exclusive remedy for missed service levels."
_SOLE_FR = (
    "Les pénalités constituent la seule et unique réparation du Client au titre des niveaux "
    "de service, à l'exclusion de toute autre indemnisation."
)


@pytest.mark.parametrize(
    ("sole", "exit_clause"),
    [
        (
            _SOLE_EN,
            "9.4 Where availability is under 99.2 % in two consecutive months, the Client may "
            "terminate the hosting service without any early termination charge.",
        ),
        (
            _SOLE_EN,
            "9.4 If the Provider misses the P1 response time 3 times in any rolling six-month "
            "period, the Client may terminate this Agreement on 30 days' notice.",
        ),
        (
            _SOLE_FR,
            "12.3 Si la disponibilité est inférieure à 98,5 % pendant trois mois consécutifs, "
            "le Client peut résilier le contrat sans indemnité.",
        ),
        (
            _SOLE_FR,
            "12.3 En cas de dépassement du délai de rétablissement P1 quatre fois sur douze "
            "mois, le Client pourra résilier le service concerné.",
        ),
    ],
)
def test_a_way_out_for_chronic_failure_joins_the_credits(
    catalogue: Catalogue, sole: str, exit_clause: str
) -> None:
    report = analyse(catalogue, sole, "Other clauses follow.", exit_clause)
    assert values(report, REMEDY) == ["credits_plus_termination"]


@pytest.mark.parametrize(
    ("sole", "other"),
    [
        # the provider's right, for non-payment
        (
            _SOLE_EN,
            "The Provider may terminate this Agreement if invoices remain unpaid for three "
            "consecutive months.",
        ),
        # the right denied
        (
            _SOLE_EN,
            "Even where availability is below 99 % in three consecutive months, the Client "
            "may not terminate the Agreement before the end of the initial term.",
        ),
        # a right for another cause, no level missed
        (
            _SOLE_FR,
            "Chaque partie peut résilier le contrat en cas de procédure collective de l'autre "
            "partie.",
        ),
        (
            _SOLE_FR,
            "Le Prestataire peut résilier le contrat si le Client ne paie pas deux factures "
            "consécutives.",
        ),
    ],
)
def test_other_termination_rights_leave_the_remedy_sole(
    catalogue: Catalogue, sole: str, other: str
) -> None:
    report = analyse(catalogue, sole, "Other clauses follow.", other)
    assert values(report, REMEDY) == ["sole_remedy"]
