"""Which sentences hold each string the rules need, found in one pass over the text.

The prefilter (``prefilter.py``) tells, for each pattern, strings one of which every match
holds; the analysis then needs, for each of those strings, the sentences that contain it.
Looking the strings up one by one cost more than the searches they saved on a long contract
(about 5,000 strings for 2,000 sentences). An Aho-Corasick automaton (pyahocorasick, in C)
of every string of every rule finds all of them in each sentence at once.

The automaton is built once per set of rules (for the shipped rules, from the strings of
``literals.json``, with no pattern to parse). A string it does not hold (a short one that
would be found nearly everywhere, see ``scanned``, or one of a pattern that is no rule)
is looked up by the caller, with the same result.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import Any

import ahocorasick

from slaeval.analysis.prefilter import answers, narrowing_sets

# One- and two-character strings ("p", "x", "24", "de", " a", ". ") occur in nearly every
# sentence: they are cheaper to look for one by one. Short ones that are rare in any text are
# scanned anyway: a sign ("€", "×", "%"), a pair holding a digit or a sign ("p1", "24"), or
# two letters other than a common short word ("vm"); looked up one by one, each would cost
# a pass over the whole text.
MIN_SCANNED = 3
_COMMON_PAIRS = frozenset(
    {"de", "du", "la", "le", "en", "et", "un", "au", "ou", "on", "in", "at", "of", "to", "is"}
    | {"it", "as", "an", "or", "by", "be", "no", "ni", "si", "ne", "se", "sa", "ce", "il"}
)
_FREQUENT_SIGNS = frozenset(" .,;:-'\"()/\n\t")


def scanned(string: str) -> bool:
    """Whether the automaton holds ``string`` (else the caller looks it up on its own)."""
    if len(string) >= MIN_SCANNED or any(_rare_sign(c) for c in string):
        return True
    if len(string) == 1 or any(c in _FREQUENT_SIGNS for c in string):
        return False
    return string not in _COMMON_PAIRS  # two letters or digits


def _rare_sign(char: str) -> bool:
    return not char.isalnum() and char not in _FREQUENT_SIGNS


class LiteralScanner:
    """An automaton of fixed strings; ``scan`` says which texts hold each of them."""

    def __init__(self, strings: Iterable[str], *, shortest: int | None = None) -> None:
        """``shortest``: hold every string of at least that length, instead of those
        ``scanned`` says are worth it."""
        self.strings = frozenset(
            s for s in strings if (scanned(s) if shortest is None else len(s) >= shortest)
        )
        self._automaton: Any = ahocorasick.Automaton()
        for string in sorted(self.strings):
            self._automaton.add_word(string, string)
        if self.strings:
            self._automaton.make_automaton()

    def held_in(self, text: str) -> set[str]:
        """The strings ``text`` holds."""
        if not self.strings:
            return set()
        return {string for _end, string in self._automaton.iter(text)}

    def scan(self, texts: Sequence[str]) -> dict[str, set[int]]:
        """For each string found, the indexes of the texts holding it."""
        found: defaultdict[str, set[int]] = defaultdict(set)
        if not self.strings:
            return found
        iterate = self._automaton.iter
        for index, text in enumerate(texts):
            for _end, string in iterate(text):
                found[string].add(index)
        return found


@lru_cache(maxsize=4)
def scanner_for(patterns: tuple[re.Pattern[str], ...]) -> LiteralScanner:
    """The automaton of every string the prefilter may ask about for ``patterns`` (a rules
    set's ``compiled``) and for the analysis modules' own patterns, built once per set."""
    strings: set[str] = set()
    for pattern in (*patterns, *module_patterns()):
        required = answers(pattern.pattern)[0]
        sets, branches = narrowing_sets(pattern.pattern)
        strings.update(required or ())
        for options in (*sets, *(o for branch in branches or () for o in branch)):
            strings.update(options)
    return LiteralScanner(strings)


def module_patterns() -> list[re.Pattern[str]]:
    """The patterns the analysis modules define for themselves ("option non retenue", "open-
    ended"), which they look for through the same prefilter as the rules' own: those of every
    module of this package, in a stable order."""
    import slaeval.analysis as package

    found: list[re.Pattern[str]] = []
    for module in sorted(m.name for m in pkgutil.iter_modules(package.__path__)):
        values = vars(importlib.import_module(f"{package.__name__}.{module}")).values()
        found += [v for v in values if isinstance(v, re.Pattern)]
    return found
