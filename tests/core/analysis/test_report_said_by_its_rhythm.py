"""A report of the service said only by its rhythm (report_rhythm.py): monthly or more often is
monthly_dashboard, quarterly to yearly is quarterly; the report of one intervention, of a test,
a committee's minutes or a report on request are not the service report.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

REPORT = "governance.sla_report"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Each month we send you a short activity report by e-mail.", "monthly_dashboard"),
        ("Un rapport d'exploitation mensuel est remis au Client.", "monthly_dashboard"),
        ("A service report is sent to the Trust every quarter.", "quarterly"),
        ("Un bilan annuel du contrat est remis à la direction du Client.", "quarterly"),
    ],
)
def test_a_report_with_its_rhythm(catalogue: Catalogue, paragraph: str, expected: str) -> None:
    assert values(analyse(catalogue, paragraph), REPORT) == [expected]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Chaque intervention donne lieu à un compte rendu envoyé le mois suivant.",
        "The yearly restore test gives rise to a written report.",
        "The steering committee meets each quarter and its minutes are circulated.",
        "A monthly report can be produced on request.",
    ],
)
def test_other_reports_are_not_the_service_report(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), REPORT) in ([], ["on_request"])
