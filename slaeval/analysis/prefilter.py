"""Literal prefilters for regular expressions: which fixed strings a match must contain.

Scanning a 100-page contract once per rule with Python's regex engine is slow; looking for
a few fixed strings with ``str.find`` is fast. For each pattern we compute a set of strings
one of which every match contains ("preavis" or "notice" for ``\\bpreavis\\b|\\bnotices?\\b``);
only the sentences holding one of them are searched with the full pattern. A pattern with no
usable literal (or only very short ones) is scanned in full, so results never change.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

MIN_LITERAL = 1
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

Required = frozenset[str] | None
_ZERO_WIDTH = (_c.AT, _c.ASSERT, _c.ASSERT_NOT)


@lru_cache(maxsize=2048)
def required_literals(pattern: str) -> Required:
    """Strings of which every match of ``pattern`` contains at least one, or None."""
    try:
        parsed = _parser.parse(pattern)
    except Exception:  # an exotic pattern: no prefilter, full scan
        return None
    found = _sequence(list(parsed.data))
    if found is None or min(len(s) for s in found) < MIN_LITERAL:
        return None
    return found


_SET_LITERAL = 3


@lru_cache(maxsize=2048)
def required_literal_sets(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of strings that every match of ``pattern`` holds one of each: "astreinte" and one
    of "en option" or "payante" for ``astreinte[^.]{0,80}(?:en option|payante)``. Only sets of
    strings of three characters or more; empty when there are none."""
    try:
        parsed = _parser.parse(pattern)
    except Exception:
        return ()
    return _long_options(parsed.data)


@lru_cache(maxsize=2048)
def branch_literal_sets(pattern: str) -> tuple[tuple[frozenset[str], ...], ...] | None:
    """For a pattern that is an alternation at its top, each alternative's
    ``required_literal_sets``; None when it is not one, or when an alternative has none."""
    try:
        parsed = _parser.parse(pattern)
    except Exception:
        return None
    items = list(parsed.data)
    if len(items) != 1 or items[0][0] is not _c.BRANCH:
        return None
    out = tuple(_long_options(branch.data) for branch in items[0][1][1])
    return out if all(out) else None


def _long_options(items: Any) -> tuple[frozenset[str], ...]:
    return tuple(o for o in _options(list(items)) if min(len(x) for x in o) >= _SET_LITERAL)


def _sequence(items: list[tuple[Any, Any]]) -> Required:
    options = _options(items)
    if not options:
        return None
    return max(options, key=lambda s: (min(len(x) for x in s), -len(s)))


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
    return None
