"""Which area weight, changed alone, would change the winner, and by how much.

With a weighted sum, an offer's total as a function of one area's weight x (the others fixed)
is (x * S + R) / (x + W): two offers swap places where x * S_a + R_a = x * S_b + R_b, which
gives the exact weight at which the winner changes.
"""

from __future__ import annotations

from dataclasses import dataclass

CLOSE_CALL_POINTS = 5.0


@dataclass(frozen=True, slots=True)
class Flip:
    """Area ``area`` moved from ``current_share`` to ``flip_share`` (percent) makes ``winner``."""

    area: str
    current_share: float
    flip_share: float
    winner: str

    @property
    def change(self) -> float:
        return abs(self.flip_share - self.current_share)


@dataclass(frozen=True)
class Sensitivity:
    flips: tuple[Flip, ...]
    stable_areas: tuple[str, ...]
    close_call: bool
    margin: float | None

    @property
    def smallest(self) -> Flip | None:
        return min(self.flips, key=lambda f: f.change, default=None)


def _crossing(
    area: str,
    leader: str,
    other: str,
    area_scores: dict[str, dict[str, float]],
    weights: dict[str, float],
) -> float | None:
    """Weight of ``area`` at which ``other`` catches ``leader`` (None if never, x >= 0)."""
    s_lead, s_other = area_scores[leader].get(area), area_scores[other].get(area)
    if s_lead is None or s_other is None or s_lead == s_other:
        return None
    rest_lead = sum(w * area_scores[leader].get(a, 0.0) for a, w in weights.items() if a != area)
    rest_other = sum(w * area_scores[other].get(a, 0.0) for a, w in weights.items() if a != area)
    x = (rest_other - rest_lead) / (s_lead - s_other)
    return x if x >= 0 else None


def analyse_sensitivity(
    ranking: list[str],
    totals: dict[str, float],
    area_scores: dict[str, dict[str, float]],
    weights: dict[str, float],
) -> Sensitivity:
    """``ranking`` lists the ranked offer ids, best first; ``weights`` are raw area weights."""
    if len(ranking) < 2:
        return Sensitivity((), tuple(weights), False, None)
    leader = ranking[0]
    margin = totals[leader] - totals[ranking[1]]
    total_weight = sum(weights.values()) or 1.0
    flips: list[Flip] = []
    stable: list[str] = []
    for area, weight in weights.items():
        rest = total_weight - weight
        best: tuple[float, str] | None = None
        for other in ranking[1:]:
            x = _crossing(area, leader, other, area_scores, weights)
            if x is None or abs(x - weight) < 1e-9:
                continue
            if best is None or abs(x - weight) < abs(best[0] - weight):
                best = (x, other)
        if best is None:
            stable.append(area)
            continue
        x, other = best
        share = 100.0 * x / (x + rest) if x + rest > 0 else 100.0
        flips.append(Flip(area, 100.0 * weight / total_weight, share, other))
    return Sensitivity(tuple(flips), tuple(stable), margin < CLOSE_CALL_POINTS, margin)
