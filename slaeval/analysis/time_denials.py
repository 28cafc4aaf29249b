"""Delays a sentence says bind nothing: "sans engagement de délai", "with no guaranteed time",
"Le Prestataire ne s'engage sur aucun délai de rétablissement", said in the delay's own clause
or in the next sentence of its paragraph. Moved out of ``not_targets.py`` (which calls it)
with the same behaviour, plus the verbs of denial and the next-sentence reading.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context
from slaeval.analysis.quantities import Duration

# "traitées dans la journée, sans engagement de délai", "usually within a day, with no
# guaranteed time", "no time commitment applies": a delay its own clause says binds nothing.
# The denial names the delay ("délai", "time", "timescale"), not the contract's term ("sans
# engagement de durée" is a contract with no minimum term).
_NO_TIME_COMMITMENT = re.compile(
    r"\b(?:sans|aucune?|pas d'|n'est pas une?|ne constitue pas une?) ?(?:engagement|garantie)"
    r" (?:de |sur (?:le |les |un )?|quant au |du )?(?:delai|temps|duree de traitement)s?\b"
    r"|\b(?:sans|aucun) delai (?:garanti|contractuel|engage)\b"
    r"|\b(?:no |without (?:a |any )?)(?:guaranteed|committed|contractual|binding) (?:response |"
    r"resolution |restoration |fix )?(?:time|timescale|timeframe|deadline)s?\b"
    r"|\b(?:no |without (?:a |any )?)(?:time|timing|timescale|timeframe) (?:commitment|guarantee)s?"
    r"\b|\bwithout (?:any )?commitment (?:as to|on|to a) (?:time|timing|timescales?|delays?)\b"
    # the verb that denies it: "Le Prestataire ne s'engage sur aucun délai de rétablissement",
    # "ne garantit aucun délai", "We do not commit to any fix time", "makes no commitment as to
    # resolution times", "no restoration time is guaranteed"
    r"|\bne s'engage(?:nt)? (?:sur|a|pour) (?:aucun|aucune|un quelconque) (?:delai|temps|duree)"
    r"|\bne garanti(?:t|ssent) (?:aucun|aucune|pas de|pas les?) (?:delai|temps|duree)"
    r"|\b(?:does not|do not|doesn't|don't|will not|won't|cannot|can't|shall not) (?:commit to"
    r"|guarantee|promise) (?:any |a |the |specific )?(?:response |resolution |restoration |fix "
    r"|repair )?(?:time|timescale|timeframe|deadline)s?\b"
    r"|\bmakes? no (?:commitment|guarantee|promise) (?:as to|on|about|regarding|to) (?:any |the )?"
    r"(?:response |resolution |restoration |fix |repair )?(?:time|timing|timescale|timeframe)s?"
    r"|\bno (?:response |resolution |restoration |fix |repair )?(?:time|timescale|timeframe)s?"
    r" (?:is|are) (?:guaranteed|committed|promised)\b"
    r"|\baucun delai(?: de [a-z' ]{3,30}?)? n'est (?:garanti|engage|contractuel|promis)"
)


_DENIED_MEASURE = re.compile(
    r"\b(?:(?P<restore>resolution|restoration|retablissement|fix|repair|correction)"
    r"|(?P<respond>response|reponse|prise en charge|intervention))\b"
)
_RESPONSE_WORDS = re.compile(
    r"\b(?:response|respond\w*|reponse|prise en charge|pris en charge"
    r"|intervention|acknowledg\w*"
    # the measure said with its verb: "prend en charge tout incident sous 1 heure", "le
    # Prestataire intervient sous 4 heures", "an engineer calls back within 30 minutes"
    r"|prend(?:s|nent)? en charge|intervien\w*|calls? (?:you )?back|call-back|rappel\w*"
    r"|answer\w*|repond\w*)\b"
)
_RESTORE_WORDS = re.compile(r"\b(?:resolution|restor\w*|retabli\w*|resolu\w*|fix\w*|repair\w*)\b")


def no_time_commitment(text: str, clause: str, duration: Duration) -> bool:
    """A delay whose clause denies that any delay is promised ("Les demandes courantes sont
    traitées dans la journée, sans engagement de délai", "requests are usually done the same
    day, with no guaranteed time"): a careful reader records no target from it."""
    denial = _NO_TIME_COMMITMENT.search(clause)
    if denial is None:
        return False
    # "prise en charge sous 1 heure, sans engagement de délai de résolution": a denial that
    # names another measure than the delay's leaves the delay standing
    named = _DENIED_MEASURE.search(clause, denial.start(), denial.end() + 30)
    # the delay's own measure, named just before it
    return not _other_measure_named(named, text, max(0, duration.start - 60), duration.start)


def denied_by_the_next(ctx: Context, index: int, duration: Duration) -> bool:
    """A delay the next sentence of its paragraph denies, as a sentence with no figure of its
    own ("...le Prestataire dépêche un technicien sur site à J+1 ouvré. Le Prestataire ne
    s'engage sur aucun délai de rétablissement.", "An engineer visits the next day. We do
    not commit to any fix time."): the reader takes the denial to speak of the delay just
    read, when it names its measure or none (a denied restoration time leaves the response
    time before it standing)."""
    following = ctx.next_in_block(index)
    if following is None or ctx.durations(following):
        return False
    denial = ctx.folded(following)
    found = _NO_TIME_COMMITMENT.search(denial)
    if found is None:
        return False
    # "Les demandes de service ne font l'objet d'aucun engagement de délai", "For service
    # requests, we make no commitment...": said of another kind of ticket than the delay's
    subject = _OTHER_SUBJECT.search(denial, 0, found.start())
    if subject is not None and not _OTHER_SUBJECT.search(ctx.folded(index)):
        return False
    # "For P4 incidents, no restoration time is guaranteed": said of another level
    levels = {m.group(1) for m in _LEVEL.finditer(denial)}
    if levels and not levels & {m.group(1) for m in _LEVEL.finditer(ctx.folded(index))}:
        return False
    # the other measure named anywhere before the delay in its sentence leaves it standing
    return not _other_measure_named(
        _DENIED_MEASURE.search(denial), ctx.folded(index), 0, duration.start
    )


_LEVEL = re.compile(
    r"\b(?:p|sev|priorit(?:y|e)|severit(?:y|e)|niveau|level|categor(?:y|ie)) ?([0-5])\b"
)
_OTHER_SUBJECT = re.compile(
    r"\b(?:demandes?|requests?|changes?|changements?|modifications?|projets?|projects?"
    r"|questions?|evolutions?|installations?|autres|other)\b"
)


def _other_measure_named(named: re.Match[str] | None, text: str, start: int, end: int) -> bool:
    """The denial names one measure (restoration or response) and ``text[start:end]`` names
    the other one: the delay there is of the measure the denial leaves standing."""
    if named is None:
        return False
    other = _RESPONSE_WORDS if named.group("restore") else _RESTORE_WORDS
    return other.search(text, start, end) is not None
