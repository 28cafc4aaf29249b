"""Total cost over the term, downtime exposure and what service credits pay back."""

import pytest

from slaeval.costs import credit_percent, offer_costs
from slaeval.offers import Answer, CreditTier, Offer, Prices

LADDER = (
    CreditTier(below=99.9, credit_percent=10),
    CreditTier(below=99.0, credit_percent=25),
    CreditTier(below=95.0, credit_percent=50),
)


def make(availability=99.9, cap=None):
    prices = Prices(
        setup=2000,
        monthly=3000,
        term_months=36,
        exit_cost=1500,
        credit_tiers=LADDER,
        credit_cap_percent=cap,
    )
    return Offer(
        name="X", prices=prices, answers={"availability.commitment": Answer(value=availability)}
    )


def test_total_cost_over_the_term():
    assert offer_costs(make(), None, 80).total_cost == 2000 + 3000 * 36 + 1500


def test_cost_per_year_spreads_the_total_over_the_term():
    costs = offer_costs(make(), None, 80)
    assert costs.annual_cost == pytest.approx((2000 + 3000 * 36 + 1500) / 3)
    assert costs.as_dict()["annual_cost"] == pytest.approx(37166.67)


def test_downtime_allowed_by_999_is_43_minutes_a_month():
    costs = offer_costs(make(99.9), 1560, 80)
    assert costs.allowed_downtime_hours * 60 == pytest.approx(43.2)
    assert costs.downtime_cost_per_month == pytest.approx(0.72 * 1560)


def test_credits_on_a_bad_month():
    # 99.5 % allows 3.6 h; a bad month has 7.2 h down = 99.0 % -> 10 % tier (below 99.9, not 99.0)
    costs = offer_costs(make(99.5), 1000, 80)
    assert costs.bad_month_credit == pytest.approx(300)
    assert costs.bad_month_loss == pytest.approx(7200)
    assert costs.credit_share == pytest.approx(300 / 7200 * 100)


def test_credit_ladder_takes_the_deepest_tier_and_the_cap():
    assert credit_percent(make(), 94.0) == 50
    assert credit_percent(make(cap=20), 94.0) == 20
    assert credit_percent(make(), 99.95) == 0


def test_unknown_availability_leaves_downtime_unknown():
    offer = make().model_copy(update={"answers": {}})
    costs = offer_costs(offer, 1000, 50)
    assert costs.allowed_downtime_hours is None and costs.credit_share is None
