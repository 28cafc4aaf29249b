"""What an offer costs over its term, and what its downtime may cost the client.

Expected downtime comes from the availability commitment over a 30-day month (99.9 % allows
43.2 minutes). Service credits are tested on a bad month, one with twice the allowed
downtime: how much of that month's loss would the credits pay back?
"""

from __future__ import annotations

from dataclasses import dataclass

from slaeval.offers import Offer

HOURS_PER_MONTH = 30 * 24
AVAILABILITY_ID = "availability.commitment"


@dataclass(frozen=True, slots=True)
class Costs:
    total_cost: float
    monthly: float
    term_months: int
    allowed_downtime_hours: float | None
    downtime_cost_per_month: float | None
    bad_month_loss: float | None
    bad_month_credit: float | None
    credit_share: float | None
    value_for_money: float | None

    @property
    def annual_cost(self) -> float:
        """The total over the term spread over twelve months: the fair figure when the
        offers' terms differ (12 months against 36, say)."""
        return self.total_cost / self.term_months * 12 if self.term_months > 0 else 0.0

    def as_dict(self) -> dict[str, float | int | None]:
        return {
            "total_cost": round(self.total_cost, 2),
            "monthly": self.monthly,
            "term_months": self.term_months,
            "annual_cost": round(self.annual_cost, 2),
            "allowed_downtime_hours_per_month": _r(self.allowed_downtime_hours),
            "downtime_cost_per_month": _r(self.downtime_cost_per_month),
            "bad_month_loss": _r(self.bad_month_loss),
            "bad_month_credit": _r(self.bad_month_credit),
            "credit_share_percent": _r(self.credit_share),
            "score_per_10k_eur": _r(self.value_for_money),
        }


def _r(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def credit_percent(offer: Offer, availability: float) -> float:
    """Credit due (percent of the monthly fee) for a month at ``availability``, capped."""
    prices = offer.prices
    due = max((t.credit_percent for t in prices.credit_tiers if availability < t.below), default=0)
    if prices.credit_cap_percent is not None:
        due = min(due, prices.credit_cap_percent)
    return due


def offer_costs(offer: Offer, cost_per_hour: float | None, total_score: float) -> Costs:
    prices = offer.prices
    total = prices.setup + prices.monthly * prices.term_months + prices.exit_cost
    value = offer.answer(AVAILABILITY_ID).value
    allowed = exposure = loss = credit = share = None
    if isinstance(value, int | float) and not isinstance(value, bool):
        allowed = (100.0 - float(value)) / 100.0 * HOURS_PER_MONTH
        bad_availability = 100.0 - 2 * (100.0 - float(value))
        credit = credit_percent(offer, bad_availability) / 100.0 * prices.monthly
        if cost_per_hour is not None:
            exposure = allowed * cost_per_hour
            loss = 2 * allowed * cost_per_hour
            share = 100.0 * credit / loss if loss > 0 else None
    per_10k = total_score / (total / 10_000) if total > 0 else None
    return Costs(
        total, prices.monthly, prices.term_months, allowed, exposure, loss, credit, share, per_10k
    )
