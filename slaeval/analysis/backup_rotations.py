"""Backups kept by generation, a rotation (daily ones 35 days, monthly ones a year): the history
the client can restore from is its longest generation, and the rhythm that names a generation
is no backup interval. Read after the measure rules (``measure_rules.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from slaeval.analysis.backup_copy_count import count_backup_copies
from slaeval.analysis.backup_destination import read_single_destination
from slaeval.analysis.context import Candidate, Context


def backup_rotations(ctx: Context) -> None:
    _retained_generations(ctx)
    _longest_generation(ctx)
    _interval_over_generation(ctx)
    count_backup_copies(ctx)  # the backup copies named, the original not counted
    read_single_destination(ctx)  # a backup sent to one place only (backup_destination.py)


# "keeps the last 14 daily backups and the last 8 weekly ones", "les 12 dernières sauvegardes
# mensuelles sont conservées": a rotation whose longest generation is the retention
_GENERATION_DAYS = {
    "daily": 1, "nightly": 1, "quotidienne": 1, "journaliere": 1, "quotidien": 1,
    "journalier": 1, "weekly": 7, "hebdomadaire": 7, "monthly": 30, "mensuelle": 30,
    "mensuel": 30, "yearly": 365, "annual": 365, "annuelle": 365, "annuel": 365,
}  # fmt: skip
_ROTATION = (
    r"(?P<p>daily|nightly|weekly|monthly|yearly|annual|quotidienne|journaliere|hebdomadaire"
    r"|mensuelle|annuelle|quotidien|journalier|mensuel|annuel)s?"
)
_KEPT = re.compile(r"\b(?:keep|keeps|kept|retain\w*|conserv\w*|gard\w*|held|stored|stocke\w*)\b")
_BACKUPS = re.compile(
    r"sauvegard|backup|snapshot|instantan|\bbacks? up|restore point|points? de restauration"
)


def _retained_generations(ctx: Context) -> None:
    if any(c.criterion == "backup.retention_days" for c in ctx.candidates):
        return
    number = ctx.rules.quantities.number
    # the count right after a verb of keeping names the rotation kept as well: "keeps 90
    # daily restore points", "conserve 30 sauvegardes quotidiennes", "retains 12 monthly ones"
    generation = re.compile(
        rf"\b(?:last|latest|most recent|dernieres?|(?<=les )|(?<=conservation de )"
        rf"|(?<=retention of )|(?<=keeps )|(?<=keep )|(?<=retains )|(?<=retain )|(?<=holds )"
        rf"|(?<=conserve )|(?<=conservons )|(?<=conservent )|(?<=garde )|(?<=gardons ))"
        rf"\s?(?P<n>{number}) (?:dernieres )?"
        rf"(?:(?:backups?|sauvegardes|copies|snapshots|versions|points de restauration) )?"
        rf"{_ROTATION}\b"
    )
    best: tuple[float, int] | None = None
    for index in ctx.matching(_BACKUPS):
        text = ctx.folded(index)
        if not _KEPT.search(text):
            continue
        for match in generation.finditer(text):
            count = ctx.rules.quantities.parse_number(match.group("n"))
            if count is None:
                continue
            days = count * _GENERATION_DAYS[match.group("p")]
            if best is None or days > best[0]:
                best = (days, index)
    if best is not None:
        ctx.add(Candidate("backup.retention_days", best[0], "days", best[1], 0.7,
                          clock="calendar"))  # fmt: skip


# "Daily restore points are kept 30 days and monthly ones 12 months": a backup generation
# named by its rhythm (a rotation), whose longest keeping is the history the client has
_RHYTHM = _ROTATION.replace("?P<p>", "?:")
_GENERATION = re.compile(
    rf"\b{_RHYTHM} (?:[a-z-]+ )?(?:backups?|sauvegardes?|copies|snapshots|restore points?"
    rf"|points? de restauration|versions|instantanes)\b|\b(?:backups?|sauvegardes?|copies"
    rf"|snapshots|points? de restauration|instantanes) {_RHYTHM}\b"
    # the generation named as a retention ("30 jours en rétention quotidienne, puis 12 mois en
    # rétention mensuelle") or by the rhythm of the keeping ("kept daily for 35 days and
    # monthly for 12 months")
    rf"|\b(?:retention|rotation|conservation) {_RHYTHM}\b|\b{_RHYTHM} (?:retention|rotation)\b"
    rf"|\b(?:kept|retained|held|stored) {_RHYTHM} (?:for|during)\b"
)


def _is_generation(ctx: Context, index: int) -> bool:
    text = ctx.folded(index)
    return bool(_GENERATION.search(text) and _KEPT.search(text))


def _longest_generation(ctx: Context) -> None:
    """Backups kept by generation (daily ones 35 days, monthly ones a year): the history the
    client can restore from is the longest generation, whether the generations share one
    sentence or take a line each; the shorter keepings are parts of the same rotation."""
    found = [c for c in ctx.candidates if c.criterion == "backup.retention_days"]
    generations = [c for c in found if _is_generation(ctx, c.sentence)]
    if not generations:
        return
    best: tuple[float, Candidate] | None = None
    for candidate in generations:
        text = ctx.folded(candidate.sentence)
        for duration in ctx.durations(candidate.sentence):
            if _said_of_other_records(text, duration.start):
                continue
            days = ctx.duration_value(duration, "days")[0]
            if 1 <= days <= 3650 and (best is None or days > best[0]):
                best = (days, candidate)
    if best is None:
        return
    days, kept = best
    drop = {id(c) for c in generations}
    ctx.candidates[:] = [c for c in ctx.candidates if id(c) not in drop]
    ctx.add(replace(kept, value=days))


# "… and audit logs are retained for 7 years": the clause of a figure keeps other records
_OTHER_RECORDS = re.compile(
    r"\b(?:logs?|journa(?:l|ux)|records?|enregistrements?|e-?mails?|courriels?|tickets?"
    r"|invoices?|factures?|archives?)\b"
)
_CLAUSE_START = re.compile(r"[;,:(]|\b(?:and|et|while|whereas|alors que)\b")


def _said_of_other_records(text: str, at: int) -> bool:
    """The clause a figure stands in (from the last comma, semicolon or "and" before it) names
    other records than the backups (logs, e-mails, invoices) and no backup: the rotation's
    sentence also says how long those are kept, which is no backup history."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
    clause = text[starts[-1] if starts else 0 : at]
    return bool(_OTHER_RECORDS.search(clause)) and not (
        _BACKUPS.search(clause) or _GENERATION.search(clause)
    )


def _interval_over_generation(ctx: Context) -> None:
    """ "Servers are backed up every six hours" beside "daily backups: kept 35 days": the
    second names a generation of the rotation by its rhythm to say how long it is kept; the
    backups themselves run at the interval stated. A rhythm read on a sentence about keeping
    gives way to one read on a sentence that is not."""
    found = [c for c in ctx.candidates if c.criterion == "backup.frequency"]
    kept = [c for c in found if _is_generation(ctx, c.sentence)]
    if kept and len(kept) < len(found):
        drop = {id(c) for c in kept}
        ctx.candidates[:] = [c for c in ctx.candidates if id(c) not in drop]
