"""Priority tables read by their structure, whatever their level names and headings.

Three shapes are understood:

- a table (DOCX, Markdown, a PDF's rows) whose level column holds a name the vocabulary does
  not know ("Niveau de gravité : Demande" after "Bloquant", "Majeur", "Mineur"), or two level
  words that rank alike: the rows are in order, each takes the level after the row above it,
  or its position in the table when no row names a level;
- a table or a list whose cells give delays without saying of what, introduced by a sentence
  or title that names one measure ("The following response times apply:", "Délais de
  résolution :", "Resolution times"): the cells are that measure's;
- a table flattened into plain text by its reader (a PDF's cells one per line, a text file's
  aligned columns joined into one paragraph): a heading "Priorité / Critères / Délai de
  prise en charge / Délai de rétablissement", then for each level (named, or a level word
  opening its row) its delays in the order of the measures named in the heading. A line
  where a measure introduces its delay ("restored within 4 hours") is prose, not a row.

Levels defined in words (a row with a describing cell, a line opening on a level and a
description) are written priority definitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from slaeval.analysis.context import Context
from slaeval.analysis.levels import Token, metric_tokens, priority_tokens
from slaeval.analysis.quantities import Duration

# The heading of a table's level column: "Priorité", "Severity", "Niveau de gravité", "Impact";
# not a service tier ("Niveau de service", "Support level", "Offre")
_LEVEL_HEADING = re.compile(
    r"^(?:niveau (?:de |d')?)?(?:priorit|severit|criticit|gravit|urgen|impact|sev\b|prio\b)"
    r"|^(?:incident )?(?:levels?|niveaux?|class(?:es?)?|categor(?:y|ie|ies)|types? d'incidents?)"
    r"\b"
)
# A heading that can only name a level column: "Priorité", "Severity", "Niveau de gravité"
_STRONG_HEADING = re.compile(
    r"priorit|severit|criticit|gravit|urgen|impact|\bsev\b|\bprio\b|\bniveau\b|\blevels?\b"
)
_TIER = re.compile(r"\bservice\b|\bsupport\b|\bofferts?\b|\boffres?\b|\btiers?\b|\bformules?\b")
_TABLE = re.compile(r"^(tab\. [0-9]+),")
# A numbered heading that ends a flattened table: "8.3 Mesure des délais.", "5.4 Tamarack..."
_NUMBERED = re.compile(
    r"^(?:(?:article|section|chapitre|chapter|annexe|annex|clause|art\.) ?[0-9ivx]{1,4}\b"
    r"|[0-9]{1,2}(?:\.[0-9]{1,2})+\.? |[0-9]{1,2}[.)] [a-z])"
)
MAX_LEVEL = 4
_STREAM_SPAN = 30  # sentences a flattened table may run over
_CELL_MAX = 240  # a longer sentence with no level and no delay is prose: the table has ended
_TITLE_MAX = 60  # a lead-in with no colon is a title: short
_HEADING_CELL_MAX = 60
_DIGIT = re.compile(r"[0-9]")
_LIST_SPAN = 8  # list items a lead-in may introduce
_ITEM_MAX = 120


@dataclass(slots=True)
class TableLevels:
    """What the structure of the document's priority tables says about some sentences."""

    levels: dict[int, list[Token]] = field(default_factory=dict)  # row -> its level
    lead_metric: dict[int, list[Token]] = field(default_factory=dict)  # row -> lead-in measure


def table_levels(ctx: Context, measured: list[int]) -> TableLevels:
    """The levels of table rows that name none, and the measures of rows and list items
    that name none. ``measured``: the sentences naming a measure."""
    found = TableLevels()
    for rows in _tables(ctx):
        _rank_rows(ctx, rows, found)
        lead = _lead_in_metric(ctx, rows[0] - 1)
        if lead:
            for row in rows:
                if ctx.durations(row) and not metric_tokens(ctx, ctx.folded(row)):
                    found.lead_metric[row] = lead
    for index in measured:
        _lead_in_list(ctx, index, found)
    return found


def _lead_in_list(ctx: Context, index: int, found: TableLevels) -> None:
    """ "Délais de résolution :" then "- P1 : 4 heures", "- P2 : 1 jour ouvré": the items
    after a lead-in that names one measure, each a level and a delay naming no measure."""
    if ctx.sentences[index].table_row:
        return
    lead = _lead_in_metric(ctx, index)
    if not lead:
        return
    for at in range(index + 1, min(len(ctx.sentences), index + 1 + _LIST_SPAN)):
        text = ctx.folded(at)
        if (
            ctx.sentences[at].table_row
            or len(text) > _ITEM_MAX
            or not ctx.durations(at)
            or metric_tokens(ctx, text)
            or not priority_tokens(ctx, text)
        ):
            return
        found.lead_metric[at] = lead


def _tables(ctx: Context) -> list[list[int]]:
    """The table rows of the document, grouped by table, in order: a run of rows one after
    the other ("tab. 1, l. 2", "tab. 1, l. 3"; a PDF's rows carry only their page)."""
    tables: list[list[int]] = []
    last_table = ""
    for index, sentence in enumerate(ctx.sentences):
        if not sentence.table_row:
            continue
        match = _TABLE.match(sentence.location)
        table = match.group(1) if match else ""
        if tables and tables[-1][-1] == index - 1 and table == last_table:
            tables[-1].append(index)
        else:
            tables.append([index])
        last_table = table
    return tables


def _first_cell(text: str) -> tuple[str, str]:
    """The heading and the value of a row's first cell ("heading : value | ...")."""
    cell = text.split(" | ", 1)[0]
    heading, _, value = cell.partition(" : ")
    return heading.strip(), value


def _rank_rows(ctx: Context, rows: list[int], found: TableLevels) -> None:
    """Rows whose level column is headed as such but holds a name no rule knows: the level
    after the row above, or (when no row names one) the row's position; so does a level
    word that ranks no lower than the row above ("Majeure", then "Gênante"). A column
    headed "Catégorie", "Classe" or "Type" may sort equipment or requests rather than
    levels: its rows are ranked only when another row of the table names a level."""
    cells: list[tuple[int, str, int, list[Token]]] = []
    for index in rows:
        text = ctx.folded(index)
        heading, value = _first_cell(text)
        if not value or not _LEVEL_HEADING.search(heading) or _TIER.search(heading):
            continue
        end = len(heading) + 3 + len(value)
        cells.append((index, heading, end, priority_tokens(ctx, text[:end])))
    if not any(named for *_rest, named in cells) and not any(
        _STRONG_HEADING.search(heading) for _index, heading, *_rest in cells
    ):
        return
    previous = 0
    for index, _heading, end, named in cells:
        text = ctx.folded(index)
        worded = not _DIGIT.search(text, 0, end)
        if named and (int(named[0].value) > previous or not worded):
            previous = int(named[0].value)
            continue
        # a level word that does not follow the row above ("Majeure" then "Gênante", both
        # second levels by their words) takes the next level: the rows are in order
        if not ctx.durations(index):
            continue  # a row with no delay is a heading or a note
        previous += 1
        if previous <= MAX_LEVEL:
            found.levels[index] = [Token(0, end, str(previous))]


def _lead_in_metric(ctx: Context, before: int) -> list[Token]:
    """The one measure a sentence introducing a table or a list names ("Cirrusdale commits
    to the following response times:", "Délais de rétablissement :", a title "Resolution
    times"), as a token before any cell."""
    if before < 0 or ctx.sentences[before].table_row:
        return []
    text = ctx.folded(before).rstrip()
    if not (text.endswith(":") or len(text) <= _TITLE_MAX) or ctx.durations(before):
        return []
    kinds = {t.value for t in metric_tokens(ctx, text)}
    return [Token(-1, -1, kinds.pop())] if len(kinds) == 1 else []


@dataclass(slots=True)
class StreamRow:
    """One level of a flattened table and the delays found after it, each in its sentence."""

    level: str
    at: int  # the sentence naming the level
    delays: list[tuple[int, Duration]] = field(default_factory=list)
    # the measure of each delay, when the row lacks some and its cells say which it gives;
    # empty: the delays are in the order of the heading's measures
    metrics: list[str] = field(default_factory=list)


@dataclass(slots=True)
class FlatTable:
    """A table flattened into sentences: the measures of its heading, in order, and its rows
    with one delay per measure. ``sentences``: those read as its complete rows."""

    metrics: list[str]
    rows: list[StreamRow]
    sentences: set[int]
    end: int  # the last sentence looked at


def flat_tables(ctx: Context, candidates: list[int]) -> list[FlatTable]:
    """Tables whose heading names a level column and two or more measures, with no delay
    ("Priority Definition Response Time Objective Resolution Time Objective"), followed by
    their rows as plain sentences. ``candidates``: the sentences naming a measure."""
    tables: list[FlatTable] = []
    end = -1
    for index in candidates:
        if index <= end or ctx.sentences[index].table_row:
            continue
        table = _flat_table(ctx, index)
        if table is not None:
            tables.append(table)
            end = table.end
    return tables


def _header_start(ctx: Context, index: int) -> int | None:
    """The sentence where a heading naming ``index``'s measure starts: ``index`` itself (its
    part before the first level) or one of the few short sentences before it with no level
    and no delay (a PDF gives each heading cell its own line)."""
    for start in range(index, max(-1, index - 4), -1):
        if ctx.sentences[start].table_row:
            return None
        text = ctx.folded(start)
        heading = _LEVEL_HEADING.match(text)  # cheap: most sentences open on none
        if start != index:  # a heading cell of its own line is short and gives no delay
            if len(text) > _HEADING_CELL_MAX or (not heading and _DIGIT.search(text)):
                return None
            if heading and ctx.durations(start):
                return None
        if not heading:
            continue
        head = text[: _first_cell_end(ctx, start, text)]
        if len(head) > 120 or (start != index and len(head) < len(text)):
            return None
        if _LEVEL_HEADING.search(head) and not _TIER.search(head[:30]):
            return start
    return None


def _first_cell_end(ctx: Context, index: int, text: str) -> int:
    """Where the first level or delay of a sentence starts (its length if none)."""
    levels = priority_tokens(ctx, text)
    durations = ctx.durations(index)
    return min([t.start for t in levels[:1]] + [d.start for d in durations[:1]] + [len(text)])


def _flat_table(ctx: Context, index: int) -> FlatTable | None:
    start = _header_start(ctx, index)
    if start is None:
        return None
    metrics: list[str] = []
    rows: list[StreamRow] = []
    at = start
    for at in range(start, min(len(ctx.sentences), start + _STREAM_SPAN)):
        sentence = ctx.sentences[at]
        text = ctx.folded(at)
        if (sentence.table_row and " : " in text) or (at > start and _NUMBERED.match(text)):
            break  # a row with its headings is read as a table row; a numbered heading ends
        levels = priority_tokens(ctx, text) or _leading_level_word(ctx, text)
        durations = ctx.durations(at)
        if not rows:  # still in the heading: its measures, up to the first level
            found = metric_tokens(ctx, text[: levels[0].start if levels else len(text)])
            if found and not levels:  # the first row may follow on the heading's line
                levels = _level_word_after(ctx, text, found[-1].end)
            limit = levels[0].start if levels else len(text)
            # one measure per heading line ("Délai de prise en charge (GTI)"), or per kind
            # in a heading of one line
            kinds = list(dict.fromkeys(m.value for m in found if m.end <= limit))
            metrics += kinds
            if durations and (not levels or durations[0].start < levels[0].start):
                return None  # a delay before any level: prose, not a table
        if levels or rows:  # past the heading: a level word alone may start a row
            levels = _with_bare_words(ctx, text, levels, levels[0].start if levels else 0)
        if not levels and not durations:
            if len(text) > _CELL_MAX:
                break
            continue
        if rows and _measure_before_delay(ctx, text, durations):
            return None  # "P1: restored within 4 hours, answered within 1 hour": prose
        opens_row = sentence.table_row or bool(levels and levels[0].start == 0)
        _read_cells(levels, durations, at, rows, opens_row)
        if len(rows) >= MAX_LEVEL and len(rows[-1].delays) >= len(metrics):
            break
    complete = [row for row in rows if len(row.delays) == len(metrics)]
    if len(set(metrics)) < 2 or len(complete) < 2:
        return None
    complete += [row for row in rows if _by_cells(ctx, row, metrics)]
    used = {row.at for row in complete} | {i for row in complete for i, _d in row.delays}
    return FlatTable(metrics, complete, used, at)


def _by_cells(ctx: Context, row: StreamRow, metrics: list[str]) -> bool:
    """A row of cells with fewer delays than the heading has measures ("Severity 3 | Minor
    impairment | 8 business hours | Next scheduled release"): the measures' columns are the
    row's last cells, so a delay's cell, counted from the end, says which measure it gives.
    Sets ``row.metrics``; False when the row is no such row."""
    if not 0 < len(row.delays) < len(metrics) or any(at != row.at for at, _d in row.delays):
        return False
    if not ctx.sentences[row.at].table_row:
        return False
    text = ctx.folded(row.at)
    ends = [m.start() for m in re.finditer(r" \| ", text)] + [len(text)]
    if len(ends) <= len(metrics):
        return False  # no room for a level cell before the measures' columns
    found: list[str] = []
    for _at, duration in row.delays:
        cell = next(n for n, end in enumerate(ends) if duration.start < end)
        column = len(metrics) - (len(ends) - cell)
        if column < 0 or metrics[column] in found:
            return False
        found.append(metrics[column])
    row.metrics = found
    return True


_FIRST_WORD = re.compile(r"[a-z]+(?:[ -][a-z]+)?")


def _leading_level_word(ctx: Context, text: str) -> list[Token]:
    """A row of a flattened table that opens on a level word alone ("Critique Arrêt complet
    du site 1 h 4 h", "Urgent" on its own line)."""
    words = ctx.rules.priority_words
    match = _FIRST_WORD.match(text)
    if match is None:
        return []
    for candidate in (match.group(0), match.group(0).split(" ")[0].split("-")[0]):
        level = words.get(candidate)
        if level:
            value = ctx.worded_levels.get(level, level)
            return [Token(0, len(candidate), str(value))]
    return []


@lru_cache(maxsize=4)
def _bare_words(words: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternation})\b")


def _with_bare_words(ctx: Context, text: str, levels: list[Token], start: int) -> list[Token]:
    """``levels`` and the level words standing alone from ``start`` on: in a table joined
    into one paragraph each row opens on its level ("... 2 heures 6 heures Important Poste
    clé en panne 4 heures 2 jours Normal ...")."""
    words = ctx.rules.priority_words
    added = [
        Token(m.start(), m.end(), str(ctx.worded_levels.get(words[m.group(0)], words[m.group(0)])))
        for m in _bare_words(tuple(words)).finditer(text, start)
        if not any(t.start < m.end() and m.start() < t.end for t in levels)
    ]
    return sorted(levels + added, key=lambda t: t.start) if added else levels


_WORD_START = re.compile(r"\b[a-z]")


def _level_word_after(ctx: Context, text: str, end: int) -> list[Token]:
    """A level word among the few words after a heading's last measure: a PDF may put the
    first row on the heading's line ("... Délai de rétablissement Bloquante Plus aucun
    utilisateur ... 1 heure 4 heures")."""
    for count, word in enumerate(_WORD_START.finditer(text, end, min(len(text), end + 40))):
        if count >= 4:
            break
        found = _leading_level_word(ctx, text[word.start() :])
        if found:
            return [Token(word.start(), word.start() + found[0].end, found[0].value)]
    return []


# What links a measure to its delay in prose: "restored within 4 hours", "réponse sous 1 h",
# "GTI : 2 h", "a response time of 1 hour"; in a table's cells the delay follows a definition
# that may end on a measure word ("no workaround 30 minutes")
_DEADLINE_LINK = re.compile(
    r"[ ,]*(?:(?:times?|delais?|targets?|objectifs?|objectives?) )?(?:is |est |of |de |d')?"
    r"(?:within|under|in|sous|dans|en|:|=|of|de|d'|is|est|max(?:imum)?|at most|au plus"
    r"|no later than)(?![a-z])"
)
_LINK_REACH = 25


def _measure_before_delay(ctx: Context, text: str, durations: list[Duration]) -> bool:
    """A delay its measure introduces, as prose does: the row is no table cell."""
    for metric in metric_tokens(ctx, text):
        for duration in durations:
            gap = duration.start - metric.end
            if 0 <= gap <= _LINK_REACH and _DEADLINE_LINK.match(text, metric.end, duration.start):
                return True
    return False


def _read_cells(
    levels: list[Token], durations: list[Duration], at: int, rows: list[StreamRow], line: bool
) -> None:
    """Levels and delays of one sentence, in order: a level higher than the current row's
    starts a row; a delay joins the current row. A level word inside a definition ("a
    critical function is degraded") is not higher than its row's, and is passed over. A
    ``line`` that opens a row (a row of cells, or a line opening on a level word) once the
    current row has its delays starts the next row, whatever its level says ("Majeure",
    then "Gênante", both read as a second level, then "Demande"): the rows are in order."""
    current = int(rows[-1].level) if rows else 0
    if line and rows and rows[-1].delays and current < MAX_LEVEL:
        opening = levels[0] if levels and levels[0].start == 0 else None
        if opening is None or int(opening.value) <= current:
            rows.append(StreamRow(str(current + 1), at))
            levels = levels[1:] if opening is not None else levels
    items: list[tuple[int, Token | Duration]] = [(t.start, t) for t in levels]
    items += [(d.start, d) for d in durations]
    for _start, item in sorted(items, key=lambda pair: pair[0]):
        if isinstance(item, Token):
            current = int(rows[-1].level) if rows else 0
            if int(item.value) > current:
                rows.append(StreamRow(item.value, at))
        elif rows:
            rows[-1].delays.append((at, item))


# A cell that describes its level: "Definition : ...", "Critères : ...", "Impact : ..."
_DESCRIBING = re.compile(
    r"^(?:definitions?|descriptions?|criteres?|criteria|impacts?|exemples?|examples?|situations?"
    r"|symptom\w*|signification|meaning|what it means|cas|nature)\b"
)
# A line that may open on a level: "P2 – ...", "- Panne bloquante (...)", "Severity A: ..."
_LEVEL_START = re.compile(
    r"[^a-z0-9]{0,4}(?:p ?[0-4]\b|priorit|severit|sev\b|niveau|level|incidents?\b|demandes?\b"
    r"|pannes?\b|problemes?\b|tickets?\b|critique|critical|urgent|bloquant|majeur|major|mineur"
    r"|minor|genant|high\b|low\b|medium\b|normal|haute\b|basse\b|moyenne\b)"
)
_OPENS_DEFINITION = re.compile(r" ?(?:\(|- |: )")
_WORD = re.compile(r"[a-z]{2,}")
_MIN_WORDS = 4


def level_definitions(ctx: Context, ranked: set[int]) -> list[tuple[int, str]]:
    """Sentences or table rows that define a priority level in words: a row with a level
    and a describing cell ("Niveau : P2 | Définition : un service dégradé"), or a sentence
    opening on a level followed by a description ("- Panne bloquante (plus personne ne peut
    travailler) : ...", "P3 – a minor fault with a workaround"). (sentence, level) pairs.
    ``ranked``: table rows whose level is known by their position."""
    found: list[tuple[int, str]] = []
    for index, sentence in enumerate(ctx.sentences):
        text = sentence.folded
        if sentence.table_row:
            if " : " not in text or not _describing_cell(text):
                continue
        elif not _LEVEL_START.match(text):
            continue
        levels = priority_tokens(ctx, text)
        if not levels and index in ranked:
            levels = [Token(0, 0, "0")]
        if not levels:
            continue
        if sentence.table_row:
            if levels[0].value != "0":
                found.append((index, levels[0].value))
            continue
        first = levels[0]
        if first.start > 30 or len({t.value for t in levels}) != 1:
            continue
        opening = _OPENS_DEFINITION.match(text, first.end)
        if opening is None:
            continue
        description = text[opening.end() : opening.end() + 80]
        durations = [d for d in ctx.durations(index) if d.start < opening.end() + 40]
        if not durations and len(_WORD.findall(description)) >= _MIN_WORDS:
            found.append((index, first.value))
    return found


def _describing_cell(text: str) -> bool:
    for cell in text.split(" | "):
        heading, _, value = cell.partition(" : ")
        if _DESCRIBING.match(heading.strip()) and len(_WORD.findall(value)) >= _MIN_WORDS:
            return True
    return False
