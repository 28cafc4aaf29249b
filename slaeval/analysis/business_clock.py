"""Which delays run on the business clock, as the document declares it.

"Les délais s'entendent en heures ouvrées", "all targets are measured in Support Hours":
delays with no stated clock are then read in business hours, for the levels the declaration
names ("P2 and P3 targets", "except for P1", "the other targets"). An exception in so many
words ("for Priority 1 they are elapsed (clock) times") takes its levels out again. A delay's
own words may also set its clock (``with_clock``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from slaeval.analysis.context import Context
from slaeval.analysis.levels import level_offset, priority_tokens
from slaeval.analysis.not_targets import delay_clause
from slaeval.analysis.quantities import Duration
from slaeval.localized import both


def declare_clocks(ctx: Context) -> None:
    """Record the document's business-clock declaration and the levels it covers."""
    declaration = ctx.rules.word("business_clock")
    for index in ctx.matching(declaration):
        text = ctx.folded(index)
        match = declaration.search(text)
        if match is None:
            continue
        # the clause that names the hours: "P1 targets apply 24/7; the other targets run in
        # Support Hours only" declares the business clock for the others
        clause = clause_around(text, match.end() - 1, match.end())
        ctx.declare_business_clock(_declared_levels(ctx, clause, text))
        ctx.warn(_DECLARED_BUSINESS)
    if ctx.business_clock_declared:
        _calendar_levels(ctx)


_ALL_LEVELS = frozenset({"1", "2", "3", "4"})
_OTHERS = re.compile(r"\b(?:the )?(?:other|remaining|rest of the)\b|\b(?:les |aux )?autres\b")
# "sauf pour la priorité 1", "except Severity 1": the levels named after it are left out
_EXCEPT = re.compile(r"\b(?:sauf|except(?:ing)?|excluding|other than|hors|a l'exception d)\b")


def _declared_levels(ctx: Context, clause: str, sentence: str) -> set[str]:
    """The levels a business-clock declaration covers: those its clause names, or all but
    those it names after "except" ("in business hours, except for P1"), or all but those the
    sentence names elsewhere when the clause speaks of "the other" levels; empty: all."""
    tokens = priority_tokens(ctx, clause)
    if not tokens:
        if _OTHERS.search(clause):
            named = {t.value for t in priority_tokens(ctx, sentence)}
            return set(_ALL_LEVELS - named) if named else set()
        return set()
    levels = {t.value for t in tokens}
    exception = _EXCEPT.search(clause, 0, tokens[0].start)
    if exception is not None and tokens[0].start - exception.end() <= 30:
        return set(_ALL_LEVELS - levels)
    return levels


# the vocabulary entry "calendar_clock": "se décomptent en heures calendaires", "they are
# elapsed (clock) times", "apply at all hours": a clock that runs round the clock
_DELAY_WORDS = re.compile(
    r"\b(?:delais?|temps|gti|gtr|times|targets|deadlines|response|resolution|restoration"
    r"|prise en (?:charge|compte)|retablissement)\b"
)


def _calendar_levels(ctx: Context) -> None:
    """A document that counts its delays in business hours may except some levels in so
    many words: "for Priority 1 they are therefore elapsed (clock) times, not Service Hours",
    "les délais du Niveau 1 se décomptent en heures calendaires". A reader takes the rule and
    its exception together: the levels the clause of the calendar clock names leave the
    business-clock declaration. A calendar clock naming no level changes nothing here."""
    calendar = ctx.rules.word("calendar_clock")
    for index in ctx.matching(calendar):
        text = ctx.folded(index)
        if not _DELAY_WORDS.search(text):
            continue
        levels: set[str] = set()
        for match in calendar.finditer(text):
            clause = clause_around(text, match.start(), match.end())
            levels |= {t.value for t in priority_tokens(ctx, clause)} or _bare_levels(ctx, clause)
        if not levels:
            continue
        declared = ctx.business_clock_levels or set(_ALL_LEVELS)
        remaining = declared - levels
        if not remaining:
            ctx.business_clock_declared = False
        ctx.business_clock_levels = remaining


# "les délais du Niveau 1": a bare "niveau 1" is no sure priority (it may be a support line),
# but in a clause about delays and their clock it is one
_BARE_LEVEL = re.compile(
    r"\b(?:niveau|level) (?P<n>[1-4])\b(?! ?(?:support|assistance|engineers?|technici\w*))"
)


def _bare_levels(ctx: Context, clause: str) -> set[str]:
    offset = level_offset(ctx)
    return {str(int(m.group("n")) + offset) for m in _BARE_LEVEL.finditer(clause)} - {"5"}


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` holding ``start:end``: between the semicolons around it."""
    left = text.rfind(";", 0, start)
    right = text.find(";", end)
    return text[left + 1 : right if right != -1 else len(text)]


_DECLARED_BUSINESS = both(
    "Le document dit que ses délais se comptent en heures ouvrées : les délais sans précision "
    "sont lus en heures ouvrées.",
    "The document says its delays are counted in business hours: delays with no stated clock "
    "are read as business hours.",
)


def with_clock(ctx: Context, text: str, duration: Duration) -> Duration:
    """ "Within two hours during support hours" is a business-hours delay; so is a table
    cell whose column heading names business hours ("Prise en charge (heures ouvrées) : 4 h":
    a row reads "heading : value | heading : value"). A delay whose clause says "24/7" or
    "24h/24" runs round the clock, whatever the document declares for its other delays."""
    if duration.business is not None:
        return duration
    rules = ctx.rules
    # the cell (or, in prose, the clause) the delay ends: "restoration 4 hours" after
    # "response 1 hour (within Business Hours), " is not under a business-hours heading
    left = max(text.rfind(mark, 0, duration.start) for mark in ("|", ";", ", "))
    cell = text[left + 1 : duration.start]
    if rules.word("business_hours_after").search(text[duration.end :]) or (
        ":" in cell and rules.word("business_clock_heading").search(cell)
    ):
        return replace(duration, business=True)
    clause = delay_clause(text, duration)
    if rules.word("round_the_clock").search(clause):
        return replace(duration, business=False)
    # "response within 15 minutes, at any time": said right after the delay, the clock runs
    # day and night
    if _ANY_TIME.match(text, duration.end):
        return replace(duration, business=False)
    # a row whose coverage cell says 24x7 ("SEV1 | Coverage : 24 hours a day, 7 days a week |
    # Initial response : 30 minutes"): that level's delays run round the clock
    if " | " in text:
        for other in text.split(" | "):
            head, colon, value = other.partition(" : ")
            if (
                colon
                and _COVERAGE_HEAD.search(head)
                and rules.word("round_the_clock").search(value)
            ):
                return replace(duration, business=False)
    return duration


_ANY_TIME = re.compile(
    r"[^.;|]{0,12}?,? (?:at any time|day or night|day and night|a tout moment|a toute heure"
    r"|de jour comme de nuit|jour et nuit)\b"
)
_COVERAGE_HEAD = re.compile(
    r"\bcoverage\b|\bcover\b|\bcouverture\b|\bhours\b|\bhoraires?\b|\bplages?\b"
    r"|\bsupport window\b|\bservice window\b"
)
