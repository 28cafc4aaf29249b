"""Sales promise against contract text.

The salesperson's questionnaire says "quarterly restore tests"; the contract says nothing of
the kind. Such a promise binds no one: it is flagged "promised, not in the contract" and
becomes an ask (write it into the contract). A contract that commits to less than the
promise ("30 minutes" promised, "4 business hours" written) is flagged too.
Only criteria the analysis knows how to look for are checked, so silence means something.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from slaeval.analysis.model import AnalysisReport, Finding, FindingValue
from slaeval.analysis.rules import Rules, load_rules
from slaeval.criteria import Catalogue, Criterion
from slaeval.criterion_scoring import score_answer
from slaeval.explain import format_value
from slaeval.localized import Localized, both
from slaeval.offers import Answer, AnswerValue, Offer, SupportWindow
from slaeval.promise_flags import LESS_THAN_PROMISED, NOT_IN_CONTRACT

GapKind = Literal["not_in_contract", "contract_differs"]
# Criteria read by dedicated code rather than by a rule of rules.json.
HANDLED_IN_CODE: frozenset[str] = frozenset(
    {f"support.p{n}_{m}" for n in range(1, 5) for m in ("response", "restoration")}
    | {
        "support.hours_defined",
        "oncall.p1_out_of_hours",
        "oncall.monitoring_vs_action",
        "availability.commitment",
        "availability.credit_ladder",
        "liability.cap",
        "costs.tacit_renewal",
    }
)

# Terms that describe the deal rather than promise a service: a contract that does not repeat
# them breaks no promise (a contract that states worse terms is still flagged).
DESCRIPTIVE: frozenset[str] = frozenset(
    {
        "costs.pricing_model",
        "costs.tco_computable",
        "costs.initial_term",
        "costs.renewal_notice",
        "costs.termination_fee",
        "costs.tacit_renewal",
        "scope.client_obligations",
    }
)


class PromiseGap(BaseModel):
    """A typed-in answer that the contract does not back."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    criterion: str
    kind: GapKind
    promised: AnswerValue
    contract: FindingValue | None = None
    location: str = ""
    message: Localized
    ask: Localized


def checkable_criteria(rules: Rules | None = None) -> frozenset[str]:
    """Every criterion the analysis can find in a document."""
    rules = rules or load_rules()
    from_rules = {r.criterion for r in rules.choice_rules} | {
        r.criterion for r in rules.measure_rules if r.kind == "answer"
    }
    return frozenset(from_rules) | HANDLED_IN_CODE


def promises_not_in_contract(
    offer: Offer, report: AnalysisReport, catalogue: Catalogue | None = None
) -> list[PromiseGap]:
    """Typed answers that promise something the analysed contract does not hold."""
    if catalogue is None:
        from slaeval.catalogue import load_catalogue

        catalogue = load_catalogue()
    checkable = checkable_criteria()
    gaps: list[PromiseGap] = []
    for criterion in catalogue.criteria:
        answer = offer.answers.get(criterion.id)
        if answer is None or answer.value is None or answer.source == "contract":
            continue
        if criterion.id not in checkable or not _is_commitment(criterion, answer):
            continue
        found = [f for f in report.answers() if f.criterion == criterion.id]
        if not found and criterion.id in DESCRIPTIVE:
            continue
        promised = (
            format_value(criterion, answer, offer.support_window, "fr"),
            format_value(criterion, answer, offer.support_window, "en"),
        )
        if not found:
            gaps.append(_gap(criterion, "not_in_contract", answer, promised, None))
            continue
        weaker = [f for f in found if _weaker(criterion, f, answer)]
        if weaker:
            gaps.append(_gap(criterion, "contract_differs", answer, promised, weaker[0]))
    return gaps


def _is_commitment(criterion: Criterion, answer: Answer) -> bool:
    """A yes, or an answer that scores good or acceptable: something worth having was
    promised."""
    if criterion.kind == "yesno":
        return answer.value in ("yes", "partly")
    scored = score_answer(criterion, answer, SupportWindow())
    return scored.status in ("good", "acceptable")


def _weaker(criterion: Criterion, finding: Finding, answer: Answer) -> bool:
    if criterion.kind == "choice":
        in_contract = criterion.choice(str(finding.value))
        in_offer = criterion.choice(str(answer.value))
        if in_contract is None or in_offer is None:
            return False
        return in_contract.score < in_offer.score
    if criterion.kind == "yesno":
        return finding.value is False and answer.value == "yes"
    if not isinstance(answer.value, int | float) or isinstance(finding.value, str | bool):
        return False
    written, promised = float(finding.value), float(answer.value)
    if criterion.direction == "higher":
        return written < promised
    business_only_in_contract = (
        criterion.kind == "duration" and finding.clock == "business" and answer.clock != "business"
    )
    return written > promised or (written == promised and business_only_in_contract)


def _gap(
    criterion: Criterion,
    kind: GapKind,
    answer: Answer,
    promised: tuple[str, str],
    finding: Finding | None,
) -> PromiseGap:
    question = criterion.question
    if finding is None:
        message = both(
            f"{NOT_IN_CONTRACT.fr}{question.fr} (réponse commerciale : {promised[0]})",
            f"{NOT_IN_CONTRACT.en}{question.en} (sales answer: {promised[1]})",
        )
        ask = both(
            f"Faire inscrire dans le contrat l'engagement annoncé par le commercial : "
            f"{promised[0]}.",
            f"Have the commitment the salesperson announced written into the contract: "
            f"{promised[1]}.",
        )
    else:
        message = both(
            f"{LESS_THAN_PROMISED.fr}{question.fr} (réponse commerciale : {promised[0]})",
            f"{LESS_THAN_PROMISED.en}{question.en} (sales answer: {promised[1]})",
        )
        ask = both(
            f"Aligner le contrat sur la réponse commerciale : {promised[0]}.",
            f"Bring the contract into line with the sales answer: {promised[1]}.",
        )
    return PromiseGap(
        criterion=criterion.id,
        kind=kind,
        promised=answer.value,
        contract=None if finding is None else finding.value,
        location="" if finding is None else finding.location,
        message=message,
        ask=ask,
    )
