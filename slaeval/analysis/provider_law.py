"""Exposure to non-EU law, read from who the provider is (``data.non_eu_law``).

Contracts seldom say "the provider is subject to foreign law"; a careful reader derives it
from where the provider is registered and from what the contract says of its group:

- the provider's seat, read from its party block, letterhead, signature or a statement
  (``provider_seat.py``): registered outside the EU/EEA ("a company registered in England and
  Wales", « société anonyme de droit suisse », "X Inc., Montréal (Québec), Canada"), whoever
  the client is: ``non_eu_unmitigated``; inside it: ``eu_entity`` (rank 0, outranked by any
  other reading), or ``eu_entity_immune`` when the text adds a protection against non-EU law
  (``seat_protection.py``);
- the provider (or its host) "is a wholly owned subsidiary of X Inc., incorporated in
  Delaware", "est une filiale du groupe américain Y": a parent outside the EU can be made to
  hand the data over, whatever the provider's own country: ``non_eu_unmitigated``. A
  subsidiary that is the client ("filiale française de ... inc., ci-après le Client") is not
  the provider.

Protected hosting written anywhere (``eu_entity_immune``, a rule of higher rank) outranks it.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.provider_seat import provider_seat
from slaeval.analysis.seat_places import OUTSIDE_COUNTRIES
from slaeval.analysis.seat_protection import protection

CONFIDENCE = 0.7
_CLIENT_ROLE = re.compile(
    r"\b(?:the|le|la|l') ?[\"«]? ?(?:client|customer|beneficiaire|etude|cabinet|practice"
    r"|acheteur)\b|[\"«] ?(?:you|vous) ?[\"»]"
)
# "It is a wholly owned subsidiary of X Inc., incorporated in Delaware", « filiale du groupe
# américain Y »
_SUBSIDIARY = re.compile(r"\b(?:subsidiary|subsidiaries|filiale)\b")
_PARENT_OUTSIDE = re.compile(
    r"\b(?:subsidiary|filiale)\b[^.;]{0,120}(?:\b(?:inc|corp|corporation|llc)\b"
    r"|\b(?:incorporated|registered|established|headquartered) in "
    rf"(?:{OUTSIDE_COUNTRIES}|the state of [a-z]+)\b"
    r"|\b(?:americain\w*|canadien\w*|suisse|chinois\w*|u\.s\.|us-based|american|canadian"
    r"|swiss|chinese)\b|\betats-unis\b|\bunited states\b)"
)


# refused or denied ("is not a subsidiary of", « n'est pas une filiale »), or an example
_REFUSED = re.compile(
    r"\b(?:never|jamais|s'interdi\w*|interdi\w*|prohib\w*|forbid\w*|(?:shall|will|may|must|does"
    r"|do) not|ne (?:[\w']+ ){0,3}(?:pas|jamais|aucune?))\b"
    r"|\b(?:not|no longer|isn't)\b|\bn'\w+ (?:[\w']+ ){0,2}(?:pas|jamais|plus|aucune?)\b"
    r"|\b(?:for example|for instance|e\.g\.|par exemple|such as|tel(?:le)?s? que)\b"
)


def extract_provider_law(ctx: Context) -> None:
    """Read ``data.non_eu_law`` from the provider's seat and from its parent (see the module
    docstring)."""
    for index in ctx.matching(_SUBSIDIARY):
        text = ctx.folded(index)
        parent = _PARENT_OUTSIDE.search(text)
        if parent is None or _CLIENT_ROLE.search(text) or _REFUSED.search(text, 0, parent.start()):
            continue  # ("s'interdit de confier les données à une filiale d'un groupe américain")
        _add(ctx, index)
        break
    seat = provider_seat(ctx)
    if seat is None:
        return
    if seat.outside:
        _add(ctx, seat.sentence)
        return
    shield = protection(ctx)
    if shield is not None:
        ctx.add(
            Candidate("data.non_eu_law", "eu_entity_immune", "text", shield, CONFIDENCE, rank=2)
        )
    # outranked by the protection, a parent outside the EU or a rule of higher rank; kept for
    # when the protection's sentence is dropped (an option not taken, ``consolidate``)
    ctx.add(Candidate("data.non_eu_law", "eu_entity", "text", seat.sentence, CONFIDENCE, rank=0))


def _add(ctx: Context, index: int) -> None:
    ctx.add(Candidate("data.non_eu_law", "non_eu_unmitigated", "text", index, CONFIDENCE))
