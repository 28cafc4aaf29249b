"""Priority tables read by their structure, whatever their level names and headings.

Two shapes are understood here:

- a table (DOCX, Markdown, a PDF's rows) whose level column holds a name the vocabulary does
  not know ("Niveau de gravité : Demande" after "Bloquant", "Majeur", "Mineur"), or two level
  words that rank alike: the rows are in order, each takes the level after the row above it,
  or its position in the table when no row names a level;
- a table or a list whose cells give delays without saying of what, introduced by a sentence
  or title that names one measure ("The following response times apply:", "Délais de
  résolution :", "Resolution times"): the cells are that measure's.

A table flattened into plain text by its reader is read in ``flat_tables.py``.

Levels defined in words (a row with a describing cell, a line opening on a level and a
description) are written priority definitions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from slaeval.analysis.context import Context
from slaeval.analysis.levels import Token, metric_tokens, priority_tokens

# The heading of a table's level column: "Priorité", "Severity", "Niveau de gravité", "Impact";
# not a service tier ("Niveau de service", "Support level", "Offre")
LEVEL_HEADING = re.compile(
    r"^(?:niveau (?:de |d')?)?(?:priorit|severit|criticit|gravit|urgen|impact|sev\b|prio\b)"
    r"|^(?:incident )?(?:levels?|niveaux?|class(?:es?)?|categor(?:y|ie|ies)|types? d'incidents?)"
    r"\b"
)
# A heading that can only name a level column: "Priorité", "Severity", "Niveau de gravité"
_STRONG_HEADING = re.compile(
    r"priorit|severit|criticit|gravit|urgen|impact|\bsev\b|\bprio\b|\bniveau\b|\blevels?\b"
)
TIER = re.compile(r"\bservice\b|\bsupport\b|\bofferts?\b|\boffres?\b|\btiers?\b|\bformules?\b")
_TABLE = re.compile(r"^(tab\. [0-9]+),")
MAX_LEVEL = 4
_TITLE_MAX = 60  # a lead-in with no colon is a title: short
DIGIT = re.compile(r"[0-9]")
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
        lead = _lead_in_metric(ctx, rows[0] - 1) or _title_metric(ctx, rows[0] - 1)
        if lead:
            for row in rows:
                if ctx.durations(row) and not metric_tokens(ctx, ctx.folded(row)):
                    found.lead_metric[row] = lead
    for rows in _tables(ctx):
        _headings_below(ctx, rows[0], found)
    for index in measured:
        _lead_in_list(ctx, index, found)
    return found


_ROWS_BELOW = 6  # lines under a headed row that may continue its table


def _headings_below(ctx: Context, head: int, found: TableLevels) -> None:
    """A row whose cells carry their headings ("Niveau : Bloquant | Délai d'intervention : 2
    heures ouvrées | Délai de rétablissement : 8 heures ouvrées"), then rows that lost them
    ("Mineur | J+1 ouvré | ...", or a line whose separators a PDF reader lost, "Majeur 4
    heures ouvrées 2 jours ouvrés"): a reader reads each later cell under the heading of its
    column, and the delays of a line without cells in the order of the headings."""
    cells = ctx.folded(head).split(" | ")
    columns = [metric_tokens(ctx, cell.partition(" : ")[0]) for cell in cells]
    measures = [tokens[0].value if len(tokens) == 1 else None for tokens in columns]
    named = [m for m in measures if m is not None]
    if len(named) < 2 or not all(" : " in cell for cell in cells):
        return
    # the level of the head row's first cell; the rows below it, in order, the next ones
    heading, value = _first_cell(ctx.folded(head))
    first = priority_tokens(ctx, cells[0]) if LEVEL_HEADING.search(heading) and value else []
    previous = int(first[0].value) if first else MAX_LEVEL
    for at in range(head + 1, min(len(ctx.sentences), head + 1 + _ROWS_BELOW)):
        sentence = ctx.sentences[at]
        text = sentence.folded
        durations = ctx.durations(at)
        if not sentence.table_row and (len(text) > _ITEM_MAX or text.endswith(".")):
            return  # the table has ended
        if not durations or metric_tokens(ctx, text) or " : " in text:
            continue
        if sentence.table_row:
            row = text.split(" | ")
            if len(row) != len(measures):
                continue
            tokens, start = [], 0
            for cell, measure in zip(row, measures, strict=True):
                if measure is not None:
                    tokens.append(Token(start, start, measure))
                start += len(cell) + 3
        elif len(durations) == len(named):
            # each measure just before its delay (not right after the one before it)
            tokens = [
                Token(d.start - 1, d.start - 1, m) for d, m in zip(durations, named, strict=True)
            ]
        else:
            continue
        found.lead_metric[at] = tokens
        previous += 1
        if previous <= MAX_LEVEL and not priority_tokens(ctx, text):
            end = text.find(" ")
            found.levels.setdefault(at, [Token(0, end if end >= 0 else len(text), str(previous))])


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
        if not value or not LEVEL_HEADING.search(heading) or TIER.search(heading):
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
        worded = not DIGIT.search(text, 0, end)
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


_TITLE_REACH = 5  # sentences between a section title and its table


def _title_metric(ctx: Context, before: int) -> list[Token]:
    """The measure of the title of the section a table stands in ("5. Response times", then
    a sentence or two that define the measure, then the table): a reader takes the table's
    delays for that measure. Only over sentences that give no delay themselves."""
    for at in range(before, max(-1, before - _TITLE_REACH), -1):
        sentence = ctx.sentences[at]
        if sentence.table_row or ctx.durations(at):
            return []
        text = sentence.folded.rstrip()
        if len(text) <= _TITLE_MAX and not text.endswith((".", ";", ",")):
            return _lead_in_metric(ctx, at)
    return []


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
