"""What out-of-hours work costs when the contract only says it is covered
(``oncall.pricing``, ``oncall_implied.py``): P1 handled out of hours under the same service
levels, with no surcharge written anywhere, is included in the fee; with a monitoring
service described, both monitoring and P1 action round the clock are written
(``oncall.monitoring_vs_action``).

Each test writes its own sentences, French and English, with near misses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "oncall.pricing"


@pytest.mark.parametrize(
    "text",
    [
        "Class A incidents: response within 15 minutes and restoration within 4 hours, 24 "
        "hours a day, 7 days a week.",
        "Severity 1 incidents are handled 24/7, including nights, weekends and public holidays, "
        "with a response within 30 minutes.",
        "Les incidents de priorité 1 sont pris en charge 24 h/24 et 7 j/7, avec une "
        "intervention sous une heure.",
        "Pour les incidents critiques, le support est assuré 24 heures sur 24, 7 jours sur 7, "
        "dimanches et jours fériés compris, avec un délai d'intervention de 2 heures.",
    ],
)
def test_p1_covered_round_the_clock_with_no_price_is_included(
    catalogue: Catalogue, text: str
) -> None:
    assert values(analyse(catalogue, text), CRITERION) == ["flat_or_included"]


@pytest.mark.parametrize(
    "text",
    [
        # a surcharge written: the rule reads it
        "Les incidents P1 sont pris en charge 24 h/24 et 7 j/7 sous une heure. Les "
        "interventions de nuit sont facturées au tarif horaire majoré de 50 %.",
        "Severity 1 incidents are handled 24/7 within 30 minutes. Work outside business "
        "hours is charged at twice the hourly rate.",
        # no round-the-clock cover at all
        "Le support est ouvert du lundi au vendredi, de 9 h à 18 h.",
        "Support hours are Monday to Friday, 08:00 to 17:00; no service is provided outside "
        "these hours.",
    ],
)
def test_a_written_surcharge_or_no_cover_is_not_included_work(
    catalogue: Catalogue, text: str
) -> None:
    assert "flat_or_included" not in values(analyse(catalogue, text), CRITERION)


ACTION = "oncall.monitoring_vs_action"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("The Provider monitors the servers, links and backups 24/7.",
         "Monitoring alerts are reviewed by the service desk.",
         "Severity 1 incidents are handled 24/7, including nights and weekends, with a "
         "response within 30 minutes."),
        ("La supervision des serveurs et des liens fonctionne 24 heures sur 24.",
         "Les alertes de supervision sont traitées par le centre de services.",
         "Les incidents de priorité 1 sont pris en charge 24 h/24 et 7 j/7, avec une "
         "intervention sous une heure."),
    ],
)  # fmt: skip
def test_monitoring_described_and_p1_acted_on_round_the_clock_is_both_written(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), ACTION) == ["both_stated_247"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # monitoring named once in passing
        ("We monitor our own platform.",
         "Severity 1 incidents are handled 24/7 with a response within 30 minutes."),
        # monitoring described, but P1 waits for the business day
        ("La supervision des serveurs fonctionne 24 heures sur 24.",
         "Les alertes de supervision sont traitées par le centre de services.",
         "Le support est ouvert du lundi au vendredi, de 9 h à 18 h."),
    ],
)  # fmt: skip
def test_monitoring_in_passing_or_without_night_action_is_not_both_written(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "both_stated_247" not in values(analyse(catalogue, *paragraphs), ACTION)
