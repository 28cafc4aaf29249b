"""A backup sent to one place only: a single copy (``backup.copies`` = ``single_copy``).

"Votre serveur est sauvegardé chaque nuit vers notre centre de données de Nantes", "the file
server is backed up every night to a NAS in the client's office": the reader counts the
copies the clause describes, and finds one. When the document reads no other copy (no rule
found 3-2-1, a second site, an off-site or immutable copy) and nothing around that sentence
speaks of another copy, replication, an off-site or cloud copy, a second medium, the backup
has a single copy. Not read when the place is plural ("dans les centres de données de
Colomiers et de Bordeaux": two places), nor for a region of a cloud, nor for an option.
Called after the measure rules (``backup_rotations.py``), when every rule has spoken.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context

CONFIDENCE = 0.6
# how far around the backup sentence the reader looks for another copy
_AROUND = 3
# "sauvegardé chaque nuit vers notre centre de données", "backed up to a NAS", "sur le NAS"
_ONE_PLACE = re.compile(
    r"\b(?:sauvegard\w*|backed up|backups?|backs up)\b[^.;]{0,80}\b(?:sur|vers|to|on|onto|in|at"
    r"|dans) (?:un|une|le|la|l'|a|an|the|our|notre|its|son|sa|votre|your) ?(?:[\w-]+ ){0,2}?"
    r"(?:nas|disque|baie|centre de donnees|data ?cent(?:er|re)|datacenter|serveur de sauvegarde"
    r"|backup server)\b(?!s)"
)
# another copy, place or medium named near it
_OTHER_COPY = re.compile(
    r"\bcop(?:y|ie|ies)\b|\breplic\w*|\brepliqu\w*|\bexternalis\w*|\boff-?site\b|\bhors site\b"
    r"|\bimmuable\b|\bimmutable\b|\bcloud\b|\ben ligne\b|\bonline\b|\bdeux\b|\btwo\b|\bsecond\w*"
    r"|3-2-1|\bautre (?:site|support)\b|\banother (?:site|medium)\b|\bobjet\b|\bobject storage\b"
    r"|\bsecours\b|\bsecondary\b|\bmirror\w*|\bmiroir\b|\boptions?\b|\badd-ons?\b"
)


def read_single_destination(ctx: Context) -> None:
    """``single_copy`` at the sentence sending the backup to one place (module docstring)."""
    if any(c.criterion == "backup.copies" for c in ctx.candidates):
        return
    for index in ctx.matching(_ONE_PLACE):
        start = max(0, index - _AROUND)
        end = min(len(ctx.sentences), index + _AROUND + 1)
        if any(ctx.says(_OTHER_COPY, i) for i in range(start, end)):
            continue
        ctx.add(Candidate("backup.copies", "single_copy", "text", index, CONFIDENCE))
        return
