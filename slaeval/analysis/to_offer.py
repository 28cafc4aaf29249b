"""Turn an analysis into offer answers: one proposed answer per criterion, with its evidence.

Where the document contradicts itself, the least favourable value is proposed and the note
says so. Prices, the credit ladder and the support window are filled from the facts found.
The UI shows the proposals for the user to accept, correct or reject, then passes the kept
answers to ``offer_from_report``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise
from pathlib import Path

from pydantic import ValidationError

from slaeval.analysis.document import fold
from slaeval.analysis.model import AnalysisReport, Finding
from slaeval.analysis.rules import load_rules
from slaeval.analysis.support_window import parse_window, time_span
from slaeval.answer_check import check_answer_value
from slaeval.criteria import Catalogue, Criterion
from slaeval.errors import InputError
from slaeval.localized import both
from slaeval.offers import Answer, CreditTier, Evidence, Offer, Prices, SupportWindow

MAX_QUOTE = 5000


def proposed_answers(report: AnalysisReport, catalogue: Catalogue) -> dict[str, Answer]:
    """For each criterion the document answers, the answer to propose (source "contract")."""
    by_criterion: dict[str, list[Finding]] = {}
    for finding in report.answers():
        if finding.criterion in catalogue.by_id:
            by_criterion.setdefault(finding.criterion, []).append(finding)
    answers: dict[str, Answer] = {}
    for criterion_id, findings in by_criterion.items():
        criterion = catalogue.criterion(criterion_id)
        chosen = _least_favourable(criterion, findings)
        answers[criterion_id] = _answer(criterion, chosen, conflicting=len(findings) > 1)
    return answers


def _least_favourable(criterion: Criterion, findings: list[Finding]) -> Finding:
    if len(findings) == 1:
        return findings[0]
    if criterion.kind == "choice":
        return min(findings, key=lambda f: _choice_score(criterion, f))
    if criterion.kind == "yesno":
        return min(findings, key=lambda f: bool(f.value))
    sign = -1.0 if criterion.direction == "higher" else 1.0
    return max(findings, key=lambda f: (sign * float(f.value), f.clock == "business"))


def _choice_score(criterion: Criterion, finding: Finding) -> float:
    choice = criterion.choice(str(finding.value))
    return choice.score if choice else 0.0


def _answer(criterion: Criterion, finding: Finding, *, conflicting: bool) -> Answer:
    value: str | float
    if criterion.kind == "yesno":
        value = (
            "yes"
            if finding.value is True
            else "no"
            if finding.value is False
            else str(finding.value)
        )
    elif criterion.kind == "choice":
        value = str(finding.value)
    else:
        value = float(finding.value)
    clock = "business" if criterion.kind == "duration" and finding.clock == "business" else None
    note = _CONFLICT_NOTE if conflicting else ""
    return Answer(
        value=value,
        clock=clock or "calendar",
        note=note,
        evidence=Evidence(quote=finding.evidence[:MAX_QUOTE], location=finding.location[:500]),
        source="contract",
    )


_CONFLICT_NOTE = (
    "Le document donne des valeurs différentes ; la moins favorable est retenue. / "
    "The document gives different values; the least favourable one is kept."
)


def offer_from_report(
    report: AnalysisReport,
    provider: str,
    catalogue: Catalogue,
    *,
    answers: Mapping[str, Answer] | None = None,
) -> Offer:
    """A new offer named ``provider``; ``answers`` (the user's kept answers) default to all
    the proposals."""
    if not provider.strip():
        raise InputError(both("Le nom du prestataire est vide.", "The provider name is empty."))
    kept = dict(proposed_answers(report, catalogue) if answers is None else answers)
    known = catalogue.by_id
    for criterion_id, answer in kept.items():  # what an offer import would accept, no more
        if criterion_id not in known:
            raise InputError(
                both(f"Critère inconnu : {criterion_id}", f"Unknown criterion: {criterion_id}")
            )
        check_answer_value(known[criterion_id], answer.value)
    try:
        return Offer(
            name=provider,
            answers=kept,
            prices=_prices(report),
            support_window=window_from_report(report),
            notes=(
                f"Créée à partir de l'analyse de « {report.document} ». / "
                f'Created from the analysis of "{report.document}".'
            ),
        )
    except ValidationError as exc:
        where = ".".join(str(part) for part in exc.errors()[0]["loc"])
        raise InputError(
            both(
                f"Offre impossible à créer : la valeur de « {where} » n'est pas acceptée.",
                f"The offer cannot be created: the value of '{where}' is not accepted.",
            )
        ) from None


def _first(report: AnalysisReport, kind: str, criterion: str | None = None) -> Finding | None:
    return next(
        (
            f
            for f in report.findings
            if f.kind == kind and (criterion is None or f.criterion == criterion)
        ),
        None,
    )


_PRICE_FIELDS = (("monthly_fee", "monthly"), ("setup_fee", "setup"), ("exit_fee", "exit_cost"))


def _prices(report: AnalysisReport) -> Prices:
    values: dict[str, object] = {}
    term = _first(report, "answer", "costs.initial_term")
    if term is not None and 1 <= float(term.value) <= 240:
        values["term_months"] = round(float(term.value))
    for kind, field in _PRICE_FIELDS:
        found = _first(report, kind)
        if found is not None:
            values[field] = float(found.value)
    tiers = sorted(
        {
            (float(f.threshold), float(f.value))
            for f in report.findings
            if f.kind == "credit_tier" and f.threshold is not None
        },
        reverse=True,
    )
    values["credit_tiers"] = tuple(CreditTier(below=b, credit_percent=c) for b, c in tiers)
    cap = _first(report, "credit_cap")
    if cap is not None:
        values["credit_cap_percent"] = float(cap.value)
    return Prices.model_validate(values)


def window_from_report(report: AnalysisReport) -> SupportWindow:
    """The support window the report found (its days, hours and break), or the default."""
    found = _first(report, "support_window")
    parsed = parse_window(str(found.value)) if found is not None else None
    if found is None or parsed is None:
        return SupportWindow()
    days, start, end = parsed
    pause = _break_in(found.evidence, start, end)
    if pause is not None:
        try:
            return SupportWindow(
                days=days,
                start_minute=start,
                end_minute=end,
                break_start_minute=pause[0],
                break_end_minute=pause[1],
            )
        except ValidationError:
            pass
    return SupportWindow(days=days, start_minute=start, end_minute=end)


def _break_in(evidence: str, start: int, end: int) -> tuple[int, int] | None:
    """The break of a window whose passage gives its day in two parts ("de 8h à 12h et de 14h
    à 18h") or names a closed time inside it ("8:30-17:30, closed 12:30-13:30")."""
    folded = fold(evidence)
    spans = [time_span(m.group(0)) for m in load_rules().quantities.time_ranges(folded)]
    found = [s for s in spans if s is not None and start <= s[0] < s[1] <= end]
    for (opens, first_end), (second_start, closes) in pairwise(found):
        if first_end < second_start and (opens, closes) == (start, end):
            return first_end, second_start
    inside = [s for s in found if start < s[0] and s[1] < end]
    return inside[0] if len(inside) == 1 and (start, end) in found else None


def offer_from_document(
    path: Path,
    provider: str,
    catalogue: Catalogue,
    *,
    time_limit_s: float = 20.0,
    progress: Callable[[int, int], None] | None = None,
) -> Offer:
    """Analyse ``path`` and make a new offer from every proposed answer."""
    from slaeval.analysis.analyze import analyze_document

    report = analyze_document(path, catalogue, time_limit_s=time_limit_s, progress=progress)
    return offer_from_report(report, provider, catalogue)
