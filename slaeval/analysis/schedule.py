"""Support hours, round-the-clock cover and monitoring (what is said of on-call: ``oncall.py``).

"Du lundi au vendredi de 9h à 18h", "Monday to Friday, 8:00 to 18:00", "8x5", "24/7",
"24 heures sur 24, 7 jours sur 7". The support window found here (read by ``support_window``)
also sets how long a business day is, so "2 jours ouvrés" can be counted in business minutes.
A 24/7 mention next to "monitoring" or "surveillance" is about watching, not about acting: the
two are kept apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slaeval.analysis.business_clock import clause_around, declare_clocks
from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.levels import priority_tokens
from slaeval.analysis.oncall import oncall_statements, paid_cover
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
    for_sale = round_the_clock and _option_for_sale(ctx, text)
    if not round_the_clock and _continuous_watch(ctx, text):
        seen.monitoring_247 = _first(seen.monitoring_247, index)
    cover = rules.word("optional_cover")
    optional = ctx.may_hold(cover, index) and cover.search(text)
    if round_the_clock and (optional or index in seen.paid or for_sale):
        round_the_clock = False  # an option the client may buy is not a commitment
    if round_the_clock:
        offered, covers_p1 = _offered_cover(ctx, index, text, seen.options)
        if covers_p1:
            seen.offered_247 = _first(seen.offered_247, index)
        round_the_clock = not offered
    # "monitoring 24/7, but action only in business hours", "...but alerts at night are
    # handled when the desk reopens": watching, not acting
    acts_in_business_hours_only = any(
        ctx.may_hold(pattern, index) and pattern.search(text)
        for pattern in (rules.word("action_business_only"), rules.word("handled_next_opening"))
    )
    for match in _round_the_clock(ctx, text) if round_the_clock else ():
        if _days_with_hours(ctx, text, match):
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
        elif _security_subject(ctx, index, around, clause) and not rules.word(
            "support_desk"
        ).search(around):
            # "alerts are watched and handled 24/7 by the SOC": security cover, not the
            # support desk's hours nor on-call for incidents
            if _acts(ctx, around):
                seen.security_247 = _first(seen.security_247, index)
        elif _acts(ctx, around) or (support and not monitoring and not measuring):
            levels = _qualified_level(ctx, index, text, match) or {
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


# "Une option de supervision et d'astreinte 24 heures sur 24 est proposée pour 350 € par
# mois", "A 24/7 option is available at EUR 300 per month": an option on sale, at a price or
# "offered", and not said to be included
_FOR_SALE = re.compile(
    r"\bpropose\w*|\boffer\w*|\bavailable\b|\bdisponible\b|\ben sus\b|\bsouscri\w*"
    r"|\bsubscri\w*|\ben supplement\b|\bextra (?:fee|charge|cost)\b"
)
_INCLUDED = re.compile(r"\binclu\w*|\bcompris\w*|\bat no (?:extra |additional )?(?:cost|charge)")


def _option_for_sale(ctx: Context, text: str) -> bool:
    rules = ctx.rules
    return (
        bool(rules.word("option_named").search(text))
        and bool(_FOR_SALE.search(text) or rules.word("price").search(text))
        and not _INCLUDED.search(text)
    )


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


def _offered_cover(
    ctx: Context, index: int, text: str, options: tuple[str, ...]
) -> tuple[bool, bool]:
    """A table row that gives round-the-clock support as an offer the client may buy: the
    row has a price ("Premium | Coverage : 24x7 for P1 and P2 | Price : EUR 250 per month")
    or the cell (or the row) names an option the document calls one ("Premium Support is an
    add-on"). Not the contract's hours. Returns (offered, the offer covers P1)."""
    sentence = ctx.sentences[index]
    if not sentence.table_row or ctx.rules.word("monitoring_context").search(text):
        return False, False
    first_cell = text.split(" | ", 1)[0]
    whole_row = ctx.is_price_line(index) or any(
        name in first_cell.partition(" : ")[2] for name in options
    )
    offered = False
    for match in _round_the_clock(ctx, text):
        heading = text[max(0, text.rfind("| ", 0, match.start())) : match.start()]
        if not whole_row and not any(name in heading.partition(" : ")[0] for name in options):
            continue
        offered = True
        cell = _cell_around(text, match.start(), match.end())
        levels = priority_tokens(ctx, cell) or priority_tokens(ctx, first_cell)
        if not levels or "1" in {t.value for t in levels}:
            return True, True
    return offered, False


def _cell_around(text: str, start: int, end: int) -> str:
    """The part of a table row holding ``start:end``: between cells and semicolons."""
    left = max(text.rfind("|", 0, start), text.rfind(";", 0, start))
    rights = [at for at in (text.find("|", end), text.find(";", end)) if at >= 0]
    return text[left + 1 : min(rights, default=len(text))]


# "Premium Support is an add-on", "L'option Nuit est optionnelle": an option named, the name
# being the few words before the verb
_OPTION_VERB = re.compile(
    r"\b(?:is|are|est|sont) (?:an? |une? |available as an? |disponibles? en |proposee?s? en )?"
    r"(?:optional|optionnel\w*|add-on|option)\b"
)
_NAME_BEFORE = re.compile(r"([a-z0-9][\w-]*(?: [a-z0-9][\w-]*){0,2}) $")
_NOT_NAMES = frozenset({"this", "it", "il", "elle", "ce service", "this service", "cette option"})


def option_names(ctx: Context) -> tuple[str, ...]:
    """Names the document gives its options ("premium support")."""
    names: list[str] = []
    for sentence in ctx.sentences:
        text = sentence.folded
        if "option" not in text and "add-on" not in text:
            continue  # a plain substring test: cheaper than any index on a long document
        for verb in _OPTION_VERB.finditer(text):
            before = text[max(0, verb.start() - 45) : verb.start()]
            before = before[max(before.rfind(p) for p in ".;:,(") + 1 :]
            before = re.sub(r"^\s*(?:the|l'|le|la|les)\s+", "", before)
            name = _NAME_BEFORE.search(before)
            if name and name.group(1) not in _NOT_NAMES:
                names.append(name.group(1))
    return tuple(dict.fromkeys(names))


def _security_subject(ctx: Context, index: int, around: str, clause: str) -> bool:
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


def _continuous_watch(ctx: Context, text: str) -> bool:
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


def _qualified_level(ctx: Context, index: int, text: str, match: re.Match[str]) -> set[str]:
    """A "24x7" right after a delay qualifies that delay ("30 minutes (24x7)", "15 minutes,
    24x7"): its levels are those of the row the delay is in, the levels named last before
    it."""
    if not any(0 <= match.start() - duration.end <= 3 for duration in ctx.durations(index)):
        return set()
    named = priority_tokens(ctx, text[: match.start()])
    if not named:
        return set()
    return {t.value for t in named if t.group == named[-1].group}


def _first(current: int | None, index: int) -> int:
    return index if current is None else current


def _round_the_clock(ctx: Context, text: str) -> list[re.Match[str]]:
    found = list(ctx.rules.word("round_the_clock").finditer(text))
    for match in ctx.rules.word("hours_by_days").finditer(text):
        if match.group("h") == "24" and match.group("d") == "7":
            found.append(match)
    return found


def _days_with_hours(ctx: Context, text: str, match: re.Match[str]) -> bool:
    """A round-the-clock word that names only days ("7j/7", "365 days") in a clause that
    gives hours of the day."""
    if not ctx.rules.word("all_week_words").fullmatch(match.group(0)):
        return False
    return bool(ctx.rules.quantities.time_ranges(clause_around(text, match.start(), match.end())))


def _acts(ctx: Context, text: str) -> bool:
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


_MONTHLY = re.compile(
    r"\b(?:per|a|each|every|par|chaque) mois\b|\b(?:per|a|each|every) month\b"
    r"|\bmonthly\b|\bmensuel\w*|/ ?(?:mois|month)\b"
)
_SUPPORT_ACTS = re.compile(
    r"\bsupport\b|assistance|astreinte|on-call|help ?desk|service desk|\bhandled\b|\bdealt with\b"
    # "covered" of the work, not of the things in scope ("monitors the covered devices 24x7")
    r"|\bcovered\b(?! (?:devices?|equipment|systems?|users?|endpoints?|assets?|servers?|sites?"
    r"|workstations?|items?|hardware))"
    r"|emergency (?:line|number|hotline)|ligne d'urgence|numero d'urgence"
    r"|\bacts? on\b|\bacted on\b|\binterven(?:e|es|ed|ing)\b|\binterviennent\b|\bintervient\b"
    r"|\bagi(?:t|ssent)\b|\bacts? (?:at once|immediately|without delay)\b|\bisol(?:e|ent|ates?)\b"
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
        if _waits_for_business_hours(ctx, seen.monitoring_247):
            value = "monitoring_only_written"
        elif round_the_clock is not None:
            value = "both_stated_247"
        elif seen.security_247 is not None and not _alerts_wait(ctx):
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


def _alerts_wait(ctx: Context) -> bool:
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


def _waits_for_business_hours(ctx: Context, index: int) -> bool:
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
    return following is not None and bool(ctx.rules.word("no_oncall").search(ctx.folded(following)))


_OTHER_ALERTS = re.compile(
    r"\b(?:the |all |les |toutes les )?(?:other|autres) (?:alerts|alertes)\b"
)

_MONITORING_ONLY = both(
    "La surveillance est annoncée 24/7, mais les interventions n'ont lieu qu'aux heures de "
    "support : une alerte de nuit attend le jour ouvré suivant.",
    "Monitoring is announced 24/7, but action only happens in support hours: an alert at "
    "night waits for the next business day.",
)
