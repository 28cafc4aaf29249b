"""The re-score loop (evaluation.evaluate) and the one-answer rule (criterion_scoring.score_answer)
give the same score, status and scored value on every criterion of the real catalogue.

evaluate applies the rules in its own lean loop (it runs after every edit); these tests keep the
two from drifting apart, including on answers of the wrong type, targets, business-hours clocks
and values outside the thresholds.
"""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaeval.catalogue import load_catalogue
from slaeval.criterion_scoring import score_answer
from slaeval.evaluation import evaluate
from slaeval.offers import Answer, Offer, SupportWindow
from slaeval.requirements import Requirements

CAT = load_catalogue()
WINDOWS = [
    SupportWindow(),
    SupportWindow.always(),
    SupportWindow(days=(0, 2, 4), start_minute=8 * 60, end_minute=17 * 60),
]
WORDS = sorted(
    {"yes", "partly", "no", "maybe", ""} | {ch.id for c in CAT.criteria for ch in c.choices}
)


def requirements(targets, not_applicable, round_the_clock):
    return Requirements(
        area_weights={a.id: a.weight for a in CAT.areas},
        criterion_weights={c.id: c.weight for c in CAT.criteria},
        knockouts=frozenset(),
        targets=targets,
        round_the_clock=round_the_clock,
        not_applicable=not_applicable,
    )


def expected(criterion, answer, window, req):
    return score_answer(
        criterion,
        answer,
        window,
        target=req.targets.get(criterion.id),
        round_the_clock=req.round_the_clock,
    )


def same(a, b):
    return a == b or (
        isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b)
    )


def assert_agree(offer, req):
    result = evaluate(CAT, req, [offer]).offers[0]
    for criterion in CAT.criteria:
        got = result.criteria[criterion.id]
        if criterion.id in req.not_applicable:
            assert (got.score, got.status) == (0.0, "not_applicable")
            continue
        want = expected(criterion, offer.answers.get(criterion.id), offer.support_window, req)
        where = f"{criterion.id} = {offer.answers.get(criterion.id)!r}"
        assert got.status == want.status, where
        assert got.score == want.score, where
        assert same(got.effective, want.effective), where


# Raw values, as a file edited by hand could hold them: the answer is built without validation,
# so ints and booleans reach the scoring as they are.
values = st.one_of(
    st.none(),
    st.sampled_from(WORDS),
    st.text(max_size=4),
    st.floats(min_value=-1e4, max_value=1e5, allow_nan=False),
    st.integers(min_value=-100, max_value=100_000),
    st.booleans(),
)
answers = st.dictionaries(
    st.sampled_from([c.id for c in CAT.criteria]),
    st.builds(
        lambda value, clock: Answer.model_construct(value=value, clock=clock),
        values,
        st.sampled_from(["calendar", "business"]),
    ),
    max_size=len(CAT.criteria),
)
numeric_ids = [c.id for c in CAT.criteria if c.thresholds is not None]
targets = st.dictionaries(
    st.sampled_from(numeric_ids), st.floats(min_value=0, max_value=50_000), max_size=10
)


@settings(max_examples=150, deadline=None)
@given(
    answers=answers,
    window=st.sampled_from(WINDOWS),
    targets=targets,
    not_applicable=st.frozensets(st.sampled_from([c.id for c in CAT.criteria]), max_size=10),
    round_the_clock=st.booleans(),
)
def test_evaluate_scores_each_answer_as_score_answer_does(
    answers, window, targets, not_applicable, round_the_clock
):
    offer = Offer(id="o", name="O", support_window=window).model_copy(update={"answers": answers})
    assert_agree(offer, requirements(targets, not_applicable, round_the_clock))


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, 0.0, -0.0, 1e300])
def test_evaluate_and_score_answer_agree_on_extreme_numbers(value):
    # the loader refuses NaN and infinities; the two rules must still not differ on them
    answers = {
        c.id: Answer.model_construct(value=value, clock="calendar")
        for c in CAT.criteria
        if c.thresholds is not None
    }
    offer = Offer(id="o", name="O").model_copy(update={"answers": answers})
    assert_agree(offer, requirements({}, frozenset(), False))


@pytest.mark.parametrize("value", [math.nan, math.inf, 1e300, 1e15])
def test_absurd_business_hours_delays_are_scored_red_by_both(value):
    # a project edited behind slaeval's back may hold them; the worst case must not hang
    delays = [c for c in CAT.criteria if c.business_hours]
    answers = {c.id: Answer.model_construct(value=value, clock="business") for c in delays}
    offer = Offer(id="o", name="O").model_copy(update={"answers": answers})
    req = requirements({}, frozenset(), True)
    assert_agree(offer, req)
    result = evaluate(CAT, req, [offer]).offers[0]
    assert {result.criteria[c.id].status for c in delays} == {"red"}
