"""The service-credit ladder.

"Si la disponibilité est inférieure à 99,9 % : avoir de 10 %" is a rung of the ladder (the
commitment itself, "s'engage sur une disponibilité mensuelle de 99,9 %", is read in
``availability.py``). A percentage
of 80 or more next to "below / inférieure à / entre" is an availability threshold; a smaller
one is the credit. A list introduced by a sentence about credits ("Les avoirs suivants
s'appliquent :") is read as a ladder even when its items do not repeat the word. A single
credit for missing the commitment itself is one rung below it; a rate per step ("3 % par
tranche de 0,1 %") is a formula, not a ladder.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.credits_on_times import PER_EVENT, no_credit_on_times
from slaeval.analysis.quantities import Amount
from slaeval.analysis.records import a_record_or_example
from slaeval.analysis.tiers import other_tier_sentences

THRESHOLD_FLOOR = 80.0
# Cheap test before the percentage pattern: "%", "pour cent", "per cent", "percent".
_MAY_HOLD_PERCENT = re.compile(r"%|cent\b")
BEFORE_REACH = 40  # characters before a percentage read for its words ("below", "cap")


# the first cell of a row of indicators: "Indicateur : Taux de sauvegardes réussies | ..."
_INDICATOR_CELL = re.compile(
    r"^(?:indicateurs?|indicators?|kpis?|metrics?|mesures?|measures?|criteres?|criteria"
    r"|niveaux? de service|service levels?) : (?P<value>[^|]*)"
)


def _other_indicator(text: str, availability: re.Pattern[str]) -> bool:
    """A table row of a list of indicators whose indicator is not availability (a backup
    success rate, user satisfaction): its target and its bonus or malus are no rung of the
    availability credit ladder."""
    cell = _INDICATOR_CELL.match(text)
    if cell is None or availability.search(cell.group("value")):
        return False
    # "KPI : KPI 1 | Measure : Availability of the hosted application | Target : 99.8%": the
    # indicator is named in a later cell
    measure = _MEASURE_CELL.search(text)
    return measure is None or not availability.search(measure.group("value"))


_MEASURE_CELL = re.compile(
    r"\| (?:measure|mesure|description|indicateur|indicator|metric|service) : (?P<value>[^|]*)"
)


def extract_credits(ctx: Context) -> None:
    rules = ctx.rules
    credit_words = rules.word("credit_context")
    in_list = False
    tiers_found = False
    last_credit = -_CELL_REACH - 1
    # sentences naming credits, told by the word index (most sentences hold no percentage)
    credit_sentences = set(ctx.matching(credit_words))
    other_tier = other_tier_sentences(ctx)
    availability = rules.word("availability")
    for index, sentence in enumerate(ctx.sentences):
        if index in other_tier:
            continue  # "For Gold workloads the credits are 10 % below 99.95 %": not bought
        text = sentence.folded
        if sentence.table_row and _other_indicator(text, availability):
            continue  # "Taux de sauvegardes réussies | Cible : 98 % | Malus de 1 %"
        percents = rules.quantities.percents(text) if ctx.may_hold(_MAY_HOLD_PERCENT, index) else []
        # "Exemple de calcul : ... la pénalité est de 5 %": an illustration; "fewer than 90% of
        # P1 Incidents are responded to": a share of tickets, no availability threshold
        percents = [
            a
            for a in percents
            if not a_record_or_example(text, a.start) and not _SHARE_OF_EVENTS.match(text, a.end)
        ]
        if not percents:
            in_list = index in credit_sentences and text.rstrip().endswith(":")
            if index in credit_sentences:
                last_credit = index
            continue
        if index - last_credit <= _CELL_REACH and _cell_rung(ctx, index, text, percents):
            tiers_found = True
            continue
        # "Leur montant cumulé ne peut dépasser 15 %": a cap whose subject, the credits, is
        # in the sentence before
        has_credit_words = bool(credit_words.search(text)) or (
            bool(rules.word("credit_cap").search(text)) and _after_credits(ctx, index, credit_words)
        )
        if has_credit_words:
            last_credit = index
        # "De 99,5 % à moins de 99,8 % | 5 %": a row of thresholds and a credit, a few lines
        # under a sentence or heading about credits, is a rung though it names no credit
        ladder_row = (
            sentence.table_row
            and index - last_credit <= _CELL_REACH
            and any(THRESHOLD_FLOOR <= a.value < 100 for a in percents)
            and any(a.value < THRESHOLD_FLOOR for a in percents)
        )
        if not (has_credit_words or in_list or ladder_row):
            continue
        found = _read_ladder(ctx, index, text, percents)
        if not found and has_credit_words:
            found = _single_rung(ctx, index, text, percents)
        tiers_found |= found
        in_list = in_list or (has_credit_words and text.rstrip().endswith(":"))
    # a cap on credits means there are credits, even when their scale is not a ladder
    if tiers_found or _availability_caps(ctx, named=True):
        _ladder_kind(ctx)
    no_credit_on_times(ctx)


_SHARE_OF_EVENTS = re.compile(
    r" ?%? ?(?:of|des|du|de) (?:the |all |les |tous les )?"
    # "10 % of the monthly fee for managed incidents" is a share of the fee, not of the tickets
    r"(?:(?!(?:fees?|frais|redevances?|montants?|charges?|prices?|prix|factures?|invoices?)\b)"
    r"[\w-]+ ){0,5}?(?:incidents|tickets|calls|requests|appels|demandes|interventions|alerts"
    r"|alertes)\b"
)


# A table of two columns read as one cell per block, a threshold then its credit ("Less than
# 99.5% but at least 99.0%" / "10%"), a few blocks after a sentence or heading about credits
_CELL_REACH = 12
_BARE_PERCENT = re.compile(r"^\s*[0-9]{1,2}(?:[.,][0-9]+)? ?%\s*$")


def _cell_rung(ctx: Context, index: int, text: str, percents: list[Amount]) -> bool:
    """A block that is only a credit, after a block that is only a threshold."""
    if index == 0 or not _BARE_PERCENT.match(text) or percents[0].value >= THRESHOLD_FLOOR:
        return False
    before = ctx.folded(index - 1)
    if not _MAY_HOLD_PERCENT.search(before) or not ctx.rules.word("below_words").search(before):
        return False
    thresholds = ctx.rules.quantities.percents(before)
    if not thresholds or any(not THRESHOLD_FLOOR <= t.value < 100 for t in thresholds):
        return False
    _tier(ctx, index, percents[0], max(t.value for t in thresholds))
    return True


def _availability_caps(ctx: Context, *, named: bool = False) -> list[Candidate]:
    """Caps on credits, leaving out a cap stated only for late responses or restorations
    ("penalties for a late restoration, within the limit of 15 %"): that one says nothing of
    credits for missed availability. ``named``: only caps whose sentence names availability,
    or any cap when the document has credits for availability at all or none for late
    responses."""
    rules = ctx.rules
    late = (rules.word("response"), rules.word("restoration"))
    availability = rules.word("availability")
    on_availability = not named or _availability_credits(ctx) or not _late_credits(ctx)
    caps = []
    for candidate in ctx.candidates:
        if candidate.kind != "credit_cap":
            continue
        text = ctx.folded(candidate.sentence)
        if availability.search(text) or (on_availability and not any(p.search(text) for p in late)):
            caps.append(candidate)
    return caps


def _late_credits(ctx: Context) -> bool:
    """Some sentence sets credits or penalties for late responses or restorations, or per
    incident."""
    rules = ctx.rules
    late = (rules.word("response"), rules.word("restoration"), PER_EVENT)
    return any(
        any(p.search(ctx.folded(i)) for p in late)
        for i in ctx.matching(rules.word("credit_context"))
    )


def _availability_credits(ctx: Context) -> bool:
    """Some sentence names credits and availability together."""
    rules = ctx.rules
    credit_words = rules.word("credit_context")
    return any(credit_words.search(ctx.folded(i)) for i in ctx.matching(rules.word("availability")))


def _read_ladder(ctx: Context, index: int, text: str, percents: list[Amount]) -> bool:
    """Pair thresholds and credits: "below 99.9 %: 10 %" or "10 % when below 99.9 %"."""
    cap_words = ctx.rules.word("credit_cap")
    group: list[float] = []
    pending: Amount | None = None
    credit_first: bool | None = None
    found = False
    # "2 % par tranche de 0,1 % sous 99,9 %": a rate per step is a formula, not a ladder
    stepped = _has_step(ctx, text, percents)
    for amount in percents:
        before = text[max(0, amount.start - BEFORE_REACH) : amount.start]
        is_threshold = THRESHOLD_FLOOR <= amount.value < 100
        if not is_threshold and cap_words.search(before):
            ctx.add(Candidate("availability.credit_ladder", amount.value, "percent", index, 0.8,
                              kind="credit_cap"))  # fmt: skip
            continue
        if stepped:
            continue
        if credit_first is None:
            credit_first = not is_threshold
        if is_threshold and pending is not None:
            _tier(ctx, index, pending, amount.value)
            pending, found = None, True
        elif is_threshold:
            group.append(amount.value)
        elif group and not credit_first:
            _tier(ctx, index, amount, max(group))
            group, found = [], True
        else:
            # "... 5 % ; elle est portée à 15 % si la disponibilité est inférieure à 99 %":
            # the order may turn round within the sentence
            pending = amount
    return found


def _single_rung(ctx: Context, index: int, text: str, percents: list[Amount]) -> bool:
    """One credit for missing the commitment itself ("if we fail to meet the Uptime Commitment,
    a credit of 10 %"): a rung below the document's only availability commitment."""
    rules = ctx.rules
    commitments = {
        float(c.value) for c in ctx.candidates if c.criterion == "availability.commitment"
    }
    if len(commitments) != 1 or not rules.word("commitment_missed").search(text):
        return False
    if not rules.word("availability").search(text) or _has_step(ctx, text, percents):
        return False
    cap_words = rules.word("credit_cap")
    for amount in percents:
        before = text[max(0, amount.start - BEFORE_REACH) : amount.start]
        if amount.value >= THRESHOLD_FLOOR or cap_words.search(before):
            return False  # a threshold or a cap: not this shape
        _tier(ctx, index, amount, commitments.pop())
        return True
    return False


def _has_step(ctx: Context, text: str, percents: list[Amount]) -> bool:
    """A percentage written as a step ("par tranche de 0,1 %", "for each full 0.5 %")."""
    step_words = ctx.rules.word("credit_step_before")
    return any(
        a.value < THRESHOLD_FLOOR
        and step_words.search(text[max(0, a.start - BEFORE_REACH) : a.start])
        for a in percents
    )


# rates other than availability that a contract may back with credits
_OTHER_RATE = re.compile(
    r"\btickets?\b|\brequests?\b|\bdemandes?\b|\bappels?\b|\bcalls?\b|\bsauvegardes?\b"
    r"|\bbackups?\b|\bsatisfaction\b|\bfix rate\b|\bfirst[- ]time fix\b|\bon time\b"
    r"|\bdans les delais\b|\bsuccess rate\b|taux de (?:resolution|reussite|succes|satisfaction)"
)


def _tier(ctx: Context, index: int, credit: Amount, below: float) -> None:
    """A rung of the availability ladder, unless its sentence measures another rate and
    names no availability ("If fewer than 95 % of P1 tickets are answered on time, a credit
    of 5 % applies", "backup success rate below 98 %: 2 %"): that credit backs another
    indicator."""
    text = ctx.folded(index)
    if _OTHER_RATE.search(text) and not ctx.rules.word("availability").search(text):
        return
    ctx.add(
        Candidate(
            "availability.credit_ladder",
            credit.value,
            "percent",
            index,
            0.8,
            kind="credit_tier",
            threshold=below,
        )
    )


def _ladder_kind(ctx: Context) -> None:
    """Automatic or claim-based credits, or token ones: credits capped at 10 % or less that the
    customer must claim are worth little; applied without a claim, they are automatic.

    Credits "not applied automatically" are claimed; the claim is often spelt out in the next
    sentence, which need not name the credits again ("Credits are not automatic. The Customer
    must request them within 30 days").
    """
    rules = ctx.rules
    credit_words = rules.word("credit_context")
    caps = _availability_caps(ctx)
    not_automatic = rules.word("not_automatic")
    automatic = set(ctx.matching(rules.word("automatic")))
    denied = {i for i in automatic if not_automatic.search(ctx.folded(i))}
    applied = [
        index
        for index in sorted(automatic - denied)
        # "each late restoration: 3 % of the fee, deducted d'office"; "Credits are deducted
        # from the next invoice. The Customer need not claim them."
        if not _only_late_responses(ctx, index)
        and (credit_words.search(ctx.folded(index)) or _after_credits(ctx, index, credit_words))
    ]
    if caps and min(float(c.value) for c in caps) <= 10 and not applied:
        ctx.add(Candidate("availability.credit_ladder", "none_or_token", "text",
                          caps[0].sentence, 0.75, rank=3))  # fmt: skip
        return
    for index in applied:
        ctx.add(Candidate("availability.credit_ladder", "automatic", "text", index, 0.75))
    # "sans que le Client ait à en faire la demande": no claim needed
    claimed = (set(ctx.matching(rules.word("claim_based"))) - automatic) | denied
    for index in sorted(claimed):
        if (
            credit_words.search(ctx.folded(index))
            or _follows(ctx, index, denied)
            # "La demande doit être faite par écrit.": a claim step right after the credits
            or (_CLAIM_STEP.search(ctx.folded(index)) and _after_credits(ctx, index, credit_words))
        ):
            ctx.add(Candidate("availability.credit_ladder", "claim_based", "text", index, 0.75,
                              rank=2))  # fmt: skip


_CLAIM_STEP = re.compile(
    r"\b(?:must|shall|doit|doivent|devra|devront)\b[^.;]{0,40}\b(?:request|claim|submit|"
    r"demander|reclamer|solliciter|formul|adress|present|transmi)"
    r"|\b(?:claims?|requests?|demandes?|reclamations?)\b[^.;]{0,20}"
    r"\b(?:must|shall|doit|doivent|devra|devront)\b"
)


def _only_late_responses(ctx: Context, index: int) -> bool:
    """The sentence speaks of late responses or restorations, not of availability."""
    rules = ctx.rules
    text = ctx.folded(index)
    late = rules.word("response").search(text) or rules.word("restoration").search(text)
    return bool(late) and not rules.word("availability").search(text)


def _after_credits(ctx: Context, index: int, credit_words: re.Pattern[str]) -> bool:
    """The sentence before ``index`` in the same paragraph names credits."""
    return (
        index > 0
        and ctx.next_in_block(index - 1) == index
        and credit_words.search(ctx.folded(index - 1)) is not None
    )


def _follows(ctx: Context, index: int, sentences: set[int]) -> bool:
    """The sentence before ``index`` in the same paragraph is one of ``sentences``."""
    return index - 1 in sentences and ctx.next_in_block(index - 1) == index
