"""The length of a business day said as hours per day.

Reading habit: "soit huit heures par jour ouvré", "that is 8 hours per business day" state
the day's length as surely as "un jour ouvré compte huit heures": a reader counts a business
day at that length, even when the opening hours (with a lunch break) add up to another.
Each test writes its own sentences (French and English).
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, support_times


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Le support est ouvert du lundi au vendredi de 8h30 à 12h30 et de 13h30 à 18h00, "
            "soit huit heures par jour ouvré.",
            "Priorité 2 : rétablissement sous 2 jours ouvrés.",
        ),
        (
            "Horaires du centre de services : lundi-vendredi, 8 h 30 - 18 h (pause de midi "
            "d'une heure et demie), c'est-à-dire 8 heures par journée ouvrée.",
            "Priorité 2 : rétablissement sous 2 jours ouvrés.",
        ),
        (
            "The service desk is open Monday to Friday, 08:30 to 18:00 with a lunch break, "
            "that is 8 hours per business day.",
            "Priority 2: restoration within 2 business days.",
        ),
        (
            "Support Hours: 08:30-12:30 and 13:30-18:00 on weekdays, i.e. eight hours a "
            "working day.",
            "Priority 2: restoration within 2 business days.",
        ),
    ],
)
def test_hours_per_day_set_the_business_day(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert support_times(analyse(catalogue, *paragraphs)).get("p2_restoration") == [960.0]


def test_a_delay_per_day_is_no_day_length(catalogue: Catalogue) -> None:
    found = support_times(
        analyse(
            catalogue,
            "Le support est ouvert du lundi au vendredi de 8 h à 18 h.",
            "Deux heures par jour ouvré sont consacrées à la supervision ; priorité 2 : "
            "rétablissement sous 2 jours ouvrés.",
        )
    )
    assert found.get("p2_restoration") == [1200.0], found
