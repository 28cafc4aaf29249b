"""Rewrite a pattern so that Python's regex engine can skip ahead to where a match may start.

The engine scans a sentence quickly when every alternative of a pattern begins with a plain
character: it then jumps from one possible first character to the next. A word boundary at the
head of an alternative ("\\bsupport\\b|\\bgti\\b|...") turns that off, and every alternative is
tried at every position: three to eight times slower on the rules' word lists.

``\\bX...`` becomes ``X(?<=\\bX)...``: the same character X at the same place, with the boundary
checked just behind it. Both match exactly the same text at the same positions, so nothing
found changes (a test checks every rule against every sample sentence).
"""

from __future__ import annotations

from collections.abc import Iterator

_HEAD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _expand_head_group(branch: str) -> list[str] | None:
    """``(?:a|b)rest`` as ``[arest, brest]`` when the group holds no group of its own, each of
    its options starts with a plain character, and ``rest`` captures nothing: the engine tries
    them in the same order with the same backtracking, so matches are the same, and every
    alternative now starts with a character it can skip ahead to. None otherwise."""
    if not branch.startswith("(?:"):
        return None
    close = branch.find(")")
    inner = branch[3:close]
    if close < 0 or "(" in inner or "[" in inner or "\\" in inner:
        return None
    rest = branch[close + 1 :]
    if rest[:1] in ("?", "*", "+", "{"):
        return None
    if _captures(rest):
        return None  # a capturing group would be repeated and renumbered
    options = inner.split("|")
    if len(options) < 2 or not all(o[:1] in _HEAD_CHARS for o in options):
        return None
    return [option + rest for option in options]


def _syntax(pattern: str) -> Iterator[tuple[int, str]] | None:
    """The characters of ``pattern`` that are syntax (outside character classes, not
    escaped), with their index; None when a class starts with "]" ("[]...]", "[^]...]"): too
    rare in the rules to be worth reading right."""
    out: list[tuple[int, str]] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]" or pattern[index + 1 : index + 3] == "^]":
                return None
        else:
            out.append((index, char))
        index += 1
    return None if in_class else iter(out)


def _captures(pattern: str) -> bool:
    """Whether ``pattern`` may hold a capturing group: "(" not followed by "?" (or followed
    by "?P<", a named group). Read by hand: the regex compiler would take longer than the
    rewrite saves. True when the pattern cannot be read (no rewrite then)."""
    syntax = _syntax(pattern)
    if syntax is None:
        return True
    return any(
        char == "(" and (pattern[i + 1 : i + 2] != "?" or pattern[i + 2 : i + 4] == "P<")
        for i, char in syntax
    )


def speed_up(pattern: str) -> str:
    """``pattern`` with each top-level alternative's leading ``\\b`` + letter or digit moved
    behind that character; every other pattern is returned unchanged."""
    branches = _top_level_branches(pattern)
    if branches is None:
        return pattern
    return "|".join(_fast_branch(b) for b in branches)


def _fast_branch(branch: str) -> str:
    expanded = _expand_head_group(branch)
    if expanded is not None:
        return "|".join(_fast_branch(option) for option in expanded)
    if len(branch) >= 3 and branch.startswith("\\b") and branch[2] in _HEAD_CHARS:
        head = branch[2]
        rest = branch[3:]
        if rest[:1] in ("?", "*", "+", "{"):  # "\bs?...": a quantifier on it, keep as is
            return branch
        return f"{head}(?<=\\b{head}){rest}"
    return branch


def _top_level_branches(pattern: str) -> list[str] | None:
    """The pattern split on its top-level "|" (outside groups and character classes); None
    when it cannot be split with certainty."""
    syntax = _syntax(pattern)
    if syntax is None:
        return None
    branches: list[str] = []
    depth = 0
    start = 0
    for index, char in syntax:
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                return None
        elif char == "|" and depth == 0:
            branches.append(pattern[start:index])
            start = index + 1
    if depth != 0:
        return None
    branches.append(pattern[start:])
    return branches
