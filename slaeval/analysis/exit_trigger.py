"""Reversibility at any end of the contract (``reversibility.any_cause`` = ``any_time``).

The rules read "for any reason", "quelle qu'en soit la cause". A careful reader gives the same
answer when the handover is owed at the end of the contract with no cause named: "En fin de
contrat, Borealis restitue au Client l'intégralité de ses données", "Upon termination, we will
return Customer Data", "On termination or expiry, we export the records", "If we do part ways,
I'll hand over all the admin passwords", "after you cancel, your account stays readable". The
end, however it comes, triggers the handover.

Not when the text restricts the trigger: a termination for the provider's breach or the
client's default, expiry only, an exception ("sauf", "unless", "except"). Nor when the handover
is denied ("the Provider does not return the Customer Data", « ne restitue pas »), is the
client's ("the Customer shall return the Provider's equipment", « le Client restitue au
Prestataire »), or is only offered, another tier's or an example (``not_this_client.py``).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.not_this_client import not_this_clients

CRITERION = "reversibility.any_cause"
# the handover of the data, passwords or technical file
HANDOVER = re.compile(
    r"\b(?:restitu\w*|return\w*|remet\w*|hand(?:s|ed)? over|handover|export\w*|transf\w*"
    r"|livr\w*|deliver\w*)\b[^.;]{0,120}\b(?:donnees|data|mots de passe|passwords|identifiants"
    r"|credentials|dossier|documentation|tickets?|history|historique)\b"
    r"|\b(?:donnees|data)\b[^.;]{0,60}\b(?:restitue\w*|returned|exported|handed over"
    r"|transferred|transferee?s)\b"
)
_ANY_END = re.compile(
    r"\b(?:en fin de contrat|a la fin (?:du contrat|de l'entente|du marche|de la relation)"
    r"|au terme du contrat|a l'issue du contrat|(?:on|upon|after|following) (?:the )?"
    r"(?:termination|end)(?: or expiry| or expiration)?(?: of (?:the|this) (?:agreement"
    r"|contract|services?))?|at the end of (?:the|this) (?:agreement|contract|services?)"
    r"|(?:if|when) we (?:do )?part ways|after you cancel|when you cancel|if you (?:leave|cancel))"
    r"\b"
)
# the data or the file handed over, not only the passwords ("returns all administrator
# passwords" is the credentials' handover, not a reversibility)
_DATA = re.compile(
    r"\b(?:donnees|data|records|tickets?|history|historique|dossier|documentation"
    r"|handover note|note de passation|everything)\b"
)
# the sentence restricts the trigger, or speaks of deleting the data, not handing it over
_RESTRICTED = re.compile(
    r"\bdetrui\w*|\bdestruction\b|\bdelet\w*|\bsupprim\w*"
    r"|\b(?:faute|manquement|breach|default|for cause|sauf|unless|except\w*|uniquement|only"
    r"|seulement|a l'echeance|on expiry only|si le contrat (?:est|a ete) resilie pour)\b"
    # the handover denied: "does not return", « ne restitue pas », "returns nothing"
    r"|\b(?:does|do|will|shall|is|are|has|have) not\b"
    r"|\bn(?:e |')[\w-]+ (?:pas|jamais|aucune?|rien)\b"
    r"|\b(?:nothing|no data|aucune donnee)\b"
    # the client hands over: "the Customer shall return", « le Client restitue au Prestataire »
    r"|\b(?:client|customer)s? (?:shall |will |must |doit |devra )?(?:return\w*|restitu\w*"
    r"|remet\w*|hand\w* over)\b|\b(?:restitu\w*|remet\w*|return\w*|hand\w* over)\b[^.;]{0,40}"
    r"\b(?:au prestataire|to the (?:provider|supplier))\b"
)


def read_exit_trigger(ctx: Context) -> None:
    """No trigger read: a handover owed at the end, no cause named, is owed at any end."""
    if any(c.criterion == CRITERION for c in ctx.candidates):
        return
    for at in ctx.matching(_ANY_END):
        text = ctx.folded(at)
        if _RESTRICTED.search(text) or not_this_clients(ctx, at):
            continue
        if (HANDOVER.search(text) and _DATA.search(text)) or _next_hands_over(ctx, at):
            ctx.add(Candidate(CRITERION, "any_time", "text", at, 0.6))
            return


def _next_hands_over(ctx: Context, index: int) -> bool:
    """The handover said in the sentence before or after the end ("You can export all your
    tickets. That includes after you cancel.")."""
    for near in (ctx.next_in_block(index), ctx.previous_in_block(index)):
        if near is None:
            continue
        text = ctx.folded(near)
        if (
            HANDOVER.search(text)
            and _DATA.search(text)
            and not _RESTRICTED.search(text)
            and not not_this_clients(ctx, near)
        ):
            return True
    return False
