"""An offer from a provider: its answers per criterion, its prices and its support window."""

from __future__ import annotations

import math
import uuid
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

AnswerValue = str | float | None
Clock = Literal["calendar", "business"]
AnswerSource = Literal["typed", "imported", "contract"]


class Evidence(BaseModel):
    """The passage an answer rests on and where it was found."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    quote: str = Field(max_length=5000)
    location: str = Field(default="", max_length=500)


class Answer(BaseModel):
    """An offer's answer to one criterion; ``value`` None means unknown."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    value: AnswerValue = None
    clock: Clock = "calendar"
    note: str = Field(default="", max_length=20000)
    evidence: Evidence | None = None
    source: AnswerSource = "typed"

    @field_validator("value")
    @classmethod
    def _finite(cls, value: AnswerValue) -> AnswerValue:
        # JSON has no infinity or NaN, yet a parser may give one (1e999 reads as infinity):
        # such a number can neither be scored nor saved.
        if isinstance(value, float) and not math.isfinite(value):
            raise ValueError("the number must be finite")
        return value

    @property
    def unknown(self) -> bool:
        return self.value is None


class SupportWindow(BaseModel):
    """When the provider's support clock runs: weekdays (0 = Monday) and hours, with an
    optional break inside them when the desk closes (a lunch break: "8h-12h et 14h-18h")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    days: tuple[int, ...] = (0, 1, 2, 3, 4)
    start_minute: int = Field(default=9 * 60, ge=0, le=24 * 60)
    end_minute: int = Field(default=18 * 60, ge=0, le=24 * 60)
    break_start_minute: int | None = Field(default=None, ge=0, le=24 * 60)
    break_end_minute: int | None = Field(default=None, ge=0, le=24 * 60)

    @field_validator("days")
    @classmethod
    def _valid_days(cls, days: tuple[int, ...]) -> tuple[int, ...]:
        if not days or any(d < 0 or d > 6 for d in days) or len(set(days)) != len(days):
            raise ValueError("days must be distinct weekdays 0 (Monday) to 6 (Sunday)")
        return tuple(sorted(days))

    @model_validator(mode="after")
    def _ordered(self) -> SupportWindow:
        if self.end_minute <= self.start_minute:
            raise ValueError("the support window must end after it starts")
        begin, end = self.break_start_minute, self.break_end_minute
        if begin is None and end is None:
            return self
        if begin is None or end is None or not self.start_minute < begin < end < self.end_minute:
            raise ValueError("the break must start and end within the support hours")
        return self

    @property
    def open_periods(self) -> tuple[tuple[int, int], ...]:
        """The day's open hours in minutes: one period, or two around the break."""
        if self.break_start_minute is None or self.break_end_minute is None:
            return ((self.start_minute, self.end_minute),)
        return (
            (self.start_minute, self.break_start_minute),
            (self.break_end_minute, self.end_minute),
        )

    @property
    def round_the_clock(self) -> bool:
        return len(self.days) == 7 and self.start_minute == 0 and self.end_minute == 24 * 60

    @classmethod
    def always(cls) -> SupportWindow:
        return cls(days=(0, 1, 2, 3, 4, 5, 6), start_minute=0, end_minute=24 * 60)


class CreditTier(BaseModel):
    """Service credit due when monthly availability falls below ``below`` percent."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    below: float = Field(gt=0, le=100)
    credit_percent: float = Field(ge=0, le=100)


class Prices(BaseModel):
    """What the offer costs, in euros excluding VAT."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    setup: float = Field(default=0, ge=0, le=1e9)
    monthly: float = Field(default=0, ge=0, le=1e8)
    term_months: int = Field(default=36, ge=1, le=240)
    exit_cost: float = Field(default=0, ge=0, le=1e9)
    credit_tiers: tuple[CreditTier, ...] = ()
    credit_cap_percent: float | None = Field(default=None, ge=0, le=100)


def new_offer_id() -> str:
    return uuid.uuid4().hex[:12]


class Offer(BaseModel):
    """One provider's offer as the user entered, imported or analysed it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(default_factory=new_offer_id, pattern=r"^[A-Za-z0-9_-]{1,64}$")
    name: str = Field(min_length=1, max_length=200)
    answers: dict[str, Answer] = Field(default_factory=dict)
    prices: Prices = Field(default_factory=Prices)
    support_window: SupportWindow = Field(default_factory=SupportWindow)
    notes: str = Field(default="", max_length=20000)

    @field_validator("name")
    @classmethod
    def _name_not_blank(cls, name: str) -> str:
        if not name.strip():
            raise ValueError("the provider name must not be empty")
        return name.strip()

    def answer(self, criterion_id: str) -> Answer:
        return self.answers.get(criterion_id) or Answer()
