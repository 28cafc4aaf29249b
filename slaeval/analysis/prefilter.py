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


def _options(items: list[tuple[Any, Any]]) -> list[frozenset[str]]:
    """For a sequence: each set of strings one of which every match holds."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:  # "\b", "(?<=...)": the text on both sides is contiguous
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            if op is _c.BRANCH:
                # The parser factors common prefixes out ("mfa|multi" -> "m" + "fa|ulti"):
                # glue the prefix back onto each branch's leading literal.
                prefix = "".join(run)
                options.append(frozenset(prefix + _leading(b) for b in av[1]))
            run = []
        required = _element(op, av)
        if required is not None:
            options.append(required)
    if run:
        options.append(frozenset({"".join(run)}))
    return options


def _leading(branch: Any) -> str:
    """The literal text a branch starts with ("" when it starts with anything else)."""
    out = []
    for op, av in branch.data:
        if op is not _c.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


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
