"""Response and restoration times per priority: "P1 : GTI 30 min, GTR 4 h ouvrées".

In a sentence or table row, each delay is paired with a priority (P1-P4, SEV1, "Urgent",
"priorité haute"...) and a measure (response = GTI, restoration = GTR). Two writing orders are
understood: priority first ("P1: response 30 minutes") and delay first ("30 minutes for P1").
A sentence with delays but no priority takes the priority named last before it in the same
paragraph or list item, or by a short heading a few short paragraphs above it, when that
names a single level ("Priorité 2 (majeur) : un service est affecté. Prise en charge sous une
heure."; ``named_levels``). Tables read by their structure are in ``priority_tables``. Not a
level's target: a delay an option promises ("the optional Premium Restoration service, under
which..."), a delay after a failure condition ("s'il n'est pas rétabli au bout d'un jour"), an
on-call delay for nights and weekends (``not_targets.py``).
"""

from __future__ import annotations

import re

from slaeval.analysis.business_clock import with_clock
from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.flat_tables import FlatTable, flat_tables
from slaeval.analysis.levels import RESPECTIVELY, Token, metric_tokens
from slaeval.analysis.named_levels import NamedLevels, inherited
from slaeval.analysis.not_targets import not_a_target, targets_only
from slaeval.analysis.priority_tables import TableLevels, level_definitions, table_levels
from slaeval.analysis.quantities import Duration, DurationUnit
from slaeval.analysis.tiers import bought_tier, bought_tier_spans, other_tier_sentences
from slaeval.localized import both
from slaeval.offers import Clock

METRIC_CRITERIA = {"response": "response", "restoration": "restoration"}
CONFIDENCE = 0.85
_CLAUSE_BREAK = re.compile(r"[,;|]|\b(?:et|puis|and|then|while|tandis)\b")
# "1 hour response, 4 hour fix": a measure right after its delay, used as an adjective, maybe
# with a word on its kind between ("4 hour target fix", "2-hour guaranteed restoration"); not
# after a deadline word ("response within 1 hour restoration within 4 hours")
_JUST_AFTER = re.compile(
    r"[ -](?:(?:target|targeted|guaranteed|maximum|max\.?|contractual|committed|agreed)[ -])?"
)
_DEADLINE_WORD = re.compile(r"\b(?:within|under|in|sous|dans|en)[ -]$")


def extract_priority_times(ctx: Context) -> None:
    start = len(ctx.candidates)
    _extract_priority_times(ctx)
    # delays the document calls targets, not guarantees, with no credit: no commitment
    sentences = targets_only(ctx)
    if sentences:
        ctx.candidates[start:] = [
            c
            for c in ctx.candidates[start:]
            if not (c.sentence in sentences and _DELAY_CRITERION.match(c.criterion))
        ]
    _longest_per_service(ctx, start)


# the first cell of a row that names a service, not a level: "Service : Messagerie | Critique :
# 4 heures ouvrables | Majeur : 1 jour ouvrable"
_SERVICE_ROW = re.compile(
    r"^(?:services?|applications?|systemes?|systems?|perimetres?|composants?|components?"
    r"|prestations?|briques?) : "
)


def _longest_per_service(ctx: Context, start: int) -> None:
    """A table that gives each level's delay per service (the mail, the ERP, the network):
    the client's commitment for a level is what holds for every service, the longest of
    them, as a careful reader records the least favourable figure; the shorter ones are kept
    for their service only."""
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
        described += _flat_descriptions(ctx, flat)
    _note_definitions(ctx, tables, described)
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
        respective = _respective(text, priorities, durations)
        paired: set[tuple[str, str]] = set()
        for position, duration in enumerate(durations):
            if not_a_target(ctx, index, duration):
                continue
            priority = (
                respective[position]
                if respective
                else _priority_for(duration, priorities, delay_first)
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


def _note_definitions(ctx: Context, tables: TableLevels, described: list[tuple[int, str]]) -> None:
    """Levels defined in words, two or more of them: written priority definitions (a rule
    that finds an objective grid or who decides outranks this). ``described``: the levels
    of flattened tables that a cell describes."""
    found = sorted(level_definitions(ctx, set(tables.levels)) + described)
    defined = len({level for _index, level in found}) >= 2
    if defined:
        ctx.add(Candidate("support.priority_definitions", "written", "text", found[0][0], 0.6))
    _who_has_the_last_word(ctx, defined, [index for index, _level in found])


# The provider assigns or reviews the level: "Kilbrack's service desk assigns the severity",
# "Le centre de services attribue à chaque incident l'un des niveaux", "fixée par Salevox",
# "the severity is then reviewed by the duty manager", "Le Prestataire peut requalifier la
# demande", "la décision revenant au responsable de compte"; the agent is checked apart
_ASSIGNS = re.compile(
    r"(?<![\w-])(?:(?:may|can|will|shall|peut|pourra) )?(?:assigns?|classif(?:y|ies)|re-?grades?"
    r"|attribue|classe|requalifi\w*|reclass\w*)\b"
    r"|\b(?:assigned|classified|set|decided|reviewed|re-?graded|confirmed) by (?:the )?"
    r"(?P<a2>[\w'-]+(?: [\w'-]+)?)"
    r"|\b(?:classee?s?|fixee?s?|determinee?s?|attribuee?s?|qualifiee?s?|revue?s?|confirmee?s?)"
    r" par (?:le |la |l')?(?P<a3>[\w'-]+(?: [\w'-]+)?)"
    r"|\bla decision (?:finale )?(?:revenant|revient|appartient|appartenant) (?:au|a la|a l')"
    r" ?(?P<a4>[\w'-]+(?: [\w'-]+)?)"
)
_WORD = re.compile(r"[\w'-]+")
_LEVEL_WORDS = re.compile(
    r"\bpriorit\w*|\bseverit\w*|\bcriticit\w*|\bniveaux?\b|\blevels?\b|\bgrades?\b"
    r"|\bclasse\w*|\bclassif\w*|\brequalifi\w*|\bre-?graded?\b"
)
# the provider's own judgment: "in its reasonable discretion" (who decides alone, a rule),
# or an impact x urgency grid the level is read from (an objective grid, a rule)
_OTHER_READING = re.compile(
    r"\bdiscretion\b|\bappreciation\b|\bsole\b|\bseule?\b|\bunilateral\w*|\balone\b"
    r"|\bmatri(?:x|ce)\b|\bgrid\b|\bgrille\b|\burgen(?:cy|ce)\b"
    r"|(?:determine|fixe|defini|attribu|qualifi)\w* (?:unilateralement |exclusivement "
    r"|librement )?par (?:le prestataire|nos soins)"
)
# the client's say prevails or can be disputed: "Customer's decision then applies", "en
# accord avec le référent de la commune", "the higher priority applies until...", "jointly",
# "qu'avec votre accord", "Le Client peut contester la priorité" (a right to dispute, unlike a
# request "to re-grade" or "la révision" that the provider decides)
_CLIENT_PREVAILS = re.compile(
    r"\b(?:decision|choice|choix|classification|classement)\b[^.;]{0,20}\b(?:then )?"
    r"(?:applies|prevails|prevaut|s'applique|l'emporte)\b|\ben accord avec\b"
    r"|\b(?:avec|with) (?:votre|son|leur|l'|your|its|their|the (?:customer's|client's) )"
    r" ?(?:accord|agreement|consent)\b|\bcontest\w*|\bdisput\w*|\bchalleng\w*|\bdesaccord"
    r"|\bdisagree\w*|\bobject\w* to\b|\bs'opposer\b"
    r"|\bd'un commun accord\b|\bjointly\b|\bconjointement\b|\bby (?:mutual )?agreement\b"
    r"|\b(?:higher|highest|plus (?:haute?|eleve\w*)) (?:priority|severity|priorite|niveau)"
    r"\b[^.;]{0,20}\b(?:applies|s'applique|prevails|prevaut)\b"
    r"|\b(?:qualification|classification|classement|niveau|priorite) retenue? (?:est|sera) "
    r"celui (?:du|de la) (?:client|referent|acheteur)|\best celle (?:du|de la) (?:client|referent"
    r"|acheteur)"
)


_FROM_EXAMPLES = re.compile(r"\bexemples?\b|\bexamples?\b")


def _who_has_the_last_word(ctx: Context, defined: bool, definitions: list[int]) -> None:
    """Levels the provider assigns, or reviews when the client asks for another one, with
    no word of the client's choice prevailing: whatever the definitions, the client cannot
    have its classification applied, so they are written definitions, not an objective grid
    the client can dispute (a request "to re-grade" that the provider decides is no dispute
    right). Not when the level is read from an impact x urgency grid, nor when the provider
    judges alone (both said by rules). Levels defined in words (``defined``) that the client
    may dispute, or whose classification prevails when the parties disagree ("En cas de
    désaccord, la qualification retenue est celle du référent de la commune"), are the
    objective grid the client can dispute."""
    # who decides is said beside the levels: near their definitions or the sentence that
    # says who assigns them (a "dispute" elsewhere is about the contract)
    assigned = _provider_assigns(ctx)
    anchors = definitions + ([assigned] if assigned is not None else [])
    near = {
        at
        for index in anchors
        for at in range(max(0, index - _SAID_NEAR), min(len(ctx.sentences), index + _SAID_NEAR))
    }
    prevails = [
        index
        for index in sorted(near)
        if _LEVEL_WORDS.search(ctx.folded(index)) and _CLIENT_PREVAILS.search(ctx.folded(index))
    ]
    if prevails:
        # levels agreed "à partir des exemples du tableau": examples are no objective criteria
        if defined and not any(_FROM_EXAMPLES.search(ctx.folded(i)) for i in prevails):
            ctx.add(Candidate("support.priority_definitions", "objective_matrix", "text",
                              prevails[0], 0.7, rank=2))  # fmt: skip
        return
    if assigned is not None:
        ctx.add(Candidate("support.priority_definitions", "written", "text", assigned, 0.65,
                          rank=3))  # fmt: skip


_SAID_NEAR = 15  # sentences around the levels where who decides is said


def _provider_assigns(ctx: Context) -> int | None:
    """The first sentence that says the provider assigns or reviews the levels."""
    client = ctx.rules.word("client_party")
    found: int | None = None
    for index in ctx.matching_all((_ASSIGNS, _LEVEL_WORDS)):
        text = ctx.folded(index)
        if _OTHER_READING.search(text):
            continue
        for match in _ASSIGNS.finditer(text):
            # the agent: named after "by" / "par", or the two words before the verb
            agent = next((group for group in match.groups() if group is not None), None)
            if agent is None:
                agent = " ".join(
                    _WORD.findall(text, max(0, match.start() - 40), match.start())[-2:]
                )
            if not client.search(agent) and not _NOT_AGENTS.search(agent):
                found = index
                break
        if found is not None:
            break
    return found


# words before "classifies" or after "par" that are no agent: "qui classe", "Each grid sets"
_NOT_AGENTS = re.compile(
    r"\b(?:qui|que|which|that|this|it|il|elle|each|chaque|grid|grille|matrix|matrice|table"
    r"|est|sont|is|are|be|been|was|were|mal|wrongly"
    r"|tableau|definitions?|annexe?|appendix|schedule|niveau|level|ordre|order)\b"
)


_DESCRIPTION_WORDS = 3
_WORDS = re.compile(r"[a-z]{2,}")


def _flat_descriptions(ctx: Context, flat: FlatTable) -> list[tuple[int, str]]:
    """A flattened table's level cell followed by a cell of words with no delay ("Incident
    bloquant" / "Plus de téléphone, plus d'internet, serveur arrêté"): the level is defined
    in words, as in a table that kept its rows."""
    found: list[tuple[int, str]] = []
    for row in flat.rows:
        after = row.at + 1
        if after >= len(ctx.sentences) or after in {at for at, _d in row.delays}:
            continue
        if ctx.durations(after) or ctx.sentences[after].block == ctx.sentences[row.at].block:
            continue
        if len(_WORDS.findall(ctx.folded(after))) >= _DESCRIPTION_WORDS:
            found.append((row.at, row.level))
    return found


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


def _respective(text: str, priorities: list[Token], durations: list[Duration]) -> list[Token]:
    """ "P1 and P2 are answered within 30 minutes and 2 hours respectively": the delays go to
    the levels in order, when there are as many of each, levels first."""
    if len(durations) < 2 or len(priorities) != len(durations):
        return []
    if not RESPECTIVELY.search(text):
        return []
    return priorities if priorities[-1].end <= durations[0].start else []


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
    metric = _metric_for(ctx.folded(index), duration, metrics, priorities)
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


def _priority_for(duration: Duration, priorities: list[Token], delay_first: bool) -> Token | None:
    """Priority first: the last one named before the delay; delay first: the next one."""
    before = [p for p in priorities if p.start < duration.start]
    after = [p for p in priorities if p.start >= duration.end]
    if delay_first:
        return after[0] if after else (before[-1] if before else None)
    return before[-1] if before else (after[0] if after else None)


def _metric_for(
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


_ACK_WARNING = both(
    "Un délai de prise en charge peut n'être qu'un accusé de réception automatique : vérifier "
    "qu'il désigne bien le début du travail d'un technicien.",
    "A response time may only be an automatic acknowledgement: check that it means a "
    "technician actually starts work.",
)
