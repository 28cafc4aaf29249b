"""Shared state of one analysis: the sentences, a fast index over them, and what was found.

Finding the sentences a rule matches is the costly part on a long document. Each pattern
needs one of a few literal strings (``prefilter.py``); one pass over the text tells which
sentences hold them (``literal_scan.py``), the sets of a rule's patterns are intersected, and
only the sentences left are searched with the regular expressions. Sentences repeated word
for word are searched once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from slaeval.analysis.document import Sentence
from slaeval.analysis.literal_scan import MIN_SCANNED, LiteralScanner, scanner_for
from slaeval.analysis.model import FindingKind, FindingUnit, FindingValue
from slaeval.analysis.prefilter import (
    narrowing_sets,
    usable_literals,
)
from slaeval.analysis.quantities import Duration
from slaeval.analysis.rules import Rules
from slaeval.analysis.sections import Sections, sections_of
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
# Over this many sentences, narrowing a pattern's candidates by its other strings pays for
# the lookups it costs (they are kept per set of strings, so nearly always; a pattern left
# with no sentence is then not even compiled).
_NARROW_FROM = 8
_NONE: AbstractSet[int] = frozenset()


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
    _repeats: set[int] = field(init=False, default_factory=set)
    _sections: Sections | None = field(init=False, default=None)
    _literals: dict[str, AbstractSet[int]] = field(init=False, default_factory=dict)
    _unions: dict[frozenset[str], AbstractSet[int]] = field(init=False, default_factory=dict)
    # The rules' strings, found in every sentence in one pass (``literal_scan.py``) the first
    # time one is asked for.
    _scanner: LiteralScanner = field(init=False)
    _scanned: dict[str, set[int]] | None = field(init=False, default=None)
    _searched: dict[re.Pattern[str], dict[int, bool]] = field(init=False, default_factory=dict)
    # priority_tokens' answers (levels.py), per sentence text and level numbering
    level_tokens: dict[tuple[str, int, tuple[tuple[int, int], ...]], tuple[Token, ...]] = field(
        init=False, default_factory=dict
    )
    _texts: list[str] = field(init=False, default_factory=list)  # each sentence folded
    _joined: str = field(init=False, default="")  # every folded sentence, "\x00" between
    _starts: list[int] = field(init=False, default_factory=list)  # where each one starts
    _pattern_sets: dict[re.Pattern[str], AbstractSet[int] | None] = field(
        init=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        self._texts = [s.folded for s in self.sentences]
        self._scanner = scanner_for(self.rules.compiled)
        seen: set[str] = set()
        for index, sentence in enumerate(self.sentences):
            if sentence.folded in seen:
                self._repeats.add(index)
            seen.add(sentence.folded)

    @property
    def sections(self) -> Sections:
        """The section headings of the document's sentences (worked out once)."""
        if self._sections is None:
            self._sections = sections_of(self.sentences)
        return self._sections

    def matching(self, pattern: re.Pattern[str], *, unique: bool = False) -> list[int]:
        """Indexes of the sentences where ``pattern`` matches, in order. ``unique`` skips
        sentences that repeat an earlier one word for word (their findings would be
        duplicates, kept once anyway)."""
        return self.matching_all((pattern,), unique=unique)

    def matching_all(
        self,
        patterns: tuple[re.Pattern[str], ...],
        *,
        unique: bool = False,
        within: set[int] | None = None,
    ) -> list[int]:
        """Indexes of the sentences where every pattern matches, in order; only among
        ``within`` when it is given."""
        found: list[tuple[AbstractSet[int] | None, re.Pattern[str]]] = []
        if within is not None and not within:
            return []
        known: set[int] | None = None if within is None else set(within)
        for pattern in patterns:
            candidates_of = self._candidates(pattern)
            found.append((candidates_of, pattern))
            if candidates_of is not None:
                known = set(candidates_of) if known is None else known & candidates_of
                if not known:  # no sentence can match: the other patterns need no lookup
                    return []
        candidates = known if known is not None else set(self._scan(patterns[0]))
        if unique:
            candidates -= self._repeats
        if len(patterns) > 1:  # the most selective pattern first: most sentences fail on it
            found.sort(key=lambda cp: len(cp[0]) if cp[0] is not None else len(self.sentences))
            patterns = tuple(p for _c, p in found)
        # Rules share patterns: what one pattern gave on a sentence is kept for the others.
        texts = self._texts
        out: list[int] = []
        if len(patterns) == 1:  # most calls: one pattern, no inner loop
            search, seen = patterns[0].search, self._searched.setdefault(patterns[0], {})
            for index in sorted(candidates):
                hit = seen.get(index)
                if hit is None:
                    hit = seen[index] = search(texts[index]) is not None
                if hit:
                    out.append(index)
            return out
        checks = [(p.search, self._searched.setdefault(p, {})) for p in patterns]
        for index in sorted(candidates):
            for search, seen in checks:
                hit = seen.get(index)
                if hit is None:
                    hit = seen[index] = search(texts[index]) is not None
                if not hit:
                    break
            else:
                out.append(index)
        return out

    def says(self, pattern: re.Pattern[str], index: int) -> bool:
        """``pattern`` matches sentence ``index``; searched only if the sentence holds the
        strings every match needs."""
        return self.may_hold(pattern, index) and pattern.search(self.folded(index)) is not None

    def may_hold(self, pattern: re.Pattern[str], index: int) -> bool:
        """Whether sentence ``index`` holds the strings every match of ``pattern`` needs (if
        not, no need to search it)."""
        candidates = self._candidates(pattern)
        return candidates is None or index in candidates

    def _candidates(self, pattern: re.Pattern[str]) -> AbstractSet[int] | None:
        """Sentences holding one of the literals every match of ``pattern`` contains; None
        when the pattern has no usable literal."""
        if pattern in self._pattern_sets:  # rules share patterns
            return self._pattern_sets[pattern]
        literals = usable_literals(pattern.pattern)
        result: AbstractSet[int] | None = None
        if literals is not None:
            result = self._holding_one_of(literals)
            if len(result) > _NARROW_FROM:
                result = self._narrowed(pattern.pattern, literals, result)
        self._pattern_sets[pattern] = result
        return result

    def _narrowed(
        self, pattern: str, literals: frozenset[str], result: AbstractSet[int]
    ) -> AbstractSet[int]:
        """Fewer sentences, when a pattern needs more than one of its strings: "astreinte" and
        one of "en option" or "payante" for ``astreinte[^.]{0,80}(?:en option|payante)``; for
        an alternation of such parts, the sentences holding all the strings of one part."""
        sets, branches = narrowing_sets(pattern)
        if branches is not None:
            found: set[int] = set()
            for strong in branches:
                held = self._holding_one_of(strong[0])
                for others in strong[1:]:
                    held = held & self._holding_one_of(others) if held else held
                found |= held
            return result & frozenset(found)
        for others in sets:
            if result and others != literals:
                result = result & self._holding_one_of(others)
        return result

    def _holding_one_of(self, literals: frozenset[str]) -> AbstractSet[int]:
        """Sentences holding one of ``literals``; patterns share their sets of strings, so
        each union is made once."""
        held = self._unions.get(literals)
        if held is None:
            if len(literals) == 1:
                (literal,) = literals
                held = self._sentences_holding(literal)
            else:
                held = frozenset().union(*map(self._sentences_holding, literals))
            self._unions[literals] = held
        return held

    def _sentences_holding(self, literal: str) -> AbstractSet[int]:
        """Sentences whose folded text contains ``literal``."""
        cached = self._literals.get(literal)
        if cached is None:
            if literal in self._scanner.strings:  # every rule string, found in one pass
                if self._scanned is None:
                    self._scanned = self._scanner.scan(self._texts)
                cached = self._scanned.get(literal, _NONE)  # read only from here on
            else:  # a string too short to scan for ("p", "24", "€"), or of no rule
                cached = self._sentences_with(literal)
            self._literals[literal] = cached
        return cached

    def _sentences_with(self, literal: str) -> AbstractSet[int]:
        """Sentences holding ``literal``, found in the whole text at once: from one sentence
        holding it, the search goes on from the start of the next one. A string short enough
        to be in most sentences is looked for in each in turn."""
        if len(literal) < MIN_SCANNED:
            return frozenset([i for i, text in enumerate(self._texts) if literal in text])
        if not self._starts:
            at = 0
            for sentence in self.sentences:
                self._starts.append(at)
                at += len(sentence.folded) + 1
            self._starts.append(at)
            self._joined = "\x00".join(self._texts)
        text, starts = self._joined, self._starts
        found: list[int] = []
        at = text.find(literal)
        while at != -1:
            index = bisect_right(starts, at) - 1
            found.append(index)
            at = text.find(literal, starts[index + 1])
        return frozenset(found)

    def _scan(self, pattern: re.Pattern[str]) -> list[int]:
        """Every sentence searched in turn, for patterns without a usable literal."""
        return [i for i, text in enumerate(self._texts) if pattern.search(text)]

    def folded(self, index: int) -> str:
        return self._texts[index]

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

    def may_hold_here_or_next(self, patterns: tuple[re.Pattern[str], ...]) -> set[int] | None:
        """Sentences where each pattern may match, itself or in the next sentence of the same
        paragraph, told by the word index alone (a superset); None when it cannot tell."""
        allowed: set[int] | None = None
        for pattern in patterns:
            here = self._candidates(pattern)
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
