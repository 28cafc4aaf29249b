"""Response and restoration times per priority: "P1 : GTI 30 min, GTR 4 h ouvrées".

In a sentence or table row, each delay is paired with a priority (P1-P4, SEV1, "Urgent",
"priorité haute"...) and a measure (response = GTI, restoration = GTR). Two writing orders are
understood: priority first ("P1: response 30 minutes") and delay first ("30 minutes for P1").
A sentence with delays but no priority takes the priority named last before it in the same
paragraph or list item, or by a short heading a few short paragraphs above it, when that
names a single level ("Priorité 2 (majeur) : un service est affecté. Prise en charge sous une
heure."; ``named_levels``). Tables read by their structure are in ``priority_tables``; which
level and measure each delay goes to, in ``delay_pairing``; who sets the levels (written
definitions or an objective grid), in ``priority_definitions``. Not a level's target: a delay
an option promises ("the optional Premium Restoration service, under which..."), a delay after
a failure condition ("s'il n'est pas rétabli au bout d'un jour"), an on-call delay for nights
and weekends (``not_targets.py``).
"""

from __future__ import annotations

import re

from slaeval.analysis.business_clock import with_clock
from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.delay_pairing import levels_respectively, metric_for, priority_for
from slaeval.analysis.flat_tables import FlatTable, flat_tables
from slaeval.analysis.levels import Token, metric_tokens
from slaeval.analysis.named_levels import NamedLevels, inherited
from slaeval.analysis.not_targets import not_a_target
from slaeval.analysis.priority_definitions import flat_descriptions, note_definitions
from slaeval.analysis.priority_tables import TableLevels, table_levels
from slaeval.analysis.quantities import Duration, DurationUnit
from slaeval.analysis.request_levels import drop_request_levels
from slaeval.analysis.targets_only import targets_only
from slaeval.analysis.tiers import bought_tier, bought_tier_spans, other_tier_sentences
from slaeval.localized import both
from slaeval.offers import Clock

METRIC_CRITERIA = {"response": "response", "restoration": "restoration"}
CONFIDENCE = 0.85


def extract_priority_times(ctx: Context) -> None:
    start = len(ctx.candidates)
    _extract_priority_times(ctx)
    # delays the document calls targets, not guarantees, with no credit: no commitment
    sentences = targets_only(ctx)
    if sentences:
        ctx.candidates[start:] = [
            c
            for c in ctx.candidates[start:]
            if not (
                c.sentence in sentences
                and _DELAY_CRITERION.match(c.criterion)
                and c.criterion.endswith(sentences[c.sentence] or "")
            )
        ]
    _longest_per_service(ctx, start)
    drop_request_levels(ctx, start)  # a last row for service requests is no level


# the first cell of a row that names a service, not a level: "Service : Messagerie | Critique :
# 4 heures ouvrables | Majeur : 1 jour ouvrable"
_SERVICE_ROW = re.compile(
    r"^(?:services?|applications?|systemes?|systems?|perimetres?|composants?|components?"
    r"|prestations?|briques?) : "
)


def _longest_per_service(ctx: Context, start: int) -> None:
    """A table that gives each level's delay per service (the mail, the ERP, the network):
    the client's commitment for a level is what holds for every service, the longest of
    them, as a careful reader records the least favourable figure; the shorter ones, which
    hold for one service only, are dropped."""
    rows: dict[str, list[Candidate]] = {}
    for c in ctx.candidates[start:]:
        sentence = ctx.sentences[c.sentence]
        if (
            sentence.table_row
            and _DELAY_CRITERION.match(c.criterion)
            and _SERVICE_ROW.match(sentence.folded)
        ):
            rows.setdefault(c.criterion, []).append(c)
    shorter = {
        id(c)
        for found in rows.values()
        if len(found) > 1
        for c in found
        if float(c.value) < max(float(o.value) for o in found)
    }
    if shorter:
        ctx.candidates[start:] = [c for c in ctx.candidates[start:] if id(c) not in shorter]


_DELAY_CRITERION = re.compile(r"support\.p[1-4]_(?:response|restoration)$")


def _extract_priority_times(ctx: Context) -> None:
    measured = sorted(
        set(ctx.matching(ctx.rules.word("response")))
        | set(ctx.matching(ctx.rules.word("restoration")))
    )
    _rank_worded_levels(ctx, measured)
    tables = table_levels(ctx, measured)
    _lines_after_colon(ctx, measured, tables)
    candidates = sorted(set(measured) | set(tables.lead_metric))
    named = NamedLevels(ctx)
    read: set[int] = set()
    described: list[tuple[int, str]] = []
    for flat in flat_tables(ctx, measured):
        _pair_flat(ctx, flat)
        read |= flat.sentences
        described += flat_descriptions(ctx, flat)
    note_definitions(ctx, tables, described)
    # "Advanced plan: P1 within 30 minutes" when the client bought another plan
    other_tier = other_tier_sentences(ctx) | _rows_of_options_not_taken(ctx, candidates)
    bought = bought_tier(ctx)
    for index in candidates:
        if index in read or index in other_tier:
            continue
        text = ctx.folded(index)
        if ctx.says(ctx.rules.word("acknowledgement"), index) and not ctx.says(
            ctx.rules.word("acknowledgement_denied"), index
        ):
            ctx.warn(_ACK_WARNING)
        if named.excluded(index) or ctx.says(ctx.rules.word("out_of_hours_lead"), index):
            continue  # escalation times; "Outside service hours, P1 calls get..." is on-call
        priorities = tables.levels.get(index) or named.tokens(index) or inherited(ctx, index, named)
        if not priorities:
            continue
        durations = [d for d in ctx.durations(index) if d.unit not in ("month", "year")]
        if ctx.sentences[index].table_row and "(" in text:
            durations = sorted(durations + _unit_in_heading(text), key=lambda d: d.start)
        spans = bought_tier_spans(ctx, index, bought)
        if spans is not None:  # tiers side by side: the client's column only
            durations = [d for d in durations if any(a <= d.start < b for a, b in spans)]
        if not durations:
            continue
        metrics = metric_tokens(ctx, text) or tables.lead_metric.get(index, [])
        delay_first = durations[0].start < priorities[0].start
        respective = levels_respectively(text, priorities, durations)
        paired: set[tuple[str, str]] = set()
        for position, duration in enumerate(durations):
            if not_a_target(ctx, index, duration):
                continue
            priority = (
                respective[position]
                if respective
                else priority_for(duration, priorities, delay_first)
            )
            _pair(
                ctx,
                index,
                with_clock(ctx, text, duration),
                priority,
                (priorities, metrics),
                paired,
            )


# "Option Premium (non souscrite) : délais réduits", "Premium Support, not ordered by the
# Customer:"
_OPTION_NOT_TAKEN = re.compile(
    r"\b(?:options?|add-ons?)\b[^.;]{0,60}\((?:non|not) (?:souscrite?|retenue?|commandee?"
    r"|ordered|subscribed|taken|selected)\)|\b(?:options?|add-ons?) (?:non|not) (?:retenue?"
    r"|souscrite?|commandee?|taken|ordered|subscribed|selected)\b|\b(?:not|non) (?:ordered"
    r"|subscribed|souscrite?|retenue?|commandee?) (?:by|par) (?:the |le )?(?:customer|client)\b"
)
_LEAD_REACH = 6  # rows a lead-in may stand above


def _rows_of_options_not_taken(ctx: Context, candidates: list[int]) -> set[int]:
    """Table rows under a lead-in or title that presents an option the client did not take
    ("Option Premium (non souscrite) : délais réduits ci-dessous."): the option's delays,
    not the contract's. The lead-in is the nearest sentence above that is no table row."""
    out: set[int] = set()
    sentences = ctx.sentences
    for index in candidates:
        if not sentences[index].table_row:
            continue
        lead = index - 1
        while lead >= 0 and sentences[lead].table_row and index - lead <= _LEAD_REACH:
            lead -= 1
        if (
            lead >= 0
            and not sentences[lead].table_row
            and _OPTION_NOT_TAKEN.search(ctx.folded(lead))
        ):
            out.add(index)
    return out


def _lines_after_colon(ctx: Context, measured: list[int], tables: TableLevels) -> None:
    """ "Délai d'intervention :" ending a line, its delay "J+1 ouvré." alone on the next (a
    reader may cut a list item there): the next sentence, naming no measure, gives the one
    measure the sentence before its colon names."""
    for index in measured:
        after = index + 1
        text = ctx.folded(index)
        if not text.endswith(":") or after >= len(ctx.sentences) or after in tables.lead_metric:
            continue
        if ctx.durations(index) or not ctx.durations(after):
            continue
        if ctx.sentences[after].table_row or metric_tokens(ctx, ctx.folded(after)):
            continue
        # the measure named last before the colon: "Panne gênante : ... Délai d'intervention :"
        named = metric_tokens(ctx, text)
        if named:
            tables.lead_metric[after] = [Token(-1, -1, named[-1].value)]


def _pair_flat(ctx: Context, flat: FlatTable) -> None:
    """Each row of a flattened table: its delays, in the order of the heading's measures;
    of two columns of one measure ("Workaround", "Resolution"), the first."""
    for row in flat.rows:
        done: set[str] = set()
        metrics = row.metrics or flat.metrics
        for (index, duration), metric in zip(row.delays, metrics, strict=True):
            if metric in done:
                continue
            done.add(metric)
            duration = with_clock(ctx, ctx.folded(index), duration)
            value, clock = ctx.duration_value(
                duration, "minutes", support_delay=True, level=row.level
            )
            if value <= 0:
                continue
            _add_delay(ctx, f"support.p{row.level}_{metric}", value, index, duration, clock)


# A table cell whose heading gives the unit: "Response (business hours) : 4", "Délai de
# rétablissement (heures ouvrées) : 8", "Target fix (minutes) : 30"
_HEADED_CELL = re.compile(
    r"(?:^|\| )[^|:()]{0,60}\((?P<unit>[^()|]{1,30})\)[^|:]{0,20} : "
    r"(?P<num>[0-9]{1,4}(?:[.,][0-9]+)?) ?(?=\||$)"
)
_HEADED_UNITS: tuple[tuple[re.Pattern[str], DurationUnit], ...] = (
    (re.compile(r"\bmin(?:utes?|s)?\b|\bmn\b"), "minute"),
    (re.compile(r"\b(?:hours?|heures?|hrs?|h)\b"), "hour"),
    (re.compile(r"\b(?:days?|jours?|j)\b"), "day"),
)
_HEADED_BUSINESS = re.compile(r"ouvr|business|working")


def _unit_in_heading(text: str) -> list[Duration]:
    """The bare numbers of a table row whose column heading names their unit."""
    found: list[Duration] = []
    for cell in _HEADED_CELL.finditer(text):
        unit_text = cell.group("unit")
        unit = next((u for pattern, u in _HEADED_UNITS if pattern.search(unit_text)), None)
        if unit is None:
            continue
        business = True if _HEADED_BUSINESS.search(unit_text) else None
        amount = float(cell.group("num").replace(",", "."))
        found.append(Duration(amount, unit, business, cell.start("num"), cell.end("num")))
    return found


def _rank_worded_levels(ctx: Context, indexes: list[int]) -> None:
    """A document that names its levels only in words, without the top one ("Incident
    majeur / mineur"), has its own scale: its highest level is its P1, the next its P2. It
    takes two levels to make a scale: "low-priority requests" alone stay low."""
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
    if len(levels) > 1 and min(levels) > 1:
        ctx.worded_levels = {level: rank for rank, level in enumerate(sorted(levels), start=1)}


def _add_delay(
    ctx: Context, criterion: str, value: float, index: int, duration: Duration, clock: Clock
) -> None:
    """A level's delay in minutes, counted in ``clock``, read in sentence ``index``."""
    ctx.note_business_days(duration, clock)
    ctx.add(Candidate(criterion, value, "minutes", index, CONFIDENCE, clock=clock))


def _pair(
    ctx: Context,
    index: int,
    duration: Duration,
    priority: Token | None,
    tokens: tuple[list[Token], list[Token]],
    paired: set[tuple[str, str]],
) -> None:
    """Record ``duration`` for ``priority`` (and the levels named with it) and its measure;
    only the first delay of a sentence counts for each pair (a later one is a comment on it:
    "...which in practice puts the restoration off to the next business day")."""
    priorities, metrics = tokens
    metric = metric_for(ctx.folded(index), duration, metrics, priorities)
    if priority is None or metric is None:
        return
    together = [t.value for t in priorities if t.group == priority.group] or [priority.value]
    for level in dict.fromkeys(together):  # each level named with it, once, in order
        if (level, metric.value) in paired:
            continue
        value, clock = ctx.duration_value(duration, "minutes", support_delay=True, level=level)
        if value <= 0:
            return
        paired.add((level, metric.value))
        _add_delay(ctx, f"support.p{level}_{metric.value}", value, index, duration, clock)


_ACK_WARNING = both(
    "Un délai de prise en charge peut n'être qu'un accusé de réception automatique : vérifier "
    "qu'il désigne bien le début du travail d'un technicien.",
    "A response time may only be an automatic acknowledgement: check that it means a "
    "technician actually starts work.",
)
