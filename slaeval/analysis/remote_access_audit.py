"""Remote access described, or described and audited (``security.remote_access``).

The catalogue asks that the provider's remote access be described and its gateway audited. A
careful reader records ``described_audited`` only when the contract says someone other than
the provider's own tool looks at it: the gateway or its sessions are audited or penetration
tested ("an independent firm audits the bastion once a year", "la passerelle fait l'objet
d'un test d'intrusion annuel"), or the client can see the records ("session logs are
available to the Customer on request", "consultables par le pouvoir adjudicateur", "the
recordings are reviewed in the annual audit"). A tool that records or logs every session,
with nothing more, is a described set-up (``described``): the records exist, nobody is said
to check them.

Read after the choice rules, in the sentence that gave the answer and the two after it in its
paragraph; a sentence after it counts only when it speaks of the access or its records (not
"Tickets are reviewed weekly", "Invoices are provided to the Client"). A check denied ("The
bastion is not audited", « les enregistrements ne sont pas communiqués au Client »), only
offered as an option or another tier's (``not_this_client.py``) is none.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context
from slaeval.analysis.not_this_client import not_this_clients

CRITERION = "security.remote_access"
_REACH = 2
# the access, its gateway or its records
_THE_ACCESS = re.compile(
    r"\b(?:acces|access\w*|remote|distance|sessions?|bastion|gateway|passerelle|vpn|rmm"
    r"|recordings?|records?|enregistre\w*|logs?|logged|journa\w*|tracab\w*|trace\w*|connexions?"
    r"|connections?|platform|plateforme|agent|tool|outil)\b"
)
_CHECKED = re.compile(
    r"\baudit\w*|\bpenetration|\bpen-?test\w*|\bintrusion\b|\bpassi\b|\breview\w*|\brevue?s?\b"
    r"|\bexamin\w*|\bcontrol\w* (?:des|of) (?:acces|access)"
    r"|\b(?:available|open|accessible|disponibles?|consultables?|communiquee?s?|remise?s?"
    r"|transmise?s?|fournie?s?|provided|shared|given|made available)\b(?: [\w'-]+){0,3}?"
    r" (?:to|au|a|aux|par|with) (?:the |l'|la |le )?(?:client|customer|pouvoir adjudicateur"
    r"|practice|charity|etude|buyer|school|trust|acheteur|commune)\b"
    r"|\bmise?s? a (?:la )?disposition (?:du|de l'|des?|of the)\b"
    r"|\b(?:client|customer|pouvoir adjudicateur|commune)\b(?: [\w'-]+){0,4} (?:can|may|peut"
    r"|pourra|is able to) (?:[\w'-]+ ){0,2}?(?:view|query|consult|review|access|see|inspect"
    r"|consulter|acceder|voir|auditer)\b"
)


def judge_remote_access_audit(ctx: Context) -> None:
    """``described_audited`` answers none of whose passages names an audit, a test or a
    client view of the records are ``described``."""
    audited = [
        c for c in ctx.candidates if c.criterion == CRITERION and c.value == "described_audited"
    ]
    # one passage that names the check is enough: the others describe the same access
    if audited and not any(_checked(ctx, c.sentence) for c in audited):
        for candidate in audited:
            candidate.value = "described"


def _checked(ctx: Context, index: int) -> bool:
    at: int | None = index
    for _ in range(_REACH + 1):
        if at is None:
            return False
        text = ctx.folded(at)
        if (
            (at == index or _THE_ACCESS.search(text))
            and ctx.names_without_denial(_CHECKED, text)
            and not not_this_clients(ctx, at)
        ):
            return True
        at = ctx.next_in_block(at)
    return False
