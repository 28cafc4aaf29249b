"""On-call: a surcharge the contract denies, and an extra option declined beside one taken.

Reading habits: "aucune majoration n'est facturée", "no uplift applies" say what the on-call
does NOT cost, a flat price, not a published surcharge; and a client who bought the on-call
option and declined another add-on (a weekend site visit) still has the on-call it bought.
Each test writes its own sentences (French and English).
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

_HOURS_FR = "Le support est ouvert du lundi au vendredi de 8 h à 18 h."
_HOURS_EN = "The service desk is open Monday to Friday, 08:00 to 18:00."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _HOURS_FR,
            "Une astreinte couvre les nuits et les week-ends pour les incidents critiques.",
            "L'astreinte est forfaitaire : aucune majoration n'est facturée pour les appels "
            "de nuit, quel que soit leur nombre.",
        ),
        (
            _HOURS_FR,
            "Les incidents bloquants sont traités hors heures ouvrées par notre astreinte, "
            "comprise dans le forfait, sans majoration pour le Client.",
        ),
        (
            _HOURS_EN,
            "Our on-call engineer handles critical incidents at night and at weekends.",
            "On-call is included in the monthly fee: no uplift applies to calls out of hours.",
        ),
        (
            _HOURS_EN,
            "Out-of-hours support for P1 incidents is part of the flat fee, without any "
            "uplift for night or weekend calls.",
        ),
    ],
)
def test_a_denied_surcharge_is_a_flat_price(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, "oncall.pricing") == ["flat_or_included"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _HOURS_FR,
            "Les interventions d'astreinte de nuit sont facturées avec une majoration de 50 % "
            "du tarif horaire.",
        ),
        (
            _HOURS_EN,
            "On-call work at weekends is billed at the hourly rate with an uplift of 100%.",
        ),
    ],
)
def test_a_surcharge_said_is_still_published(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, "oncall.pricing") == ["published_multipliers"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _HOURS_FR,
            "Le Client a souscrit l'option « Astreinte nuit et week-end » : les incidents "
            "critiques sont pris en charge sous 1 heure, y compris la nuit.",
            "L'option « Déplacement sur site le dimanche » n'a pas été souscrite.",
        ),
        (
            _HOURS_FR,
            "Option Astreinte 24/7 (souscrite) : prise en charge des pannes critiques la nuit "
            "et le week-end.",
            "Option Intervention sur site le week-end : non retenue par le Client.",
        ),
        (
            _HOURS_EN,
            "The Customer has ordered the On-Call add-on: P1 incidents at night and at "
            "weekends are answered within 1 hour.",
            "The weekend on-site visit option has not been ordered.",
        ),
        (
            _HOURS_EN,
            "The Customer has also selected the optional on-call cover for P1 incidents "
            "outside business hours.",
            "The Saturday site attendance option was not selected by the Customer.",
        ),
    ],
)
def test_an_extra_option_declined_beside_the_on_call_taken_leaves_the_on_call(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    found = values(analyse(catalogue, *paragraphs), "oncall.p1_out_of_hours")
    assert found and "none" not in found, found


def test_the_on_call_option_declined_alone_is_no_on_call(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _HOURS_FR,
        "Une option « Astreinte nuit et week-end » est proposée pour 250 € HT par mois. Le "
        "Client n'a pas souscrit cette option.",
    )
    assert values(report, "oncall.p1_out_of_hours") == ["none"]


# --- An on-call option taken, with the P1 delays: included, same SLA -----------------------
# Reading habit: an option the client bought is part of its contract; when its cover applies
# the P1 delays, a P1 out of hours gets the same service (whatever the option costs).


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _HOURS_FR,
            "Le Client a souscrit l'option « Astreinte nuits et week-ends ». Pendant "
            "l'astreinte, l'ingénieur applique les délais du niveau Critique.",
        ),
        (
            _HOURS_FR,
            "Option Astreinte (souscrite) : les incidents bloquants sont traités la nuit et le "
            "week-end aux mêmes délais qu'en heures ouvrées.",
        ),
        (
            _HOURS_EN,
            "The Customer has ordered the On-Call add-on. Out of hours, Priority 1 incidents "
            "are handled with the same response times as during Support Hours.",
        ),
        (
            _HOURS_EN,
            "The Customer has subscribed to the optional on-call service for nights and weekends.",
            "During on-call periods the Priority 1 service levels apply.",
        ),
    ],
)
def test_an_on_call_option_taken_with_the_p1_delays_is_included_same_sla(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "oncall.p1_out_of_hours") == [
        "included_same_sla"
    ]


def test_an_on_call_option_offered_with_the_p1_delays_stays_a_paid_option(
    catalogue: Catalogue,
) -> None:
    offer = (
        "Une option « Astreinte nuits et week-ends » est proposée pour 300 € HT par mois ; "
        "elle applique les délais du niveau Critique."
    )
    # an option offered that the document does not show as taken is no cover (CONVENTIONS.md G2)
    assert values(analyse(catalogue, _HOURS_FR, offer), "oncall.p1_out_of_hours") == ["none"]
    report = analyse(catalogue, _HOURS_FR, offer, "Le Client a souscrit cette option.")
    assert values(report, "oncall.p1_out_of_hours") == ["paid_option"]
