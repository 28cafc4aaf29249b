"""Delays and figures a review found skipped as no target though they are one
(``not_targets.py``): a clause about "the other priorities" that names them, and a past tense
or a year in a clause that promises a figure.

Every sentence here is written for the test, in both languages.
"""

from __future__ import annotations

import pytest

from slaeval.analysis.records import a_record_or_example
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, support_times, values


def _times(catalogue: Catalogue, sentence: str) -> dict[str, list[object]]:
    return support_times(analyse(catalogue, sentence))


# --- 1. "Other priorities" that the clause names -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "P1 and P2 incidents are resolved within 1 hour; other priorities (P3 and P4) "
            "within 8 hours.",
            {
                "p1_restoration": [60],
                "p2_restoration": [60],
                "p3_restoration": [480],
                "p4_restoration": [480],
            },
        ),
        (
            "Les incidents P1 sont résolus sous 1 heure ; les autres priorités (P2 et P3) sous "
            "8 heures.",
            {"p1_restoration": [60], "p2_restoration": [480], "p3_restoration": [480]},
        ),
    ],
)
def test_other_priorities_named_before_the_delay_are_its_levels(
    catalogue: Catalogue, sentence: str, expected: dict[str, list[object]]
) -> None:
    assert _times(catalogue, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "P1 incidents are restored within 4 hours; all other incidents within 2 business days.",
        "Les incidents P1 sont rétablis sous 4 heures ; les autres incidents sont traités sous "
        "3 jours ouvrés.",
    ],
)
def test_other_tickets_with_no_level_named_keep_their_delay_apart(
    catalogue: Catalogue, sentence: str
) -> None:
    assert _times(catalogue, sentence) == {"p1_restoration": [240]}


# --- 2. A past tense or a year that is no record -----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("As was agreed during the tender, the Provider guarantees availability of 99.9% per "
         "month.", 99.9),
        ("The Provider, which has been certified ISO 27001, guarantees an availability of "
         "99.9 % per month.", 99.9),
        ("Le Prestataire, qui a été retenu à l'issue de la consultation, garantit une "
         "disponibilité de 99,8 % par mois.", 99.8),
    ],
)  # fmt: skip
def test_an_auxiliary_away_from_the_figure_makes_no_record(
    catalogue: Catalogue, sentence: str, expected: float
) -> None:
    assert values(analyse(catalogue, sentence), "availability.commitment") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Availability in 2025 was 99.98 %.",
        "The platform achieved 99.97 % availability last year.",
        "La disponibilité constatée a été de 99,96 %.",
        "Over the twelve months to December 2025 our measured availability was 99.98%.",
        "En 2025, la disponibilité de la plateforme a été de 99,95 %.",
    ],
)
def test_a_past_figure_is_still_a_record(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "availability.commitment") == []


def _record(sentence: str) -> bool:
    text = sentence.lower()
    return a_record_or_example(text, text.index("99"))


def test_a_year_without_a_past_is_no_record() -> None:
    # the whole sentence is also set aside by the rules' "commitment_denied" words (a year):
    # here only the figure's own reading is tested
    assert not _record("en 2026, le prestataire s'engage sur une disponibilite de 99,9 %.")
    assert not _record("in 2026, the provider guarantees an availability of 99.9 %.")
    assert _record("en 2025, la disponibilite constatee de la plateforme est de 99,96 %.")
    assert _record("in 2025 the platform reached 99.98 %.")


@pytest.mark.parametrize(
    "sentence",
    [
        "En 2026, les incidents P1 sont rétablis sous 4 heures.",
        "In 2026, P1 incidents are restored within 4 hours.",
    ],
)
def test_a_delay_in_a_year_without_a_past_is_a_target(catalogue: Catalogue, sentence: str) -> None:
    assert _times(catalogue, sentence) == {"p1_restoration": [240]}


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2025, 98% of P1 tickets were answered within 20 minutes.",
        "En 2025, 97 % des incidents P1 ont été rétablis en moins de 3 heures.",
        "En 2025, le prestataire a pris en charge 96 % des incidents P1 sous 30 minutes.",
        "Over the 2025 calendar year, we resolved 94% of SEV1 tickets within 3 hours.",
    ],
)
def test_a_delay_done_in_a_year_is_still_a_record(catalogue: Catalogue, sentence: str) -> None:
    assert _times(catalogue, sentence) == {}
