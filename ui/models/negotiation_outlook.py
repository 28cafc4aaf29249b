"""What the negotiation is worth for one offer: its score and rank now, and what they would be
if every ask not refused were obtained (the offer's answer set to what is asked for), the other
offers staying as they are. The core scores both; this module only builds the "what if" offer.
"""

from __future__ import annotations

from dataclasses import dataclass

from slaeval.evaluation import OfferResult, evaluate
from slaeval.formatting import format_number
from slaeval.localized import Lang
from slaeval.offers import Answer, Offer
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation
from slaeval.ui.i18n import _
from slaeval.ui.models.criterion_text import good_value


@dataclass(frozen=True)
class Outlook:
    now: OfferResult
    best: OfferResult  # every ask that is not refused obtained
    open_asks: int  # how many asks that would take


def if_obtained(offer: Offer, criteria: list[str], pe: ProjectEvaluation) -> Offer:
    """``offer`` with its answers to ``criteria`` set to what the asks ask for."""
    answers = dict(offer.answers)
    for criterion_id in criteria:
        criterion = pe.catalogue.criterion(criterion_id)
        old = answers.get(criterion_id) or Answer()
        answers[criterion_id] = old.model_copy(
            update={"value": good_value(criterion, pe.requirements), "clock": "calendar"}
        )
    return offer.model_copy(update={"answers": answers})


def outlook(pe: ProjectEvaluation, project: Project, offer_id: str) -> Outlook:
    now = pe.evaluation.result(offer_id)
    refused = {
        criterion_id
        for criterion_id, n in project.negotiation.get(offer_id, {}).items()
        if n.state == "refused"
    }
    wanted = [
        ask.criterion_id
        for ask in now.asks
        if ask.status != "good" and ask.criterion_id not in refused
    ]
    offers = tuple(if_obtained(o, wanted, pe) if o.id == offer_id else o for o in project.offers)
    best = evaluate(pe.catalogue, pe.requirements, offers).result(offer_id)
    return Outlook(now, best, len(wanted))


def standing(result: OfferResult, lang: Lang) -> str:
    """ "62,4/100, #2" or "47,4/100, out of the ranking (K.O.)"."""
    score = format_number(result.total, lang)
    if result.rank is None:
        return _("{score}/100, out of the ranking (K.O.)").format(score=score)
    return _("{score}/100, #{rank}").format(score=score, rank=result.rank)


def outlook_text(view: Outlook, lang: Lang) -> str:
    now = _("Now: {standing}.").format(standing=standing(view.now, lang))
    if not view.open_asks:
        return now + " " + _("No ask left open.")
    return (
        now
        + " "
        + _("With the {count} asks not refused granted: {standing}.").format(
            count=view.open_asks, standing=standing(view.best, lang)
        )
    )
