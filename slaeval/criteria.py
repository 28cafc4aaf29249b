"""The criteria catalogue as data: areas, criteria, answer kinds and thresholds.

A catalogue file describes what a good managed-services contract holds. Scoring reads these
models; nothing here does I/O (see ``catalogue.py`` for loading).
"""

from __future__ import annotations

from functools import cached_property
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from slaeval.localized import Lang, Localized

AreaId = Literal[
    "scope",
    "support",
    "oncall",
    "availability",
    "liability",
    "reversibility",
    "governance",
    "backup",
    "security",
    "continuity",
    "data",
    "costs",
]
AREA_IDS: tuple[AreaId, ...] = get_args(AreaId)

# yesno answers are "yes" | "partly" | "no"; durations are stored in minutes, percentages in
# percent (99.9), money in euros; number carries its own unit.
AnswerKind = Literal["yesno", "choice", "number", "duration", "percentage", "money"]
NUMERIC_KINDS: frozenset[str] = frozenset({"number", "duration", "percentage", "money"})
Status = Literal["good", "acceptable", "red"]
Direction = Literal["higher", "lower"]
NumberUnit = Literal["months", "days", "months_of_fees", "per_year", "count", "hours"]
KnockoutDefault = Literal["never", "always", "personal_data", "regulated", "hosted"]
AppliesWhen = Literal["always", "personal_data", "regulated", "hosted"]
BasisKind = Literal["norm", "market", "calibrated"]

YESNO_VALUES: tuple[str, ...] = ("yes", "partly", "no")


class Choice(BaseModel):
    """One possible answer to a choice criterion, with the status it earns."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    label: Localized
    status: Status
    score: float = Field(ge=0, le=100)


class Thresholds(BaseModel):
    """Cut-offs for numeric answers, in the criterion's stored unit."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    good: float
    acceptable: float
    red: float


class Basis(BaseModel):
    """Where the default comes from: a norm, market practice, or our own calibration, with the
    source named in both languages (norm names such as "ITIL 4" stay as they are)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: BasisKind
    reference: Localized

    @field_validator("reference")
    @classmethod
    def _long_enough(cls, value: Localized) -> Localized:
        if min(len(value.fr.strip()), len(value.en.strip())) < 3:
            raise ValueError("the reference needs at least 3 characters in each language")
        return value


class Criterion(BaseModel):
    """One question asked of every offer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]+\.[a-z0-9_]+$")
    area: AreaId
    kind: AnswerKind
    unit: NumberUnit | None = None
    direction: Direction | None = None
    question: Localized
    label: Localized | None = None  # a short name where the question does not fit
    help: Localized
    weight: float = Field(gt=0, le=10)
    thresholds: Thresholds | None = None
    choices: tuple[Choice, ...] = ()
    knockout_allowed: bool = False
    knockout_default: KnockoutDefault = "never"
    applies_when: AppliesWhen = "always"
    business_hours: bool = False
    ask: Localized
    fallback: Localized
    basis: Basis

    def name(self, lang: Lang) -> str:
        """The short name in ``lang``, or the question when the catalogue gives none."""
        return (self.label or self.question).get(lang)

    @model_validator(mode="after")
    def _consistent(self) -> Criterion:
        numeric = self.kind in NUMERIC_KINDS
        if numeric:
            self._check_numeric()
        elif self.thresholds is not None or self.direction is not None:
            raise ValueError("thresholds and direction are only for numeric kinds")
        if self.kind == "choice":
            if len(self.choices) < 2:
                raise ValueError("a choice criterion needs at least two choices")
            ids = [c.id for c in self.choices]
            if len(set(ids)) != len(ids):
                raise ValueError("choice ids must be unique")
        elif self.choices:
            raise ValueError("choices are only for the choice kind")
        if self.kind == "number" and self.unit is None:
            raise ValueError("a number criterion needs a unit")
        if self.knockout_default != "never" and not self.knockout_allowed:
            raise ValueError("knockout_default needs knockout_allowed")
        if self.business_hours and self.kind != "duration":
            raise ValueError("business_hours applies to durations only")
        return self

    def _check_numeric(self) -> None:
        if self.thresholds is None or self.direction is None:
            raise ValueError("numeric criteria need thresholds and a direction")
        t = self.thresholds
        ordered = (
            t.good >= t.acceptable >= t.red
            if self.direction == "higher"
            else t.good <= t.acceptable <= t.red
        )
        if not ordered or t.good == t.red:
            raise ValueError(
                "thresholds must run good -> acceptable -> red in the criterion's direction"
            )

    def choice(self, choice_id: str) -> Choice | None:
        return next((c for c in self.choices if c.id == choice_id), None)


class Area(BaseModel):
    """A group of criteria with its default weight (points out of 100)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: AreaId
    label: Localized
    weight: float = Field(ge=0, le=100)
    review_order: int


class Catalogue(BaseModel):
    """The whole catalogue: its version, the areas, and the criteria in display order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str
    areas: tuple[Area, ...]
    criteria: tuple[Criterion, ...]

    @model_validator(mode="after")
    def _complete(self) -> Catalogue:
        area_ids = [a.id for a in self.areas]
        if sorted(area_ids) != sorted(AREA_IDS):
            raise ValueError(f"areas must be exactly {', '.join(AREA_IDS)}")
        ids = [c.id for c in self.criteria]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"duplicate criterion ids: {', '.join(duplicates)}")
        return self

    @cached_property
    def by_id(self) -> dict[str, Criterion]:
        return {c.id: c for c in self.criteria}

    def criterion(self, criterion_id: str) -> Criterion:
        return self.by_id[criterion_id]

    def area(self, area_id: str) -> Area:
        return next(a for a in self.areas if a.id == area_id)

    def in_area(self, area_id: str) -> list[Criterion]:
        return [c for c in self.criteria if c.area == area_id]

    def areas_in_review_order(self) -> list[Area]:
        return sorted(self.areas, key=lambda a: a.review_order)
