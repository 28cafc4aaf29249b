"""Two reading habits, read for the whole family of their wordings.

- "Neither party limits its liability for death, personal injury or fraud", "aucune des
  parties ne limite sa responsabilité en cas de faute lourde": liability left unlimited for
  such cases is a carve-out from the cap.
- A notice given before a change of where the data is kept ("90 days' notice before adding
  any storage location", "informe ... de tout changement de localisation des données") is
  notice of that change, not the notice to stop the contract's renewal.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "Neither party limits its liability for fraud or for death caused by negligence.",
        "12.1 Neither party excludes or limits liability for personal injury, death or wilful "
        "misconduct.",
        "Aucune des parties ne limite sa responsabilité en cas de dol, de faute lourde ou de "
        "dommages corporels.",
        "Ni l'une ni l'autre des parties ne limite sa responsabilité pour faute dolosive.",
    ],
)
def test_liability_neither_party_limits_is_a_carve_out(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "liability.carve_outs") == ["some"]


def test_a_limit_said_of_both_parties_carves_nothing_out(catalogue: Catalogue) -> None:
    # near-miss: a limit both parties share, with no case left outside it
    report = analyse(
        catalogue, "Neither party's liability shall exceed the fees paid in the last 12 months."
    )
    assert values(report, "liability.carve_outs") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "We give you 60 days' written notice before moving your data to a new hosting region, "
        "and you may then terminate without charge.",
        "The Provider shall notify any change of data location 30 days in advance; the Customer "
        "may terminate the Agreement if it objects.",
        "Tout changement de localisation des données est notifié au Client avec un préavis de "
        "deux mois ; le Client peut alors résilier.",
        "Le Client est prévenu un mois à l'avance de tout nouveau lieu d'hébergement et peut "
        "résilier le contrat sans frais.",
    ],
)
def test_notice_of_a_new_data_location_is_no_renewal_notice(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.renewal_notice") == []


def test_the_renewal_notice_still_reads(catalogue: Catalogue) -> None:
    # near-miss: a plain renewal clause, with no change of location
    report = analyse(
        catalogue,
        "The Agreement renews for successive periods of 12 months unless terminated on 90 "
        "days' notice before expiry.",
    )
    assert values(report, "costs.renewal_notice") == [90]
