"""Where a data rule fires: the sentences that match all its patterns, and two more places.

A rule's first pattern names its subject ("réversibilité", "sauvegardes"); its other patterns
the detail. Providers often give the subject once and the detail later:

- in the next sentence, opening on a pronoun ("L'assistance à la réversibilité n'est pas
  comprise. Elle est facturée 8 400 €");
- under a heading that names it ("Annexe R – Plan de réversibilité" over "Ce plan est mis à
  jour chaque année"), unless the rule already fired in that paragraph on a sentence naming
  its subject (the others are asides).

Choice rules (``choice_rules.py``) and measure rules (``measure_rules.py``) are read at the
same places, through ``RuleSites.fire``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from slaeval.analysis.context import Context
from slaeval.analysis.sections import Sections


class RuleSites:
    """The places of one analysis where rules may fire; built once per kind of rule."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.sections = ctx.sections
        if ctx.pronouns is None:  # the choice and the measure rules share them
            ctx.pronouns = pronoun_sentences(ctx)
        self.pronouns = ctx.pronouns
        # the sentences before a pronoun that name a subject, per subject (rules share them)
        self.subjects = ctx.pronoun_subjects

    def fire(
        self,
        patterns: tuple[re.Pattern[str], ...],
        within: set[int] | None,
        fires: Callable[[int, bool], bool],
    ) -> None:
        """Call ``fires(index, subject_elsewhere)`` at each place the rule may fire: where all
        ``patterns`` match, then after a pronoun, then under a heading."""
        ctx, sections = self.ctx, self.sections
        fired = {
            i for i in ctx.matching_all(patterns, unique=True, within=within) if fires(i, False)
        }
        for index in _after_pronoun(ctx, self.pronouns, patterns, within, fired, self.subjects):
            if fires(index, True):
                fired.add(index)
        for index in _under_heading(ctx, sections, patterns, within):
            if not _beside(sections, index, fired):
                fires(index, True)


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


def pronoun_sentences(ctx: Context) -> dict[int, int]:
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
