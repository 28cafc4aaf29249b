"""Figures said as what happened or what they would mean, not as what is promised: an
example, an average, a record of the past or of all clients ("last year we answered 97 % of
urgent tickets within two hours", "En 2025, ... de l'ensemble de ses clients", "measured
availability was 99.98 %"). The delays (``not_targets.py``) and the availability commitments
(``credits.py``) set them aside.
"""

from __future__ import annotations

import re


def clause_start(text: str, at: int) -> int:
    """Where the clause holding position ``at`` starts: after a semicolon or a table cell."""
    return max(text.rfind(";", 0, at), text.rfind("|", 0, at)) + 1


def said_as_record(text: str, left: int, start: int) -> bool:
    """Between ``left`` and the figure at ``start``: an illustration, an average or usual
    figure, a record for all clients or for information, or a year in a clause that tells
    what was done."""
    return any(
        pattern.search(text, left, start) for pattern in (_EXAMPLE, _STATISTIC, _DATED_RECORD)
    ) or _dated_record(text, left, start)


def a_record_or_example(text: str, start: int) -> bool:
    """The figure at ``start`` is said, in its clause, as an example ("For example, 43
    minutes of downtime gives about 99.9%"), an average, or a past record ("Over the twelve
    months to December 2025 our measured availability was 99.98%", "À titre d'information,
    la disponibilité constatée a été de 99,8 % en 2025"): what happened, or what a figure
    would mean, is no commitment."""
    left = clause_start(text, start)
    return (
        said_as_record(text, left, start)
        or PAST_RECORD.search(text, left, start) is not None
        or _PAST_FIGURE.search(text, left, start) is not None
    )


# "last year we answered 97% of urgent tickets within two hours": a record, not a promise
PAST_RECORD = re.compile(
    r"\b(?:last|past|previous) (?:year|month|quarter|twelve months|12 months)\b|\bhistorically\b"
    r"|\bl'an (?:dernier|passe)\b|\bl'annee (?:derniere|passee|ecoulee)\b|\bhistoriquement\b"
    r"|\b(?:le|au cours du) (?:mois|trimestre|semestre) (?:dernier|passe|ecoule)\b"
    r"|\b(?:were|was) (?:answered|resolved|restored|handled|fixed|closed)\b"
    r"|\b(?:ont ete|a ete) (?:traite|resolu|retabli|pris en charge|clotur)\w*"
)

# "Example: a P1 incident is answered within 30 minutes", "par exemple", "e.g.": an
# illustration, not the level's target
_EXAMPLE = re.compile(
    r"\b(?:for example|for instance|e\.g\.|par exemple|exemple ?:|example ?:|a titre d'exemple"
    r"|to illustrate|illustration)"
    # a worked example, named so: "Exemple de calcul :", "Exemple chiffré :", "Worked example:",
    # "Example calculation:", "Sample calculation:"
    r"|\bexemples? (?:de calcul|chiffre|pratique|d'application)\b|\bworked examples?\b"
    r"|\b(?:example|sample) calculations?\b"
)


# "Our average P1 response time is 12 minutes", "en moyenne", "typically resolved within":
# what usually happens, not what is promised
_STATISTIC = re.compile(
    r"\b(?:average|on average|en moyenne|moyenne|(?:delais?|temps) moyens?|median|typically"
    r"|usually|generally|generalement|habituellement|in practice|en pratique"
    r"|most (?:tickets|incidents|calls))\b"
)


# A record, or one for all clients (besides "last year", above): "En 2025, Torsade a pris en
# charge 97 % des incidents P1 de l'ensemble de ses clients dans un délai de 20 minutes", "For
# information: over the 2025 calendar year, we resolved 94% of SEV1 tickets across our
# customer base within 3 hours": what happened, for all clients, is no promise to this one
_DATED_RECORD = re.compile(
    r"\blast year\b|\bl'an dernier\b|\bl'annee (?:derniere|ecoulee|precedente)\b"
    r"|\b(?<!request )(?<!requests )for (?:your )?information\b(?! or | and )"
    r"|\bpour (?:votre )?information\b|\ba titre d'information\b|\bhistorical\w*"
    r"|\bhistoriquement\b|\bacross (?:its|our|all (?:its |our )?) ?(?:customer|client)"
    r"|\bde l'ensemble de (?:ses|nos) clients\b|\btous (?:ses|nos) clients confondus\b"
)
# A year ("En 2025", "over the 2025 calendar year"): a record only when the clause says what
# was done or measured ("In 2025, 98% of P1 tickets were answered within 20 minutes"), not in
# "En 2026, le Prestataire s'engage sur une disponibilité de 99,9 %"
_YEAR = re.compile(
    r"\b(?:en|in|over|during|durant|pendant|au cours de|sur) (?:the |l'annee |l'exercice )?"
    r"(?:(?:calendar|fiscal|civil) )?(?:year )?20[0-9]{2}\b"
)
_PAST_CONTEXT = re.compile(
    r"\b(?:was|were|had|has been|have been|achieved|reached|recorded|delivered|logged|saw"
    r"|measured|observed|actual|statistics)\b"
    r"|(?<!are )(?<!is )(?<!be )\b(?:answered|resolved|restored|handled|fixed|closed|processed)\b"
    r"|\b(?:etait|etaient|fut|furent)\b"
    r"|\b(?:a|ont|avons|avait|avaient) (?:\w+ )?(?:ete|atteint|pris|traite|resolu|retabli|assure"
    r"|enregistre|constate|realise|obtenu|repondu|gere|clotur)e?s?\b"
    r"|\b(?:constatee?s?|mesuree?s?|observee?s?|statistiques?|bilan|historique)\b"
)


def _dated_record(text: str, left: int, start: int) -> bool:
    """A year named between ``left`` and ``start`` in a clause that tells what was done or
    measured: a dated record."""
    if _YEAR.search(text, left, start) is None:
        return False
    ends = [at for at in (text.find(";", start), text.find("|", start)) if at >= 0]
    return _PAST_CONTEXT.search(text, left, min(ends, default=len(text))) is not None


# what a figure was, not what it shall be: "achieved 99.98%", "a été de 99,8 %", "measured
# availability was", "disponibilité constatée", "Past performance:". A bare auxiliary says so
# only when it bears on the figure, a few words before it ("availability was 99.98 %"), not in
# "The Provider, which has been certified ISO 27001, guarantees 99.9 %"
_PAST_FIGURE = re.compile(
    r"\b(?:was|were|has been|have been|a ete|ont ete)(?:,? [\w'.-]+){0,3},? ?$"
    r"|\b(?:achieved|reached|a atteint|ont atteint)\b"
    r"|\b(?:measured|observed|actual|achieved) (?:availability|uptime)\b"
    r"|\bdisponibilite (?:mesuree|constatee|observee|reelle)\b|\btaux de disponibilite constate"
    r"|\bpast performance\b|\bperformances? passees?\b"
)
