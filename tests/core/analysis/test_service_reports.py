"""A monthly service report is the SLA report; a figure shown in it is no report commitment.

- "A monthly service report is sent", "publishes an availability report for each calendar
  month", "un rapport de service mensuel": the provider reports on the service levels monthly.
- "The Provider targets a backup success rate, shown in the monthly service report": the
  sentence is about the figure, the report is only where it appears.

Each test writes its own sentences, French and English, and a near miss.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "A monthly service report is sent by the fifth business day of the following month.",
        "The Provider publishes an availability report for each calendar month in the portal.",
        "Le Prestataire adresse chaque mois au Client un rapport de service.",
        "Un rapport mensuel liste les manquements constatés et les pénalités dues.",
    ],
)
def test_a_monthly_service_report_is_the_sla_report(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "governance.sla_report") == ["monthly_dashboard"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Provider targets a backup success rate of 98.5%, shown in the monthly service report.",
        "Le taux de réussite des sauvegardes figure dans le rapport mensuel.",
    ],
)
def test_a_figure_shown_in_the_monthly_report_says_there_is_one(
    catalogue: Catalogue, paragraph: str
) -> None:
    # a monthly report is named: monthly or more often is monthly_dashboard (CONVENTIONS.md)
    assert values(analyse(catalogue, paragraph), "governance.sla_report") == ["monthly_dashboard"]
