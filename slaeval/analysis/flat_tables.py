"""Priority tables flattened into plain text by their reader: a PDF's cells one per line, a
text file's aligned columns joined into one paragraph. A heading ("Priorité / Critères / Délai
de prise en charge / Délai de rétablissement") gives the measures in order; then each level
(named, or a level word opening a line, or the next row) is followed by its delays. Tables
that kept their rows are read in ``priority_tables.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from slaeval.analysis.context import Context
from slaeval.analysis.levels import Token, metric_tokens, priority_tokens
from slaeval.analysis.priority_tables import DIGIT, LEVEL_HEADING, MAX_LEVEL, TIER
from slaeval.analysis.quantities import Duration

# A numbered heading that ends a flattened table: "8.3 Mesure des délais.", "5.4 Tamarack..."
_NUMBERED = re.compile(
    r"^(?:(?:article|section|chapitre|chapter|annexe|annex|clause|art\.) ?[0-9ivx]{1,4}\b"
    r"|[0-9]{1,2}(?:\.[0-9]{1,2})+\.? |[0-9]{1,2}[.)] [a-z])"
)
_STREAM_SPAN = 30  # sentences a flattened table may run over
_CELL_MAX = 240  # a longer sentence with no level and no delay is prose: the table has ended
_HEADING_CELL_MAX = 60


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
        heading = LEVEL_HEADING.match(text)  # cheap: most sentences open on none
        if start != index:  # a heading cell of its own line is short and gives no delay
            if len(text) > _HEADING_CELL_MAX or (not heading and DIGIT.search(text)):
                return None
            if heading and ctx.durations(start):
                return None
        if not heading:
            continue
        head = text[: _first_cell_end(ctx, start, text)]
        if len(head) > 120 or (start != index and len(head) < len(text)):
            return None
        if LEVEL_HEADING.search(head) and not TIER.search(head[:30]):
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
        # the heading again, at the top of the next page ("Niveau Exemple GTI GTR Demande de
        # service ... 1 jour ouvré 5 jours ouvrés"): the table goes on, and the cells after
        # the heading open the next row, whatever name it gives its level
        repeated = bool(rows and rows[-1].delays and _repeats_heading(ctx, text, durations))
        opens_row = sentence.table_row or bool(levels and levels[0].start == 0) or repeated
        _read_cells(levels, durations, at, rows, opens_row)
        if len(rows) >= MAX_LEVEL and len(rows[-1].delays) >= len(metrics):
            break
    complete = [row for row in rows if len(row.delays) == len(metrics)]
    if len(set(metrics)) < 2 or len(complete) < 2:
        return None
    complete += [row for row in rows if _by_cells(ctx, row, metrics)]
    used = {row.at for row in complete} | {i for row in complete for i, _d in row.delays}
    return FlatTable(metrics, complete, used, at)


def _repeats_heading(ctx: Context, text: str, durations: list[Duration]) -> bool:
    """The sentence opens on the table's heading (a level column, then two measures) before
    any delay."""
    if not LEVEL_HEADING.match(text):
        return False
    head = text[: durations[0].start] if durations else text
    return len({m.value for m in metric_tokens(ctx, head)}) >= 2


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
