"""Which level and which measure each delay of a sentence goes to ("P1 : GTI 30 min, GTR 4 h").

Priority first, the last level named before the delay; delay first, the next one; "P1 and
P2 within 30 minutes and 2 hours respectively", the levels in order. The measure is the one
named closest before the delay, or right after it with only a few words between ("a 4-hour
response"). ``priorities.py`` records what these pair.
"""

from __future__ import annotations

import re

from slaeval.analysis.levels import RESPECTIVELY, Token
from slaeval.analysis.quantities import Duration

_CLAUSE_BREAK = re.compile(r"[,;|]|\b(?:et|puis|and|then|while|tandis)\b")
# "1 hour response, 4 hour fix": a measure right after its delay, used as an adjective, maybe
# with a word on its kind between ("4 hour target fix", "2-hour guaranteed restoration"); not
# after a deadline word ("response within 1 hour restoration within 4 hours")
_JUST_AFTER = re.compile(
    r"[ -](?:(?:target|targeted|guaranteed|maximum|max\.?|contractual|committed|agreed)[ -])?"
)
_DEADLINE_WORD = re.compile(r"\b(?:within|under|in|sous|dans|en)[ -]$")


def levels_respectively(
    text: str, priorities: list[Token], durations: list[Duration]
) -> list[Token]:
    """ "P1 and P2 are answered within 30 minutes and 2 hours respectively": the delays go to
    the levels in order, when there are as many of each, levels first."""
    if len(durations) < 2 or len(priorities) != len(durations):
        return []
    if not RESPECTIVELY.search(text):
        return []
    return priorities if priorities[-1].end <= durations[0].start else []


def priority_for(duration: Duration, priorities: list[Token], delay_first: bool) -> Token | None:
    """Priority first: the last one named before the delay; delay first: the next one."""
    before = [p for p in priorities if p.start < duration.start]
    after = [p for p in priorities if p.start >= duration.end]
    if delay_first:
        return after[0] if after else (before[-1] if before else None)
    return before[-1] if before else (after[0] if after else None)


def metric_for(
    text: str, duration: Duration, metrics: list[Token], priorities: list[Token]
) -> Token | None:
    """The measure named closest before the delay, or right after it with nothing between
    but a few words ("a 4-hour response", "4 heures pour la prise en charge"); not one that
    starts the next clause ("30 minutes and restores the service")."""
    before = [m for m in metrics if m.end <= duration.start]
    if before:
        following = next((m for m in metrics if m.start >= duration.end), None)
        if (
            following is not None
            and _JUST_AFTER.fullmatch(text, duration.end, following.start)
            and not _DEADLINE_WORD.search(text, max(0, duration.start - 8), duration.start)
        ):
            return following
        return before[-1]
    next_priority = min((p.start for p in priorities if p.start >= duration.end), default=None)
    after = [
        m
        for m in metrics
        if m.start >= duration.end
        and m.start - duration.end <= 25
        and (next_priority is None or m.start < next_priority)
        and not _CLAUSE_BREAK.search(text[duration.end : m.start])
    ]
    return after[0] if after else None
