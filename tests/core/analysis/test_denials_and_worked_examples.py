"""A delay the next sentence denies, and a delay inside a worked example: no commitment.

Reading habits: a sentence with no figure of its own that says the provider commits to no
delay of a measure ("Le Prestataire ne s'engage sur aucun délai de rétablissement") speaks
of the delay just read in its paragraph, unless that delay is of the other measure; and a
delay computed in a worked example ("Exemple de calcul : ...") illustrates the rule, it is
not the level's target. Each test writes its own sentences (French and English).
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, support_times

# --- 1. The next sentence denies the delay's measure -------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Priorité 1 : prise en charge sous 1 heure.",
            "Les pannes de priorité 1 sont réparées sur site sous 2 jours ouvrés. Le "
            "Prestataire ne garantit aucun délai de réparation.",
        ),
        (
            "Priorité 1 : prise en charge sous 1 heure.",
            "Rétablissement des incidents de priorité 1 : dans un délai de 3 jours ouvrés. "
            "Le Prestataire ne s'engage sur aucun délai de rétablissement.",
        ),
        (
            "Priority 1: response within 1 hour.",
            "Where a Priority 1 fault needs a part, our engineer restores service on site "
            "within two business days. We make no commitment as to restoration times.",
        ),
        (
            "Priority 1: response within 1 hour.",
            "P1 incidents are resolved within 3 business days. No resolution time is guaranteed.",
        ),
    ],
)
def test_a_restoration_the_next_sentence_denies_is_not_recorded(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    found = support_times(analyse(catalogue, *paragraphs))
    assert found.get("p1_response") == [60.0], found
    assert "p1_restoration" not in found, found


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        # the denial names the other measure: the response time stands
        (
            ("P1 incidents: response within 30 minutes. No resolution time is guaranteed.",),
            "p1_response",
        ),
        (
            (
                "Priorité 1 : prise en charge sous 2 heures. Aucun délai de rétablissement n'est "
                "garanti.",
            ),
            "p1_response",
        ),
        # a next sentence that denies nothing
        (
            ("P1 incidents are resolved within 4 hours. Resolution is confirmed by e-mail.",),
            "p1_restoration",
        ),
    ],
)
def test_a_denial_of_the_other_measure_or_none_leaves_the_delay(
    catalogue: Catalogue, paragraphs: tuple[str, ...], kept: str
) -> None:
    assert kept in support_times(analyse(catalogue, *paragraphs))


# --- 2. A worked example -----------------------------------------------------------------

_P2_FR = "Priorité 2 : prise en charge sous 4 heures ouvrées."
_P2_EN = "Priority 2: response within 4 business hours."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            _P2_FR,
            "Exemple de calcul : une panne de priorité 2 signalée à 16 h est prise en charge "
            "dans les 3 heures ouvrées suivantes, soit le lendemain à 10 h.",
        ),
        (
            _P2_FR,
            "Exemple d'application : un ticket de priorité 2 ouvert le vendredi soir est pris "
            "en charge sous 6 heures ouvrées, le lundi en fin de matinée.",
        ),
        (
            _P2_EN,
            "Worked example: a Priority 2 ticket logged at 4 pm on a Friday is answered "
            "within 5 business hours, by noon on Monday.",
        ),
        (
            _P2_EN,
            "Sample calculation: for a Priority 2 call raised at 17:30, the response within "
            "3 business hours falls on the next morning.",
        ),
    ],
)
def test_a_delay_in_a_worked_example_is_not_the_levels_target(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert support_times(analyse(catalogue, *paragraphs)).get("p2_response") == [240.0]


def test_an_example_named_after_the_delay_leaves_it(catalogue: Catalogue) -> None:
    found = support_times(
        analyse(
            catalogue,
            "Priorité 2 : prise en charge sous 4 heures ouvrées ; voir l'exemple de calcul en "
            "annexe.",
        )
    )
    assert found.get("p2_response") == [240.0], found


# --- 3. The time that passes without progress before a next step -------------------------
# Reading habit: "after 1 hour without progress on a P1: the Duty Manager", "au bout de 2
# heures sans solution, le responsable technique est saisi" say when the next step comes,
# what did not happen by then: an escalation threshold, not the level's target.


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Priority 1: restoration within 4 hours.",
            "Escalation: after 1 hour without progress on a Priority 1 incident, the Duty "
            "Manager; after 2 hours, the Director.",
        ),
        (
            "Priority 1: restoration within 4 hours.",
            "- after 90 minutes without a workaround on a Priority 1 incident: the Head of "
            "Operations;",
        ),
        (
            "Priorité 1 : rétablissement sous 4 heures.",
            "Au bout de 2 heures sans solution pour un incident de priorité 1, le responsable "
            "technique est saisi.",
        ),
        (
            "Priorité 1 : rétablissement sous 4 heures.",
            "Escalade : après 1 heure sans avancée sur un incident de priorité 1, le directeur "
            "des opérations.",
        ),
    ],
)
def test_time_without_progress_before_a_next_step_is_no_target(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert support_times(analyse(catalogue, *paragraphs)).get("p1_restoration") == [240.0]


def test_a_target_said_after_the_fact_of_a_workaround_stays(catalogue: Catalogue) -> None:
    found = support_times(
        analyse(
            catalogue,
            "Priority 1 incidents are restored within 4 hours, with or without a workaround.",
        )
    )
    assert found.get("p1_restoration") == [240.0], found
