"""Support hours, round-the-clock cover and monitoring (what is said of on-call: ``oncall.py``).

"Du lundi au vendredi de 9h à 18h", "Monday to Friday, 8:00 to 18:00", "8x5", "24/7",
"24 heures sur 24, 7 jours sur 7". The support window found here (read by ``support_window``)
also sets how long a business day is, so "2 jours ouvrés" can be counted in business minutes.
A 24/7 mention next to "monitoring" or "surveillance" is about watching, not about acting: the
two are kept apart (``round_the_clock``). Round-the-clock cover sold as an option is not the
contract's (``cover_offers``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slaeval.analysis.business_clock import clause_around, declare_clocks
from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.cover_offers import offered_cover, option_for_sale, option_names
from slaeval.analysis.levels import priority_tokens
from slaeval.analysis.oncall import oncall_statements, paid_cover
from slaeval.analysis.oncall_options import TAKEN
from slaeval.analysis.round_the_clock import (
    acts,
    alerts_wait,
    continuous_watch,
    days_with_hours,
    qualified_level,
    round_the_clock_mentions,
    security_subject,
    waits_for_business_hours,
)
from slaeval.analysis.support_window import Window, read_window, stated_day_minutes
from slaeval.analysis.tiers import bought_tier, bought_tier_spans, other_tier_sentences
from slaeval.localized import both

_NEAR = 80


@dataclass(slots=True)
class _Seen:
    window: tuple[Window, int] | None = None
    support_247: int | None = None
    p1_247: int | None = None
    monitoring_247: int | None = None
    security_247: int | None = None  # a security centre (SOC, EDR) that watches and acts 24/7
    offered_247: int | None = None  # an offer table's line that covers P1 24/7
    options: tuple[str, ...] = ()  # the names of the options the document describes
    paid: frozenset[int] = frozenset()  # out-of-hours cover bought apart (``oncall.paid_cover``)
    hedged: int | None = None  # hours given loosely: "en gros de 9h à 19h"


def extract_schedule(ctx: Context) -> None:
    rules = ctx.rules
    seen = _Seen(options=option_names(ctx), paid=frozenset(paid_cover(ctx)))
    support = set(ctx.matching(rules.word("support_context")))
    # "Le centre de services reçoit les demandes... Il est ouvert du lundi au vendredi": a
    # sentence on a pronoun speaks of the desk the sentence before it names
    for index in ctx.matching(_DESK_PRONOUN):
        if index - 1 in support and ctx.next_in_block(index - 1) == index:
            support.add(index)
    round_the_clock = set(ctx.matching(rules.word("round_the_clock")))
    indexes = sorted(
        support | round_the_clock | set(ctx.matching(rules.word("monitoring_context")))
    )
    other_tier = other_tier_sentences(ctx)  # "Gold: support 24/7" when Silver was bought
    bought = bought_tier(ctx)
    for index in indexes:
        if index in other_tier:
            continue
        spans = bought_tier_spans(ctx, index, bought)
        if spans is not None and index in round_the_clock:
            # "Support Hours | Silver : Mon-Fri 08:00-18:00 | Gold : 24x7x365": the 24x7 of
            # another tier's column is not the client's
            round_the_clock.discard(index)
            for match in rules.word("round_the_clock").finditer(ctx.folded(index)):
                if any(a <= match.start() < b for a, b in spans):
                    round_the_clock.add(index)
        _read_sentence(ctx, index, seen, index in support, index in round_the_clock)
    declare_clocks(ctx)
    _conclude(ctx, seen)


def _read_sentence(
    ctx: Context, index: int, seen: _Seen, support: bool, round_the_clock: bool
) -> None:
    """One sentence that speaks of support (``support``), of round-the-clock cover
    (``round_the_clock``, which includes "24x7") or of monitoring."""
    text = ctx.folded(index)
    if "maintenance" in text:
        return
    rules = ctx.rules
    # "Une option de supervision et d'astreinte 24 h/24 est proposée pour 350 € par mois":
    # an option the client may buy is not a commitment, nor is the watch it sells
    # ("The Customer has subscribed to the Premium Pack, which gives 24/7 support": taken,
    # the pack's hours are the client's)
    for_sale = round_the_clock and option_for_sale(ctx, text) and not TAKEN.search(text)
    if not round_the_clock and continuous_watch(ctx, text):
        seen.monitoring_247 = _first(seen.monitoring_247, index)
    cover = rules.word("optional_cover")
    optional = ctx.says(cover, index)
    if round_the_clock and (optional or index in seen.paid or for_sale):
        round_the_clock = False  # an option the client may buy is not a commitment
    if round_the_clock:
        offered, covers_p1 = offered_cover(ctx, index, text, seen.options)
        if covers_p1:
            seen.offered_247 = _first(seen.offered_247, index)
        round_the_clock = not offered
    # "monitoring 24/7, but action only in business hours", "...but alerts at night are
    # handled when the desk reopens": watching, not acting
    acts_in_business_hours_only = any(
        ctx.says(pattern, index)
        for pattern in (rules.word("action_business_only"), rules.word("handled_next_opening"))
    ) or (
        # "...watches the servers 24 hours a day. Alerts raised outside Business Hours are
        # acted on from the next Business Hour": the next sentence says who acts, and when
        round_the_clock and waits_for_business_hours(ctx, index)
    )
    for match in round_the_clock_mentions(ctx, text) if round_the_clock else ():
        if days_with_hours(ctx, text, match):
            continue  # "7j/7 de 8h à 20h": every day, but not round the clock
        around = text[max(0, match.start() - _NEAR) : match.end() + _NEAR]
        # the subject may stand far before its "24/7": "The SOC monitors the alerts of the
        # EDR agents, the sign-in logs and the firewalls 24 hours a day"
        clause = clause_around(text, match.start(), match.end())
        monitoring = bool(rules.word("monitoring_context").search(around)) or bool(
            rules.word("monitoring_context").search(clause, 0, 40)
        )
        if monitoring:
            seen.monitoring_247 = _first(seen.monitoring_247, index)
        # "availability measured 24/7" is the measurement window, not support cover
        measuring = bool(rules.word("availability").search(text))
        if acts_in_business_hours_only:
            seen.monitoring_247 = _first(seen.monitoring_247, index)
        elif security_subject(ctx, index, around, clause) and not rules.word("support_desk").search(
            around
        ):
            # "alerts are watched and handled 24/7 by the SOC": security cover, not the
            # support desk's hours nor on-call for incidents
            if acts(ctx, around):
                seen.security_247 = _first(seen.security_247, index)
        elif acts(ctx, around) or (support and not monitoring and not measuring):
            levels = qualified_level(ctx, index, text, match) or {
                t.value for t in priority_tokens(ctx, clause)
            }
            if levels and levels <= {"1"}:
                seen.p1_247 = _first(seen.p1_247, index)
            else:
                seen.support_247 = _first(seen.support_247, index)
    if seen.window is None and support and not _other_desk(text) and not _SITE_ACCESS.search(text):
        window = read_window(ctx, index)
        if window is not None and _hedged(ctx, text):
            seen.hedged = _first(seen.hedged, index)  # "en gros de 9h à 19h": no window
        elif window is not None:
            seen.window = (window, index)


# Desks other than support whose opening hours a contract may give: sales, accounts, the
# front desk, deliveries
_OTHER_DESK = re.compile(
    r"\b(?:service commercial|commerciaux|sales|comptabilit\w*|accounting|accounts|billing"
    r"|facturation|accueil|front desk|reception|switchboard|standard telephonique|livraisons?"
    r"|deliveries|delivery|showroom|magasin|shop|boutique)\b"
)
# words that make the hours loose: "en gros de 9h à 19h", "roughly 9 to 6", "à peu près"
_HEDGED = re.compile(
    r"\ben gros\b|\bgrosso modo\b|\ba peu pres\b|\benviron\b|\bplus ou moins\b"
    r"|\broughly\b|\bapproximately\b|\bmore or less\b|\bsouvent\b|\bgenerally\b"
    r"|\bgeneralement\b|\ben principe\b|\bin principle\b|\busually\b|\bhabituellement\b"
)
_HEDGE_REACH = 30


def _hedged(ctx: Context, text: str) -> bool:
    """A hedge right before the first hours of the sentence ("en gros de 9h à 19h")."""
    ranges = ctx.rules.quantities.time_ranges(text)
    if not ranges:
        return False
    start = ranges[0].start()
    return _HEDGED.search(text, max(0, start - _HEDGE_REACH), start) is not None


_DESK_PRONOUN = re.compile(
    r"^(?:il|elle|it|celui-ci|celle-ci) (?:est|is|reste|remains) (?:\w+ )?(?:ouverte?|open"
    r"|joignable|reachable|staffed|accessible)\b"
)
# the hours a technician may enter a site, anywhere in the sentence or row: "Site : Vertou |
# Horaires d'accès : 7 h 30 - 18 h 30"
_SITE_ACCESS = re.compile(
    r"\bhoraires? d'acces\b|\bjours d'acces\b|\b(?:site )?access hours\b|\bhours of access\b"
)
_SUPPORT_DESK = re.compile(
    r"\bsupport\b|assistance|help ?desk|service desk|hotline|technique|technical|centre de services"
    r"|centre de support"
)
_DESK_REACH = 50


def _other_desk(text: str) -> bool:
    """The hours are those of another desk, named at the start of the sentence ("Le service
    commercial est joignable du lundi au samedi de 8h à 20h", "Our sales team can be
    reached..."): not the support window."""
    head = text[:_DESK_REACH]
    return bool(_OTHER_DESK.search(head)) and not _SUPPORT_DESK.search(head)


def _first(current: int | None, index: int) -> int:
    return index if current is None else current


_MONTHLY = re.compile(
    r"\b(?:per|a|each|every|par|chaque) mois\b|\b(?:per|a|each|every) month\b"
    r"|\bmonthly\b|\bmensuel\w*|/ ?(?:mois|month)\b"
)


def _conclude(ctx: Context, seen: _Seen) -> None:
    stated = stated_day_minutes(ctx)
    if stated is not None:
        ctx.business_day_minutes, ctx.business_day_known = stated, True
    if seen.window is not None:
        window, index = seen.window
        if stated is None:
            ctx.business_day_minutes, ctx.business_day_known = window.open_minutes, True
        ctx.add(Candidate("support.hours_defined", window.text(), "text", index, 0.85,
                          kind="support_window"))  # fmt: skip
    round_the_clock = seen.support_247 if seen.support_247 is not None else seen.p1_247
    if seen.support_247 is not None and seen.window is None:
        window_text = Window(tuple(range(7)), 0, 24 * 60, 24 * 60).text()
        ctx.add(Candidate("support.hours_defined", window_text, "text", seen.support_247, 0.8,
                          kind="support_window"))  # fmt: skip
    if round_the_clock is not None:
        ctx.add(Candidate("support.hours_defined", "extended_p1_247", "text", round_the_clock, 0.8))
        ctx.add(Candidate("oncall.p1_out_of_hours", "included_same_sla", "text", round_the_clock,
                          0.75))  # fmt: skip
    elif seen.window is not None:
        ctx.add(Candidate("support.hours_defined", "business_defined", "text", seen.window[1], 0.8))
    elif seen.hedged is not None:
        # "Je suis joignable en semaine, en gros de 9h à 19h, et souvent le samedi matin":
        # hours a reader cannot hold the provider to are no defined hours
        ctx.add(Candidate("support.hours_defined", "undefined", "text", seen.hedged, 0.7))
    oncall_statements(ctx, set(seen.paid))
    if seen.offered_247 is not None:
        ctx.add(Candidate("oncall.p1_out_of_hours", "paid_option", "text", seen.offered_247, 0.75,
                          rank=3))  # fmt: skip
        if ctx.is_price_line(seen.offered_247) and _MONTHLY.search(ctx.folded(seen.offered_247)):
            ctx.add(Candidate("oncall.pricing", "flat_or_included", "text", seen.offered_247, 0.7))
    if seen.monitoring_247 is not None:
        if waits_for_business_hours(ctx, seen.monitoring_247):
            value = "monitoring_only_written"
        elif round_the_clock is not None:
            value = "both_stated_247"
        elif seen.security_247 is not None and not alerts_wait(ctx):
            # a security centre acting 24/7 on detections acts on the watch, unless the
            # document says elsewhere that monitoring alerts wait for the business day
            value = "both_stated_247"
        elif seen.window is not None:
            value = "monitoring_only_written"
        else:
            return
        ctx.add(Candidate("oncall.monitoring_vs_action", value, "text", seen.monitoring_247, 0.75))
        if value == "monitoring_only_written":
            ctx.warn(_MONITORING_ONLY)


_MONITORING_ONLY = both(
    "La surveillance est annoncée 24/7, mais les interventions n'ont lieu qu'aux heures de "
    "support : une alerte de nuit attend le jour ouvré suivant.",
    "Monitoring is announced 24/7, but action only happens in support hours: an alert at "
    "night waits for the next business day.",
)
