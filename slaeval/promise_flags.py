"""Promised, not in the contract: when a contract is analysed for a provider whose offer was
typed in from the salesperson's answers, each claim the contract does not back becomes a
tracked negotiation ask on that offer, with the reason in its note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slaeval.criteria import Catalogue
from slaeval.localized import Lang
from slaeval.project import Negotiation, Project

if TYPE_CHECKING:
    from slaeval.analysis import AnalysisReport


def promise_flags(
    project: Project, provider: str, report: AnalysisReport, catalogue: Catalogue, lang: Lang
) -> list[tuple[str, str, Negotiation]]:
    """(offer id, criterion id, negotiation entry) for every unbacked claim of the offers
    already in ``project`` under the name ``provider``."""
    from slaeval.analysis import promises_not_in_contract

    flags = []
    for offer in project.offers:
        if offer.name != provider:
            continue
        for gap in promises_not_in_contract(offer, report, catalogue):
            current = project.negotiation_for(offer.id, gap.criterion)
            note = gap.message.get(lang)  # "Promised, not in the contract: ..." and the like
            if note not in current.note:
                joined = f"{current.note}\n{note}".strip()
                flags.append((offer.id, gap.criterion, current.model_copy(update={"note": joined})))
    return flags


def tracked_asks(project: Project) -> dict[str, frozenset[str]]:
    """Per offer, the criteria whose ask is being tracked (a note, a reply, or a state other
    than pending): they stay on the checklist even once the answer scores well."""
    return {
        offer_id: frozenset(
            criterion_id
            for criterion_id, item in items.items()
            if item.note or item.reply or item.state != "pending"
        )
        for offer_id, items in project.negotiation.items()
    }
