"""Delays the document itself calls targets and not guarantees, whose miss costs nothing:
the sentence that says so, the sentence before it ("This is a target and not a guarantee") or
the table rows it marks ("Times marked « Target only »", "P2 Resolution Time (target)").
``priorities.py`` records no target from them.
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


def targets_only(ctx: Context) -> set[int]:
    """Sentences holding delays the document calls targets and not guarantees, whose miss
    gives no credit. A careful reader records what binds the provider; a target that costs
    nothing when missed, set apart from the delays that do bind, is no commitment. Said of
    the sentence before ("This is a target and not a guarantee") or of the rows a label
    marks ("Times marked « Target only »", the row's own "Target only" cell)."""
    sentences: set[int] = set()
    for index in ctx.matching(_TARGET_ONLY):
        text = ctx.folded(index)
        following = ctx.next_in_block(index)
        if not (
            DENIES_CREDIT.search(text)
            or (following is not None and DENIES_CREDIT.search(ctx.folded(following)))
        ):
            continue
        target = _TARGET_ONLY.search(text)
        assert target is not None
        subject = text[: target.start()]
        marked = _MARKED.search(text)
        if marked:
            label = marked.group(1).strip()
            sentences.update(ctx.matching(re.compile(re.escape(label))))
        elif _ABOUT_BEFORE.search(subject) and index > 0:
            sentences.update((index - 1, index))
        elif not _MEASURE_SUBJECT.search(subject):
            sentences.add(index)  # "SEV3 | 4 hours | Target only": the row itself
        else:
            # "Resolution Times are targets, not guarantees" over rows that label themselves
            # "P1 Resolution Time (target)": the rows and the clause agree, those rows bind
            # nothing
            measure = _MEASURE_SUBJECT.search(subject)
            assert measure is not None
            sentences.update(_rows_labelled_target(ctx, measure.group(0).rstrip("s")))
        # "Restoration times are targets only": said of a whole measure, the sample
        # contracts' readers disagree (some record such targets, some not): left as found
    return sentences


_TARGET_LABEL = re.compile(r"\((?:targets?|objectifs?|cibles?|indicati(?:ve|f))\)")


def _rows_labelled_target(ctx: Context, measure: str) -> set[int]:
    """Table rows naming ``measure`` whose label says "(target)" ("Service Level : P2
    Resolution Time (target) | Standard : 2 Business Days")."""
    return {
        index
        for index in ctx.matching(_TARGET_LABEL)
        if ctx.sentences[index].table_row
        and (label := _TARGET_LABEL.search(ctx.folded(index))) is not None
        and measure in ctx.folded(index)[: label.start()]
    }
