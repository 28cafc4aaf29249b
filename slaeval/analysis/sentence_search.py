"""Which sentences of a document hold a rule's strings, and which a pattern matches.

Every pattern is searched only in the sentences holding the strings each of its matches needs
(``prefilter.py``), found for all the rules' strings in one pass over the text
(``literal_scan.py``); what a pattern gave on a sentence is kept, for the other rules that
share it. The analysis context (``context.py``) asks through ``matching``, ``says`` and
``may_hold``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Set as AbstractSet

from slaeval.analysis.literal_scan import MIN_SCANNED, scanner_for
from slaeval.analysis.prefilter import narrowing_sets, usable_literals
from slaeval.analysis.rules import Rules

# Over this many sentences, narrowing a pattern's candidates by its other strings pays for
# the lookups it costs (they are kept per set of strings, so nearly always; a pattern left
# with no sentence is then not even compiled).
_NARROW_FROM = 8
_NONE: AbstractSet[int] = frozenset()


class SentenceSearch:
    """The folded sentences of one document, and what has been looked up in them."""

    def __init__(self, texts: list[str], rules: Rules) -> None:
        self.texts = texts
        self._scanner = scanner_for(rules.compiled)
        self._scanned: dict[str, set[int]] | None = None  # the one-pass scan, when first asked
        self._literals: dict[str, AbstractSet[int]] = {}
        self._unions: dict[frozenset[str], AbstractSet[int]] = {}
        self._pattern_sets: dict[re.Pattern[str], AbstractSet[int] | None] = {}
        self._searched: dict[re.Pattern[str], dict[int, bool]] = {}
        self._joined = ""  # every folded sentence, "\x00" between
        self._starts: list[int] = []  # where each one starts in it
        # sentences that repeat an earlier one word for word
        self._repeats: set[int] = set()
        seen: set[str] = set()
        for index, text in enumerate(texts):
            if text in seen:
                self._repeats.add(index)
            seen.add(text)

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
            candidates_of = self.candidates(pattern)
            found.append((candidates_of, pattern))
            if candidates_of is not None:
                known = set(candidates_of) if known is None else known & candidates_of
                if not known:  # no sentence can match: the other patterns need no lookup
                    return []
        candidates = known if known is not None else set(self._scan(patterns[0]))
        if unique:
            candidates -= self._repeats
        if len(patterns) > 1:  # the most selective pattern first: most sentences fail on it
            found.sort(key=lambda cp: len(cp[0]) if cp[0] is not None else len(self.texts))
            patterns = tuple(p for _c, p in found)
        # Rules share patterns: what one pattern gave on a sentence is kept for the others.
        texts = self.texts
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
        return self.may_hold(pattern, index) and pattern.search(self.texts[index]) is not None

    def may_hold(self, pattern: re.Pattern[str], index: int) -> bool:
        """Whether sentence ``index`` holds the strings every match of ``pattern`` needs (if
        not, no need to search it)."""
        candidates = self.candidates(pattern)
        return candidates is None or index in candidates

    def candidates(self, pattern: re.Pattern[str]) -> AbstractSet[int] | None:
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
                held = self.sentences_holding(literal)
            else:
                held = frozenset().union(*map(self.sentences_holding, literals))
            self._unions[literals] = held
        return held

    def sentences_holding(self, literal: str) -> AbstractSet[int]:
        """Sentences whose folded text contains ``literal``."""
        cached = self._literals.get(literal)
        if cached is None:
            if literal in self._scanner.strings:  # every rule string, found in one pass
                if self._scanned is None:
                    self._scanned = self._scanner.scan(self.texts)
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
            return frozenset([i for i, text in enumerate(self.texts) if literal in text])
        if not self._starts:
            at = 0
            for text in self.texts:
                self._starts.append(at)
                at += len(text) + 1
            self._starts.append(at)
            self._joined = "\x00".join(self.texts)
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
        return [i for i, text in enumerate(self.texts) if pattern.search(text)]
