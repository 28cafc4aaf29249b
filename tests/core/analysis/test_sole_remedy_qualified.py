"""What a sole-remedy clause leaves the client, read as a careful reader reads it.

- "sole financial remedy", "only monetary remedy": the adjective does not change the remedy.
- "this is your only remedy for a missed call-back": the remedy the clause just stated, for a
  missed delay, is the sole remedy on the service levels.
- "sole remedy ..., except as set out in clause 7": a reader turns to clause 7; when it lets the
  client end the contract, the credits come with that way out (credits_plus_termination).

Each test writes its own sentences, French and English, and a near miss.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "Service credits are the Client's sole financial remedy for any failure to meet the "
        "availability level.",
        "The credits set out above are the Customer's only monetary remedy for missed service "
        "levels.",
        "Les avoirs constituent la seule indemnisation due au Client au titre des niveaux de "
        "service.",
        "Les pénalités ont un caractère libératoire pour les délais d'intervention.",
    ],
)
def test_a_sole_financial_remedy_is_a_sole_remedy(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "liability.sole_remedy") == ["sole_remedy"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "If we miss a call-back time, that visit is not charged; this is your only remedy for a "
        "missed call-back.",
        "Where a response time is missed the next month's fee is reduced by 5 %, which is the "
        "sole remedy for that delay.",
        "Si le délai de rappel n'est pas tenu, l'intervention est gratuite ; c'est la seule "
        "réparation due pour un rappel tardif.",
        "En cas de retard de rappel, la main-d'œuvre n'est pas facturée ; cela constitue le seul "
        "recours du Client.",
    ],
)
def test_the_remedy_just_stated_is_the_sole_remedy(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "liability.sole_remedy") == ["sole_remedy"]


def test_a_sole_remedy_for_a_defective_device_is_not_about_service_levels(
    catalogue: Catalogue,
) -> None:
    # near miss: the remedy is about hardware, not the service levels
    report = analyse(
        catalogue, "Replacement of the device is the Customer's only remedy for defective hardware."
    )
    assert values(report, "liability.sole_remedy") == []


def _with_clauses(remedy: str, exit_title: str, exit_text: str) -> list[str]:
    return [
        "4. Service credits",
        remedy,
        exit_title,
        exit_text,
        "8. Reporting",
        "A monthly report is published on the portal.",
    ]


@pytest.mark.parametrize(
    ("remedy", "exit_title", "exit_text"),
    [
        (
            "Service credits are the Customer's sole and exclusive remedy for missed availability, "
            "except as set out in clause 7.",
            "7. Chronic failure",
            "If availability is below 99.5% for three months running, the Customer may terminate "
            "the Agreement without charge.",
        ),
        (
            "Credits are the Client's exclusive remedy for availability failures, save as provided "
            "in Section 7.",
            "7. Repeated failure",
            "The Client is entitled to terminate the affected service after three missed months.",
        ),
        (
            "Les pénalités sont libératoires, sous réserve de l'article 7.",
            "Article 7 – Défaillance répétée",
            "Le Client peut résilier le contrat sans frais après trois mois consécutifs sous "
            "l'engagement.",
        ),
        (
            "Les avoirs constituent la seule réparation due au Client, sauf dans le cas prévu à "
            "l'article 7.",
            "7. Manquements répétés",
            "En cas de manquements répétés, le Client pourra résilier le contrat de plein droit.",
        ),
    ],
)
def test_a_sole_remedy_that_excepts_a_termination_clause_keeps_the_way_out(
    catalogue: Catalogue, remedy: str, exit_title: str, exit_text: str
) -> None:
    report = analyse(catalogue, *_with_clauses(remedy, exit_title, exit_text))
    assert values(report, "liability.sole_remedy") == ["credits_plus_termination"]


def test_an_excepted_clause_without_a_termination_right_leaves_the_remedy_sole(
    catalogue: Catalogue,
) -> None:
    # near miss: clause 7 is about the provider's own rights, the client cannot leave
    report = analyse(
        catalogue,
        *_with_clauses(
            "Service credits are the Customer's sole and exclusive remedy for missed "
            "availability, except as set out in clause 7.",
            "7. Credit claims",
            "Credits must be claimed in writing within 30 days of the end of the month.",
        ),
    )
    assert values(report, "liability.sole_remedy") == ["sole_remedy"]
