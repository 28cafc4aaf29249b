"""Literal prefilters for regular expressions: which fixed strings a match must contain.

Scanning a 100-page contract once per rule with Python's regex engine is slow; looking for
a few fixed strings with ``str.find`` is fast. For each pattern we compute a set of strings
one of which every match contains ("preavis" or "notice" for ``\\bpreavis\\b|\\bnotices?\\b``);
only the sentences holding one of them are searched with the full pattern. A pattern with no
usable literal (or only very short ones) is scanned in full, so results never change.

Working these strings out means parsing each pattern with Python's own (pure Python) regex
parser, which took longer than analysing a 100-page contract the first time a process ran
an analysis. So the answers for the shipped rules are worked out once and shipped in
``resources/analysis/literals.json`` (``python -m slaeval.analysis.literal_table`` writes it;
a test checks it is current). A pattern missing from it (edited rules, a rules file of one's
own) is parsed here, once for all three questions.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from functools import lru_cache
from typing import Any

from slaeval.data_paths import resource

MIN_LITERAL = 1
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

Required = frozenset[str] | None
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


Branches = tuple[tuple[frozenset[str], ...], ...] | None
TABLE = ("analysis", "literals.json")


def table_key(pattern: str) -> str:
    """A pattern's entry in the shipped table (patterns are long: a digest keeps it small)."""
    return hashlib.sha1(pattern.encode("utf-8")).hexdigest()[:20]


@lru_cache(maxsize=1)
def _table() -> dict[str, Any]:
    try:
        data = json.loads(resource(*TABLE).read_text(encoding="utf-8"))
    except (OSError, ValueError):  # no table: every pattern is parsed, nothing else changes
        return {}
    patterns = data.get("patterns") if isinstance(data, dict) else None
    return patterns if isinstance(patterns, dict) else {}


def _shipped(pattern: str) -> tuple[Required, tuple[frozenset[str], ...], Branches] | None:
    entry = _table().get(table_key(pattern))
    try:
        required, sets, branches = entry  # type: ignore[misc]
        return (
            None if required is None else frozenset(required),
            tuple(frozenset(s) for s in sets),
            None if branches is None else tuple(tuple(frozenset(o) for o in b) for b in branches),
        )
    except (TypeError, ValueError):  # absent, or not in the shape the writer gives
        return None


@lru_cache(maxsize=4096)
def answers(pattern: str) -> tuple[Required, tuple[frozenset[str], ...], Branches]:
    """``required_literals``, ``required_literal_sets`` and ``branch_literal_sets`` of
    ``pattern``: from the shipped table, or worked out from one parse."""
    shipped = _shipped(pattern)
    if shipped is not None:
        return shipped
    return worked_out(pattern)


def worked_out(pattern: str) -> tuple[Required, tuple[frozenset[str], ...], Branches]:
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # an exotic pattern: no prefilter, full scan
        return None, (), None
    items = list(parsed.data)
    found = _sequence(items)
    required = None if found is None or min(len(s) for s in found) < MIN_LITERAL else found
    branches: Branches = None
    if len(items) == 1 and items[0][0] is _c.BRANCH:
        out = tuple(_long_options(branch.data) for branch in items[0][1][1])
        branches = out if all(out) else None
    return required, _long_options(items), branches


def required_literals(pattern: str) -> Required:
    """Strings of which every match of ``pattern`` contains at least one, or None."""
    return answers(pattern)[0]


_SET_LITERAL = 3


def required_literal_sets(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings that every match of ``pattern`` holds one of each: "astreinte" and one
    of "en option" or "payante" for ``astreinte[^.]{0,80}(?:en option|payante)``. Only sets of
    strings of three characters or more; empty when there are none."""
    return answers(pattern)[1]


def branch_literal_sets(pattern: str) -> Branches:
    """For a pattern that is an alternation at its top, each alternative's
    ``required_literal_sets``; None when it is not one, or when an alternative has none."""
    return answers(pattern)[2]


@lru_cache(maxsize=4096)
def usable_literals(pattern: str) -> Required:
    """``required_literals`` when every one of them is ``usable``, else None."""
    literals = answers(pattern)[0]
    return literals if literals is not None and all(usable(x) for x in literals) else None


def weak(literal: str) -> bool:
    """A word of one or two letters with its spaces (" de", "le ", " a ") is in most sentences
    of any text: the sentences holding it narrow nothing."""
    core = literal.strip(" '")
    return len(core) <= 2 and core.isalpha()


@lru_cache(maxsize=4096)
def narrowing_sets(
    pattern: str,
) -> tuple[tuple[frozenset[str], ...], tuple[tuple[frozenset[str], ...], ...] | None]:
    """``required_literal_sets`` and ``branch_literal_sets`` of ``pattern`` without the sets
    that hold a weak string (each would keep nearly every sentence), nor a string that is
    not ``usable``; the branches are None when one of them is left with no set."""

    def strong(sets: tuple[frozenset[str], ...]) -> tuple[frozenset[str], ...]:
        return tuple(o for o in sets if all(usable(x) and not weak(x) for x in o))

    _required, sets, branches = answers(pattern)
    kept = None if branches is None else tuple(strong(b) for b in branches)
    return strong(sets), kept if kept is not None and all(kept) else None


def _long_options(items: Any) -> tuple[frozenset[str], ...]:
    return tuple(o for o in _options(list(items)) if min(len(x) for x in o) >= _SET_LITERAL)


def _sequence(items: list[tuple[Any, Any]]) -> Required:
    options = _options(items)
    if not options:
        return None
    return max(options, key=_strength)


def _strength(found: frozenset[str]) -> tuple[bool, int, int]:
    """How well a set of strings selects sentences: all of them usable to look up first
    (a lone space selects every sentence), then the longer the shortest one, the fewer."""
    return all(usable(x) for x in found), min(len(x) for x in found), -len(found)


_WORD = re.compile(r"[a-z0-9]+")
# Spaces and punctuation found in nearly every sentence: a literal made only of them selects
# nothing. Any other sign ("€", "×", "%", "$") is rare enough to look for in the whole text.
_COMMON_SIGNS = " \t.,;:!?'\"()[]/-_"


@lru_cache(maxsize=8192)
def longest_run(literal: str) -> str:
    """The longest run of letters and digits in a literal ("" when it has none)."""
    return max(_WORD.findall(literal), key=len, default="")


@lru_cache(maxsize=8192)
def usable(literal: str) -> bool:
    """Whether looking ``literal`` up narrows the sentences to search."""
    return bool(longest_run(literal) or literal.strip(_COMMON_SIGNS))


# A character class of this many characters or fewer ("[0-9]", "[x×]") is a set of
# one-character strings, one of which every match holds.
_CLASS_MAX = 10


def _class_chars(items: Any) -> Required:
    chars: set[str] = set()
    for kind, value in items:
        if kind is _c.LITERAL:
            chars.add(chr(value))
        elif kind is _c.RANGE and value[1] - value[0] < _CLASS_MAX:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:  # a negated class, \w, a wide range: nearly any character
            return None
    return frozenset(chars) if 0 < len(chars) <= _CLASS_MAX else None


# A run of literal text may go on through an optional character or a small class ("24 ?/ ?7",
# "[0-9] ?[x×] ?[0-9]"): each way of writing it is then a string of its own ("24/7", "24 / 7"),
# up to this many; far more selective than the pieces between them ("24", "7").
_MAX_VARIANTS = 16


def _options(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """For a sequence: each set of strings one of which every match holds."""
    options: list[frozenset[str]] = []
    runs: set[str] = {""}

    def flush() -> None:
        if "" not in runs:
            options.append(_shortest(runs))

    for op, av in items:
        if op is _c.LITERAL:
            runs = {run + chr(av) for run in runs}
            continue
        if op in _ZERO_WIDTH:  # "\b", "(?<=...)": the text on both sides is contiguous
            continue
        choices = _small_choice(op, av)
        if choices is not None and len(runs) * len(choices) <= _MAX_VARIANTS:
            runs = {run + choice for run in runs for choice in choices}
            continue
        flush()
        if op is _c.BRANCH and "" not in runs:
            # The parser factors common prefixes out ("mfa|multi" -> "m" + "fa|ulti"):
            # glue the prefix back onto each branch's leading literal.
            glued = {run + lead for run in runs for b in av[1] for lead in _leading(b)}
            options.append(_shortest(glued))
        runs = {""}
        required = _element(op, av)
        if required is not None:
            options.append(required)
    flush()
    return options


def _small_choice(op: Any, av: Any) -> tuple[str, ...] | None:
    """The few ways one element may be written, when it is an optional character (" ?") or a
    class of a few characters ("[x×]"), optional or not; None for anything else."""
    if op is _c.IN:
        chars = _class_chars(av)
        return tuple(sorted(chars)) if chars is not None and len(chars) <= 4 else None
    if op not in (_c.MAX_REPEAT, _c.MIN_REPEAT) or (av[0], av[1]) != (0, 1):
        return None
    inner = list(av[2].data)
    if len(inner) != 1:
        return None
    kind, value = inner[0]
    if kind is _c.LITERAL:
        return ("", chr(value))
    if kind is _c.IN:
        chars = _class_chars(value)
        return ("", *sorted(chars)) if chars is not None and len(chars) <= 3 else None
    return None


def _leading(branch: Any) -> set[str]:
    """The ways the literal text a branch starts with may be written ({""} when it starts
    with anything else)."""
    runs = {""}
    for op, av in branch.data:
        if op is _c.LITERAL:
            runs = {run + chr(av) for run in runs}
            continue
        if op in _ZERO_WIDTH:
            continue
        choices = _small_choice(op, av)
        if choices is None or len(runs) * len(choices) > _MAX_VARIANTS:
            break
        runs = {run + choice for run in runs for choice in choices}
    return runs


def _shortest(strings: set[str]) -> frozenset[str]:
    """The strings that hold none of the others: a sentence holding "notices" holds
    "notice", so {"notice", "notices"} selects what {"notice"} does."""
    return frozenset(s for s in strings if not any(o != s and o in s for o in strings))


def _element(op: Any, av: Any) -> Required:
    if op is _c.SUBPATTERN:
        return _sequence(list(av[-1].data))
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            required = _sequence(list(branch.data))
            if required is None:
                return None
            union |= required
        return frozenset(union)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1:
        return _sequence(list(av[2].data))
    if op is _c.IN:
        return _class_chars(av)
    return None
