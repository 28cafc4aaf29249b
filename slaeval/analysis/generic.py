"""Apply the data rules: choice rules (a fixed value) and measure rules (a quantity).

Three reading habits apply to every rule that asks for them (``rules.py``): the deciding
detail may sit in the next sentence of the same paragraph; what a sentence denies or prohibits
("shared accounts are prohibited") is not what it provides; a line of a price list is not a
commitment.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.priorities import with_clock
from slaeval.analysis.quantities import Amount, Duration
from slaeval.analysis.rules import ChoiceRule, MeasureRule
from slaeval.analysis.sections import Sections

_DURATION_UNITS = frozenset({"minutes", "days", "months"})
_TAX_INCLUDED = re.compile(
    r"\s?\)?\s?(?:ttc\b|t\.t\.c|toutes taxes|tva (?:comprise|incluse)"
    r"|(?:incl\.?|including|inclusive of) (?:of )?vat\b|vat (?:incl|included)\b)"
)
_TOTAL = re.compile(r"\btota(?:l|le|ux)\b|\ben tout\b|\bin all\b|\boverall\b")
_AROUND = 30


def apply_choice_rules(ctx: Context) -> None:
    sections = ctx.sections
    pronouns = _pronoun_sentences(ctx)
    subjects: dict[str, frozenset[int]] = {}
    for rule in ctx.rules.choice_rules:
        if not all(ctx.matching(p) for p in rule.anywhere):
            continue
        within = ctx.may_hold_here_or_next(rule.next) if rule.next else None
        fired: set[int] = set()
        for index in ctx.matching_all(rule.all, unique=True, within=within):
            if not rule.price_lines and ctx.is_price_line(index):
                continue
            if _fires(ctx, rule, index):
                _add_choice(ctx, rule, index)
                fired.add(index)
        for index in _after_pronoun(ctx, pronouns, rule.all, within, fired, subjects):
            if (rule.price_lines or not ctx.is_price_line(index)) and _fires(
                ctx, rule, index, subject_in_heading=True
            ):
                _add_choice(ctx, rule, index)
                fired.add(index)
        for index in _under_heading(ctx, sections, rule.all, within):
            if _beside(sections, index, fired):
                continue
            if (rule.price_lines or not ctx.is_price_line(index)) and _fires(
                ctx, rule, index, subject_in_heading=True
            ):
                _add_choice(ctx, rule, index)


# "L'assistance à la réversibilité n'est pas comprise. Elle est facturée 8 400 €": a sentence
# that opens on a pronoun speaks of the subject of the sentence before it
_PRONOUN = re.compile(
    r"^[\s0-9.()-]*(?:elles?|ils?|celle-ci|celui-ci|celles-ci|ceux-ci|it|they|(?:ce|cet|cette|ces"
    r"|this|these|such|ledit|ladite|lesdits|lesdites) (?!contrat|agreement|contract|document)"
    r"[a-z-]+)\b(?! (?:est|sera|"
    r"a|y|faut|appartient|incombe|convient|importe|va|reste|s'agit|apparait|is|was|will be|"
    r"may be|should be|must be) (?:precise|entendu|rappele|convenu|expressement|de soi|noted|"
    r"agreed|understood|clear|possible|necessary|important|recommended|a noter)\b)"
)


def _pronoun_sentences(ctx: Context) -> dict[int, int]:
    """Sentences that open on a pronoun, each with the sentence before it in its paragraph."""
    out: dict[int, int] = {}
    for index in range(1, len(ctx.sentences)):
        if _PRONOUN.match(ctx.folded(index)) and ctx.next_in_block(index - 1) == index:
            out[index] = index - 1
    return out


def _after_pronoun(
    ctx: Context,
    pronouns: dict[int, int],
    patterns: tuple[re.Pattern[str], ...],
    within: set[int] | None,
    fired: set[int],
    subjects: dict[str, frozenset[int]],
) -> list[int]:
    """Sentences opening on a pronoun that match every pattern but the first, which the
    sentence before them matches instead (the rule did not fire there already)."""
    if len(patterns) < 2 or not pronouns:
        return []
    subject = patterns[0]
    # the sentences before that name the subject, found once per subject (rules share them)
    before = subjects.get(subject.pattern)
    if before is None:
        before = frozenset(ctx.matching_all((subject,), within=set(pronouns.values())))
        subjects[subject.pattern] = before
    allowed = {i for i, b in pronouns.items() if b in before and b not in fired}
    if within is not None:
        allowed &= within
    if not allowed:
        return []
    return [
        index
        for index in ctx.matching_all(patterns[1:], unique=True, within=allowed)
        if not subject.search(ctx.folded(index))
    ]


def _under_heading(
    ctx: Context, sections: Sections, patterns: tuple[re.Pattern[str], ...], within: set[int] | None
) -> list[int]:
    """Sentences that match every pattern but the first, which their heading matches instead
    ("Annexe R – Plan de réversibilité" over "Ce plan est mis à jour chaque année"). A rule
    with one pattern only is never read this way: the heading alone would decide."""
    if len(patterns) < 2 or not sections.headings:
        return []
    subject = patterns[0]
    governed = sections.subject_cache.get(subject.pattern)
    if governed is None:  # rules share their subject patterns
        heads = ctx.matching_all((subject,), within=set(sections.headings))
        governed = frozenset(sections.governed_by(heads))
        sections.subject_cache[subject.pattern] = governed
    if not governed:
        return []
    if within is not None:
        governed = governed & within
    return [
        index
        for index in ctx.matching_all(patterns[1:], unique=True, within=set(governed))
        if not subject.search(ctx.folded(index))  # read with its own subject already
    ]


def _beside(sections: Sections, index: int, fired: set[int]) -> bool:
    """The rule already fired in the paragraph of ``index`` on a sentence naming its subject:
    the others are asides ("Logs are kept 12 months. Raw telemetry is kept 30 days.")."""
    return any(i in fired for i in sections.block_of(index))


def _add_choice(ctx: Context, rule: ChoiceRule, index: int) -> None:
    ctx.add(
        Candidate(
            criterion=rule.criterion,
            value=rule.value,
            unit=rule.unit,
            sentence=index,
            confidence=rule.confidence,
            rank=rule.rank,
            clock="calendar" if rule.unit in _DURATION_UNITS else None,
        )
    )


def _fires(ctx: Context, rule: ChoiceRule, index: int, *, subject_in_heading: bool = False) -> bool:
    """The optional patterns of a rule whose required ones all matched (the first one in the
    sentence's heading when ``subject_in_heading``)."""
    text = ctx.folded(index)
    if rule.any and not any(p.search(text) for p in rule.any):
        return False
    if any(p.search(text) for p in rule.none):
        return False
    if not all(ctx.holds_here_or_next(index, p) for p in rule.next):
        return False
    if _denied_presence(ctx, rule, text, subject_in_heading):
        return False
    if not rule.negatable:
        return True
    # "no immutable copy is kept": a deciding detail named only to deny it decides nothing
    return (subject_in_heading or ctx.names_without_denial(rule.all[0], text)) and all(
        ctx.named_here_or_next(index, p) for p in rule.next
    )


# Values that say something is absent, refused or weak: their rules are written to match
# denials ("no restore test", "MFA is not enforced") and are not checked for them.
_ABSENCE_VALUES = frozenset(
    {
        *("none", "never", "not_monitored", "none_or_shared", "none_or_token", "missing"),
        *("nothing_written", "not_described", "excluded", "silent", "vague", "unstated"),
        *("undefined", "not_addressed", "not_computable", "provider_decides", "stops"),
        *("unknown_or_non_eu", "non_eu_unmitigated", "unrestricted", "unilateral"),
        *("proprietary", "provider_only", "shared_accounts", "single_copy"),
        *("sync_or_unspecified", "best_effort", "unpriced", "free_assignment"),
        *("availability_only", "sole_remedy", "opaque", "self_declared", "reduced"),
        *("penalties_plus_damages", "monitoring_only_written", "servers_only", "list_only"),
        "on_request",
    }
)


# Criteria whose commitments an option does not make (for others, such as on-call or
# prices, the option is what the rules read)
_NOT_AS_OPTIONS = (
    "security.edr", "security.raci", "security.security_plan", "continuity.",
    "backup.copies", "backup.restore_tests", "backup.monitoring",
    "reversibility.knowledge_transfer", "governance.committees",
)  # fmt: skip

_OPTION = re.compile(
    r"\bas an? (?:option|add-on|extra)\b|\b(?:can|may) be (?:ordered|added|purchased|subscribed)"
    r"|\bpeu(?:t|vent) etre (?:souscrit|command|ajout|achet)\w*|\ben supplement\b"
)

# Rules whose own patterns are written with a denial ("ne quittent jamais la France", "does
# not count as downtime", "ne peut sous-traiter sans accord"): a denial is their meaning.
_WRITTEN_WITH_DENIALS = frozenset(
    {
        "liability.sole_remedy", "liability.commitment_nature", "liability.carve_outs",
        "reversibility.plan", "reversibility.exit_price", "reversibility.credentials",
        "reversibility.deletion_certificate", "scope.subcontracting", "data.location",
        "data.non_eu_law", "security.least_privilege", "security.security_plan",
        "continuity.per_service", "costs.change_of_control", "support.escalation",
        "scope.exclusions", "availability.exclusions", "availability.credits_on_response",
        "availability.chronic_failure_exit", "oncall.pricing",
    }
)  # fmt: skip


def _denied_presence(ctx: Context, rule: ChoiceRule, text: str, subject_in_heading: bool) -> bool:
    """A rule that finds something present, whose required words the sentence names only to
    deny them: "No knowledge transfer is included", "There is no RACI matrix", "Backup jobs
    are not monitored", "holds no professional liability insurance" provide nothing. Every
    rule is read this way, not only those marked negatable."""
    if rule.value is False or rule.value in _ABSENCE_VALUES:
        return False
    # "An EDR agent is available as an option": what the customer may buy is not provided
    if rule.criterion.startswith(_NOT_AS_OPTIONS) and (
        ctx.rules.word("optional_service").search(text) or _OPTION.search(text)
    ):
        return True
    if rule.negatable or rule.criterion in _WRITTEN_WITH_DENIALS:
        return False  # negatable rules have their own check
    patterns = rule.all[1:] if subject_in_heading else rule.all
    if _COMPARATIVE.search(text):  # "no more than once a year" denies nothing
        text = _COMPARATIVE.sub(lambda m: " " * len(m.group()), text)
    return any(
        p.search(text) is not None and not ctx.names_without_denial(p, text) for p in patterns
    )


_COMPARATIVE = re.compile(
    r"\b(?:no|not) (?:more|less|later|earlier|fewer|longer|sooner) than\b"
    r"|\bpas (?:plus|moins) (?:de|d'|que|tard)\b|\bno sooner\b"
)


def apply_measure_rules(ctx: Context) -> None:
    _apply_measure_rules(ctx)
    _keep_totals(ctx)
    _retained_generations(ctx)


# "keeps the last 14 daily backups and the last 8 weekly ones", "les 12 dernières sauvegardes
# mensuelles sont conservées": a rotation whose longest generation is the retention
_GENERATION_DAYS = {
    "daily": 1, "nightly": 1, "quotidienne": 1, "journaliere": 1,
    "weekly": 7, "hebdomadaire": 7, "monthly": 30, "mensuelle": 30,
    "yearly": 365, "annual": 365, "annuelle": 365,
}  # fmt: skip
_ROTATION = (
    r"(?P<p>daily|nightly|weekly|monthly|yearly|annual|quotidienne|journaliere|hebdomadaire"
    r"|mensuelle|annuelle)s?"
)
_KEPT = re.compile(r"\b(?:keep|keeps|kept|retain\w*|conserv\w*|gard\w*|held|stored|stocke\w*)\b")
_BACKUPS = re.compile(r"sauvegard|backup|snapshot|instantan")


def _retained_generations(ctx: Context) -> None:
    if any(c.criterion == "backup.retention_days" for c in ctx.candidates):
        return
    number = ctx.rules.quantities.number
    generation = re.compile(
        rf"\b(?:last|latest|most recent|dernieres?|(?<=les )|(?<=conservation de )"
        rf"|(?<=retention of ))\s?(?P<n>{number}) (?:dernieres )?"
        rf"(?:(?:backups?|sauvegardes|copies|snapshots|versions) )?{_ROTATION}\b"
    )
    best: tuple[float, int] | None = None
    for index in ctx.matching(_BACKUPS):
        text = ctx.folded(index)
        if not _KEPT.search(text):
            continue
        for match in generation.finditer(text):
            count = ctx.rules.quantities.parse_number(match.group("n"))
            if count is None:
                continue
            days = count * _GENERATION_DAYS[match.group("p")]
            if best is None or days > best[0]:
                best = (days, index)
    if best is not None:
        ctx.add(Candidate("backup.retention_days", best[0], "days", best[1], 0.7,
                          clock="calendar"))  # fmt: skip


def _keep_totals(ctx: Context) -> None:
    """Of several monthly fees, the total when a sentence says it is one ("Total du forfait
    mensuel : 340 € HT"): the others are its parts."""
    fees = [c for c in ctx.candidates if c.kind == "monthly_fee"]
    totals = [c for c in fees if _TOTAL.search(ctx.folded(c.sentence))]
    if totals and len(fees) > len(totals):
        parts = {id(c) for c in fees} - {id(c) for c in totals}
        ctx.candidates[:] = [c for c in ctx.candidates if id(c) not in parts]


def _apply_measure_rules(ctx: Context) -> None:
    sections = ctx.sections
    pronouns = _pronoun_sentences(ctx)
    subjects: dict[str, frozenset[int]] = {}
    for rule in ctx.rules.measure_rules:
        within = ctx.may_hold_here_or_next(rule.next) if rule.next else None
        # the anchor must match too: with it the word index leaves far fewer sentences to search
        patterns = (*rule.all, rule.anchor)
        fired = {
            index
            for index in ctx.matching_all(patterns, unique=True, within=within)
            if _read_measure(ctx, rule, index)
        }
        for index in _after_pronoun(ctx, pronouns, patterns, within, fired, subjects):
            if _read_measure(ctx, rule, index, subject_in_heading=True):
                fired.add(index)
        for index in _under_heading(ctx, sections, patterns, within):
            if not _beside(sections, index, fired):
                _read_measure(ctx, rule, index, subject_in_heading=True)


def _read_measure(
    ctx: Context, rule: MeasureRule, index: int, *, subject_in_heading: bool = False
) -> bool:
    """Read the rule's quantity in sentence ``index``; whether a finding was added."""
    text = ctx.folded(index)
    if not all(ctx.holds_here_or_next(index, p) for p in rule.next):
        return False
    candidate = _measure(ctx, rule, index, text)
    if candidate is None and text.rstrip().endswith(":"):
        # "Perte de données maximale (RPO) :" at the end of a line, its value on the next
        candidate = _measure_with_next(ctx, rule, index, text)
    if candidate is None:
        return False
    # the costlier checks last, on the few sentences that hold a quantity to read
    if any(p.search(text) for p in rule.none):
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
        # "340 € HT par mois (408 € TTC)": a price with its tax is not the price agreed
        amounts = [
            a
            for a in ctx.rules.quantities.money(text)
            if not _TAX_INCLUDED.match(text, a.end) and not _skipped(rule, text, a)
        ]
        amount = _nearest(amounts, anchors, rule, lambda a: a.value)
        if amount is None:
            return None
        return Candidate(rule.criterion, amount.value, "eur", index, rule.confidence, rule.kind)
    durations = [
        d
        for d in (ctx.durations(index) if found is None else found)
        if _plausible_delay(d) and not _skipped(rule, text, d)
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
                distance = quantity.start - anchor.end()
            elif rule.near == "after_or_before" and quantity.end <= anchor.start():
                distance = anchor.start() - quantity.end
            else:
                continue
            key = value if rule.smallest else distance
            if distance <= rule.window and (best is None or key < best[0]):
                best = (key, quantity)
    return None if best is None else best[1]
