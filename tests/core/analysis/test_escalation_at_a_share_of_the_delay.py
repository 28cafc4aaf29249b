"""Escalation timed as a share of the delay is time-based.

Reading habit: "escaladé au responsable technique à 50 % du délai, puis au directeur à 100 %",
"escalated to the Service Delivery Manager at 75% of the resolution target" set the moment of
each step as surely as "after 2 hours": a time-based escalation to named people. Each test
writes its own sentences (French and English).
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "text",
    [
        "Tout ticket est escaladé au responsable technique à 50 % du délai de rétablissement, "
        "puis au directeur des opérations à 100 % du délai.",
        "L'escalade vers le chef de projet intervient dès 80 % du délai contractuel écoulé.",
        "A ticket is escalated to the Service Delivery Manager at 75% of the resolution target "
        "and to the Operations Director once the target is missed.",
        "Escalation to the Head of Support happens when 50% of the response time has elapsed.",
    ],
)
def test_an_escalation_at_a_share_of_the_delay_is_time_based(
    catalogue: Catalogue, text: str
) -> None:
    assert values(analyse(catalogue, text), "support.escalation") == ["time_based_named"]


def test_a_share_that_is_no_moment_is_no_timed_escalation(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Escalations are handled by the Service Delivery Manager; 95% of them are closed "
        "within the month.",
    )
    assert "time_based_named" not in values(report, "support.escalation")
