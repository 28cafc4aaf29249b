"""Negotiation asks: each weak point of an offer becomes something to demand.

A criterion that is red, unknown, or below the good line becomes an ask, ordered by importance:
its weight in the total times how far the offer falls short (K.O. criteria first). The texts
(what to demand, the fallback, why) come from the catalogue when the ask is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from slaeval.criterion_scoring import ResultStatus
from slaeval.offers import AnswerValue

KNOCKOUT_BOOST = 3.0


@dataclass(frozen=True, slots=True)
class Ask:
    criterion_id: str
    area: str
    status: ResultStatus
    value: AnswerValue
    score: float
    priority: float
    knockout: bool


def build_asks(
    rows: list[tuple[str, str, ResultStatus, AnswerValue, float, float]],
    knockouts: frozenset[str],
    tracked: frozenset[str] = frozenset(),
) -> tuple[Ask, ...]:
    """``rows``: (criterion id, area, status, value, score, weight share) for one offer.

    ``tracked`` criteria (a negotiation under way, or a promise the contract does not hold)
    stay on the list even when the answer scores well, ranked as if it were unconfirmed."""
    asks = []
    for criterion_id, area, status, value, score, weight in rows:
        weak = status not in ("good", "not_applicable") and score < 100.0
        if not weak and criterion_id not in tracked:
            continue
        is_ko = criterion_id in knockouts
        gap = (100.0 - score) / 100.0 if weak else 1.0
        priority = weight * gap * (KNOCKOUT_BOOST if is_ko else 1.0)
        asks.append(Ask(criterion_id, area, status, value, score, round(priority, 4), is_ko))
    asks.sort(key=lambda a: (-a.priority, a.criterion_id))
    return tuple(asks)
