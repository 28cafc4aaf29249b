"""Shared helpers: median timing and the Measure record every benchmark returns."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass


@dataclass
class Measure:
    """One figure: its value, its floor (if it is a ratio), and the goal printed beside it."""

    name: str
    value: float
    unit: str
    goal: str
    ok: bool
    floor: float | None = None
    detail: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def median_seconds(action: Callable[[], object], runs: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def paired_medians(
    action: Callable[[], object], floor: Callable[[], object], runs: int = 31
) -> tuple[float, float]:
    """Medians of ``action`` and of its ``floor``, timed in turn, so that a burst of load from
    other programs weighs on both alike and their ratio stays fair."""
    action()
    floor()
    samples: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for timed, out in ((action, samples[0]), (floor, samples[1])):
            start = time.perf_counter()
            timed()
            out.append(time.perf_counter() - start)
    return statistics.median(samples[0]), statistics.median(samples[1])
