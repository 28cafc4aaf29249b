"""Whose duty a delay is: the provider's commitment, or the client's own act.

A delay of an act someone performs (applying a patch, telling of an incident, running a backup,
keeping records) is the provider's commitment only when the provider is the one who acts; a
clause that opens on the client, or a team of the client, doing the act ("The Client IT Team
applies critical patches to laptops within 7 days") gives the client's own duty, which the
measure rules set aside (``measure_rules.py``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from slaeval.analysis.context import Context

# Delays of an act someone performs (applying a patch, telling of an incident, running a
# backup): the provider's commitment only when the provider is the one who acts.
DONE_BY_SOMEONE = frozenset(
    {
        "security.patch_deadline",
        "security.incident_notification",
        "backup.frequency",
        # "Le Client demeure seul responsable de la conservation de ses pièces pendant dix
        # ans": what the client keeps itself is no retention of the provider's backups
        "backup.retention_days",
    }
)
# "The Client IT Team applies critical patches to laptops within 7 days", "le Client applique
# les mises à jour de ses postes sous quinze jours", "the Customer's staff notify the Supplier
# within 24 hours": the clause opens on the client, or a team of the client, acting; "the
# Client is notified within 4 hours", "le Client reçoit...", "the Client may ask..." leave the
# provider the one who acts
_CLIENT_DOER = (
    r"^\s*(?:[0-9][0-9.]* |[-*•] )?(?:the |le |la |l'|les |its |your )?"
    r"(?:(?:{client})(?:(?:'s|')?(?: (?:it|own|internal|interne|informatique|team|teams"
    r"|equipe|equipes|staff|personnel|service|services|department|users?|utilisateurs)){{1,3}})?"
    r"|(?:service|equipe|team|department|staff|personnel|utilisateurs|users)"
    r"(?: [a-z-]+)? (?:du|de l'|des|of the) (?:{client}))"
    r" (?!(?:is|are|will|shall|receives?|gets?|obtains?|may|can|est|sont|sera|seront|recoit"
    r"|recoivent|obtient|obtiennent|beneficie\w*|peut|peuvent|pourra|pourront|se voit)\b)"
    # a verb: "applies", "must", "applique", "installent", "doit"; not a noun the client
    # qualifies ("Client servers are patched ...", "Client laptops receive ...", "Client
    # devices: ..."), which another verb or a colon follows
    r"(?:must|should|[a-z-]+s|[a-z-]+(?:e|ent|it))\b"
    r"(?!\s?:| (?:are|is|were|was|receive|get|have|has|will|shall|must|can|may|sont|est|ont"
    r"|recoivent|seront|sera)\b)"
)


def client_does(ctx: Context, text: str, start: int) -> bool:
    """The clause holding a delay (from the last ";" or cell before it) opens on the client
    doing the act: the delay is the client's own duty, not the provider's commitment."""
    left = max(text.rfind(";", 0, start), text.rfind("|", 0, start)) + 1
    clause = text[left:start]  # "^" holds at the clause's start only in a string of its own
    return bool(_client_doer(ctx.rules.word("client_party").pattern).match(clause))


@lru_cache(maxsize=4)
def _client_doer(client: str) -> re.Pattern[str]:
    return re.compile(_CLIENT_DOER.format(client=client))
