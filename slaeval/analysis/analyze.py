"""Analyse a contract document: read it, run every extractor, and assemble the report.

Offline and deterministic: the same file and rules always give the same report. The whole
run, reading included, stops with a clear message when ``time_limit_s`` is exceeded; nothing
is returned half-done. Python's cyclic garbage collector is paused meanwhile
(``collector_pause.py``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from slaeval.analysis.availability import extract_availability
from slaeval.analysis.catalogue_counts import read_catalogue_counts
from slaeval.analysis.choice_rules import apply_choice_rules
from slaeval.analysis.collector_pause import collector_paused
from slaeval.analysis.commitment_nature import refine_commitment_nature
from slaeval.analysis.consolidate import consolidate, missing_criteria
from slaeval.analysis.context import Context
from slaeval.analysis.credit_kind import settle_credit_kind
from slaeval.analysis.credits import extract_credits
from slaeval.analysis.document import DocumentText, sentences_of
from slaeval.analysis.dpa_points import grade_processing_terms
from slaeval.analysis.exit_core_price import read_exit_core_price
from slaeval.analysis.liability import extract_liability_cap
from slaeval.analysis.liability_scope import extract_liability_scope
from slaeval.analysis.measure_rules import apply_measure_rules
from slaeval.analysis.model import AnalysisReport, Finding
from slaeval.analysis.oncall_implied import derive_from_oncall_cover
from slaeval.analysis.price_change_alone import read_price_change_alone
from slaeval.analysis.priorities import extract_priority_times
from slaeval.analysis.provider_law import extract_provider_law
from slaeval.analysis.reading import read_document, time_limit_error
from slaeval.analysis.remote_access_audit import judge_remote_access_audit
from slaeval.analysis.report_rhythm import read_report_rhythm
from slaeval.analysis.rules import Rules, load_rules
from slaeval.analysis.schedule import extract_schedule
from slaeval.analysis.scope_clause import read_scope_clause
from slaeval.analysis.terms import extract_renewal
from slaeval.analysis.total_cost import derive_total_cost
from slaeval.criteria import Catalogue
from slaeval.localized import Localized, both

DEFAULT_TIME_LIMIT_S = 20.0
EXTRACTORS: tuple[Callable[[Context], None], ...] = (
    extract_schedule,  # first: the support window and clock declaration shape later delays
    extract_priority_times,
    extract_availability,
    extract_credits,
    extract_liability_cap,
    extract_liability_scope,  # after the cap: what its clause leaves out
    extract_provider_law,  # who the provider is: exposure to non-EU law
    apply_choice_rules,
    read_scope_clause,  # after the choice rules: the catalogue no rule answered
    read_catalogue_counts,  # a count of the client's devices or users: a full inventory
    read_price_change_alone,  # the provider changing its prices alone: unilateral
    read_report_rhythm,  # a service report said only by its rhythm
    judge_remote_access_audit,  # recorded sessions nobody is said to check: described
    apply_measure_rules,
    read_exit_core_price,  # after the rules: the exit priced by its core handover
    grade_processing_terms,  # after the rules: the Article 28 points the DPA holds
    extract_renewal,
    refine_commitment_nature,
    settle_credit_kind,  # after the credits, rules and nature: how any credit is obtained
    derive_total_cost,  # last: totals the fees, exit price, indexation and term found
    derive_from_oncall_cover,  # after the choice rules: P1 covered out of hours, no more said
)


def analyze_document(
    path: Path,
    catalogue: Catalogue,
    *,
    time_limit_s: float = DEFAULT_TIME_LIMIT_S,
    progress: Callable[[int, int], None] | None = None,
    rules: Rules | None = None,
) -> AnalysisReport:
    """Read and analyse ``path``. ``progress(done, total)`` is called per page read.

    Safe to call from a worker thread; raise from ``progress`` to cancel.
    """
    deadline = time.monotonic() + time_limit_s
    with collector_paused():
        document = read_document(path, deadline=deadline, progress=progress)
        return analyze_text(document, catalogue, rules=rules, deadline=deadline)


def analyze_text(
    document: DocumentText,
    catalogue: Catalogue,
    *,
    rules: Rules | None = None,
    deadline: float | None = None,
) -> AnalysisReport:
    """Analyse text already read (a ``DocumentText``)."""
    ctx = Context(sentences_of(document), rules or load_rules())
    for extractor in EXTRACTORS:
        if deadline is not None and time.monotonic() > deadline:
            raise time_limit_error(document.name, None, None)
        extractor(ctx)
    findings, conflicts = consolidate(ctx, catalogue)
    return AnalysisReport(
        document=document.name,
        pages=document.pages,
        findings=tuple(findings),
        missing=tuple(missing_criteria(catalogue, findings)),
        conflicts=tuple(conflicts),
        warnings=tuple(ctx.warnings + _finding_warnings(ctx, findings)),
    )


def _finding_warnings(ctx: Context, findings: list[Finding]) -> list[Localized]:
    out: list[Localized] = []
    support = [f for f in findings if f.criterion.startswith("support.p")]
    if any(f.clock == "business" for f in support):
        out.append(_BUSINESS_HOURS)
        if not any(f.kind == "support_window" for f in findings):
            out.append(_NO_WINDOW)
    if ctx.matching(ctx.rules.word("targets_not_guarantees")):
        out.append(_TARGETS)
    if any(f.criterion == "liability.sole_remedy" and f.value == "sole_remedy" for f in findings):
        out.append(_SOLE_REMEDY)
    return [w for w in out if w not in ctx.warnings]


_BUSINESS_HOURS = both(
    "Les délais d'intervention ou de rétablissement sont exprimés en heures ouvrées : un "
    "incident du vendredi soir peut attendre jusqu'au lundi.",
    "Response or restoration times are stated in business hours: an incident on Friday "
    "evening may wait until Monday.",
)
_NO_WINDOW = both(
    "Les horaires du support ne figurent pas dans le document : impossible de convertir les "
    "heures ouvrées en délai réel.",
    "The support hours were not found in the document: business hours cannot be turned into "
    "a real delay.",
)
_TARGETS = both(
    "Le document présente ses niveaux de service comme des objectifs, pas comme des engagements.",
    "The document presents its service levels as targets, not as commitments.",
)
_SOLE_REMEDY = both(
    "Les avoirs ou pénalités sont le seul recours prévu : au-delà, aucune indemnisation "
    "n'est possible.",
    "Credits or penalties are the only remedy: no compensation is possible beyond them.",
)
