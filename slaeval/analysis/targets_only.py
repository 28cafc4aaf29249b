"""Delays the document itself calls targets and not guarantees, whose miss costs nothing:
the sentence that says so, the sentence before it ("This is a target and not a guarantee") or
the table rows it marks ("Times marked « Target only »", "P2 Resolution Time (target)", a
column headed "Resolution target"). ``priorities.py`` records no target from them: for a row
that a column marks, only the measure the column names (the response time beside it binds).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context
from slaeval.analysis.credits_on_times import DENIES_CREDIT

# "Resolution times are targets, not guarantees", "This is a target and not a guarantee",
# "Times marked « Target only »", "objectifs et non des engagements", "à titre indicatif"
_TARGET_ONLY = re.compile(
    r"\btargets?,? (?:and )?(?:are )?not (?:a )?(?:guarantee|commitment|service level)s?\b"
    r"|\btargets? only\b"
    r"|\bobjectifs?,? (?:et )?(?:non|pas) (?:des |une? )?(?:garantie|engagement)s?"
    r"|\b(?:a titre|purement) indicatif\b|\bindicative only\b"
)
# ... and missing them costs the provider nothing ("no Service Credit applies", "sans pénalité"):
# the denials of credits of ``credits_on_times.py``
# a whole measure named before "target": "Resolution times are targets"
_MEASURE_SUBJECT = re.compile(
    r"\b(?:resolution|restoration|fix|retablissement|remise en (?:etat|service)|response"
    r"|prise en charge|intervention|reponse)s?\b"
)
_ABOUT_BEFORE = re.compile(r"^(?:this|that|it|these|those|ce|cet|cette|ces|cela|il|elle|ils)\b")
_MARKED = re.compile(
    r"\b(?:marked|labelled|flagged|marques?|indiques?|signales?) (?:as )?\"? ?([^\"]{3,30}?) ?\""
)


def targets_only(ctx: Context) -> dict[int, str | None]:
    """Sentences holding delays the document calls targets and not guarantees, whose miss
    gives no credit, each with the measure it is said of (None: every delay of the
    sentence). A careful reader records what binds the provider; a target that costs
    nothing when missed, set apart from the delays that do bind, is no commitment. Said of
    the sentence before ("This is a target and not a guarantee") or of the rows a label
    marks ("Times marked « Target only »", the row's own "Target only" cell, a column
    headed "Resolution target")."""
    sentences: dict[int, str | None] = {}
    for index in ctx.matching(_TARGET_ONLY):
        text = ctx.folded(index)
        following = ctx.next_in_block(index)
        if not (
            _denies_credit(text)
            or (following is not None and _denies_credit(ctx.folded(following)))
        ):
            continue
        target = _TARGET_ONLY.search(text)
        assert target is not None
        subject = text[: target.start()]
        marked = _MARKED.search(text)
        if marked:
            label = marked.group(1).strip()
            sentences.update(dict.fromkeys(ctx.matching(re.compile(re.escape(label)))))
        elif _ABOUT_BEFORE.search(subject) and index > 0:
            sentences.update(dict.fromkeys((index - 1, index)))
        elif not _MEASURE_SUBJECT.search(subject):
            sentences[index] = None  # "SEV3 | 4 hours | Target only": the row itself
        else:
            # "Resolution Times are targets, not guarantees" over rows that label themselves
            # "P1 Resolution Time (target)": the rows and the clause agree, those rows bind
            # nothing
            measure = _MEASURE_SUBJECT.search(subject)
            assert measure is not None
            word = measure.group(0).rstrip("s")
            rows = _rows_labelled_target(ctx, word, headed=bool(_DENIES_GUARANTEE.search(text)))
            sentences.update(dict.fromkeys(_of_levels(ctx, rows, subject), _metric(word)))
        # "Restoration times are targets only": said of a whole measure, the sample
        # contracts' readers disagree (some record such targets, some not): left as found
    return sentences


# a row's label or a column's heading that calls its figure a target: "P2 Resolution Time
# (target)", "Resolution target : 4 business hours", "SEV1 fix target :", "Objectif de
# rétablissement : 8 h", "Délai cible de résolution :", "Target restoration time :"
_TARGET_WORD = r"(?:targets?|objectifs?|cibles?|goals?|indicati(?:ve|f))"
_TARGET_LABEL = re.compile(
    rf"\({_TARGET_WORD}\)|\b{_TARGET_WORD}(?: (?:times?|delais?|de|d'|du|for|of|time))*"
    r" ?[^|:]{0,30}:"
)
_CELL_START = re.compile(r"(?:^|\|) ?")


def _rows_labelled_target(ctx: Context, measure: str, *, headed: bool) -> set[int]:
    """Table rows naming ``measure`` in the label that calls it a target ("Service Level : P2
    Resolution Time (target) | Standard : 2 Business Days"), or, when the clause expressly
    denies a guarantee (``headed``), in a column headed so ("Severity : SEV1 | Response time :
    30 minutes | Resolution target : 4 business hours"): a reader takes "Resolution times are
    targets, not guarantees" to speak of the column the table itself heads "target". ("Target
    Restoration times are targets only" over such a column was recorded by the sample
    contracts' readers: a column heading alone, without a denied guarantee, is left.)"""
    found: set[int] = set()
    for index in ctx.matching(_TARGET_LABEL):
        if not ctx.sentences[index].table_row:
            continue
        text = ctx.folded(index)
        for label in _TARGET_LABEL.finditer(text):
            if not headed and not label.group(0).startswith("("):
                continue
            # the measure in the same cell's label, before or after the word "target"
            cell = text.rfind("|", 0, label.start()) + 1
            if measure in text[cell : label.end()]:
                found.add(index)
    return found


# the clause expressly denies the figure binds: "targets, not guarantees", "objectifs et non
# des engagements" (not "targets only", "à titre indicatif")
_DENIES_GUARANTEE = re.compile(
    r"\bnot (?:an? )?(?:guarantee|commitment|service level)|\b(?:non|pas) (?:des |une? )?"
    r"(?:garantie|engagement)"
)
# the levels a clause names: "the resolution targets for Severity 3 and Severity 4", "P3 et
# P4", "priorities 3 and 4"
_LEVELS_NAMED = re.compile(
    r"\b(?:severit(?:y|ies|es?)|sev|priorit(?:y|ies|es?)|p|niveaux?|levels?|categor(?:y|ies))"
    r" ?([1-5])\b"
)
_MORE_LEVELS = re.compile(r"(?:,|and|et|or|ou|to|a|-|through) ?(?:(?:severity|sev|priority"
                          r"|priorite|p|niveau|level) ?)?([1-5])\b")  # fmt: skip


def _of_levels(ctx: Context, rows: set[int], subject: str) -> set[int]:
    """The rows of the levels the clause names, when it names some ("the resolution targets
    for Severity 3 and Severity 4 are targets and not guarantees": Severity 1 and 2 keep
    theirs); every row when it names none."""
    first = _LEVELS_NAMED.search(subject)
    if first is None:
        return rows
    levels = {first.group(1)}
    at, last = first.end(), int(first.group(1))
    while (more := _MORE_LEVELS.match(subject, at + (subject[at : at + 1] == " "))) is not None:
        level = int(more.group(1))
        if _RANGE.match(more.group(0)) and level > last:
            # "Severity 2 to Severity 4", "SEV2 à SEV4": every level between
            levels.update(str(n) for n in range(last, level + 1))
        levels.add(more.group(1))
        at, last = more.end(), level
    return {
        index
        for index in rows
        if any(
            re.search(rf"(?<![0-9]){level}(?![0-9])", ctx.folded(index).split("|")[0])
            for level in levels
        )
    }


_RANGE = re.compile(r"(?:to|a|through|jusqu'a)\b|-")  # "2 - 4": the dash needs no \b


def _metric(measure: str) -> str:
    """The criteria's measure a word names: "resolution" -> "restoration"."""
    if _RESPONSE_WORD.match(measure):
        return "response"
    return "restoration"


_RESPONSE_WORD = re.compile(r"response|prise en charge|intervention|reponse")


# "Only the response times give rise to service credits", "Seuls les délais de prise en
# charge donnent lieu à pénalités": credits kept for another measure deny them to the
# targets the sentence before speaks of
_CREDITS_ONLY_FOR = re.compile(
    r"\b(?:only|solely|seule?s?|uniquement|exclusivement)\b[^.;]{0,40}"
    r"\b(?:response|prise en charge|intervention|reponse|availability|disponibilite)s?\b"
    r"[^.;]{0,60}\b(?:credits?|penalit\w*|penalt(?:y|ies)|avoirs?|remed(?:y|ies))\b"
)


def _denies_credit(text: str) -> bool:
    return bool(DENIES_CREDIT.search(text) or _CREDITS_ONLY_FOR.search(text))
