"""The nature of the commitment derived from how the levels are promised (firm_commitment.py).

A provider that commits to its availability or says its times are service levels, with
credits behind them, makes a results commitment when nothing is called a target or best
efforts; targets on every delay stay best efforts; no credits, or the client's own
commitment, give nothing. When the document states delays, the delays decide
(``delay_nature.py``, reading conventions): responses firm and restorations as targets make
a results commitment, credited or not; restorations as targets beside an availability
promised firmly are best efforts.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

NATURE = "liability.commitment_nature"

_CREDITS_EN = (
    "If monthly availability falls below 99.9 %, the Customer receives a service credit of "
    "5 % of the monthly fee; below 99.5 %, a credit of 10 %."
)
_CREDITS_FR = (
    "Si la disponibilité mensuelle est inférieure à 99,8 %, le Client bénéficie d'une "
    "pénalité de 5 % de la redevance mensuelle ; en dessous de 99,5 %, de 10 %."
)


@pytest.mark.parametrize(
    ("promise", "credits"),
    [
        (
            "The Supplier commits to a monthly availability of 99.9 % for the hosted platform.",
            _CREDITS_EN,
        ),
        (
            "Northgate shall ensure that the portal is available at least 99.8 % of the "
            "time in each calendar month.",
            _CREDITS_EN,
        ),
        (
            "Le Prestataire s'engage sur une disponibilité mensuelle de 99,7 % de la "
            "plateforme de messagerie.",
            _CREDITS_FR,
        ),
        (
            "Le Titulaire garantit une disponibilité d'au moins 99,5 % par mois du service "
            "de téléphonie hébergée.",
            _CREDITS_FR,
        ),
    ],
)
def test_a_firm_availability_with_credits_is_a_results_commitment(
    catalogue: Catalogue, promise: str, credits: str
) -> None:
    report = analyse(catalogue, promise, credits)
    assert values(report, NATURE) == ["result"]


@pytest.mark.parametrize(
    ("promise", "credits"),
    [
        # no credit or penalty anywhere: nothing backs the promise
        ("The Supplier commits to a monthly availability of 99.9 % for the platform.", ""),
        ("Le Prestataire s'engage sur une disponibilité de 99,7 % par mois.", ""),
        # the promise softened: efforts, an aim
        (
            "The Supplier commits to use reasonable efforts to keep the platform available "
            "99.9 % of the time each month.",
            _CREDITS_EN,
        ),
        (
            "Le Prestataire vise une disponibilité de 99,7 % par mois, qui constitue un objectif.",
            _CREDITS_FR,
        ),
        # the client's commitment, not the provider's
        (
            "The Customer commits to keep its own network available 99.5 % of the time so "
            "that the monitoring works.",
            _CREDITS_EN,
        ),
    ],
)
def test_no_result_without_credits_or_with_a_softened_promise(
    catalogue: Catalogue, promise: str, credits: str
) -> None:
    paragraphs = [promise] + ([credits] if credits else [])
    assert "result" not in values(analyse(catalogue, *paragraphs), NATURE)


@pytest.mark.parametrize(
    ("binding", "targets", "credits"),
    [
        (
            "Response times are Service Levels and carry service credits under clause 6.",
            "Resolution times are targets, not guarantees, and no service credit applies to them.",
            _CREDITS_EN,
        ),
        (
            "The Provider commits to a monthly availability of 99.9 % for the service.",
            "Restoration times are targets only: the Provider uses reasonable endeavours to "
            "meet them.",
            _CREDITS_EN,
        ),
        (
            "Le Prestataire s'engage sur une disponibilité mensuelle de 99,8 % du service.",
            "Les délais de rétablissement sont des objectifs et non des engagements, sans "
            "pénalité.",
            _CREDITS_FR,
        ),
        (
            (
                "Les délais de prise en charge sont des engagements fermes, assortis des "
                "pénalités de l'article 9."
            ),
            "Les délais de résolution sont indicatifs : le Prestataire fait ses meilleurs "
            "efforts pour les tenir.",
            _CREDITS_FR,
        ),
    ],
)
def test_targets_beside_firm_levels_follow_the_firmest_delay(
    catalogue: Catalogue, binding: str, targets: str, credits: str
) -> None:
    """Responses firm beside restorations as targets: the firmest delay decides, a results
    commitment; restorations as targets beside a firm availability: the delays decide,
    best efforts (no credit is set on them)."""
    report = analyse(catalogue, binding, targets, credits)
    response_firm = "respon" in binding.lower() or "prise en charge" in binding.lower()
    assert values(report, NATURE) == ["result" if response_firm else "best_effort"]


@pytest.mark.parametrize(
    ("binding", "targets", "credits"),
    [
        (
            "The Provider commits to a monthly availability of 99.9 % for the service.",
            "Response and restoration times are targets: the Provider uses reasonable "
            "endeavours to meet them and no credit is due when they are missed.",
            _CREDITS_EN,
        ),
        (
            "Le Prestataire s'engage sur une disponibilité mensuelle de 99,8 % du service.",
            "Les délais de prise en charge et de rétablissement sont des objectifs "
            "indicatifs, sans pénalité.",
            _CREDITS_FR,
        ),
    ],
)
def test_targets_on_every_delay_stay_best_efforts(
    catalogue: Catalogue, binding: str, targets: str, credits: str
) -> None:
    report = analyse(catalogue, binding, targets, credits)
    assert values(report, NATURE) == ["best_effort"]


@pytest.mark.parametrize(
    ("binding", "targets", "credits"),
    [
        (
            "Response times are firm commitments of the Provider.",
            "Restoration times are targets only: the Provider uses reasonable endeavours.",
            _CREDITS_EN,
        ),
        (
            "Les délais de prise en charge sont des engagements fermes du Prestataire.",
            "Les délais de rétablissement sont indicatifs : le Prestataire fait ses meilleurs "
            "efforts pour les tenir.",
            _CREDITS_FR,
        ),
    ],
)
def test_firm_words_on_times_make_a_results_commitment_without_credits(
    catalogue: Catalogue, binding: str, targets: str, credits: str
) -> None:
    """Times the document calls firm are owed as written, whether or not a credit is set on
    them (reading conventions: "or states them as firm")."""
    report = analyse(catalogue, binding, targets, credits)
    assert values(report, NATURE) == ["result"]
