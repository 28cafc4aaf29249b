"""What the next sentence or clause does to a remedy or a best effort: a sole remedy that a
"however" sentence qualifies with a right to terminate, a separate chronic-failure clause that
does not, best efforts backed by the credits of the clause right after them.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer

# --- 1. A sole remedy qualified by the next sentence ----------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Service Credits are the Customer's sole and exclusive remedy for any failure to meet "
        "the uptime commitment. However, if uptime falls below 98.5% in three consecutive "
        "months, the Customer may terminate the affected service without charge.",
        "Les avoirs ont un caractère forfaitaire et libératoire. Ils ne privent toutefois pas "
        "le Client de son droit de résilier le contrat pour manquements répétés.",
    ],
)
def test_a_sole_remedy_qualified_by_a_termination_right_is_credits_plus_termination(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert answer(report, "liability.sole_remedy").value == "credits_plus_termination"


def test_a_chronic_failure_clause_of_its_own_keeps_the_way_out(catalogue: Catalogue) -> None:
    # the settled goldens record credits plus termination when a clause of its own gives the
    # client a way out for chronic failure (commitment_nature._exit_for_chronic_failure)
    report = analyse(
        catalogue,
        "7.1 Service Credits are the Customer's sole and exclusive remedy for any failure to "
        "meet the service levels.",
        "7.2 If uptime falls below 98.5% in three consecutive months, the Customer may "
        "terminate the affected service on thirty days' notice.",
    )
    assert answer(report, "liability.sole_remedy").value == "credits_plus_termination"


def test_a_termination_clause_for_another_cause_leaves_the_remedy_sole(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "7.1 Service Credits are the Customer's sole and exclusive remedy for any failure to "
        "meet the service levels.",
        "7.2 Either party may terminate this Agreement if the other party becomes insolvent.",
    )
    assert answer(report, "liability.sole_remedy").value == "sole_remedy"


def test_a_however_sentence_that_denies_termination_leaves_the_remedy_sole(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Service Credits are the Customer's sole and exclusive remedy for any failure to meet "
        "the service levels. However, the Customer may not terminate the Agreement for such a "
        "failure.",
    )
    assert answer(report, "liability.sole_remedy").value == "sole_remedy"


# --- 2. Best efforts backed by the credits of the next clause -------------------------------


@pytest.mark.parametrize(
    ("targets", "credits"),
    [
        (
            "4.1 The Supplier will use commercially reasonable efforts to meet the Service "
            "Levels. The Service Levels are targets.",
            "4.2 If the Supplier misses the P1 response target more than twice in a month, the "
            "Customer receives a credit of 5% of that month's fee. Credits for a month may not "
            "exceed 10% of that month's fee.",
        ),
        (
            "4.1 Le Prestataire met en œuvre ses meilleurs efforts pour respecter les délais "
            "d'intervention, qui constituent une obligation de moyens.",
            "4.2 Chaque dépassement d'un délai d'intervention en priorité 1 donne lieu à une "
            "pénalité de 3 % de la redevance mensuelle.",
        ),
    ],
)
def test_best_efforts_backed_by_the_next_clauses_credits_carry_penalties(
    catalogue: Catalogue, targets: str, credits: str
) -> None:
    report = analyse(catalogue, targets, credits)
    assert answer(report, "liability.commitment_nature").value == "means_with_penalties"


def test_credits_under_a_new_section_title_do_not_back_the_targets(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "4.1 The Supplier will use commercially reasonable efforts to meet the Service Levels, "
        "which are targets only and do not constitute a guarantee.",
        "5. SERVICE CREDITS",
        "5.1 If uptime in a month is below 99.5%, the Customer may request a credit of 5% of "
        "the monthly fee.",
    )
    assert answer(report, "liability.commitment_nature").value == "best_effort"
