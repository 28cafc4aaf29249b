"""Exposure to non-EU law, read from who the provider is (``data.non_eu_law``).

Contracts seldom say "the provider is subject to foreign law"; a careful reader derives it
from the parties clause and from what the contract says of the provider's group:

- the provider is a company of a country outside the EU ("société anonyme de droit suisse",
  "a company registered in England and Wales", "X Inc., Montréal (Québec), Canada", "a
  Delaware corporation") and the client it serves is an EU business ("Atelier Y SAS, 59000
  Lille", "Z SRL, Namur, Belgique"): the client's data fall under a law outside the EU, and
  nothing is written against it: ``non_eu_unmitigated``. A British provider serving a British
  client raises no question of non-EU law for that client, and is not read; neither is a
  client named only "in the order form" (its country is not in hand);
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

CONFIDENCE = 0.7
# the parties clause is at the top of the document
_PARTIES_REACH = 40
_COUNTRIES_OUTSIDE = (
    r"england|scotland|wales|northern ireland|the united kingdom|the uk|switzerland|canada"
    r"|quebec|ontario|british columbia|the united states(?: of america)?|the usa|delaware"
    r"|new york|california|texas|massachusetts|vermont|the state of [a-z]+|india|singapore"
)
# the provider's own country, outside the EU (folded text)
_SEAT_OUTSIDE = re.compile(
    r"\bde droit (?:suisse|canadien|quebecois|americain|britannique|anglais|ecossais|indien)\b"
    r"|\b(?:registered|incorporated|established|organi[sz]ed|constituted) (?:in|under the laws of)"
    rf" (?:{_COUNTRIES_OUTSIDE})\b"
    r"|\b(?:inc|corp|llc)\b\.?,? [^;]{0,100}\b(?:canada|usa|u\.s\.a\.|united states|etats-unis"
    r"|quebec|ontario)\b"
    r"|\b(?:a|an|une) (?:delaware|vermont|new york|california|texas|massachusetts) "
    r"(?:corporation|company|limited liability company)\b"
    r"|\bconstituee en vertu de [^.;]{0,60}\((?:quebec|canada|ontario)\)"
)
# who the party is: the provider ("the Provider", « le Prestataire », "we", "us") or the client
_PROVIDER_ROLE = re.compile(
    r"\b(?:the|le|la) ?[\"«]? ?(?:provider|supplier|vendor|contractor|prestataire|fournisseur"
    r"|titulaire)\b|[\"«] ?(?:we|us|nous) ?[\"»]"
)
_CLIENT_ROLE = re.compile(
    r"\b(?:the|le|la|l') ?[\"«]? ?(?:client|customer|beneficiaire|etude|cabinet|practice"
    r"|acheteur)\b|[\"«] ?(?:you|vous) ?[\"»]"
)
# an EU business: its legal form or its country (folded text)
_EU_CLIENT = re.compile(
    r"\b(?:sas|sasu|sarl|eurl|scm|sci|selarl|scop|gmbh|srl|s\.?a\.?r\.?l|b\.v|bv|nv|aps|spa"
    r"|s\.p\.a|oy|ab)\b|\b(?:france|belgique|belgium|luxembourg|allemagne|germany|deutschland"
    r"|pays-bas|netherlands|espagne|spain|italie|italy|portugal|autriche|austria|irlande"
    r"|(?<!northern )ireland)\b|\b[0-9]{5} [a-z]"
)
# "and Atelier Y SAS ... (the "Client")", « et la société Z ... ci-après le Client »: where the
# parties clause turns to the client
_AND = re.compile(r"(?:\)|»|\")\s*,?\s*(?:and|et)\b|^\s*(?:and|et)\b")
# "It is a wholly owned subsidiary of X Inc., incorporated in Delaware", « filiale du groupe
# américain Y »
_SUBSIDIARY = re.compile(r"\b(?:subsidiary|subsidiaries|filiale)\b")
_PARENT_OUTSIDE = re.compile(
    r"\b(?:subsidiary|filiale)\b[^.;]{0,120}(?:\b(?:inc|corp|corporation|llc)\b"
    rf"|\b(?:incorporated|registered|established|headquartered) in (?:{_COUNTRIES_OUTSIDE})\b"
    r"|\b(?:americain\w*|canadien\w*|suisse|chinois\w*|u\.s\.|us-based|american|canadian"
    r"|swiss|chinese)\b|\betats-unis\b|\bunited states\b)"
)


_REFUSED = re.compile(
    r"\b(?:never|jamais|s'interdi\w*|interdi\w*|prohib\w*|forbid\w*|(?:shall|will|may|must|does"
    r"|do) not|ne (?:[\w']+ ){0,3}(?:pas|jamais|aucune?))\b"
)


def extract_provider_law(ctx: Context) -> None:
    """Read ``data.non_eu_law`` = ``non_eu_unmitigated`` from the provider's seat or its
    parent (see the module docstring)."""
    for index in range(min(len(ctx.sentences), _PARTIES_REACH)):
        text = ctx.folded(index)
        seat = _SEAT_OUTSIDE.search(text)
        if seat is None or _CLIENT_ROLE.search(text, 0, seat.start()):
            continue  # the client's seat, not the provider's
        if _serves_an_eu_client(ctx, index, seat.end()):
            _add(ctx, index)
            return
    for index in ctx.matching(_SUBSIDIARY):
        text = ctx.folded(index)
        parent = _PARENT_OUTSIDE.search(text)
        if parent is None or _CLIENT_ROLE.search(text) or _REFUSED.search(text, 0, parent.start()):
            continue  # ("s'interdit de confier les données à une filiale d'un groupe américain")
        _add(ctx, index)
        return


def _serves_an_eu_client(ctx: Context, index: int, after: int) -> bool:
    """The client the parties clause names after the provider is an EU business: in the rest
    of the provider's sentence, or in the next two when the clause goes on there."""
    text = ctx.folded(index)
    turn = _AND.search(text, after)
    parts = [text[turn.start() :]] if turn is not None else []
    for following in range(index + 1, min(len(ctx.sentences), index + 3)):
        parts.append(ctx.folded(following))
    for part in parts:
        if _CLIENT_ROLE.search(part) and not _PROVIDER_ROLE.search(part):
            return _EU_CLIENT.search(part) is not None
    return False


def _add(ctx: Context, index: int) -> None:
    ctx.add(Candidate("data.non_eu_law", "non_eu_unmitigated", "text", index, CONFIDENCE))
