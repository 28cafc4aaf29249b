"""Measure rules: a criterion's quantity (a delay, a sum of money) read near an anchor.

The rule's patterns pick the sentence, its anchor says where the quantity stands ("préavis de
trois mois", "restitue les données sous 30 jours"); a quantity with the rule's skip words
beside it is another clause's. Of several monthly fees the total is kept; rotations of backups
are read in ``backup_rotations.py``; a delay that is the client's own duty is set aside
(``client_duty.py``). Where a rule fires: ``rule_sites.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from slaeval.analysis.annex_unseen import drop_unseen_agreements
from slaeval.analysis.backup_rotations import backup_rotations
from slaeval.analysis.business_clock import with_clock
from slaeval.analysis.choice_rules import TIERED
from slaeval.analysis.client_duty import DONE_BY_SOMEONE, client_does
from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.exclusion_rates import rate_the_exclusions
from slaeval.analysis.fees import (
    judge_exclusion_rates,
    labelled_elsewhere,
    outside_unit_cells,
    refine_monthly_fees,
)
from slaeval.analysis.quantities import Amount, Duration
from slaeval.analysis.rule_sites import RuleSites
from slaeval.analysis.rules import MeasureRule
from slaeval.analysis.tiers import bought_column_texts, other_tier_sentences

_TAX_INCLUDED = re.compile(
    r"\s?\)?\s?(?:ttc\b|t\.t\.c|toutes taxes|tva (?:comprise|incluse)"
    r"|(?:incl\.?|including|inclusive of) (?:of )?vat\b|vat (?:incl|included)\b)"
)
_TOTAL = re.compile(r"\btota(?:l|le|ux)\b|\ben tout\b|\bin all\b|\boverall\b")
_AROUND = 30


def apply_measure_rules(ctx: Context) -> None:
    _apply_measure_rules(ctx)
    refine_monthly_fees(ctx)  # unit prices, lines of a total, declined offers (fees.py)
    judge_exclusion_rates(ctx)  # extra work with rates stated, or only "on quotation"
    rate_the_exclusions(ctx)  # a list alone, and an hourly rate for work elsewhere
    _keep_totals(ctx)
    backup_rotations(ctx)  # backups kept by generation (backup_rotations.py)
    drop_unseen_agreements(ctx)  # an agreement in an annex this copy lacks (annex_unseen.py)
    _most_demanding_service(ctx)
    _rest_of_commitment_due(ctx)


def _keep_totals(ctx: Context) -> None:
    """Of several monthly fees, the total when a sentence says it is one ("Total du forfait
    mensuel : 340 € HT"): the others are its parts."""
    fees = [c for c in ctx.candidates if c.kind == "monthly_fee"]
    totals = [c for c in fees if _is_total(ctx, c)]
    if totals and len(fees) > len(totals):
        parts = {id(c) for c in fees} - {id(c) for c in totals}
        ctx.candidates[:] = [c for c in ctx.candidates if id(c) not in parts]


def _is_total(ctx: Context, fee: Candidate) -> bool:
    """Whether a monthly fee is said to be a total. A row of a price table carries its column
    names in every row ("Prestation : Serveur | Prix unitaire mensuel : 120 € | Total mensuel :
    120 €"): there the row's label, its first cell, says whether the row is the total or one
    line of it ("Total mensuel | 1 593 €")."""
    text = ctx.folded(fee.sentence)
    if not ctx.sentences[fee.sentence].table_row:
        return bool(_TOTAL.search(text))
    return bool(_TOTAL.search(text.split("|", 1)[0]))


def _most_demanding_service(ctx: Context) -> None:
    """Recovery targets set service by service (ERP 4 hours, mail 8 hours, file servers 24):
    the catalogue asks for the essential services' target, the most demanding one; the
    others are those of lesser services, not other targets of the same service."""
    if not any(
        c.criterion == "continuity.per_service" and c.value == "per_service" for c in ctx.candidates
    ):
        return
    for criterion in ("continuity.rto", "continuity.rpo"):
        found = [c for c in ctx.candidates if c.criterion == criterion]
        values = {c.value for c in found if isinstance(c.value, int | float)}
        if len(values) < 2:
            continue
        least = min(values)
        drop = {id(c) for c in found if c.value != least}
        ctx.candidates[:] = [c for c in ctx.candidates if id(c) not in drop]


# "la totalité des mensualités restant à courir jusqu'au terme de cette période [d'engagement]
# reste due": leaving early costs every remaining month of the commitment, at worst (leaving
# at the start) the whole initial term; the end of a renewal period ("jusqu'à l'échéance") is
# no fixed number of months
_REST_OF_COMMITMENT = re.compile(
    r"\b(?:mensualites|redevances|loyers|fees|charges|payments|instal+ments)\b[^.;]{0,30}"
    r"(?:restant(?:es)? a courir|restant(?:es)? dues?|remaining|outstanding|a echoir)[^.;]{0,30}"
    r"(?:jusqu'(?:au|a la) (?:terme|fin|expiration) (?:de (?:cette|la) periode(?: d'engagement"
    r"| initiale| ferme)?|de l'engagement|de la duree (?:initiale|d'engagement|ferme))"
    r"|until the end of the (?:initial |minimum |commitment )?(?:term|period|commitment))"
)


def _rest_of_commitment_due(ctx: Context) -> None:
    if any(c.criterion == "costs.termination_fee" for c in ctx.candidates):
        return
    terms = {c.value for c in ctx.candidates if c.criterion == "costs.initial_term"}
    if len(terms) != 1:
        return
    for index in ctx.matching(_REST_OF_COMMITMENT):
        ctx.add(Candidate("costs.termination_fee", next(iter(terms)), "months", index, 0.7,
                          clock="calendar"))  # fmt: skip
        return


def _apply_measure_rules(ctx: Context) -> None:
    sites = RuleSites(ctx)
    elsewhere = other_tier_sentences(ctx)  # another tier than the client's ("in Gold only")
    columns = bought_column_texts(ctx)  # a row comparing tiers: the client's cell only
    for rule in ctx.rules.measure_rules:
        within = ctx.may_hold_here_or_next(rule.next) if rule.next else None
        # the anchor must match too: with it the word index leaves far fewer sentences to search
        patterns = (*rule.all, rule.anchor)

        def fires(index: int, subject_elsewhere: bool, rule: MeasureRule = rule) -> bool:
            tiered = rule.criterion.startswith(TIERED)
            if index in elsewhere and tiered:
                return False
            column = columns.get(index) if tiered else None
            return _read_measure(
                ctx, rule, index, subject_in_heading=subject_elsewhere, column=column
            )

        sites.fire(patterns, within, fires)


def _read_measure(
    ctx: Context,
    rule: MeasureRule,
    index: int,
    *,
    subject_in_heading: bool = False,
    column: str | None = None,
) -> bool:
    """Read the rule's quantity in sentence ``index``; whether a finding was added. A row
    comparing tiers is read in its ``column`` text (its label and the bought tier's cell):
    the rule must match there, and the quantity stand there."""
    text = ctx.folded(index)
    if not all(ctx.holds_here_or_next(index, p) for p in rule.next):
        return False
    if column is not None:
        needed = rule.all[1:] if subject_in_heading else rule.all
        if not all(p.search(column) for p in (*needed, rule.anchor)):
            return False
        kept = [d for d in ctx.durations(index) if column[d.start : d.end] == text[d.start : d.end]]
        candidate = _measure(
            ctx, rule, index, column, kept if rule.quantity == "duration" else None
        )
    else:
        candidate = _measure(ctx, rule, index, text)
    if candidate is None and text.rstrip().endswith(":"):
        # "Perte de données maximale (RPO) :" at the end of a line, its value on the next
        candidate = _measure_with_next(ctx, rule, index, text)
    if candidate is None:
        return False
    # the costlier checks last, on the few sentences that hold a quantity to read
    if any(ctx.says(p, index) for p in rule.none):
        return False
    if rule.negatable and not (subject_in_heading or ctx.names_without_denial(rule.all[0], text)):
        return False
    ctx.add(candidate)
    return True


def _measure_with_next(ctx: Context, rule: MeasureRule, index: int, text: str) -> Candidate | None:
    """The rule read on a label ending with a colon and the sentence that follows it, in the
    same block or the next (a reader may cut "RPO :" from "4 heures" at the end of a line)."""
    following = index + 1
    if following >= len(ctx.sentences) or ctx.sentences[following].table_row:
        return None
    joined = f"{text} {ctx.folded(following)}"
    durations = ctx.rules.quantities.durations(joined) if rule.quantity == "duration" else None
    return _measure(ctx, rule, index, joined, durations)


def _measure(
    ctx: Context,
    rule: MeasureRule,
    index: int,
    text: str,
    found: list[Duration] | None = None,
) -> Candidate | None:
    anchors = list(rule.anchor.finditer(text))
    if not anchors:
        return None
    if rule.quantity == "money":
        table_row = ctx.sentences[index].table_row
        # "340 € HT par mois (408 € TTC)": a price with its tax is not the price agreed
        amounts = [
            a
            for a in ctx.rules.quantities.money(text)
            if not _TAX_INCLUDED.match(text, a.end)
            and not _skipped(rule, text, a)
            and (table_row or not labelled_elsewhere(text, a, anchors))  # fees.py
        ]
        if table_row:  # a column priced per unit gives no total (fees.py)
            amounts = outside_unit_cells(text, amounts)
        amount = _nearest(amounts, anchors, rule, lambda a: a.value)
        if amount is None:
            return None
        return Candidate(rule.criterion, amount.value, "eur", index, rule.confidence, rule.kind)
    own_duty = rule.criterion in DONE_BY_SOMEONE
    durations = [
        d
        for d in (ctx.durations(index) if found is None else found)
        if _plausible_delay(d)
        and not _skipped(rule, text, d)
        and not (own_duty and client_does(ctx, text, d.start))
    ]
    duration = _nearest(durations, anchors, rule, lambda d: ctx.duration_value(d, rule.unit)[0])
    if duration is None and rule.deadline:
        duration = _deadline(ctx, rule, text, durations)
    if duration is None:
        return None
    if rule.unit == "minutes":  # "sous 30 minutes pendant les heures d'ouverture"
        duration = with_clock(ctx, text, duration)
    value, clock = ctx.duration_value(duration, rule.unit)
    return Candidate(
        rule.criterion,
        value,
        rule.unit,
        index,
        rule.confidence,
        kind=rule.kind,
        clock=clock,
    )


def _plausible_delay(duration: Duration) -> bool:
    return duration.amount > 0


def _skipped(rule: MeasureRule, text: str, duration: Duration | Amount) -> bool:
    """A quantity whose close surroundings say it measures something else ("EUR 90 per user
    per month" is a unit price, not the monthly fee)."""
    if rule.skip_before is not None and rule.skip_before.search(
        text[max(0, duration.start - _AROUND) : duration.start]
    ):
        return True
    return rule.skip_after is not None and bool(
        rule.skip_after.search(text[duration.end : duration.end + _AROUND])
    )


def _deadline(
    ctx: Context, rule: MeasureRule, text: str, durations: list[Duration]
) -> Duration | None:
    """The first delay written as a deadline ("within 15 days", "sous 30 jours") anywhere in
    the sentence, whatever its place against the verb."""
    deadline_words = ctx.rules.word("deadline_before")
    for duration in durations:
        value = ctx.duration_value(duration, rule.unit)[0]
        before = text[max(0, duration.start - _AROUND) : duration.start]
        if rule.minimum <= value <= rule.maximum and deadline_words.search(before):
            return duration
    return None


Q = TypeVar("Q", Amount, Duration)


# "Les frais de mise en place (reprise de l'existant, migration des serveurs, déploiement de la
# supervision) s'élèvent à 4 200 €": a parenthesis is an aside, read past when measuring how far
# a quantity stands from its anchor
_ASIDE = re.compile(r"\([^()]{0,200}\)")


def _gap(text: str, start: int, end: int, *, forward: bool = False) -> int:
    """How far apart two places of a sentence are, asides left out. Reading forward from an
    anchor, a semicolon ends its reach ("Critical ... within the time of Table 1; High
    vulnerabilities within 30 days"): the clause after it speaks of something else (a clause
    may still point back: "30 days after you tell us; you pay for that notice period")."""
    between = text[start:end]
    if forward and ";" in between:
        return _OUT_OF_REACH
    return len(_ASIDE.sub("", between)) if "(" in between else end - start


_OUT_OF_REACH = 10**6


def _nearest(
    quantities: list[Q],
    anchors: list[re.Match[str]],
    rule: MeasureRule,
    value_of: Callable[[Q], float],
) -> Q | None:
    """The quantity closest to an anchor (after it, or on either side), within the window; the
    smallest such quantity when the rule says so."""
    best: tuple[float, Q] | None = None
    for quantity in quantities:
        value = value_of(quantity)
        if not rule.minimum <= value <= rule.maximum:
            continue
        for anchor in anchors:
            if quantity.start >= anchor.end():
                distance = _gap(anchor.string, anchor.end(), quantity.start, forward=True)
            elif rule.near == "after_or_before" and quantity.end <= anchor.start():
                distance = _gap(anchor.string, quantity.end, anchor.start())
            else:
                continue
            key = value if rule.smallest else distance
            if distance <= rule.window and (best is None or key < best[0]):
                best = (key, quantity)
    return None if best is None else best[1]
