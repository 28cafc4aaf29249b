"""Support hours, round-the-clock cover, on-call and monitoring.

"Du lundi au vendredi de 9h à 18h", "Monday to Friday, 8:00 to 18:00", "8x5", "24/7",
"24 heures sur 24, 7 jours sur 7". The support window found here also sets how long a business
day is, so "2 jours ouvrés" can be counted in business minutes. A 24/7 mention next to
"monitoring" or "surveillance" is about watching, not about acting: the two are kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.priorities import priority_tokens
from slaeval.localized import both

DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_TIME = re.compile(r"(?P<h>[0-9]{1,2}) ?(?:h|:)? ?(?P<m>[0-5][0-9])? ?(?P<ampm>[ap]m)?")
_NEAR = 80


@dataclass(frozen=True, slots=True)
class Window:
    days: tuple[int, ...]
    start: int
    end: int

    def text(self) -> str:
        first, last = DAY_NAMES[self.days[0]], DAY_NAMES[self.days[-1]]
        span = first if len(self.days) == 1 else f"{first}-{last}"
        return f"{span} {_hhmm(self.start)}-{_hhmm(self.end)}"


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def parse_window(text: str) -> tuple[tuple[int, ...], int, int] | None:
    """Read back a support-window finding value such as "Mon-Fri 09:00-18:00"."""
    match = re.fullmatch(r"(\w{3})(?:-(\w{3}))? (\d\d):(\d\d)-(\d\d):(\d\d)", text.strip())
    if not match or match.group(1) not in DAY_NAMES:
        return None
    first = DAY_NAMES.index(match.group(1))
    last = DAY_NAMES.index(match.group(2)) if match.group(2) in DAY_NAMES else first
    start = int(match.group(3)) * 60 + int(match.group(4))
    end = int(match.group(5)) * 60 + int(match.group(6))
    if last < first or end <= start:
        return None
    return tuple(range(first, last + 1)), start, end


@dataclass(slots=True)
class _Seen:
    window: tuple[Window, int] | None = None
    support_247: int | None = None
    p1_247: int | None = None
    monitoring_247: int | None = None


def extract_schedule(ctx: Context) -> None:
    rules = ctx.rules
    seen = _Seen()
    support = set(ctx.matching(rules.word("support_context")))
    round_the_clock = set(ctx.matching(rules.word("round_the_clock")))
    indexes = sorted(
        support | round_the_clock | set(ctx.matching(rules.word("monitoring_context")))
    )
    for index in indexes:
        _read_sentence(ctx, index, seen, index in support, index in round_the_clock)
    for index in ctx.matching(rules.word("business_clock")):
        text = ctx.folded(index)
        match = rules.word("business_clock").search(text)
        if match is None:
            continue
        clause = clause_around(text, match.start(), match.end())
        ctx.declare_business_clock({t.value for t in priority_tokens(ctx, clause)})
        ctx.warn(_DECLARED_BUSINESS)
    _conclude(ctx, seen)


def clause_around(text: str, start: int, end: int) -> str:
    """The clause of ``text`` holding ``start:end``: between the semicolons around it."""
    left = text.rfind(";", 0, start)
    right = text.find(";", end)
    return text[left + 1 : right if right != -1 else len(text)]


def _read_sentence(
    ctx: Context, index: int, seen: _Seen, support: bool, round_the_clock: bool
) -> None:
    """One sentence that speaks of support (``support``), of round-the-clock cover
    (``round_the_clock``, which includes "24x7") or of monitoring."""
    text = ctx.folded(index)
    if "maintenance" in text:
        return
    rules = ctx.rules
    if round_the_clock and rules.word("optional_service").search(text):
        round_the_clock = False  # an option the client may buy is not a commitment
    # "monitoring 24/7, but action only in business hours": watching, not acting
    acts_in_business_hours_only = bool(rules.word("action_business_only").search(text))
    for match in _round_the_clock(ctx, text) if round_the_clock else ():
        around = text[max(0, match.start() - _NEAR) : match.end() + _NEAR]
        monitoring = bool(rules.word("monitoring_context").search(around))
        if monitoring:
            seen.monitoring_247 = _first(seen.monitoring_247, index)
        # "availability measured 24/7" is the measurement window, not support cover
        measuring = bool(rules.word("availability").search(text))
        if acts_in_business_hours_only:
            seen.monitoring_247 = _first(seen.monitoring_247, index)
        elif _acts(ctx, around) or (support and not monitoring and not measuring):
            clause = clause_around(text, match.start(), match.end())
            levels = {t.value for t in priority_tokens(ctx, clause)}
            if levels and levels <= {"1"}:
                seen.p1_247 = _first(seen.p1_247, index)
            else:
                seen.support_247 = _first(seen.support_247, index)
    if seen.window is None and support:
        window = _window(ctx, text)
        if window is not None:
            seen.window = (window, index)


def _first(current: int | None, index: int) -> int:
    return index if current is None else current


def _round_the_clock(ctx: Context, text: str) -> list[re.Match[str]]:
    found = list(ctx.rules.word("round_the_clock").finditer(text))
    for match in ctx.rules.word("hours_by_days").finditer(text):
        if match.group("h") == "24" and match.group("d") == "7":
            found.append(match)
    return found


def _acts(ctx: Context, text: str) -> bool:
    rules = ctx.rules
    return bool(
        rules.word("response").search(text)
        or rules.word("restoration").search(text)
        or re.search(r"\bsupport\b|assistance|astreinte|on-call|help ?desk|service desk", text)
    )


def _window(ctx: Context, text: str) -> Window | None:
    days: tuple[int, ...] | None = None
    day_range = ctx.rules.day_range.search(text)
    if day_range:
        first = ctx.rules.weekdays[day_range.group("d1")]
        last = ctx.rules.weekdays[day_range.group("d2")]
        if last >= first:
            days = tuple(range(first, last + 1))
    elif ctx.rules.word("weekday_words").search(text):
        days = (0, 1, 2, 3, 4)
    times = ctx.rules.quantities.time_ranges(text)
    if days is not None and times:
        span = _time_span(times[0].group(0))
        if span is not None:
            return Window(days, *span)
    by_days = ctx.rules.word("hours_by_days").search(text)
    if by_days and int(by_days.group("h")) < 24:
        hours = int(by_days.group("h"))
        ctx.warn(_ASSUMED_START.format(hours=hours))
        return Window(tuple(range(int(by_days.group("d")))), 9 * 60, (9 + hours) * 60)
    return None


def _time_span(text: str) -> tuple[int, int] | None:
    times = [m for m in _TIME.finditer(text) if m.group(0).strip()]
    if len(times) < 2:
        return None
    start, end = _minutes(times[0]), _minutes(times[-1])
    return (start, end) if 0 <= start < end <= 24 * 60 else None


def _minutes(match: re.Match[str]) -> int:
    hours = int(match.group("h"))
    if match.group("ampm") == "pm" and hours < 12:
        hours += 12
    return hours * 60 + int(match.group("m") or 0)


def _conclude(ctx: Context, seen: _Seen) -> None:
    if seen.window is not None:
        window, index = seen.window
        ctx.business_day_minutes = window.end - window.start
        ctx.add(Candidate("support.hours_defined", window.text(), "text", index, 0.85,
                          kind="support_window"))  # fmt: skip
    round_the_clock = seen.support_247 if seen.support_247 is not None else seen.p1_247
    if seen.support_247 is not None and seen.window is None:
        window_text = Window(tuple(range(7)), 0, 24 * 60).text()
        ctx.add(Candidate("support.hours_defined", window_text, "text", seen.support_247, 0.8,
                          kind="support_window"))  # fmt: skip
    if round_the_clock is not None:
        ctx.add(Candidate("support.hours_defined", "extended_p1_247", "text", round_the_clock, 0.8))
        ctx.add(Candidate("oncall.p1_out_of_hours", "included_same_sla", "text", round_the_clock,
                          0.75))  # fmt: skip
    elif seen.window is not None:
        ctx.add(Candidate("support.hours_defined", "business_defined", "text", seen.window[1], 0.8))
    _oncall_statements(ctx)
    if seen.monitoring_247 is not None:
        if _waits_for_business_hours(ctx, seen.monitoring_247):
            value = "monitoring_only_written"
        elif round_the_clock is not None:
            value = "both_stated_247"
        elif seen.window is not None:
            value = "monitoring_only_written"
        else:
            return
        ctx.add(Candidate("oncall.monitoring_vs_action", value, "text", seen.monitoring_247, 0.75))
        if value == "monitoring_only_written":
            ctx.warn(_MONITORING_ONLY)


def _waits_for_business_hours(ctx: Context, index: int) -> bool:
    """Round-the-clock monitoring followed, in the same paragraph, by "outside business
    hours alerts are handled the next business day": watching without acting."""
    if ctx.rules.word("action_business_only").search(ctx.folded(index)):
        return True
    following = ctx.next_in_block(index)
    return following is not None and bool(ctx.rules.word("no_oncall").search(ctx.folded(following)))


def _oncall_statements(ctx: Context) -> None:
    """What the document says of on-call. A paid option outranks "no on-call" (it says what
    the client can get beyond the default: "aucune astreinte... le Client peut souscrire une
    astreinte moyennant 350 € par mois")."""
    for key, value, rank in (
        ("no_oncall", "none", 2),
        ("paid_oncall", "paid_option", 3),
        ("included_oncall", "included_same_sla", 2),
    ):
        for index in ctx.matching(ctx.rules.word(key)):
            if key == "no_oncall" and ctx.rules.word("oncall_exception").search(ctx.folded(index)):
                continue  # "all other incidents wait for the next day": P1 is covered
            ctx.add(Candidate("oncall.p1_out_of_hours", value, "text", index, 0.8, rank=rank))


_DECLARED_BUSINESS = both(
    "Le document dit que ses délais se comptent en heures ouvrées : les délais sans précision "
    "sont lus en heures ouvrées.",
    "The document says its delays are counted in business hours: delays with no stated clock "
    "are read as business hours.",
)
_ASSUMED_START = both(
    "Plage de support « {hours} h par jour » sans heure de début : 9 h 00 est supposé.",
    'Support window "{hours} hours a day" has no start time: 9:00 is assumed.',
)
_MONITORING_ONLY = both(
    "La surveillance est annoncée 24/7, mais les interventions n'ont lieu qu'aux heures de "
    "support : une alerte de nuit attend le jour ouvré suivant.",
    "Monitoring is announced 24/7, but action only happens in support hours: an alert at "
    "night waits for the next business day.",
)
