"""What an analysis returns: findings with their evidence, what was not found, conflicts.

A finding of kind "answer" is a proposed answer to a catalogue criterion, already in the
criterion's stored unit (minutes, percent, days, months, euros, a choice id, true/false). Other
kinds carry facts that fill the offer around the answers: a service-credit tier, the credit cap,
the support window, the renewal period, prices.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from slaeval.localized import Localized
from slaeval.offers import Clock

FindingUnit = Literal["minutes", "percent", "days", "months", "eur", "bool", "text"]
FindingKind = Literal[
    "answer",
    "credit_tier",
    "credit_cap",
    "support_window",
    "renewal_period",
    "monthly_fee",
    "setup_fee",
    "exit_fee",
    "cap_amount",
]
FindingValue = str | float | bool


class Finding(BaseModel):
    """One thing the document says, with the passage that says it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    criterion: str
    kind: FindingKind = "answer"
    value: FindingValue
    unit: FindingUnit
    clock: Clock | None = None
    evidence: str
    location: str
    confidence: float = Field(ge=0, le=1)
    threshold: float | None = None
    label: Localized


class Conflict(BaseModel):
    """Findings on the same criterion that disagree (two different P1 times, say)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    criterion: str
    findings: tuple[int, ...]
    values: tuple[FindingValue, ...]
    locations: tuple[str, ...]


class AnalysisReport(BaseModel):
    """The result of analysing one document."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    document: str
    pages: int
    findings: tuple[Finding, ...] = ()
    missing: tuple[str, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    warnings: tuple[Localized, ...] = ()

    def answers(self) -> list[Finding]:
        return [f for f in self.findings if f.kind == "answer"]

    def for_criterion(self, criterion_id: str) -> list[Finding]:
        return [f for f in self.findings if f.criterion == criterion_id]

    def has_finding(self, criterion_id: str) -> bool:
        return any(f.criterion == criterion_id for f in self.findings)
