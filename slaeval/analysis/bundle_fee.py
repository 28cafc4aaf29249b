"""The pricing model read from how the main fee is set: one flat fee for a described scope.

A contract priced by one monthly fee ("The monthly charges are EUR 3,120", "forfait mensuel
de maintenance : 1 150 € HT") for a perimeter it describes (its services or equipment named,
``scope.service_catalogue``) is a bundle whose content is known: a careful reader records a
detailed bundle (``bundle_with_inclusions``), not an opaque one, and not unit prices when the
only prices per unit are those of additions ("additional managed device: EUR 11 per device",
"poste supplémentaire"). Nothing is derived without the fee and the described scope, nor
when the fee itself is built from unit prices (rules answer ``unit_prices`` there). Called at
the end of ``fees.refine_monthly_fees``.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context

CRITERION = "costs.pricing_model"
_MODELS = frozenset({"unit_prices", "bundle_with_inclusions", "opaque"})
_DESCRIBED = frozenset({"list_only", "full_inventory"})
# a price per unit that prices additions or work outside the fee, not the fee itself
_ADDITIONS = re.compile(
    r"\b(?:additional|extra|further|added|new|supplementaires?|additionnel\w*|neufs?"
    r"|nouveaux?|nouvel\w*|ajoute\w*|hors forfait|outside the (?:fee|bundle|scope)|beyond"
    r"|au-dela|per (?:hour|day)|par (?:heure|jour)|hourly|horaire|day rate)\b"
)


# the list defers its content to a document not reproduced or to later ("as described in the
# order form", "le périmètre est précisé au fil de l'eau", "sans inventaire joint"): what the
# fee buys is not in the contract, the bundle is not described
_DEFERRED = re.compile(
    r"\b(?:as )?(?:described|set out|defined|listed|detailed) in the (?:order form|order"
    r"|quote|proposal|statement of work|sow|contract|agreement|master agreement)\b"
    r"|\b(?:decrite?s?|definie?s?|precisee?s?|listee?s?|detaillee?s?) (?:dans|au|a|par)"
    r" (?:le |la |l')?(?:bon de commande|devis|proposition|contrat|commande)\b|\bau fil de l'eau\b"
    r"|sans inventaire|without (?:an? )?inventory|no inventory"
)


def derive_bundle(ctx: Context) -> None:
    """One monthly fee, a described scope, no model read or only unit prices of additions:
    a detailed bundle, at the fee's sentence."""
    models = [c for c in ctx.candidates if c.criterion == CRITERION and c.value in _MODELS]
    if any(c.value != "unit_prices" for c in models):
        return
    if any(not _ADDITIONS.search(ctx.folded(c.sentence)) for c in models):
        return  # the fee is built from unit prices
    fees = [c for c in ctx.candidates if c.kind == "monthly_fee"]
    if not fees or not any(
        c.criterion == "scope.service_catalogue"
        and c.value in _DESCRIBED
        and (c.value == "full_inventory" or not _DEFERRED.search(ctx.folded(c.sentence)))
        for c in ctx.candidates
    ):
        return
    if len({c.value for c in fees}) != 1:
        return  # several fees (tiers, components): which one is the bundle is not plain
    ctx.candidates[:] = [c for c in ctx.candidates if c not in models]
    ctx.add(Candidate(CRITERION, "bundle_with_inclusions", "text", fees[0].sentence, 0.6))
