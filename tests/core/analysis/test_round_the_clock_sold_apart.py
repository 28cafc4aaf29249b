"""Round-the-clock cover sold apart (a pack, a variant, a bolt-on) is no support hours.

Reading habit: "Round-the-clock P1 support is available through the After-Hours Pack at EUR
15 per user per month", "Une astreinte 24 h/24 est proposée en variante, au prix de 390 € HT
par mois": a cover the client buys on top, at its own price, whatever the document calls it
(option, add-on, pack, variante, bolt-on, upgrade), leaves the support hours the business
hours; it is a paid option, not hours extended for P1. Each test writes its own sentences.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

_HOURS_EN = "Support Hours are 08:00 to 18:00, Monday to Friday, excluding public holidays."
_HOURS_FR = "Le support est ouvert du lundi au vendredi de 8 h 30 à 18 h, hors jours fériés."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _HOURS_EN,
            "Round-the-clock P1 support is available through the Night Watch Pack at EUR 12 "
            "per user per month.",
        ),
        (
            _HOURS_EN,
            "A 24/7 bolt-on for Priority 1 incidents can be subscribed for EUR 300 per month.",
        ),
        (
            _HOURS_FR,
            "Une astreinte 24 h/24 et 7 j/7 pour les incidents critiques est proposée en "
            "variante, au prix de 390 € HT par mois.",
        ),
        (
            _HOURS_FR,
            "Le pack Nuit et Week-end assure la prise en charge des incidents P1 24h/24 et "
            "7j/7, disponible pour 250 € HT par mois.",
        ),
    ],
)
def test_cover_sold_apart_leaves_the_business_hours(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, "support.hours_defined") == ["business_defined"]
    assert "included_same_sla" not in values(report, "oncall.p1_out_of_hours")


def test_a_pack_that_includes_the_cover_extends_the_hours(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _HOURS_EN,
        "The Essentials pack includes round-the-clock support for P1 incidents, 24/7, at no "
        "extra cost.",
    )
    assert values(report, "support.hours_defined") == ["extended_p1_247"]


# --- The delay an option gives, under any name ---------------------------------------------
# Reading habit: "proposée en variante ... avec une prise en charge sous 1 heure", "available
# as an optional upgrade, with a 15-minute response": the delay is the option's, not the
# level's target in the contract.


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _HOURS_FR,
            "Priorité 1 : prise en charge sous 2 heures ouvrées.",
            "Une astreinte est proposée en variante, au prix de 390 € HT par mois, avec une "
            "prise en charge des incidents de priorité 1 sous 1 heure.",
        ),
        (
            _HOURS_FR,
            "Priorité 1 : prise en charge sous 2 heures ouvrées.",
            "Au titre de la variante, les incidents de priorité 1 seraient pris en charge sous "
            "30 minutes.",
        ),
        (
            _HOURS_EN,
            "Priority 1: response within 2 business hours.",
            "Available as an optional upgrade, Priority 1 incidents get a response within 30 "
            "minutes.",
        ),
        (
            _HOURS_EN,
            "Priority 1: response within 2 business hours.",
            "Sold as a bolt-on, the Rapid Response service answers Priority 1 incidents "
            "within 15 minutes.",
        ),
    ],
)
def test_a_delay_the_option_gives_is_not_the_levels(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    found = [
        (f.value, f.clock)
        for f in analyse(catalogue, *paragraphs).findings
        if f.criterion == "support.p1_response"
    ]
    assert found == [(120.0, "business")], found
