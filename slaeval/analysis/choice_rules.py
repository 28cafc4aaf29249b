"""Choice rules: a criterion gets a fixed value when a sentence matches the rule's patterns.

Two reading habits apply to every rule that asks for them (``rules.py``): the deciding detail
may sit in the next sentence of the same paragraph, and what a sentence denies, prohibits or
only offers as an option ("shared accounts are prohibited", "EDR is available as an option")
is not what it provides. A line of a price list is not a commitment, unless the rule reads
price lines. Where a rule fires: ``rule_sites.py``.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.rule_sites import RuleSites
from slaeval.analysis.rules import ChoiceRule
from slaeval.analysis.tiers import bought_column_texts, other_tier_sentences

_DURATION_UNITS = frozenset({"minutes", "days", "months"})


def apply_choice_rules(ctx: Context) -> None:
    sites = RuleSites(ctx)
    elsewhere = other_tier_sentences(ctx)
    of_an_option = _said_of_an_option(ctx, sites.pronouns)
    columns = bought_column_texts(ctx)  # a row comparing tiers: the client's cell only
    for rule in ctx.rules.choice_rules:
        if not all(ctx.matching(p) for p in rule.anywhere):
            continue
        within = ctx.may_hold_here_or_next(rule.next) if rule.next else None

        def fires(index: int, subject_elsewhere: bool, rule: ChoiceRule = rule) -> bool:
            if not rule.price_lines and ctx.is_price_line(index):
                return False
            if index in elsewhere and rule.criterion.startswith(TIERED):
                return False
            if index in of_an_option and rule.criterion.startswith(_OPTION_SCOPED):
                return False
            if rule.criterion.startswith(TIERED) and ctx.says(_NOT_IN_HAND, index):
                return False
            column = columns.get(index) if rule.criterion.startswith(TIERED) else None
            needed = rule.all[1:] if subject_elsewhere else rule.all
            if column is not None and not all(p.search(column) for p in (*needed, *rule.next)):
                return False  # what the row says in another tier's column only
            if not _fires(ctx, rule, index, subject_in_heading=subject_elsewhere):
                return False
            _add_choice(ctx, rule, index)
            return True

        sites.fire(rule.all, within, fires)


# A contract that says which of its tiers the client bought ("has ordered the Silver tier"):
# a sentence about another tier ("Quarterly restore tests are included in Gold only") gives
# that tier's commitments, not the client's (``tiers.py``). Read so for these criteria:
TIERED = ("backup.", "continuity.", "security.", "data.", "reversibility.", "governance.",
          "scope.", "costs.")  # fmt: skip


# "L'option « Sauvegarde M365 » est proposée à 3,50 € par utilisateur. Elle n'est pas comprise
# dans la redevance tant qu'un avenant n'a pas été signé": a sentence opening on a pronoun
# speaks of the subject of the sentence before it; when that subject is an option, what the
# sentence says (an amendment to sign, a copy kept elsewhere) is the option's, not the service's.
_OPTION_SCOPED = tuple(p for p in TIERED if p != "costs.")


# "... sont décrits dans le plan d'assurance sécurité (annexe C), qui n'est pas reproduit dans les
# présentes", "governed by the general terms, which are not reproduced here": a document the
# reader does not have in hand commits to nothing the reader can check
_NOT_IN_HAND = re.compile(
    r"\b(?:n'est|ne sont|ne seront|ne sera) pas (?:\w+ )?reproduit\w*|\bnon reproduit\w*"
    r"|\bnot (?:be )?(?:\w+ )?reproduced\b|\bnot (?:be )?attached\b"
    r"|\bnon jointe?s?\b|\b(?:n'est|ne sont) pas jointe?s?\b"  # "Annexe C, non jointe"
)


def _said_of_an_option(ctx: Context, pronouns: dict[int, int]) -> set[int]:
    optional = ctx.rules.word("optional_service")
    return {
        index
        for index, before in pronouns.items()
        if ctx.says(optional, before) or ctx.says(_OPTION, before)
    }


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
    if rule.any and not any(ctx.says(p, index) for p in rule.any):
        return False
    if any(ctx.says(p, index) for p in rule.none):
        return False
    if not all(ctx.holds_here_or_next(index, p) for p in rule.next):
        return False
    if _denied_presence(ctx, rule, index, subject_in_heading):
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


def _denied_presence(ctx: Context, rule: ChoiceRule, index: int, subject_in_heading: bool) -> bool:
    """A rule that finds something present, whose required words the sentence names only to
    deny them: "No knowledge transfer is included", "There is no RACI matrix", "Backup jobs
    are not monitored", "holds no professional liability insurance" provide nothing. Every
    rule is read this way, not only those marked negatable."""
    if rule.value is False or rule.value in _ABSENCE_VALUES:
        return False
    text = ctx.folded(index)
    optional = ctx.rules.word("optional_service")
    # "An EDR agent is available as an option": what the customer may buy is not provided
    if rule.criterion.startswith(_NOT_AS_OPTIONS) and (
        ctx.says(optional, index) or ctx.says(_OPTION, index)
    ):
        return True
    if rule.negatable or rule.criterion in _WRITTEN_WITH_DENIALS:
        return False  # negatable rules have their own check
    patterns = rule.all[1:] if subject_in_heading else rule.all
    # every one of these patterns matched the sentence (that is why the rule is read here);
    # only a sentence with a comparative blanked out needs searching again
    blanked = ctx.says(_COMPARATIVE, index)
    if blanked:  # "no more than once a year" denies nothing
        text = _COMPARATIVE.sub(lambda m: " " * len(m.group()), text)
    return any(
        (not blanked or p.search(text) is not None) and not ctx.names_without_denial(p, text)
        for p in patterns
    )


_COMPARATIVE = re.compile(
    r"\b(?:no|not) (?:more|less|later|earlier|fewer|longer|sooner) than\b"
    r"|\bpas (?:plus|moins) (?:de|d'|que|tard)\b|\bno sooner\b"
)
