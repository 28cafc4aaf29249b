"""How the support delays are measured (``support.sla_measurement``): a monthly report the
provider sends with the delays or service levels it achieved is the "monthly_report" level,
when nothing the client can see for itself (a portal, a dashboard, the ticket tool) is named.

Each test writes its own sentences, French and English; near misses: a report only referred
to, a report of backups only, a report in a portal the client consults, a quarterly report.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "support.sla_measurement"


@pytest.mark.parametrize(
    "text",
    [
        "Le Prestataire transmet au Client, au plus tard le 5 de chaque mois, un rapport "
        "indiquant le nombre de tickets par priorité et le respect des délais d'intervention.",
        "Un compte rendu mensuel présente au Client les niveaux de service atteints.",
        "Each month the Supplier sends the Customer a service report showing the response "
        "times achieved per priority.",
        "The Provider shall deliver a monthly report of its performance against the service "
        "levels of Schedule 2.",
        # another rhythm: a periodic report of any period (CONVENTIONS.md)
        "The Provider sends a quarterly report of the response times achieved.",
    ],
)
def test_a_monthly_report_of_the_delays_is_the_report_level(
    catalogue: Catalogue, text: str
) -> None:
    assert values(analyse(catalogue, text), CRITERION) == ["monthly_report"]


@pytest.mark.parametrize(
    "text",
    [
        # only referred to: the report is the date a claim runs from
        "The Customer may claim a credit within 30 days of the monthly report if the service "
        "level is missed.",
        # a report of something else than the delays
        "Le Prestataire adresse chaque mois au Client un rapport sur les sauvegardes réalisées.",
        # a report the client reads in the provider's portal: the tool level, not this one
        "Le rapport mensuel des délais est publié dans le portail client, consultable à tout "
        "moment.",
    ],
)
def test_a_report_referred_to_or_of_other_things_is_not_the_report_level(
    catalogue: Catalogue, text: str
) -> None:
    assert "monthly_report" not in values(analyse(catalogue, text), CRITERION)
