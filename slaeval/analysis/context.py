"""Shared state of one analysis: the sentences, a fast index over them, and what was found.

Finding the sentences a rule matches is the costly part on a long document. Each pattern
needs one of a few literal strings (``prefilter.py``); one pass over the text tells which
sentences hold them (``literal_scan.py``), the sets of a rule's patterns are intersected, and
only the sentences left are searched with the regular expressions. Sentences repeated word
for word are searched once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from slaeval.analysis.document import Sentence
from slaeval.analysis.model import FindingKind, FindingUnit, FindingValue
from slaeval.analysis.quantities import Duration
from slaeval.analysis.rules import Rules
from slaeval.analysis.sections import Sections, sections_of
from slaeval.analysis.sentence_search import SentenceSearch
from slaeval.business_hours import business_day_minutes
from slaeval.localized import Localized, both
from slaeval.offers import Clock, SupportWindow

if TYPE_CHECKING:  # levels.py reads the context: imported for the type checker only
    from slaeval.analysis.levels import Token

# A document that gives neither its support hours nor the length of its business day gets the
# support window every offer starts with (``SupportWindow()``: Monday to Friday, 9:00-18:00,
# the hours service desks most often write): a business day of nine hours. The scoring turns
# business minutes back into real time with that same default window, so the two agree.
_DEFAULT_WINDOW = SupportWindow()
DEFAULT_BUSINESS_DAY_MINUTES = business_day_minutes(_DEFAULT_WINDOW)
DENIAL_REACH = 50


@dataclass(slots=True)
class Candidate:
    """A finding before duplicates are merged and conflicts are found."""

    criterion: str
    value: FindingValue
    unit: FindingUnit
    sentence: int
    confidence: float
    kind: FindingKind = "answer"
    clock: Clock | None = None
    rank: int = 1
    threshold: float | None = None


@dataclass(slots=True)
class Context:
    """The sentences of the document and everything the extractors learn along the way."""

    sentences: list[Sentence]
    rules: Rules
    candidates: list[Candidate] = field(default_factory=list)
    warnings: list[Localized] = field(default_factory=list)
    business_clock_declared: bool = False
    # Priority levels a business-clock declaration names ("P2 and P3 targets are counted in
    # business hours"); empty: it covers every support delay.
    business_clock_levels: set[str] = field(default_factory=set)
    business_day_minutes: int = DEFAULT_BUSINESS_DAY_MINUTES
    business_day_known: bool = False  # from the document's window or its own statement
    worded_levels: dict[int, int] = field(default_factory=dict)
    # 1 when the document's scale starts at P0 (its P0 is the catalogue's P1); None: not
    # looked at yet
    level_offset: int | None = None
    # sentences about a service tier the client did not buy (``tiers.py``); None: not looked
    # at yet
    other_tier: frozenset[int] | None = None
    # sentences opening on a pronoun, each with the sentence before it, and per subject
    # pattern the ones before that name it (``rule_sites.py``); None: not looked at yet
    pronouns: dict[int, int] | None = None
    pronoun_subjects: dict[str, frozenset[int]] = field(default_factory=dict)
    _durations: dict[int, list[Duration]] = field(init=False, default_factory=dict)
    _sections: Sections | None = field(init=False, default=None)
    # priority_tokens' answers (levels.py), per sentence text and level numbering
    level_tokens: dict[tuple[str, int, tuple[tuple[int, int], ...]], tuple[Token, ...]] = field(
        init=False, default_factory=dict
    )
    # which sentences hold a rule's strings, and which a pattern matches
    search: SentenceSearch = field(init=False)

    def __post_init__(self) -> None:
        self.search = SentenceSearch([s.folded for s in self.sentences], self.rules)

    @property
    def sections(self) -> Sections:
        """The section headings of the document's sentences (worked out once)."""
        if self._sections is None:
            self._sections = sections_of(self.sentences)
        return self._sections

    def matching(self, pattern: re.Pattern[str], *, unique: bool = False) -> list[int]:
        """Indexes of the sentences where ``pattern`` matches, in order (``SentenceSearch``)."""
        return self.search.matching_all((pattern,), unique=unique)

    def matching_all(
        self,
        patterns: tuple[re.Pattern[str], ...],
        *,
        unique: bool = False,
        within: set[int] | None = None,
    ) -> list[int]:
        """Indexes of the sentences where every pattern matches (``SentenceSearch``)."""
        return self.search.matching_all(patterns, unique=unique, within=within)

    def says(self, pattern: re.Pattern[str], index: int) -> bool:
        """``pattern`` matches sentence ``index`` (``SentenceSearch``)."""
        return self.search.says(pattern, index)

    def may_hold(self, pattern: re.Pattern[str], index: int) -> bool:
        """Sentence ``index`` holds the strings every match of ``pattern`` needs."""
        return self.search.may_hold(pattern, index)

    def folded(self, index: int) -> str:
        return self.search.texts[index]

    def next_in_block(self, index: int) -> int | None:
        """The sentence after ``index`` in the same paragraph or list item; None at its end
        and for a table row (each row stands alone)."""
        following = index + 1
        if following >= len(self.sentences):
            return None
        here, there = self.sentences[index], self.sentences[following]
        if here.table_row or there.table_row or here.block != there.block:
            return None
        return following

    def previous_in_block(self, index: int) -> int | None:
        """The sentence before ``index`` in the same paragraph or list item (see
        ``next_in_block``); None at its start and for a table row."""
        if index > 0 and self.next_in_block(index - 1) == index:
            return index - 1
        return None

    def may_hold_here_or_next(self, patterns: tuple[re.Pattern[str], ...]) -> set[int] | None:
        """Sentences where each pattern may match, itself or in the next sentence of the same
        paragraph, told by the word index alone (a superset); None when it cannot tell."""
        allowed: set[int] | None = None
        for pattern in patterns:
            here = self.search.candidates(pattern)
            if here is None:
                continue
            reach = set(here)
            reach.update(j - 1 for j in here if j > 0 and self.next_in_block(j - 1) == j)
            allowed = reach if allowed is None else allowed & reach
        return allowed

    def _here_and_next(self, index: int) -> list[str]:
        """The sentence's text, then the next one's in the same paragraph if there is one."""
        following = self.next_in_block(index)
        texts = [self.folded(index)]
        return texts if following is None else [*texts, self.folded(following)]

    def holds_here_or_next(self, index: int, pattern: re.Pattern[str]) -> bool:
        """``pattern`` matches the sentence or the next one in the same paragraph."""
        return any(pattern.search(text) for text in self._here_and_next(index))

    def named_here_or_next(self, index: int, pattern: re.Pattern[str]) -> bool:
        """``pattern`` is named without denial in the sentence or the next one of the same
        paragraph."""
        return any(self.names_without_denial(pattern, t) for t in self._here_and_next(index))

    def names_without_denial(self, pattern: re.Pattern[str], text: str) -> bool:
        """Whether ``text`` names what ``pattern`` matches at least once without denying or
        prohibiting it: "no shared accounts", "shared accounts are prohibited", "notice by
        e-mail is not valid" deny it; the words just before and after the match decide."""
        denied_before = self.rules.word("denied_before")
        prohibited_after = self.rules.word("prohibited_after")
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - DENIAL_REACH) : match.start()]
            after = text[match.end() : match.end() + DENIAL_REACH]
            if not denied_before.search(before) and not prohibited_after.search(after):
                return True
        return False

    def is_price_line(self, index: int) -> bool:
        """A table row that holds a price: a line of a price list, not a commitment."""
        sentence = self.sentences[index]
        return sentence.table_row and bool(self.rules.quantities.money(sentence.folded))

    def durations(self, index: int) -> list[Duration]:
        cached = self._durations.get(index)
        if cached is None:
            cached = self.rules.quantities.durations(self.folded(index))
            self._durations[index] = cached
        return cached

    def add(self, candidate: Candidate) -> None:
        self.candidates.append(candidate)

    def kept(self, criterion: str, kind: str = "answer") -> list[Candidate]:
        """The candidates of ``criterion`` and ``kind`` of the top rank: the ones
        consolidation keeps (``consolidate._best_rank``), for readings derived from them."""
        found = [c for c in self.candidates if c.criterion == criterion and c.kind == kind]
        top = max((c.rank for c in found), default=None)
        return [c for c in found if c.rank == top]

    def warn(self, message: Localized) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    def declare_business_clock(self, levels: set[str]) -> None:
        """The document counts support delays in business hours: those of ``levels``, or all
        of them when no level is named."""
        if not self.business_clock_declared or self.business_clock_levels:
            self.business_clock_levels = self.business_clock_levels | levels if levels else set()
        self.business_clock_declared = True

    def duration_value(
        self,
        duration: Duration,
        unit: FindingUnit,
        *,
        support_delay: bool = False,
        level: str | None = None,
    ) -> tuple[float, Clock]:
        """A delay in the finding's unit, and the clock it is counted in.

        Business days become business minutes with the support window's day length. A support
        delay with no word about its clock follows the document's declaration, if any, when
        the declaration covers its priority ``level``.
        """
        business = duration.business
        if business is None:
            declared = self.business_clock_declared and (
                not self.business_clock_levels or level in self.business_clock_levels
            )
            business = support_delay and declared
        clock: Clock = "business" if business else "calendar"
        if unit == "minutes":
            if business and duration.unit in ("day", "week"):
                days = duration.amount * (5 if duration.unit == "week" else 1)
                return float(days * self.business_day_minutes), clock
            return round(duration.calendar_minutes, 2), clock
        if unit == "days":
            return round(duration.in_days(), 2), clock
        return duration.in_months(), clock

    def note_business_days(self, duration: Duration, clock: Clock) -> None:
        """Warn when a delay in business days was counted with the default day length."""
        if clock == "business" and duration.unit in ("day", "week") and not self.business_day_known:
            self.warn(_ASSUMED_DAY)


_ASSUMED_DAY = both(
    "Le document ne donne ni ses horaires de support ni la durée d'un jour ouvré : un jour "
    f"ouvré est compté {DEFAULT_BUSINESS_DAY_MINUTES // 60} heures.",
    "The document gives neither its support hours nor the length of a business day: a "
    f"business day is counted as {DEFAULT_BUSINESS_DAY_MINUTES // 60} hours.",
)
