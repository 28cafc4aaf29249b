"""Out-of-hours cover offered as an option the document does not show as taken is no cover
(``oncall_offered``; CONVENTIONS.md G2): ``oncall.p1_out_of_hours`` is none. Near misses: the
option said to be taken stays a paid option, and so does out-of-hours work billed per call or
per hour as it is used.

Every sentence here is written for the test, in both languages.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "oncall.p1_out_of_hours"
_HOURS_FR = "Le support est assuré du lundi au vendredi de 8 h à 18 h."
_HOURS_EN = "Support hours are Monday to Friday, 8:00 to 18:00."

_OFFERS = [
    (_HOURS_FR, "Une astreinte pour les incidents P1 peut être souscrite en option, facturée "
                "300 € HT par mois."),
    (_HOURS_FR, "Hors de ces horaires, aucune intervention n'est assurée, sauf souscription de "
                "l'option « Astreinte » à 250 € HT par mois."),
    (_HOURS_EN, "On-call cover for P1 incidents outside Support Hours is available as an "
                "optional add-on for EUR 400 per month."),
    (_HOURS_EN, "The Customer may subscribe to on-call cover for critical incidents outside "
                "Support Hours for a monthly fee of GBP 300."),
]  # fmt: skip


@pytest.mark.parametrize("paragraphs", _OFFERS)
def test_an_option_offered_and_not_taken_is_no_cover(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["none"]


@pytest.mark.parametrize(
    ("paragraphs", "taken"),
    [
        (_OFFERS[0], "Le Client a souscrit cette option, avec une prise en charge sous 1 heure."),
        (_OFFERS[3], "The Customer has ordered on-call cover: response within one hour."),
    ],
)
def test_an_option_the_client_took_stays_a_paid_option(
    catalogue: Catalogue, paragraphs: tuple[str, ...], taken: str
) -> None:
    assert values(analyse(catalogue, *paragraphs, taken), CRITERION) == ["paid_option"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_HOURS_FR, "Une astreinte est proposée en option : chaque intervention d'astreinte est "
                    "facturée au temps passé, majoré de 50 %, avec une prise en charge sous 2 "
                    "heures."),
        (_HOURS_EN, "Optional on-call call-out for P1 incidents outside Support Hours, charged "
                    "per call-out at EUR 150, with a response within two hours."),
    ],
)  # fmt: skip
def test_work_billed_as_it_is_used_is_no_option_to_subscribe(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["paid_option"]


def test_an_option_the_client_does_not_take_is_no_cover(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _HOURS_FR,
        "L'option « astreinte soirée » reste proposée à 200 € HT par mois ; le Client ne la "
        "souscrit pas.",
    )
    assert values(report, CRITERION) == ["none"]


@pytest.mark.parametrize("paragraphs", _OFFERS)
def test_the_price_of_an_option_not_taken_is_no_on_call_price(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    """CONVENTIONS.md, ``oncall.pricing``: an option not taken gives nothing (G2)."""
    assert values(analyse(catalogue, *paragraphs), "oncall.pricing") == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        (*_OFFERS[0], "Le Client a souscrit cette option."),
        (*_OFFERS[2], "The Customer has ordered this add-on."),
    ],
)
def test_the_price_of_an_option_taken_is_its_on_call_price(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "oncall.pricing") == ["flat_or_included"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a condition is no statement that the option was taken
        (_HOURS_EN, "Critical incidents outside Support Hours are handled only if the Customer "
                    "has ordered the Night Cover option, at EUR 300 per month."),
        (_HOURS_FR, "Les pannes bloquantes hors horaires sont traitées si le Client a souscrit "
                    "l'option « Nuit », facturée 280 € HT par mois."),
        # something else taken: the service itself, not the option
        (_HOURS_FR, "Le Client a souscrit l'offre Sérénité.",
         "Une astreinte de nuit pour les pannes bloquantes est proposée en option pour 200 € HT "
         "par mois."),
        # a pack offered
        (_HOURS_EN, "Round-the-clock P1 support is available through the Night Pack at EUR 12 "
                    "per user per month."),
    ],
)  # fmt: skip
def test_a_condition_or_another_thing_taken_is_no_option_taken(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["none"]


# Review of round 11: another option taken is not the on-call option (near misses written for
# the review)
_ONCALL_FR = (
    "Une astreinte pour les incidents P1 peut être souscrite en option, facturée 300 € HT par "
    "mois, avec une prise en charge sous 1 heure."
)
_ONCALL_EN = (
    "On-call cover for P1 incidents outside Support Hours is available as an optional add-on "
    "for EUR 400 per month, with a response within one hour."
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_HOURS_FR, _ONCALL_FR, "Le Client a souscrit l'option Sauvegarde externalisée."),
        (_HOURS_EN, _ONCALL_EN, "The Customer has ordered the Offsite Backup option."),
    ],
)
def test_another_option_taken_is_not_the_on_call_option(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, CRITERION) == ["none"]
    assert values(report, "oncall.pricing") == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_HOURS_FR, _ONCALL_FR, "Le Client a souscrit cette option."),
        (_HOURS_EN, _ONCALL_EN, "The Customer has ordered this option."),
        (_HOURS_EN, "The Night Pack adds on-call handling of P1 incidents outside Support "
                    "Hours, with a response within one hour, for EUR 300 per month.",
         "The Customer has ordered the Night Pack."),
    ],
)  # fmt: skip
def test_the_option_offered_taken_by_its_name_or_as_this_option_is_paid(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["paid_option"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a negation of something else earlier in the sentence is not the option's
        (_HOURS_EN, _ONCALL_EN, "The Customer, who has no other contract with us, has ordered "
                                "on-call cover."),
        (_HOURS_FR, _ONCALL_FR, "Le Client, qui n'a pas d'autre contrat avec nous, a souscrit "
                                "l'astreinte."),
    ],
)  # fmt: skip
def test_a_negation_of_something_else_leaves_the_option_taken(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["paid_option"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_HOURS_FR, _ONCALL_FR, "Option astreinte : non souscrite par le Client."),
        (_HOURS_EN, _ONCALL_EN, "On-call add-on: not selected by the Customer."),
    ],
)
def test_an_option_said_not_taken_next_to_the_verb_is_no_cover(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["none"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the pack the contract covers is no pack offered
        (_HOURS_FR, "Le présent contrat porte sur le Pack Sérénité.",
         "Le Pack Sérénité comprend une astreinte pour les incidents P1 hors heures ouvrées, "
         "avec une prise en charge sous 1 heure, facturée 200 € HT par mois."),
        (_HOURS_EN, "This agreement covers the Serenity Pack.",
         "The Serenity Pack includes on-call cover for P1 incidents outside Support Hours, with "
         "a response within one hour, charged EUR 200 per month."),
    ],
)  # fmt: skip
def test_the_pack_the_contract_covers_is_no_option_offered(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["paid_option"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a pack said not taken beside the cover it gives
        (_HOURS_EN, "The Night Pack gives on-call handling of P1 incidents outside Support "
                    "Hours, with a response within one hour, at EUR 300 per month. You have not "
                    "ordered the Night Pack."),
        (_HOURS_FR, "Le Pack Nuit assure une astreinte pour les incidents P1 hors heures "
                    "ouvrées, avec une prise en charge sous 1 heure, à 300 € HT par mois. Le "
                    "Client n'a pas souscrit le Pack Nuit."),
    ],
)  # fmt: skip
def test_a_pack_said_not_taken_is_no_cover(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["none"]
