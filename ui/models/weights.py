"""Turn "this area should count for p %" into raw weight points, the unit overrides are kept in.

Shares are raw weights normalised to 100, so giving one item the share p means giving it
p / (100 - p) times the others' total. Raw weights have a ceiling (100 for an area, 10 for a
criterion, what the Requirements page accepts); when the new weight would pass it, every
weight of the group is scaled down together, which leaves the shares as asked.
"""

from __future__ import annotations

MAX_SHARE = 95.0


def weights_for_share(
    raw: dict[str, float], key: str, share: float, ceiling: float
) -> dict[str, float]:
    """The raw weights to write (only those that change) so that ``key`` gets ``share`` %."""
    share = max(0.0, min(MAX_SHARE, share))
    others = sum(w for k, w in raw.items() if k != key)
    if others <= 0:
        wanted = {key: ceiling if share > 0 else 0.0}
    else:
        wanted = {**raw, key: share / (100.0 - share) * others}
    top = max(wanted.values(), default=0.0)
    if top > ceiling:
        wanted = {k: w * ceiling / top for k, w in wanted.items()}
    return {k: round(w, 4) for k, w in wanted.items() if abs(w - raw.get(k, -1.0)) > 1e-6}


def shares(raw: dict[str, float]) -> dict[str, float]:
    total = sum(raw.values())
    return {k: (100.0 * w / total if total else 0.0) for k, w in raw.items()}
