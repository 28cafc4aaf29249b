"""From raw candidates to findings: check them against the catalogue, merge repeats, find
conflicts, and list the important criteria the document does not mention.

For one criterion, a choice rule of higher rank overrides lower ones (an explicit "shared
admin accounts" beats a vague "MFA is used"). Equal-rank findings with different values are
kept and reported as a conflict; the same value said twice is kept once, where it first
appears.
"""

from __future__ import annotations

import re
from collections import defaultdict

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.model import Conflict, Finding
from slaeval.criteria import NUMERIC_KINDS, Catalogue, Criterion
from slaeval.localized import Localized, both

HIGH_WEIGHT = 4.0
MAX_EVIDENCE = 2000
# Criterion kinds each finding unit may answer.
_UNIT_KINDS = {
    "text": {"choice"},
    "bool": {"yesno"},
    "minutes": {"duration"},
    "percent": {"percentage"},
    "eur": {"money"},
    "days": {"number"},
    "months": {"number"},
}
_NUMBER_UNITS = {"days": {"days"}, "months": {"months", "months_of_fees"}}


def consolidate(ctx: Context, catalogue: Catalogue) -> tuple[list[Finding], list[Conflict]]:
    unsubscribed = _unsubscribed_options(ctx)
    valid = [c for c in ctx.candidates if _fits(c, catalogue) and c.sentence not in unsubscribed]
    kept = _best_rank(valid)
    kept = _deduplicate(kept)
    kept.sort(key=lambda c: (c.sentence, c.criterion, c.kind))
    findings = [_finding(ctx, c, catalogue) for c in kept]
    return findings, _conflicts(kept, findings)


# "Cette option n'est pas souscrite", "This option has not been ordered": said of the option
# the sentence before describes
_NOT_TAKEN = re.compile(
    r"\b(?:cette|this|the|that|l'|ladite|said) ?options? (?:[\w-]+ ){0,3}"
    r"(?:n'(?:est|a) pas (?:encore )?(?:ete )?(?:souscrit|command|retenu|choisi|activ)"
    r"|(?:is|was|has|have) not (?:yet )?(?:been )?(?:subscribed|ordered|purchased|taken|selected"
    r"|chosen|activated)|non (?:souscrit|command|retenu))"
)
_OPTION_WORD = re.compile(r"\boptions?\b|\badd-ons?\b")
# "Sauvegarde Microsoft 365, 2,50 € par utilisateur : option non retenue", "Add-on (not ordered)"
_LABELLED_NOT_TAKEN = re.compile(
    r"\b(?:options?|add-ons?) (?:non|not) (?:retenue?|souscrite?|commandee?|choisie?|taken"
    r"|ordered|selected|subscribed|chosen)s?\b|\((?:not|non) (?:ordered|subscribed|taken|selected"
    r"|retenue?|souscrite?|commandee?)\)"
)


_TAKEN = re.compile(
    r"\((?:subscribed|ordered|selected|chosen|purchased|souscrite?|retenue?|choisie?|commandee?)\)"
)


def _unsubscribed_options(ctx: Context) -> set[int]:
    """Sentences describing an option that they label as not taken ("... : option non
    retenue") or that the next sentence of their paragraph says is not taken ("Option
    « Sauvegarde externalisée » : copie à Roubaix. Cette option n'est pas souscrite."): what
    they describe is not provided."""
    # "SEV1 response | Silver (subscribed) : 30 minutes | Gold (not subscribed) : 15 minutes":
    # a row that also marks a column as taken compares the offers; the client's column holds
    # (``tiers.bought_tier_spans`` reads it)
    out = {i for i in ctx.matching(_LABELLED_NOT_TAKEN) if not _TAKEN.search(ctx.folded(i))}
    for index in ctx.matching(_NOT_TAKEN):
        before = index - 1
        if (
            before >= 0
            and ctx.next_in_block(before) == index
            and _OPTION_WORD.search(ctx.folded(before))
        ):
            out.add(before)
    return out


def _fits(candidate: Candidate, catalogue: Catalogue) -> bool:
    criterion = catalogue.by_id.get(candidate.criterion)
    if criterion is None:
        return False
    if candidate.kind != "answer":
        return True
    if criterion.kind not in _UNIT_KINDS[candidate.unit]:
        return False
    if criterion.kind == "choice":
        return criterion.choice(str(candidate.value)) is not None
    if criterion.kind == "number":
        return criterion.unit in _NUMBER_UNITS.get(candidate.unit, set())
    return True


def _best_rank(candidates: list[Candidate]) -> list[Candidate]:
    top: dict[tuple[str, str], int] = {}
    for c in candidates:
        key = (c.criterion, c.kind)
        top[key] = max(top.get(key, c.rank), c.rank)
    return [c for c in candidates if c.rank == top[(c.criterion, c.kind)]]


def _deduplicate(candidates: list[Candidate]) -> list[Candidate]:
    seen: dict[tuple[object, ...], Candidate] = {}
    for c in sorted(candidates, key=lambda c: c.sentence):
        key = (c.criterion, c.kind, c.value, c.clock, c.threshold, c.unit)
        first = seen.get(key)
        if first is None:
            seen[key] = c
        elif c.confidence > first.confidence:
            first.confidence = c.confidence
    return list(seen.values())


def _conflicts(kept: list[Candidate], findings: list[Finding]) -> list[Conflict]:
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for position, c in enumerate(kept):
        if c.kind == "credit_tier":
            continue
        groups[(c.criterion, c.kind, c.unit)].append(position)
    conflicts = []
    for (criterion, _kind, _unit), positions in groups.items():
        if len(positions) < 2:
            continue
        conflicts.append(
            Conflict(
                criterion=criterion,
                findings=tuple(positions),
                values=tuple(findings[p].value for p in positions),
                locations=tuple(findings[p].location for p in positions),
            )
        )
    return conflicts


def _finding(ctx: Context, c: Candidate, catalogue: Catalogue) -> Finding:
    sentence = ctx.sentences[c.sentence]
    evidence = sentence.text.strip()
    if len(evidence) > MAX_EVIDENCE:
        evidence = evidence[: MAX_EVIDENCE - 1] + "…"
    return Finding(
        criterion=c.criterion,
        kind=c.kind,
        value=c.value,
        unit=c.unit,
        clock=c.clock,
        evidence=evidence,
        location=sentence.location,
        confidence=round(c.confidence, 2),
        threshold=c.threshold,
        label=_label(c, catalogue.criterion(c.criterion)),
    )


def _label(c: Candidate, criterion: Criterion) -> Localized:
    if c.kind == "credit_tier":
        t = f"{c.threshold:g}"
        return both(
            f"Palier d'avoir : disponibilité sous {t.replace('.', ',')} %",
            f"Credit tier: availability below {t}%",
        )
    return _KIND_LABELS.get(c.kind) or criterion.question


_KIND_LABELS: dict[str, Localized] = {
    "credit_cap": both("Plafond des avoirs", "Cap on service credits"),
    "support_window": both("Horaires du support", "Support hours"),
    "renewal_period": both("Durée de chaque reconduction", "Length of each renewal"),
    "monthly_fee": both("Redevance mensuelle", "Monthly fee"),
    "setup_fee": both("Frais de mise en service", "Set-up fee"),
    "exit_fee": both("Prix de la réversibilité", "Price of the exit"),
    "cap_amount": both("Plafond de responsabilité (montant)", "Liability cap (amount)"),
}


def important_criteria(catalogue: Catalogue) -> list[str]:
    """The K.O. and high-weight criteria, in catalogue order."""
    return [c.id for c in catalogue.criteria if c.knockout_allowed or c.weight >= HIGH_WEIGHT]


def missing_criteria(catalogue: Catalogue, findings: list[Finding]) -> list[str]:
    """K.O. and high-weight criteria with no finding at all, in catalogue order."""
    found = {f.criterion for f in findings}
    return [c for c in important_criteria(catalogue) if c not in found]


def is_numeric(criterion: Criterion) -> bool:
    return criterion.kind in NUMERIC_KINDS
