"""How a round-the-clock mention reads ("24/7", "24 h/24"): where it stands, and watching or acting.

The mentions of a sentence, a "7j/7" that only names days beside hours of the day, the levels
a "24x7" after a delay qualifies ("30 minutes (24x7)"); then whether the cover is watching or
acting: monitoring said to run without a break, a security centre as the subject, words of
action ("handled", "intervient"), and alerts said to wait for the next business day.
``schedule.py`` weighs what these find.
"""

from __future__ import annotations

import re

from slaeval.analysis.business_clock import clause_around
from slaeval.analysis.context import Context
from slaeval.analysis.levels import priority_tokens


def round_the_clock_mentions(ctx: Context, text: str) -> list[re.Match[str]]:
    found = list(ctx.rules.word("round_the_clock").finditer(text))
    for match in ctx.rules.word("hours_by_days").finditer(text):
        if match.group("h") == "24" and match.group("d") == "7":
            found.append(match)
    return found


def days_with_hours(ctx: Context, text: str, match: re.Match[str]) -> bool:
    """A round-the-clock word that names only days ("7j/7", "365 days") in a clause that
    gives hours of the day."""
    if not ctx.rules.word("all_week_words").fullmatch(match.group(0)):
        return False
    return bool(ctx.rules.quantities.time_ranges(clause_around(text, match.start(), match.end())))


def acts(ctx: Context, text: str) -> bool:
    """The text says someone acts, not only watches. "Endpoint detection and response" is
    the name of a tool (EDR), not an action: a SOC that watches EDR alerts only watches."""
    rules = ctx.rules
    if "detection" in text:
        text = _EDR_NAME.sub(" ", text)
    return bool(
        rules.word("response").search(text)
        or rules.word("restoration").search(text)
        or _SUPPORT_ACTS.search(text)
    )


_EDR_NAME = re.compile(r"\bdetection (?:and|&) response\b|\bdetection et (?:de )?reponse\b")


_SUPPORT_ACTS = re.compile(
    r"\bsupport\b|assistance|astreinte|on-call|help ?desk|service desk|\bhandled\b|\bdealt with\b"
    # "covered" of the work, not of the things in scope ("monitors the covered devices 24x7")
    r"|\bcovered\b(?! (?:devices?|equipment|systems?|users?|endpoints?|assets?|servers?|sites?"
    r"|workstations?|items?|hardware))"
    r"|emergency (?:line|number|hotline)|ligne d'urgence|numero d'urgence"
    r"|\bacts? on\b|\bacted on\b|\binterven(?:e|es|ed|ing)\b|\binterviennent\b|\bintervient\b"
    r"|\bagi(?:t|ssent)\b|\bacts? (?:at once|immediately|without delay)\b|\bisol(?:e|ent|ates?)\b"
)


def security_subject(ctx: Context, index: int, around: str, clause: str) -> bool:
    """A security centre is what a round-the-clock mention is about: named near it, at the
    start of its clause or sentence, or at the start of the sentence before it in the same
    paragraph ("The SOC watches the EDR alerts 24/7. Its analysts act at any hour.")."""
    security = ctx.rules.word("security_operations")
    if security.search(around) or security.search(clause, 0, 40):
        return True
    if security.search(ctx.folded(index), 0, 60):
        return True
    before = index - 1
    return (
        before >= 0
        and ctx.sentences[before].block == ctx.sentences[index].block
        and bool(security.search(ctx.folded(before), 0, 60))
    )


# "supervisés en permanence", "monitored continuously": round the clock, said of watching
_CONTINUOUS = re.compile(
    r"\ben (?:continu|permanence)\b|\bcontinu(?:ous|ously|ally)\b|\bconstantly\b"
    r"|\bat all times\b|\bsans interruption\b"
)
_WATCH_REACH = 40


def continuous_watch(ctx: Context, text: str) -> bool:
    """Monitoring said to run without a break, the two named close together."""
    monitoring = ctx.rules.word("monitoring_context")
    for match in _CONTINUOUS.finditer(text):
        near = text[max(0, match.start() - _WATCH_REACH) : match.end() + _WATCH_REACH]
        if monitoring.search(near):
            return True
        # or the subject of its clause: "La supervision des serveurs, du réseau et des bornes
        # Wi-Fi fonctionne en continu"
        if monitoring.search(clause_around(text, match.start(), match.end()), 0, _WATCH_REACH):
            return True
    return False


def qualified_level(ctx: Context, index: int, text: str, match: re.Match[str]) -> set[str]:
    """A "24x7" right after a delay qualifies that delay ("30 minutes (24x7)", "15 minutes,
    24x7"): its levels are those of the row the delay is in, the levels named last before
    it."""
    if not any(0 <= match.start() - duration.end <= 3 for duration in ctx.durations(index)):
        return set()
    named = priority_tokens(ctx, text[: match.start()])
    if not named:
        return set()
    return {t.value for t in named if t.group == named[-1].group}


def alerts_wait(ctx: Context) -> bool:
    """Some sentence says that monitoring alerts raised outside business hours wait for the
    next business day ("Acting on monitoring alerts: ... outside them, alerts are queued for
    the next Business Day")."""
    rules = ctx.rules
    return any(
        _ALERTS.search(ctx.folded(index))
        for key in ("action_business_only", "handled_next_opening")
        for index in ctx.matching(rules.word(key))
    )


_ALERTS = re.compile(r"\balert(?:e|s|es)?\b")


def waits_for_business_hours(ctx: Context, index: int) -> bool:
    """Round-the-clock monitoring followed, in the same paragraph, by "outside business
    hours alerts are handled the next business day": watching without acting."""
    text = ctx.folded(index)
    rules = ctx.rules
    waits = (rules.word("action_business_only"), rules.word("handled_next_opening"))
    if any(pattern.search(text) for pattern in waits):
        # "...a P1 alert calls out the on-call engineer, the other alerts being handled when
        # the desk opens": only the others wait
        return not (_OTHER_ALERTS.search(text) or rules.word("oncall_exception").search(text))
    following = ctx.next_in_block(index)
    if following is None:
        return False
    after = ctx.folded(following)
    # "...watches the servers 24 hours a day. Alerts raised outside Business Hours are routed
    # to the Client's on-call mobile; the Provider acts on them from the next Business Hour."
    if (
        _ALERTS.search(after)
        and any(pattern.search(after) for pattern in waits)
        and not (_OTHER_ALERTS.search(after) or rules.word("oncall_exception").search(after))
    ):
        return True
    return bool(rules.word("no_oncall").search(after))


_OTHER_ALERTS = re.compile(
    r"\b(?:the |all |les |toutes les )?(?:other|autres) (?:alerts|alertes)\b"
)
