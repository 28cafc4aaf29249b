"""Response and restoration times per priority: "P1 : GTI 30 min, GTR 4 h ouvrées".

In a sentence or table row, each delay is paired with a priority (P1-P4, SEV1, "Urgent",
"priorité haute"...) and a measure (response = GTI, restoration = GTR). Two writing orders are
understood: priority first ("P1: response 30 minutes") and delay first ("30 minutes for P1").
A sentence with delays but no priority borrows the single priority of the sentence before it,
in the same paragraph ("Incidents P1 (blocking). We respond within 30 minutes.").
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.quantities import Duration
from slaeval.localized import both

METRIC_CRITERIA = {"response": "response", "restoration": "restoration"}
CONFIDENCE = 0.85


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    value: str  # priority level "1".."4", or "response" / "restoration"


def priority_tokens(ctx: Context, text: str) -> list[Token]:
    found: list[Token] = []
    for pattern in ctx.rules.priority_patterns:
        for match in pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("n"):
                level = groups["n"]
            else:
                word_level = ctx.rules.priority_words.get(groups.get("w") or "", 0)
                level = str(ctx.worded_levels.get(word_level, word_level))
            overlaps = any(t.start < match.end() and match.start() < t.end for t in found)
            if level != "0" and not overlaps:
                found.append(Token(match.start(), match.end(), level))
    return sorted(found, key=lambda t: t.start)


def metric_tokens(ctx: Context, text: str) -> list[Token]:
    found = [
        Token(m.start(), m.end(), metric)
        for metric in ("response", "restoration")
        for m in ctx.rules.word(metric).finditer(text)
    ]
    return sorted(found, key=lambda t: t.start)


def extract_priority_times(ctx: Context) -> None:
    previous: tuple[int, list[Token]] | None = None
    candidates = sorted(
        set(ctx.matching(ctx.rules.word("response")))
        | set(ctx.matching(ctx.rules.word("restoration")))
    )
    _rank_worded_levels(ctx, candidates)
    exclude = ctx.rules.word("priority_exclude")
    for index in candidates:
        text = ctx.folded(index)
        if ctx.rules.word("acknowledgement").search(text) and not ctx.rules.word(
            "acknowledgement_denied"
        ).search(text):
            ctx.warn(_ACK_WARNING)
        if exclude.search(text):
            previous = None
            continue
        priorities = priority_tokens(ctx, text)
        if not priorities and previous is not None:
            priorities = _borrowed(ctx, index, previous)
        if priorities:
            previous = (index, priorities)
        else:
            continue
        durations = [d for d in ctx.durations(index) if d.unit not in ("month", "year")]
        if not durations:
            continue
        metrics = metric_tokens(ctx, text)
        delay_first = durations[0].start < priorities[0].start
        for duration in durations:
            _pair(ctx, index, _with_clock(ctx, text, duration), priorities, metrics, delay_first)


def _with_clock(ctx: Context, text: str, duration: Duration) -> Duration:
    """ "Within two hours during support hours" is a business-hours delay."""
    if duration.business is None and ctx.rules.word("business_hours_after").search(
        text[duration.end :]
    ):
        return replace(duration, business=True)
    return duration


def _rank_worded_levels(ctx: Context, indexes: list[int]) -> None:
    """A document that names its levels only in words, without the top one ("Incident
    majeur / mineur"), has its own scale: its highest level is its P1, the next its P2."""
    numbered = [p for p in ctx.rules.priority_patterns if "(?P<n>" in p.pattern]
    levels: set[int] = set()
    for index in indexes:
        text = ctx.folded(index)
        if any(p.search(text) for p in numbered):
            return
        for pattern in ctx.rules.priority_patterns:
            for match in pattern.finditer(text):
                word = match.groupdict().get("w")
                if word:
                    levels.add(ctx.rules.priority_words.get(word, 0))
    levels.discard(0)
    if levels and min(levels) > 1:
        ctx.worded_levels = {level: rank for rank, level in enumerate(sorted(levels), start=1)}


def _borrowed(ctx: Context, index: int, previous: tuple[int, list[Token]]) -> list[Token]:
    """The priority of the sentence just before, when it names exactly one."""
    prev_index, tokens = previous
    same_block = ctx.sentences[prev_index].block == ctx.sentences[index].block
    levels = {t.value for t in tokens}
    if prev_index != index - 1 or not same_block or len(levels) != 1:
        return []
    return [Token(-1, -1, tokens[0].value)]


def _pair(
    ctx: Context,
    index: int,
    duration: Duration,
    priorities: list[Token],
    metrics: list[Token],
    delay_first: bool,
) -> None:
    priority = _priority_for(duration, priorities, delay_first)
    metric = _metric_for(duration, metrics, priorities)
    if priority is None or metric is None:
        return
    value, clock = ctx.duration_value(duration, "minutes", support_delay=True, level=priority.value)
    if value <= 0:
        return
    ctx.add(
        Candidate(
            criterion=f"support.p{priority.value}_{metric.value}",
            value=value,
            unit="minutes",
            sentence=index,
            confidence=CONFIDENCE,
            clock=clock,
        )
    )


def _priority_for(duration: Duration, priorities: list[Token], delay_first: bool) -> Token | None:
    """Priority first: the last one named before the delay; delay first: the next one."""
    before = [p for p in priorities if p.start < duration.start]
    after = [p for p in priorities if p.start >= duration.end]
    if delay_first:
        return after[0] if after else (before[-1] if before else None)
    return before[-1] if before else (after[0] if after else None)


def _metric_for(duration: Duration, metrics: list[Token], priorities: list[Token]) -> Token | None:
    """The measure named closest before the delay, or just after it ("a 4-hour response")."""
    before = [m for m in metrics if m.end <= duration.start]
    if before:
        return before[-1]
    next_priority = min((p.start for p in priorities if p.start >= duration.end), default=None)
    after = [
        m
        for m in metrics
        if m.start >= duration.end
        and m.start - duration.end <= 25
        and (next_priority is None or m.start < next_priority)
    ]
    return after[0] if after else None


_ACK_WARNING = both(
    "Un délai de prise en charge peut n'être qu'un accusé de réception automatique : vérifier "
    "qu'il désigne bien le début du travail d'un technicien.",
    "A response time may only be an automatic acknowledgement: check that it means a "
    "technician actually starts work.",
)
