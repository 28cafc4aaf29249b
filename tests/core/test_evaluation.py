"""Weighted totals, K.O.s, ranks and properties of the evaluation, on worked examples."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slaeval.evaluation import evaluate
from slaeval.offers import Answer, Offer
from slaeval.requirements import Requirements
from tests.core.minicat import mini_catalogue

CAT = mini_catalogue()


def requirements(**changes):
    base = dict(
        area_weights={a.id: a.weight for a in CAT.areas},
        criterion_weights={c.id: c.weight for c in CAT.criteria},
        knockouts=frozenset({"security.mfa"}),
        targets={},
        round_the_clock=False,
    )
    base.update(changes)
    return Requirements(**base)


def offer(name, p1=240, esc="named", mfa="enforced", edr="yes"):
    answers = {
        "support.p1_restoration": Answer(value=p1),
        "support.escalation": Answer(value=esc),
        "security.mfa": Answer(value=mfa),
        "security.edr": Answer(value=edr),
    }
    return Offer(
        id=name.lower(),
        name=name,
        answers={k: v for k, v in answers.items() if v.value is not None},
    )


def test_worked_example_total():
    # support (60 %): P1 480 min -> 80 (weight 2), escalation contacts -> 60 (weight 1)
    #   area = (2*80 + 60) / 3 = 73.33
    # security (40 %): MFA enforced -> 100, EDR partly -> 50: area = 75
    # total = 0.6 * 73.33 + 0.4 * 75 = 74
    ev = evaluate(CAT, requirements(), [offer("A", p1=480, esc="contacts", edr="partly")])
    result = ev.offers[0]
    assert result.areas["support"] == pytest.approx(220 / 3)
    assert result.areas["security"] == pytest.approx(75)
    assert result.total == pytest.approx(74)
    assert result.rank == 1


def test_total_is_the_weighted_sum_of_the_criteria_it_shows():
    ev = evaluate(CAT, requirements(), [offer("A", p1=700, esc="none", edr="no")])
    r = ev.offers[0]
    assert sum(c.weight for c in r.criteria.values()) == pytest.approx(100)
    assert r.total == pytest.approx(sum(c.weight * c.score for c in r.criteria.values()) / 100)


def test_failed_knockout_leaves_the_ranking_with_its_reason():
    ev = evaluate(CAT, requirements(), [offer("Good"), offer("NoMFA", mfa="none")])
    bad = ev.result("nomfa")
    assert bad.knocked_out and bad.rank is None and bad.knockouts == ("security.mfa",)
    assert ev.ranking == ("good",)


def test_unknown_knockout_is_a_failure_too():
    ev = evaluate(CAT, requirements(), [offer("Vague", mfa=None)])
    assert ev.offers[0].knockouts == ("security.mfa",)


def test_knockout_switched_off_keeps_the_offer():
    ev = evaluate(CAT, requirements(knockouts=frozenset()), [offer("NoMFA", mfa="none")])
    assert ev.offers[0].rank == 1


def test_asks_cover_weak_points_most_important_first():
    ev = evaluate(CAT, requirements(), [offer("A", p1=1440, esc="contacts", mfa="none")])
    asks = ev.offers[0].asks
    ids = [a.criterion_id for a in asks]
    assert set(ids) == {"support.p1_restoration", "support.escalation", "security.mfa"}
    assert ids[0] == "security.mfa"  # a failed K.O. comes first
    assert [a.priority for a in asks] == sorted((a.priority for a in asks), reverse=True)


def test_not_applicable_criterion_is_left_out_of_the_total():
    req = requirements(not_applicable=frozenset({"security.edr"}))
    ev = evaluate(CAT, req, [offer("A", edr="no")])
    r = ev.offers[0]
    assert r.criteria["security.edr"].status == "not_applicable"
    assert r.areas["security"] == pytest.approx(100)


delays = st.one_of(st.none(), st.floats(min_value=0, max_value=10_000))
choices = st.sampled_from(["named", "contacts", "none", None])
yesno = st.sampled_from(["yes", "partly", "no", None])


@settings(max_examples=80, deadline=None)
@given(p1=delays, esc=choices, edr=yesno)
def test_scores_stay_between_0_and_100(p1, esc, edr):
    r = evaluate(CAT, requirements(), [offer("A", p1=p1, esc=esc, edr=edr)]).offers[0]
    assert 0 <= r.total <= 100
    assert all(0 <= s <= 100 for s in r.areas.values())


@settings(max_examples=80, deadline=None)
@given(p1=st.floats(min_value=1, max_value=5000), better=st.floats(min_value=0, max_value=1))
def test_a_better_answer_never_lowers_the_total(p1, better):
    worse = evaluate(CAT, requirements(), [offer("A", p1=p1)]).offers[0].total
    improved = evaluate(CAT, requirements(), [offer("A", p1=p1 * better)]).offers[0].total
    assert improved >= worse - 1e-9


@settings(max_examples=40, deadline=None)
@given(data=st.lists(st.tuples(delays, choices, yesno), min_size=2, max_size=5), seed=st.randoms())
def test_ranking_ignores_names_and_order(data, seed):
    offers = [offer(f"O{i}", p1=p, esc=e, edr=y) for i, (p, e, y) in enumerate(data)]
    base = evaluate(CAT, requirements(), offers)
    renamed = [o.model_copy(update={"name": f"Z{o.id}"}) for o in offers]
    seed.shuffle(renamed)
    again = evaluate(CAT, requirements(), renamed)
    totals = {r.offer_id: r.total for r in base.offers}
    totals_again = {r.offer_id: r.total for r in again.offers}
    assert totals == totals_again
    ranked = [totals[i] for i in base.ranking]
    assert ranked == sorted(ranked, reverse=True)
    assert [totals[i] for i in again.ranking] == ranked  # same order, ties aside
    assert set(again.ranking) == set(base.ranking)
    shuffled = list(offers)
    seed.shuffle(shuffled)
    assert evaluate(CAT, requirements(), shuffled).ranking == base.ranking  # order alone: exact
