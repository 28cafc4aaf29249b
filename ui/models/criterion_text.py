"""Readable texts about one criterion: the client's target, the good value to ask for, and the
reason behind a cell's status (its tooltip). The lines come from the catalogue's thresholds and
the effective requirements; no rule is invented here."""

from __future__ import annotations

from slaeval.criteria import Criterion
from slaeval.criterion_scoring import thresholds_with_target
from slaeval.evaluation import CriterionResult
from slaeval.explain import format_value, status_label
from slaeval.formatting import format_number, format_percent
from slaeval.localized import Lang
from slaeval.offers import Answer, AnswerValue, SupportWindow
from slaeval.requirements import Requirements
from slaeval.ui.i18n import _

_PLAIN_WINDOW = SupportWindow()
NAME_LENGTH = 48


def shortened(text: str, limit: int) -> str:
    """``text`` cut at a word before ``limit`` characters, with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def criterion_name(criterion: Criterion, lang: Lang) -> str:
    """A short name for the criterion where its whole question does not fit (a K.O. cell)."""
    return shortened(criterion.name(lang), NAME_LENGTH)


def shown_value(criterion: Criterion, value: AnswerValue, lang: Lang) -> str:
    """A bare value (a threshold, a target) in the criterion's readable form."""
    return format_value(criterion, Answer(value=value), _PLAIN_WINDOW, lang)


def good_value(criterion: Criterion, req: Requirements) -> AnswerValue:
    """What to ask for: "yes", the best choice, or the good line (the client's target if set)."""
    if criterion.kind == "yesno":
        return "yes"
    if criterion.kind == "choice":
        return max(criterion.choices, key=lambda c: c.score).id
    return thresholds_with_target(criterion, req.targets.get(criterion.id)).good


def wanted_text(criterion: Criterion, req: Requirements, lang: Lang) -> str:
    """What to ask for, readable: "≤ 4 h", "≥ 99,9 %", "oui", the best choice."""
    text = shown_value(criterion, good_value(criterion, req), lang)
    if criterion.thresholds is not None:
        text = ("≥ " if criterion.direction == "higher" else "≤ ") + text
    return text


def target_text(criterion: Criterion, req: Requirements, lang: Lang) -> str:
    """The requirement column: what to ask for, with K.O. marked."""
    if criterion.id in req.not_applicable:
        return _("not applicable")
    text = wanted_text(criterion, req, lang)
    if criterion.id in req.knockouts:
        text = "K.O. · " + text
    return text


def _lines(criterion: Criterion, req: Requirements, lang: Lang) -> str:
    if criterion.kind == "yesno":
        return _("Yes is good, partly is acceptable, no is a red flag.")
    if criterion.kind == "choice":
        best = max(criterion.choices, key=lambda c: c.score)
        return _("Best answer: {choice}").format(choice=best.label.get(lang))
    t = thresholds_with_target(criterion, req.targets.get(criterion.id))
    better, worse = ("≥ ", "< ") if criterion.direction == "higher" else ("≤ ", "> ")
    return _("Good: {good} · acceptable: {acceptable} · red flag: {red}").format(
        good=better + shown_value(criterion, t.good, lang),
        acceptable=better + shown_value(criterion, t.acceptable, lang),
        red=worse + shown_value(criterion, t.acceptable, lang),
    )


def cell_reason(
    criterion: Criterion,
    result: CriterionResult,
    answer: Answer | None,
    window: SupportWindow,
    req: Requirements,
    lang: Lang,
) -> str:
    """The tooltip of one comparison cell: status, value, the lines it is judged by, weight."""
    lines = [
        f"{status_label(result.status, lang)} — {format_value(criterion, answer, window, lang)}"
    ]
    if result.status == "not_applicable":
        lines.append(_("This point does not apply to your company."))
        return "\n".join(lines)
    if result.status == "unknown":
        lines.append(_("The offer does not say: ask the provider to commit in writing."))
    lines.append(_lines(criterion, req, lang))
    lines.append(
        _("Score {score}/100 · counts for {weight} of the total").format(
            score=format_number(result.score, lang, 0),
            weight=format_percent(result.weight, lang, 1),
        )
    )
    if criterion.id in req.knockouts:
        lines.append(_("Must-have (K.O.): a red flag or an unknown takes the offer out."))
    if answer is not None and answer.evidence is not None:
        evidence = answer.evidence
        where = f" ({evidence.location})" if evidence.location else ""
        lines.append(f"« {evidence.quote[:300]} »{where}")
    if answer is not None and answer.note:
        lines.append(_("Note: {note}").format(note=answer.note[:300]))
    return "\n".join(lines)
