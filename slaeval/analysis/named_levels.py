"""Which priority level a sentence speaks of: the levels it names, or those it inherits.

A sentence naming no level may speak of the one named last before it in its paragraph ("P2 -
major incident. Response within one hour."), or of the one a short heading a few sentences up
names. An escalation sentence names none: its hours are escalation times.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context
from slaeval.analysis.levels import Token, priority_tokens

HEADING_MAX = 80
HEADING_REACH = 3  # sentences a heading may stand above the one it heads


class NamedLevels:
    """The priority levels each sentence names, read when first asked. An escalation
    sentence names none: its hours are escalation times, and it heads nothing."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self._exclude = ctx.rules.word("priority_exclude")
        self._tokens: dict[int, list[Token]] = {}

    def excluded(self, index: int) -> bool:
        """An escalation within the provider (to a manager, a director) names levels whose
        hours are escalation times. Tickets the client escalates to the provider ("tickets
        escalated by the Client IT Team", co-managed support) are only how work reaches it:
        that sentence may well give the targets."""
        if not self._ctx.may_hold(self._exclude, index):
            return False
        text = self._ctx.folded(index)
        return any(
            not _CLIENT_ESCALATES.match(text, match.end()) for match in self._exclude.finditer(text)
        )

    def tokens(self, index: int) -> list[Token]:
        found = self._tokens.get(index)
        if found is None:
            text = self._ctx.folded(index)
            found = [] if self.excluded(index) else priority_tokens(self._ctx, text)
            self._tokens[index] = found
        return found


_CLIENT_ESCALATES = re.compile(
    r" (?:by|par) (?:the |le |la |l' ?|its |son |sa )?(?:client|customer)"
)


def inherited(ctx: Context, index: int, named: NamedLevels) -> list[Token]:
    """The priority a sentence naming none is about: the one named last before it in the same
    paragraph or list item ("P2 - major incident. Response within one hour; restoration
    within eight hours."), or the one a short heading a few sentences up names, with no
    level named between. Only when that sentence or heading names a single level."""
    sentences = ctx.sentences
    if sentences[index].table_row or ctx.rules.word("oncall_exception").search(ctx.folded(index)):
        return []  # "the other priorities are handled the next day" is about the other levels
    block = sentences[index].block
    before = index - 1
    if before >= 0 and ctx.folded(before).endswith(":"):
        block = sentences[before].block  # a line the one before runs on to, cut by its reader
    while before >= 0 and sentences[before].block == block:
        if named.tokens(before):
            return _single_level(named.tokens(before))
        before -= 1
    # a short heading a few short paragraphs up, with no level named between ("Severity 1
    # (Critical)", "The Provider responds within 15 minutes.", "It restores the service
    # within 4 hours.")
    for _step in range(HEADING_REACH):
        if before < 0 or sentences[before].table_row or len(ctx.folded(before)) > HEADING_MAX:
            return []  # a long paragraph stands between: the heading is too far
        alone = before == 0 or sentences[before - 1].block != sentences[before].block
        levels = named.tokens(before)
        if alone and levels and not ctx.durations(before):  # short, and states no delay
            return _single_level(levels)
        if levels:
            return []  # a paragraph naming a level of its own stands between
        before -= 1
    return []


def _single_level(tokens: list[Token]) -> list[Token]:
    levels = {t.value for t in tokens}
    return [Token(-1, -1, tokens[0].value)] if len(levels) == 1 else []
