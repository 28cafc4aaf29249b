"""The needs diagnostic: the ten warning signs and the company profile."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

SignAnswer = Literal["yes", "partly", "no"]
SignId = Literal[
    "no_owner",
    "untested_backups",
    "postponed_updates",
    "outages_from_customers",
    "major_outage",
    "unsure_security",
    "no_continuity_plan",
    "cost_blindness",
    "no_clear_contract",
    "it_eats_time",
]
SIGN_IDS: tuple[SignId, ...] = get_args(SignId)
BusinessHours = Literal["office", "extended", "24x7"]
Regulation = Literal["none", "nis2", "dora"]


class DowntimeInputs(BaseModel):
    """Figures for the downtime-cost helper (all optional until the user fills them)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    revenue_per_hour: float | None = Field(default=None, ge=0, le=1e9)
    it_revenue_share: float | None = Field(default=None, ge=0, le=100)
    staff_affected: int | None = Field(default=None, ge=0, le=1_000_000)
    loaded_hourly_cost: float | None = Field(default=None, ge=0, le=100_000)
    idle_share: float | None = Field(default=None, ge=0, le=100)


class CompanyProfile(BaseModel):
    """Who the client is; drives weights, K.O.s and targets."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    company_name: str = Field(default="", max_length=200)
    staff: int | None = Field(default=None, ge=1, le=1_000_000)
    it_staff: int | None = Field(default=None, ge=0, le=100_000)
    business_hours: BusinessHours = "office"
    personal_data: bool | None = None
    regulated: Regulation = "none"
    hosted_services: bool | None = None
    downtime: DowntimeInputs = Field(default_factory=DowntimeInputs)
    downtime_cost_per_hour: float | None = Field(default=None, ge=0, le=1e9)


class Diagnostic(BaseModel):
    """The answers to the needs questionnaire."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    signs: dict[SignId, SignAnswer] = Field(default_factory=dict)
    profile: CompanyProfile = Field(default_factory=CompanyProfile)
