"""The exit price read from the core handover (``reversibility.exit_price``).

The conventions price the exit by its core handover: the return of the data, the passwords,
the technical file at the end of the contract. Further help the client may ask for, at an
hourly rate or on quote, does not change it. A careful reader therefore answers:

- ``included_or_fixed`` when the contract makes the handover an obligation at the end ("À la
  fin du contrat, le Prestataire restitue les données et remet les mots de passe") and prices
  only further help ("Toute autre assistance est facturée sur devis", "Any further transition
  assistance is available at the then-current rates", "les travaux de transition demandés
  par le Client sont facturés au taux horaire");
- ``included_or_fixed`` when the handover is free ("you can export everything for free, also
  after you cancel", "I'll hand over all the passwords ... at no charge") or priced at a flat
  sum ("La restitution est facturée forfaitairement 450 € HT").

A price written in the clause that names the handover prices the handover itself ("la
restitution des données et l'accompagnement sont facturés sur devis"): it stays open. A free
handover only offered, another tier's or an example gives nothing (``not_this_client.py``).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.exit_trigger import HANDOVER, read_exit_trigger
from slaeval.analysis.not_this_client import not_this_clients

CRITERION = "reversibility.exit_price"
# further help left open ("sur devis", "at the then-current rates"); a cap on it is a priced
# exit the reader keeps (capped_time_materials)
_OPEN = frozenset({"unpriced"})
_END = re.compile(
    r"\b(?:fin (?:du contrat|de l'entente|du marche|des prestations)|a l'echeance|au terme"
    r"|a l'issue|end of (?:the"
    r" )?(?:agreement|contract|term|services?)|termination|expiry|expiration|upon expir\w*"
    r"|part ways|after you cancel|cancel|resiliation|sortie|reversibilit\w*|exit)\b"
)
_PRICED = re.compile(
    r"\b(?:devis|quot\w*|rates?|taux|tarifs?|factur\w*|charged|billed|then-current|en vigueur"
    r"|time and materials|regie|temps passe)\b"
)
_FURTHER = re.compile(
    r"\b(?:further|additional|other|any other|autres?|toute autre|supplementaires?|au-dela"
    r"|beyond|demandee?s? par le client|requested by (?:the )?(?:client|customer)"
    r"|accompagnement)\b"
)
_FREE = re.compile(
    r"\b(?:for free|free of charge|gratuit\w*|sans frais|at no (?:additional |extra )?(?:charge"
    r"|cost)|no charge|without charge|sans (?:supplement|cout)|inclus\w*|included)\b"
)
_FLAT = re.compile(
    r"\b(?:restitution|reversibilit\w*|exit assistance|handover|transition)\b[^.;]{0,60}"
    r"\b(?:forfait\w*|fixed (?:fee|price|sum)|flat fee)\b"
)


def read_exit_core_price(ctx: Context) -> None:
    """The exit priced by its core handover (module docstring); then the trigger of the
    handover (``exit_trigger.py``)."""
    _price(ctx)
    read_exit_trigger(ctx)


def _price(ctx: Context) -> None:
    found = [c for c in ctx.candidates if c.criterion == CRITERION and c.kind == "answer"]
    handovers = [i for i in ctx.matching(HANDOVER) if _at_the_end(ctx, i)]
    if found:
        if handovers and all(c.value in _OPEN and _only_further(ctx, c.sentence) for c in found):
            for c in found:
                c.value = "included_or_fixed"
        return
    for at in handovers:
        if _FREE.search(ctx.folded(at)) and not not_this_clients(ctx, at):
            ctx.add(Candidate(CRITERION, "included_or_fixed", "text", at, 0.6))
            return
    for at in ctx.matching(_FLAT):
        if ctx.rules.quantities.money(ctx.folded(at)) and not not_this_clients(ctx, at):
            ctx.add(Candidate(CRITERION, "included_or_fixed", "text", at, 0.6))
            return


def _at_the_end(ctx: Context, index: int) -> bool:
    """The handover is owed at the end: said in its sentence or one beside it ("You can export
    everything at any time. That includes after you cancel.")."""
    around = [index, ctx.previous_in_block(index), ctx.next_in_block(index)]
    return any(i is not None and _END.search(ctx.folded(i)) for i in around)


def _only_further(ctx: Context, index: int) -> bool:
    """The priced sentence prices further help beside a handover written before it."""
    text = ctx.folded(index)
    if not (_PRICED.search(text) and _FURTHER.search(text)):
        return False
    priced = [c for c in text.split(";") if _PRICED.search(c)]
    if any(HANDOVER.search(c) for c in priced):
        return False  # the handover is in the priced clause: it is priced itself
    if HANDOVER.search(text):
        return True
    around = [ctx.previous_in_block(index), index - 1, index - 2]
    return any(i is not None and i >= 0 and HANDOVER.search(ctx.folded(i)) for i in around)
