"""A yearly renewal and the channel the client must use to stop it
(``costs.tacit_renewal``, ``terms.py``).

"Le contrat se renouvelle ensuite d'année en année" or "renews from year to year" is a tacit
renewal of twelve months. A yearly renewal stopped by plain "written notice", with no
registered letter imposed, is no channel trap: ``none_or_yearly_email``, as when e-mail is
accepted. Near misses: a renewal only on the client's express request is not tacit; a
registered letter imposed is the strict channel.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "costs.tacit_renewal"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le contrat se renouvelle ensuite d'année en année ; vous pouvez y mettre fin par un "
        "simple e-mail un mois avant la date anniversaire.",
        "Le contrat se renouvelle annuellement, sauf préavis écrit de deux mois.",
        "This agreement renews automatically for further 12-month periods unless either party "
        "gives at least 60 days' written notice.",
        "After the first year the agreement renews from year to year unless either party gives "
        "written notice.",
    ],
)
def test_a_yearly_renewal_stopped_by_plain_notice_is_no_channel_trap(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, CRITERION) == ["none_or_yearly_email"]
    assert values(report, CRITERION, "renewal_period") == [12]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Le contrat se renouvelle sur demande expresse du client.", []),
        ("The agreement may be renewed for one year at the Customer's written request.", []),
        (
            "Le contrat se renouvelle ensuite d'année en année, sauf dénonciation par lettre "
            "recommandée avec accusé de réception trois mois avant l'échéance.",
            ["yearly_strict_channel"],
        ),
        (
            "The agreement renews automatically for further 12-month periods unless notice is "
            "given by registered letter; notice by e-mail is not valid.",
            ["yearly_strict_channel"],
        ),
    ],
)
def test_near_misses_of_a_yearly_renewal(
    catalogue: Catalogue, paragraph: str, expected: list[str]
) -> None:
    assert values(analyse(catalogue, paragraph), CRITERION) == expected
