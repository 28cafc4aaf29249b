"""The nature of the commitment decided by the response and restoration delays
(``liability.commitment_nature``, ``delay_nature.py``; CONVENTIONS.md).

A reader asks whether the delays are owed: stated plainly, they are (a results commitment,
with or without credits); called targets, objectives or best efforts, they are not (best
efforts, with penalties when credits are set on missed delays). When responses and
restorations differ, the firmest decides. A general obligation of means reaches every delay
the text does not make firm on its own terms. Near misses: a name ("Recovery Time
Objective"), another party's delays, the out-of-hours option, a KPI's share of tickets.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "liability.commitment_nature"

_FR_TABLE = (
    "Délais d'intervention :",
    "- Priorité 1 : prise en charge sous 1 heure ouvrée, rétablissement sous 4 heures ouvrées.",
    "- Priorité 2 : prise en charge sous 4 heures ouvrées, rétablissement sous 2 jours ouvrés.",
)
_EN_TABLE = (
    "Service levels:",
    "- Priority 1: response within 30 minutes, restoration within 4 hours.",
    "- Priority 2: response within 2 business hours, restoration within 1 business day.",
)


@pytest.mark.parametrize(
    "paragraphs",
    [
        # delays stated plainly, no credit: owed as written
        (
            "Pour un incident de priorité 1, le Prestataire intervient dans les 4 heures "
            "ouvrées suivant l'appel.",
        ),
        _FR_TABLE,
        ("For an urgent (Priority 1) ticket we will call you back within 2 working hours.",),
        # responses firm, restorations targets: the firmest decides
        (
            *_EN_TABLE,
            "Response times are firm commitments. Restoration times are targets, not guarantees.",
        ),
        (
            *_FR_TABLE,
            "Les délais de rétablissement sont donnés à titre indicatif. Seuls les délais de "
            "prise en charge constituent un engagement du Prestataire.",
        ),
        # a general obligation of means, set aside for the delays
        (
            *_FR_TABLE,
            "Le Prestataire est tenu d'une obligation de moyens. Il s'engage toutefois sur les "
            "délais ci-dessus.",
        ),
        # a name is no softening
        ("The Provider commits to a Recovery Time Objective of eight hours for all systems.",),
    ],
)
def test_delays_owed_as_written_make_a_results_commitment(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["result"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (*_EN_TABLE, "These response and restoration times are targets, not guarantees."),
        (*_FR_TABLE, "Les délais ci-dessus sont des objectifs et non des engagements."),
        (
            *_FR_TABLE,
            "Le Prestataire est tenu d'une obligation de moyens pour l'ensemble des prestations.",
        ),
        (
            *_EN_TABLE,
            "We aim to meet these times but cannot guarantee response or restoration times.",
        ),
    ],
)
def test_delays_called_targets_with_no_credit_are_best_efforts(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["best_effort"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            *_EN_TABLE,
            "All response and restoration times are targets: the Provider will use reasonable "
            "endeavours to meet them.",
            "If the Provider misses a Priority 1 response time, the Customer receives a service "
            "credit of 5 % of the monthly fee.",
        ),
        (
            *_FR_TABLE,
            "Le Prestataire est tenu d'une obligation de moyens.",
            "Tout dépassement d'un délai de rétablissement de priorité 1 donne lieu à une "
            "pénalité de 2 % de la redevance mensuelle par heure de retard.",
        ),
    ],
)
def test_targets_backed_by_credits_are_best_efforts_with_penalties(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["means_with_penalties"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # another party's delays, the out-of-hours option, a figure pointed at: the delays
        # of the service stay firm
        (
            *_EN_TABLE,
            "We give no guarantee for the response times of any third-party vendor.",
        ),
        (
            *_FR_TABLE,
            "Une intervention hors horaires peut être réalisée à la demande, sans engagement "
            "de délai.",
        ),
        (
            *_EN_TABLE,
            "Our data centre is designed for 99.99 % uptime; it is not a service level and no "
            "credits are payable against it.",
        ),
        (
            *_FR_TABLE,
            "Les engagements des éditeurs tiers sur leurs délais de correction relèvent d'une "
            "obligation de moyens.",
        ),
    ],
)
def test_softening_said_of_something_else_leaves_the_delays_firm(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["result"]


def test_no_delay_and_no_level_gives_nothing(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Prestataire assure la maintenance du parc informatique du Client.",
        "The Provider will answer the Customer's questions by e-mail.",
    )
    assert values(report, CRITERION) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a KPI's target is a share of tickets, not a softened delay
        (
            "A KPI failure occurs when the measured performance is below the target.",
            "Priority 1 incidents are responded to within 15 minutes; the KPI target is 100 % "
            "of incidents.",
            "Priority 2 incidents are responded to within 1 hour; the KPI target is 95 % of "
            "incidents.",
        ),
        # the client's own targets, another firm's published level
        (
            *_EN_TABLE,
            "The patching windows are the Customer's own targets and are not provider service "
            "levels.",
        ),
        (
            *_EN_TABLE,
            "Microsoft's published service level of 99.9 % passes through as it stands and is "
            "not a provider commitment.",
        ),
        (
            *_FR_TABLE,
            "Les objectifs de sécurité fixés à l'annexe 4 sont les propres objectifs du client.",
        ),
    ],
)
def test_targets_of_a_kpi_or_of_someone_else_leave_the_delays_firm(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["result"]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # no figure read, but the text says how each kind of delay is owed
        (
            (
                "Response times are service levels.",
                "Target resolution times are indicative objectives only and are not service "
                "levels.",
            ),
            ["result"],
        ),
        (
            ("Les délais de prise en charge sont des engagements fermes.",),
            ["result"],
        ),
        (
            ("These response times are targets, not guarantees, and no credit applies to them.",),
            ["best_effort"],
        ),
        (
            ("Les délais de réponse sont donnés à titre indicatif.",),
            ["best_effort"],
        ),
        # near miss: a kind of delay denied outright is no soft delay
        (("I don't promise fix times.",), []),
        (("Nous ne nous engageons sur aucun délai de résolution.",), []),
    ],
)
def test_what_the_text_says_of_each_kind_when_no_figure_is_read(
    catalogue: Catalogue, paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == expected
