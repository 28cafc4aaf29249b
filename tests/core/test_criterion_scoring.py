"""Scoring one answer: linear numeric scores, statuses, targets, yes/no, choices, unknowns."""

import pytest

from slaeval.criterion_scoring import score_answer, thresholds_with_target
from slaeval.offers import Answer, SupportWindow
from tests.core.minicat import mini_catalogue

CAT = mini_catalogue()
P1 = CAT.criterion("support.p1_restoration")
OFFICE = SupportWindow()


@pytest.mark.parametrize(
    ("minutes", "score", "status"),
    [
        (240, 100.0, "good"),
        (120, 100.0, "good"),
        (480, 80.0, "acceptable"),
        (840, 50.0, "red"),
        (1440, 0.0, "red"),
        (3000, 0.0, "red"),
    ],
)
def test_lower_is_better_delay_is_linear_between_red_and_good(minutes, score, status):
    scored = score_answer(P1, Answer(value=minutes), OFFICE)
    assert scored.score == pytest.approx(score)
    assert scored.status == status


def test_unknown_scores_as_the_worst_case():
    scored = score_answer(P1, Answer(), OFFICE)
    assert (scored.score, scored.status) == (0.0, "unknown")
    assert score_answer(P1, None, OFFICE).status == "unknown"


def test_business_hours_scored_on_real_worst_case_only_when_round_the_clock_is_needed():
    answer = Answer(value=240, clock="business")
    office_need = score_answer(P1, answer, OFFICE, round_the_clock=False)
    assert office_need.status == "good"
    full_need = score_answer(P1, answer, OFFICE, round_the_clock=True)
    assert full_need.effective == 67 * 60
    assert (full_need.score, full_need.status) == (0.0, "red")


def test_target_becomes_the_good_line():
    answer = Answer(value=240)
    assert score_answer(P1, answer, OFFICE).status == "good"
    strict = score_answer(P1, answer, OFFICE, target=120)
    assert strict.status == "acceptable"
    assert strict.score < 100


def test_target_looser_than_acceptable_moves_the_acceptable_line():
    t = thresholds_with_target(P1, 600)
    assert (t.good, t.acceptable, t.red) == (600, 600, 1440)
    t = thresholds_with_target(P1, 2000)
    assert t.good == 2000 and t.red > 2000


def test_yes_partly_no():
    edr = CAT.criterion("security.edr")
    assert [score_answer(edr, Answer(value=v), OFFICE).score for v in ("yes", "partly", "no")] == [
        100.0,
        50.0,
        0.0,
    ]


def test_choice_uses_catalogue_status_and_unknown_choice_is_unknown():
    esc = CAT.criterion("support.escalation")
    assert score_answer(esc, Answer(value="contacts"), OFFICE).status == "acceptable"
    assert score_answer(esc, Answer(value="made_up"), OFFICE).status == "unknown"
