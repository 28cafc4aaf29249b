"""The priority levels a sentence names: "P1", "SEV 2", "Severity B", "priorité haute",
"Critical incidents".

Levels named together share what follows them: "P1 et P2", "P1/P2", "priorities 1 and 2", and
ranges "Severity 2 to 4", "P2 à P4". A document whose scale starts at P0 has its levels moved
up by one (its P0 is the catalogue's P1). Measures (response, restoration) are found here too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from slaeval.analysis.context import Context
from slaeval.analysis.literal_scan import LiteralScanner
from slaeval.analysis.prefilter import required_literals

# Levels named together share their delays: "P1 et P2", "P1/P2", "priorities 1 and 2", and
# ranges "Severity 2 to 4", "P2 à P4". A joint between two named levels; a bare level number
# after a named one (not a delay: "P1 - 4 h" is no range).
_JOINT = re.compile(r" ?(?:,|/|&|\+|et|and|ou|or) ?")
_MORE_LEVELS = re.compile(
    r" ?(?P<joint>,|/|&|\+|et|and|ou|or|a|au|to|through|thru|-) ?"
    r"(?:p ?|sev(?:erity)? ?|priorit\w* |niveau |level )?(?P<n>[1-4])\b"
    r"(?! ?(?:h|hr|hrs|heures?|hours?|min|mn|minutes?|j|jours?|days?|%|x\b|[:.,][0-9]))"
)
_RANGE_JOINTS = frozenset({"a", "au", "to", "through", "thru", "-"})
RESPECTIVELY = re.compile(r"respective")
_LEVEL_NAMES = {
    "one": "1", "two": "2", "three": "3", "four": "4",
    "i": "1", "ii": "2", "iii": "3", "iv": "4",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Token:
    """A level or a measure named at ``start:end`` of a sentence."""

    start: int
    end: int
    value: str  # priority level "1".."4", or "response" / "restoration"
    group: int = 0  # levels named together ("P1 et P2") share a group


def priority_tokens(ctx: Context, text: str) -> list[Token]:
    """The priority levels ``text`` names, in order; levels named together share a group.

    Several extractors ask about the same sentence: the answer is kept, for as long as the
    document's level numbering (its offset, its worded levels) stays what it was."""
    offset = level_offset(ctx)
    key = (text, offset, tuple(ctx.worded_levels.items()))
    found = ctx.level_tokens.get(key)
    if found is None:
        found = ctx.level_tokens[key] = tuple(_grouped(text, _named_levels(ctx, text), offset))
    return list(found)


def level_offset(ctx: Context) -> int:
    """1 when the document counts its levels from P0 ("P0 - outage: response 15 minutes"):
    a zero level named next to a response or restoration delay. Its P0 is then the
    catalogue's P1, its P1 the P2 and so on."""
    if ctx.level_offset is None:
        rules = ctx.rules
        ctx.level_offset = 0
        for index in ctx.matching(rules.word("zero_level")):
            text = ctx.folded(index)
            measured = rules.word("response").search(text) or rules.word("restoration").search(text)
            if measured and ctx.durations(index):
                ctx.level_offset = 1
                break
    return ctx.level_offset


@lru_cache(maxsize=4)
def _any_word(words: tuple[str, ...]) -> re.Pattern[str]:
    """One scan for any priority word: most sentences hold none, and then no worded pattern
    needs trying."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=1024)
def _pattern_needs(pattern: str) -> tuple[bool, bool, frozenset[str] | None]:
    """What a level pattern needs in a sentence: a level word, a level digit, one of its
    fixed strings."""
    digit = "(?P<n>[0-4])" in pattern or "(?P<n>[1-4])" in pattern
    return "(?P<w>" in pattern, digit, required_literals(pattern)


@lru_cache(maxsize=4)
def _level_strings(patterns: tuple[re.Pattern[str], ...]) -> LiteralScanner:
    """The fixed strings of every level pattern, found in a sentence in one pass (instead of
    one search per pattern)."""
    strings = {s for p in patterns for s in _pattern_needs(p.pattern)[2] or ()}
    return LiteralScanner(strings, shortest=1)


# A digit that may be a level: 0-4 on its own, not part of a year, an amount or a time
_LEVEL_DIGIT = re.compile(r"(?<![0-9,.])[0-4](?![0-9]|[.,][0-9])")


def _named_levels(ctx: Context, text: str) -> list[Token]:
    offset = level_offset(ctx)
    worded = _any_word(tuple(ctx.rules.priority_words)).search(text) is not None
    has_digit = _LEVEL_DIGIT.search(text) is not None
    found: list[Token] = []
    patterns = ctx.rules.priority_patterns
    present = _level_strings(patterns).held_in(text)
    for pattern in patterns:
        needs_word, needs_digit, strings = _pattern_needs(pattern.pattern)
        if (needs_word and not worded) or (needs_digit and not has_digit):
            continue
        if strings is not None and present.isdisjoint(strings):
            continue  # a fixed string every match holds is absent: no need to scan
        for match in pattern.finditer(text):
            groups = match.groupdict()
            number = groups.get("n")
            if number and number in _LEVEL_NAMES:
                level = _LEVEL_NAMES[number]  # "Severity One", "Priorité II"
            elif number and not number.isdigit():
                level = str(ord(number) - ord("a") + 1)  # "Severity A", "Priorité B"
            elif number:
                level = str(int(number) + offset)
            else:
                word_level = ctx.rules.priority_words.get(groups.get("w") or "", 0)
                level = str(ctx.worded_levels.get(word_level, word_level))
            overlaps = any(t.start < match.end() and match.start() < t.end for t in found)
            if level != "0" and not overlaps:
                found.append(Token(match.start(), match.end(), level))
    if worded:
        found += _shared_noun_levels(ctx, text, found)
    return sorted(found, key=lambda t: t.start)


@lru_cache(maxsize=4)
def _word_after(words: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf" ?(?:,|/|et|and|ou|or) (?P<w>{alternation})s?\b")


@lru_cache(maxsize=4)
def _word_before(words: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?P<w>{alternation})(?:,| and| or| &|/) ?$")


def _shared_noun_levels(ctx: Context, text: str, found: list[Token]) -> list[Token]:
    """Level words that share the noun of the one before them: "les incidents critiques et
    majeurs", "critical and high incidents"."""
    words = ctx.rules.priority_words
    after = _word_after(tuple(words))
    before = _word_before(tuple(words))
    added: list[Token] = []
    for token in found:
        # "critical and high incidents": the word before shares the noun after
        if (ahead := before.search(text, max(0, token.start - 30), token.start)) is not None:
            level = words.get(ahead.group("w"), 0)
            if not any(t.start < ahead.end("w") and ahead.start() < t.end for t in found):
                added.append(
                    Token(ahead.start(), ahead.end("w"), str(ctx.worded_levels.get(level, level)))
                )
        at = token.end
        while text[at - 1 : at].isalpha() and (more := after.match(text, at)) is not None:
            if any(t.start < more.end() and more.start("w") < t.end for t in found + added):
                break
            level = words.get(more.group("w"), 0)
            added.append(
                Token(more.start("w"), more.end(), str(ctx.worded_levels.get(level, level)))
            )
            at = more.end()
    return added


def _grouped(text: str, tokens: list[Token], offset: int) -> list[Token]:
    """``tokens`` with their groups, and the bare level numbers that follow a numbered one
    ("priorities 1 and 2", "Severity 2 to 4") added to its group."""
    if not tokens:
        return tokens
    apart = bool(RESPECTIVELY.search(text))  # "P1 and P2: 1 and 4 hours respectively"
    out: list[Token] = []
    for token in tokens:
        joined = out and not apart and _JOINT.fullmatch(text, out[-1].end, token.start)
        group = out[-1].group if joined else len(out)
        if any(t.start < token.end and token.start < t.end for t in out):
            continue  # already added as a bare level number after another
        out.append(replace(token, group=group))
        if text[token.end - 1].isdigit() and not apart:  # not after a lettered level
            out += _following_levels(text, out[-1], offset)
    return sorted(out, key=lambda t: t.start)


def _following_levels(text: str, token: Token, offset: int) -> list[Token]:
    added: list[Token] = []
    level, at = int(token.value), token.end
    while (more := _MORE_LEVELS.match(text, at)) is not None:
        last = int(more.group("n")) + offset
        levels = range(level + 1, last + 1) if more.group("joint") in _RANGE_JOINTS else [last]
        for value in levels:
            added.append(Token(more.start("n"), more.end("n"), str(value), token.group))
        level, at = last, more.end()
    return added


def metric_tokens(ctx: Context, text: str) -> list[Token]:
    """The measures ``text`` names (response, restoration), in order."""
    found = [
        Token(m.start(), m.end(), metric)
        for metric in ("response", "restoration")
        for m in ctx.rules.word(metric).finditer(text)
    ]
    return sorted(found, key=lambda t: t.start)
