"""The whole evaluation project as one immutable value.

The project file (``project_store.py``) reads and writes this; scoring reads it; the UI edits
it through the store. Overrides are kept apart from what the diagnostic derives, so changing
an answer later never erases a choice the user made.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from slaeval.diagnostic_model import Diagnostic
from slaeval.offers import AnswerValue, Offer

AskState = Literal["pending", "obtained", "refused"]

# Override keys: "area_weight:<area>", "criterion_weight:<criterion>", "knockout:<criterion>",
# "target:<criterion>", "round_the_clock". Values: float, bool, or an answer value.
OverrideValue = float | bool | str | None


class Negotiation(BaseModel):
    """Where one ask stands with one provider."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    state: AskState = "pending"
    reply: str = Field(default="", max_length=20000)
    note: str = Field(default="", max_length=20000)


class ProjectInfo(BaseModel):
    """Cover details for reports."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = Field(default="", max_length=200)
    client: str = Field(default="", max_length=200)
    author: str = Field(default="", max_length=200)
    created: datetime | None = None


class Project(BaseModel):
    """Everything a .slaeval file holds, apart from its change log."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    info: ProjectInfo = Field(default_factory=ProjectInfo)
    diagnostic: Diagnostic = Field(default_factory=Diagnostic)
    overrides: dict[str, OverrideValue] = Field(default_factory=dict)
    offers: tuple[Offer, ...] = ()
    negotiation: dict[str, dict[str, Negotiation]] = Field(default_factory=dict)
    notes: dict[str, str] = Field(default_factory=dict)

    def offer(self, offer_id: str) -> Offer:
        return next(o for o in self.offers if o.id == offer_id)

    def negotiation_for(self, offer_id: str, criterion_id: str) -> Negotiation:
        return self.negotiation.get(offer_id, {}).get(criterion_id) or Negotiation()


__all__ = ["AnswerValue", "AskState", "Negotiation", "OverrideValue", "Project", "ProjectInfo"]
