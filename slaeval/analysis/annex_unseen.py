"""A processing agreement named only by where it is, in an annex this copy does not hold.

Reading habit: "our processing of personal data is governed by the Data Processing Addendum in
Schedule 3" tells the reader where the terms are, not what they say. When the copy at hand does
not hold that annex (no heading opens on "Schedule 3", or the annex says it is "not
reproduced", "signed separately"), when the agreement is only published elsewhere ("at
example.com/dpa") or is still to be signed ("shall enter into", "to be attached"), and the
clause itself (or the next) describes none of its content (the processor's duties, its
sub-processors, the instructions, the security measures), the careful reader records no
answer: he has not seen the agreement. A clause that says what the agreement holds is read
as it stands. Read after the rules, on their candidates (``measure_rules.py`` calls it).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context

_CRITERION = "data.gdpr_dpa"
KINDS = {"annex": "annex", "annexe": "annex", "annexes": "annex", "schedule": "schedule",
          "schedules": "schedule", "appendix": "appendix", "exhibit": "exhibit"}  # fmt: skip
LABEL = re.compile(
    r"\b(?P<kind>annex(?:es?)?|schedules?|appendix|exhibit)\s(?:n° ?|no\.? ?)?"
    r"(?P<id>[0-9]{1,2}|[a-z])\b"
)
_HEADING = r"^[\W0-9.]{{0,6}}(?:{kind})s?\s(?:n° ?|no\.? ?)?{id}\b"
_HEADING_KINDS = {"annex": "annexe?", "schedule": "schedule", "appendix": "appendix",
                  "exhibit": "exhibit"}  # fmt: skip
_NOT_HELD = re.compile(
    r"\bnot (?:be )?(?:reproduced|attached|included in this copy)\b"
    r"|\bnon (?:reproduite?s?|jointe?s?)\b"
    r"|\b(?:n'est|ne sont|ne sera|ne seront) pas (?:reproduite?s?|jointe?s?|annexee?s?)\b"
    r"|\bsigned separately\b|\bsignee?s? (?:separement|a part)\b|\bsous pli separe\b"
)
_ELSEWHERE = re.compile(
    r"https?://|\bwww\.|\b[a-z0-9-]+\.(?:com|ie|fr|io|eu|be|ch|uk|net|org|lu|de)/"
    r"|\b(?:published|available|posted) (?:at|on)\b"
    r"|\b(?:publiee?|disponible|accessible) (?:sur|a l'adresse)\b"
)
_TO_COME = re.compile(
    r"\b(?:shall|will|agree to) (?:enter into|sign|conclude|execute)\b"
    r"|\b(?:is|are) to be (?:attached|signed|agreed|concluded)\b"
    r"|\b(?:sera|seront) (?:conclue?s?|signee?s?|annexee?s?|jointe?s?)\b"
    r"|\ba (?:conclure|signer|annexer)\b"
)
_ABOUT_PROCESSING = re.compile(
    r"sous-traitan\w*|sub-?processor\w*|\bprocessor\b|\bprocessing\b|\btraitement\b"
    r"|personal data|donnees personnelles|\bannex\w*|\bschedule\b|\bappendix\b"
)
_ARTICLE_28 = re.compile(r"\barticle 28\b|\bart\. ?28\b")
# what the clause says the agreement holds: then the reader has seen its content
_CONTENT = re.compile(
    r"sub-?processors?|sous-traitants? ulterieurs?|sous-traitants? (?:autorises|successifs)"
    r"|instructions?|security measures|mesures (?:techniques et organisationnelles|de securite)"
    r"|subject[- ]matter|l'objet,? (?:et )?la duree|nature (?:and|et) (?:purpose|finalite)"
    r"|categories (?:of|de) (?:personal )?(?:data|donnees)|confidentialit\w*|confidentiality"
)


def drop_unseen_agreements(ctx: Context) -> None:
    """Drop the processing-agreement answers whose agreement the document does not show."""
    unseen = {
        id(c)
        for c in ctx.candidates
        if c.criterion == _CRITERION and c.value == "complete" and _unseen(ctx, c.sentence)
    }
    if unseen:
        ctx.candidates[:] = [c for c in ctx.candidates if id(c) not in unseen]


def _unseen(ctx: Context, index: int) -> bool:
    text = ctx.folded(index)
    # the clause, or the one after it, says what the agreement holds
    following = ctx.next_in_block(index)
    after = "" if following is None else ctx.folded(following)
    if not _ABOUT_PROCESSING.search(after):
        after = ""
    if _CONTENT.search(text) or _CONTENT.search(after):
        return False
    if _ELSEWHERE.search(text) or _TO_COME.search(text):
        return True
    label = LABEL.search(text)
    if label is None:
        return False
    held, _ = find_annex(ctx, label, index)
    # a copy with no annex of that kind at all: an agreement said to meet Article 28 is taken
    # at its word; one that holds its other annexes but not this one has left it out
    return held is False or (held is None and not _ARTICLE_28.search(text))


def find_annex(ctx: Context, label: re.Match[str], cited: int) -> tuple[bool | None, int | None]:
    """Whether a block of the document opens on the annex ``label`` names, without saying
    the annex is left out of this copy (None when the document holds no annex of that kind),
    and the sentence that opens it when there is one."""
    kind = _HEADING_KINDS[KINDS[label["kind"]]]
    heading = re.compile(_HEADING.format(kind=kind, id=re.escape(label["id"])))
    any_annex = re.compile(_HEADING.format(kind=kind, id=r"(?:[0-9]{1,2}|[a-z])"))
    others = False
    for index, sentence in enumerate(ctx.sentences):
        if index == cited:
            continue
        if not heading.match(sentence.folded):
            others = others or bool(any_annex.match(sentence.folded))
            continue
        following = [index, index + 1, index + 2]
        said = " ".join(ctx.folded(i) for i in following if i < len(ctx.sentences))
        return not _NOT_HELD.search(said), index
    return (False if others else None), None
