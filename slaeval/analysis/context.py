"""Shared state of one analysis: the sentences, a fast index over them, and what was found.

Each rule has a trigger pattern; the index runs it once over the whole folded text and hands
back the sentences it hits, so the other (slower) patterns only run where they can match.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from slaeval.analysis.document import Sentence
from slaeval.analysis.model import FindingKind, FindingUnit, FindingValue
from slaeval.analysis.quantities import Duration
from slaeval.analysis.rules import Rules
from slaeval.localized import Localized
from slaeval.offers import Clock

DEFAULT_BUSINESS_DAY_MINUTES = 9 * 60


@dataclass(slots=True)
class Candidate:
    """A finding before duplicates are merged and conflicts are found."""

    criterion: str
    value: FindingValue
    unit: FindingUnit
    sentence: int
    confidence: float
    kind: FindingKind = "answer"
    clock: Clock | None = None
    rank: int = 1
    threshold: float | None = None


@dataclass(slots=True)
class Context:
    """The sentences of the document and everything the extractors learn along the way."""

    sentences: list[Sentence]
    rules: Rules
    candidates: list[Candidate] = field(default_factory=list)
    warnings: list[Localized] = field(default_factory=list)
    business_clock_declared: bool = False
    business_day_minutes: int = DEFAULT_BUSINESS_DAY_MINUTES
    worded_levels: dict[int, int] = field(default_factory=dict)
    _joined: str = field(init=False, default="")
    _starts: list[int] = field(init=False, default_factory=list)
    _durations: dict[int, list[Duration]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        offset = 0
        parts: list[str] = []
        for sentence in self.sentences:
            self._starts.append(offset)
            parts.append(sentence.folded)
            offset += len(sentence.folded) + 1
        self._joined = "\n".join(parts)

    def matching(self, pattern: re.Pattern[str]) -> list[int]:
        """Indexes of the sentences where ``pattern`` matches, in order."""
        hits: list[int] = []
        for match in pattern.finditer(self._joined):
            index = bisect_right(self._starts, match.start()) - 1
            if not hits or hits[-1] != index:
                hits.append(index)
        return hits

    def folded(self, index: int) -> str:
        return self.sentences[index].folded

    def durations(self, index: int) -> list[Duration]:
        cached = self._durations.get(index)
        if cached is None:
            cached = self.rules.quantities.durations(self.folded(index))
            self._durations[index] = cached
        return cached

    def add(self, candidate: Candidate) -> None:
        self.candidates.append(candidate)

    def warn(self, message: Localized) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def duration_value(
        self, duration: Duration, unit: FindingUnit, *, support_delay: bool = False
    ) -> tuple[float, Clock]:
        """A delay in the finding's unit, and the clock it is counted in.

        Business days become business minutes with the support window's day length. A support
        delay with no word about its clock follows the document's declaration, if any.
        """
        business = duration.business
        if business is None:
            business = support_delay and self.business_clock_declared
        clock: Clock = "business" if business else "calendar"
        if unit == "minutes":
            if business and duration.unit in ("day", "week"):
                days = duration.amount * (5 if duration.unit == "week" else 1)
                return float(days * self.business_day_minutes), clock
            return round(duration.calendar_minutes, 2), clock
        if unit == "days":
            return round(duration.in_days(), 2), clock
        return duration.in_months(), clock
