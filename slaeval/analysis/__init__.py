"""Contract analysis: read a provider's contract or SLA and propose answers with evidence.

Public API (pure Python, safe in a worker thread):

- ``analyze_document(path, catalogue, *, time_limit_s=20, progress=None) -> AnalysisReport``
- ``offer_from_document(path, provider, catalogue) -> Offer`` (answers with source "contract")
- ``proposed_answers(report, catalogue)`` and ``offer_from_report(report, provider, catalogue,
  answers=...)`` for the accept / correct / reject step
- ``promises_not_in_contract(offer, report) -> list[PromiseGap]``
- ``report_to_dict(report, lang)``: the JSON of ``slaeval analyze --json``
- ``warm_up()``: compile the rules ahead of a first analysis (they compile on first use)
"""

from __future__ import annotations

from slaeval.analysis.analyze import analyze_document, analyze_text
from slaeval.analysis.model import AnalysisReport, Conflict, Finding
from slaeval.analysis.promises import PromiseGap, checkable_criteria, promises_not_in_contract
from slaeval.analysis.reading import read_document
from slaeval.analysis.report_json import finding_text, report_to_dict
from slaeval.analysis.rules import warm_up
from slaeval.analysis.to_offer import offer_from_document, offer_from_report, proposed_answers

__all__ = [
    "AnalysisReport",
    "Conflict",
    "Finding",
    "PromiseGap",
    "analyze_document",
    "analyze_text",
    "checkable_criteria",
    "finding_text",
    "offer_from_document",
    "offer_from_report",
    "promises_not_in_contract",
    "proposed_answers",
    "read_document",
    "report_to_dict",
    "warm_up",
]
