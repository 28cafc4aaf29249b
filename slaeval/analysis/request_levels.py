"""A last row for service requests is not a priority level: "P4 – Demande : création de compte,
installation d'un logiciel", "Severity 4 (requests and questions)".

Support grids often end with a row for requests, questions and planned changes under the
incident levels. A careful reader numbers the incident levels only: three incident levels and a
request row give P1 to P3 and no P4 (CONVENTIONS.md, "Priority levels"). The reading habit:
what a level covers is said by its name and its definition, wherever the document writes it,
in the row of delays itself ("Niveau : Demande de service | GTI : 1 jour ouvré"), in the words
between the level and its delay ("Priority 4 – requests, changes: next working day"), or in a
definition list elsewhere ("3.6 SEV4 (Low): service requests and how-to questions"). A level
whose name or definition speaks of requests, questions or changes and never of an incident,
a fault or a user hindered covers no incident: its delays are dropped. Not request-only:

- a level whose definition names any incident ("gêne ponctuelle, demande courante",
  "requests for information, minor changes and cosmetic faults");
- a level a matrix of impact and urgency assigns ("un seul poste ou une question | urgence
  normale : Demande"): it takes the incidents of the cell that names it;
- an example cell ("Example : How-to question"): an example is not what the level covers;
- the generic word before the level ("Les demandes de Priorité 4 sont prises en compte..."):
  every ticket is a "demande"; the level's definition decides.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.levels import priority_tokens

_DELAY = re.compile(r"support\.p([1-4])_(?:response|restoration)$")

# what a service-request row names: requests, questions, changes, account or rights work
_REQUEST = re.compile(
    r"\b(?:demandes?|requests?|questions?|how-?to|how do i|changes?|evolutions?|information"
    r"|conseils?|advice|creations? d[e'] ?(?:un )?(?:comptes?|utilisateurs?)"
    r"|nouvel utilisateur|new (?:users?|starters?)|leavers?|installations?|parametrages?"
    r"|droits?(?: d'acces)?|access (?:rights|changes?)|permissions?)\b"
)
# what an incident level names: a fault, an outage, a user or service hindered
_INCIDENT = re.compile(
    r"\b(?:incidents?|pannes?|defaillances?|dysfonctionnements?|anomalies?|erreurs?|bugs?"
    r"|bogues?|degrad\w*|bloqu\w*|interruptions?|indisponib\w*|hors service|arrets?|arrete"
    r"|genes?|genant\w*|problemes?|faults?|failures?|errors?|defects?|outages?|issues?"
    r"|problems?|down|broken|impair\w*|not working|cannot|can't|unable|ne fonctionne"
    r"|impossib\w*|affecte\w*|affected|impact\w*|glitch\w*|stuck|perturb\w*|alarmes?|alarms?"
    r"|alertes?|alerts?|concerne\w*|touche\w*|un seul (?:poste|utilisateur)"
    r"|(?:single|one) (?:user|person|device|workstation)"
    # the words of each language for a service hindered (« gêne » / inconvenience)
    r"|inconvenien\w*|malfunction\w*|hinder\w*|slow\w*|lenteurs?|ralenti\w*|workarounds?"
    r"|contournements?|cosmetiques?|cosmetic"
    # a catch-all level ("toute autre demande", "everything else") takes the minor incidents
    r"|tout(?:e|es)? autres?|any other|all other|everything else)\b"
)
# "(request: changes...)", ": service requests", "- demandes": what the level covers follows
_DEFINING = re.compile(
    r" ?(?:(?:low|faible|basse?|minor|mineure?|normale?|medium|moyenne?|standard) ?)?(?:\(|:|-|–)"
)
# "toute sollicitation qui n'est pas un incident", "requests are not incidents"
# ("autres qu'un incident", "ne constituant pas un incident", "do not constitute an incident",
# in both languages)
_NOT_INCIDENT = re.compile(
    r"\b(?:n'est pas|ne sont pas|hors|other than|is not|are not|not|autres? que|autres? qu'"
    r"|ne constitu\w* pas|(?:do|does) not constitute) ?(?:an? |des |un |une |les )?"
    r"(?:incidents?|faults?|pannes?)\b"
)
_EXAMPLE_HEAD = re.compile(r"^(?:exemples?|examples?|e\.g\.)\b")
_EXAMPLE_LEAD = re.compile(r"\b(?:exemples?|examples?|e\.g\.|for instance|a titre d'exemple)\b")
_DEFINITION_REACH = 28  # a definition names its level at its start ("3.6 SEV4 (Low): ...")
_SLICE = 160


def drop_request_levels(ctx: Context, start: int) -> None:
    """Drop the delays of the last level (P3 or P4) when it covers service requests only."""
    delays = [c for c in ctx.candidates[start:] if _DELAY.match(c.criterion)]
    if not delays:
        return
    last = max(_level(c) for c in delays)
    if last < 3:
        return
    rows = sorted({c.sentence for c in delays if _level(c) == last})
    if not _request_only(ctx, str(last), rows):
        return
    ctx.candidates[start:] = [
        c for c in ctx.candidates[start:] if not (_DELAY.match(c.criterion) and _level(c) == last)
    ]


def _level(candidate: Candidate) -> int:
    match = _DELAY.match(candidate.criterion)
    return int(match.group(1)) if match else 0


def _request_only(ctx: Context, level: str, rows: list[int]) -> bool:
    texts: list[str] = []
    labels: set[str] = set()
    for index in rows:
        said, label = _described(ctx, index, level, own=True)
        texts += said
        if label:
            labels.add(label)
    if any(_in_matrix(ctx, label) for label in labels):
        return False
    texts += _definitions(ctx, level, labels, set(rows))
    texts = [_NOT_INCIDENT.sub(" ", t) for t in texts]
    if any(_INCIDENT.search(t) for t in texts):
        return False
    return any(_REQUEST.search(t) for t in texts)


def _described(ctx: Context, index: int, level: str, *, own: bool) -> tuple[list[str], str]:
    """What sentence ``index`` says the level covers, and the label of a row (its first
    cell's value: "demande de service")."""
    text = ctx.folded(index)
    if ctx.sentences[index].table_row:
        cells = [_cell(c) for c in text.split(" | ")]
        label = cells[0][1]
        spans = _cell_spans(text)
        durations = ctx.durations(index)
        kept = [label]
        for (head, value), (a, b) in zip(cells[1:], spans[1:], strict=False):
            if _EXAMPLE_HEAD.match(head) or any(a <= d.start < b for d in durations):
                continue
            measures = (ctx.rules.word("response"), ctx.rules.word("restoration"))
            if any(m.search(head) for m in measures):
                continue
            kept.append(value)
        return [" ".join(kept)], label
    every = priority_tokens(ctx, text)
    tokens = [t for t in every if t.value == level]
    if not tokens:
        return [], ""
    token = tokens[0]
    if not own and token.start > _DEFINITION_REACH and len(every) == len(tokens):
        return [], ""
    name = text[token.start : token.end]
    # a level named by a word ("demande de service : ...") is found by that word elsewhere
    label = name.strip() if own and not any(ch.isdigit() for ch in name) else ""
    grid = own and len({t.value for t in every}) >= 3  # a table read as one line
    if not grid and not _DEFINING.match(text, token.end):
        # "Severity 4 requests are fulfilled...", "les demandes de priorité 4": the words
        # around the level name every ticket of it; only a definition says what it covers
        return [name], label
    end = min(
        [d.start for d in ctx.durations(index) if d.start > token.end]
        + [t.start for t in every if t.start > token.end and t.value != level]
        + [token.end + _SLICE]
    )
    return [text[token.start : end]], label


def _cell(cell: str) -> tuple[str, str]:
    head, sep, value = cell.partition(" : ")
    return (head.strip(), value.strip()) if sep else ("", cell.strip())


def _cell_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    position = 0
    for cell in text.split(" | "):
        spans.append((position, position + len(cell)))
        position += len(cell) + 3
    return spans


def _in_matrix(ctx: Context, label: str) -> bool:
    """The level's name stands as a cell of an impact and urgency matrix (not as its row's
    first cell): the level is assigned to incidents by their impact."""
    if not label or _INCIDENT.search(label) or not _REQUEST.search(label):
        return False
    for index, sentence in enumerate(ctx.sentences):
        if not sentence.table_row or label not in ctx.folded(index):
            continue
        cells = [_cell(c)[1] for c in ctx.folded(index).split(" | ")]
        if label in cells[1:] and not ctx.durations(index):
            return True
    return False


def _definitions(ctx: Context, level: str, labels: set[str], rows: set[int]) -> list[str]:
    """What the document says elsewhere the level covers: a sentence or row that names the
    level alone at its start ("3.6 Severity 4 (requests and questions): ..."), or one that
    starts with the level's label ("Demande : création de compte, droits d'accès")."""
    said: list[str] = []
    heads = [re.compile(rf"^[-•* ]*{re.escape(label)} ?(?::|\(|-|–)") for label in labels if label]
    names = (level, _WORDED.get(level, "@"))
    # a cheap look before the level tokens: the level's number after a level word
    named = re.compile(
        rf"\b(?:p|sev\w*|priorit\w*|niveau|level|criticit\w*|gravit\w*|urgence|category|"
        rf"categorie|class\w*|tier|n) ?(?:{level}|{_WORDED.get(level, level)})\b"
    )
    # the sentences that name the level or one of its labels, found through the word index
    found = set(ctx.matching(named))
    for label in labels:
        found.update(ctx.matching(re.compile(re.escape(label))))
    for index in sorted(found - rows):
        text = ctx.folded(index)
        if ctx.sentences[index].table_row and _cell(text.split(" | ")[0])[1] in labels:
            said += _described(ctx, index, level, own=False)[0]
            continue
        head = next((m for h in heads if (m := h.match(text))), None)
        if head:
            said.append(text[head.end() : head.end() + _SLICE])
            continue
        if not any(n in text for n in names) or not named.search(text):
            continue
        tokens = priority_tokens(ctx, text)
        first = next((t for t in tokens if t.value == level), None)
        if first is None or _EXAMPLE_LEAD.search(text, 0, first.start):
            continue  # "For example, P4: a how-to question": an example is no definition
        if ctx.sentences[index].table_row and tokens[0].start > text.find(" | ") >= 0:
            continue  # a row names its level in its first cell
        said += _described(ctx, index, level, own=False)[0]
    return said


_WORDED = {"3": "three", "4": "four"}
