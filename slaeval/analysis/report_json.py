"""The analysis report as JSON data and as readable values, in either language.

``report_to_dict`` is what ``slaeval analyze --json`` prints: ``findings`` (criterion, value,
unit, evidence, location, confidence, plus clock, kind, label and threshold), ``missing``,
``conflicts`` and ``warnings``. ``finding_text`` writes a finding's value the way a person
would say it ("4 h ouvrées", "99,5 %", "1 mois de redevance").
"""

from __future__ import annotations

from typing import Any

from slaeval.analysis.model import AnalysisReport, Finding
from slaeval.analysis.support_window import parse_window
from slaeval.analysis.to_offer import offer_from_report
from slaeval.business_hours import window_text
from slaeval.criteria import Catalogue
from slaeval.explain import format_value
from slaeval.formatting import format_duration, format_money, format_number, format_percent
from slaeval.localized import Lang
from slaeval.offers import Answer, SupportWindow

FINDING_FIELDS = (
    "criterion",
    "value",
    "unit",
    "evidence",
    "location",
    "confidence",
    "clock",
    "kind",
    "label",
    "threshold",
)


def report_to_dict(report: AnalysisReport, lang: Lang) -> dict[str, Any]:
    return {
        "findings": [_finding_dict(f, lang) for f in report.findings],
        "missing": list(report.missing),
        "conflicts": [
            {
                "criterion": c.criterion,
                "findings": list(c.findings),
                "values": list(c.values),
                "locations": list(c.locations),
            }
            for c in report.conflicts
        ],
        "warnings": [w.get(lang) for w in report.warnings],
    }


def _finding_dict(finding: Finding, lang: Lang) -> dict[str, Any]:
    value: Any = finding.value
    if isinstance(value, float) and value.is_integer() and finding.unit != "percent":
        value = int(value)
    return {
        "criterion": finding.criterion,
        "value": value,
        "unit": finding.unit,
        "evidence": finding.evidence,
        "location": finding.location,
        "confidence": finding.confidence,
        "clock": finding.clock,
        "kind": finding.kind,
        "label": finding.label.get(lang),
        "threshold": finding.threshold,
    }


def report_window(report: AnalysisReport, catalogue: Catalogue) -> SupportWindow:
    """The support window the document states (the default one when it states none)."""
    return offer_from_report(report, "-", catalogue, answers={}).support_window


def finding_text(
    finding: Finding, catalogue: Catalogue, lang: Lang, window: SupportWindow | None = None
) -> str:
    window = window or SupportWindow()
    value = finding.value
    if finding.kind == "answer":
        criterion = catalogue.criterion(finding.criterion)
        if isinstance(value, bool):
            answer = Answer(value="yes" if value else "no")
        elif isinstance(value, str):
            answer = Answer(value=value)
        else:
            answer = Answer(value=float(value), clock=finding.clock or "calendar")
        return format_value(criterion, answer, window, lang)
    return _fact_text(finding, lang)


def _window_text(value: str, lang: Lang) -> str:
    parsed = parse_window(value)
    if parsed is None:
        return value
    days, start, end = parsed
    try:
        window = SupportWindow(days=days, start_minute=start, end_minute=end)
    except ValueError:  # not a window an offer can hold: shown as the analysis wrote it
        return value
    return window_text(window, lang)


def _fact_text(finding: Finding, lang: Lang) -> str:
    value = finding.value
    if finding.kind == "support_window":
        return _window_text(str(value), lang)
    if isinstance(value, str | bool):
        return str(value)
    if finding.unit == "percent":
        text = format_percent(value, lang, 2)
        if finding.threshold is not None:
            below = format_percent(finding.threshold, lang, 2)
            return f"{text} ({'sous' if lang == 'fr' else 'below'} {below})"
        return text
    if finding.unit == "eur":
        return format_money(value, lang)
    if finding.unit == "months":
        return f"{format_number(value, lang, 1)} {'mois' if lang == 'fr' else 'months'}"
    if finding.unit == "minutes":
        return format_duration(value, lang)
    return format_number(value, lang, 1)
