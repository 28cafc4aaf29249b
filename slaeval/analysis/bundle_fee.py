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
    a detailed bundle, at the fee's sentence. One monthly fee and nothing said of what it
    buys: an opaque bundle (``_derive_opaque``)."""
    _derive_bundle(ctx)
    _derive_opaque(ctx)


def _derive_opaque(ctx: Context) -> None:
    """The model is recorded whenever a fee is stated (CONVENTIONS.md): a single flat monthly
    fee ("The monthly charge is EUR 1,150", "redevance mensuelle : 890 € HT") with no price
    per unit, no list of what it includes and no scope described is a flat fee the reader
    cannot open: ``opaque``."""
    if any(c.criterion == CRITERION and c.value in _MODELS for c in ctx.candidates):
        return
    fees = [c for c in ctx.candidates if c.kind == "monthly_fee"]
    if not fees or len({c.value for c in fees}) != 1:
        return
    if any(
        c.criterion == "scope.service_catalogue" and c.value in _DESCRIBED for c in ctx.candidates
    ):
        return  # a scope the text describes: the bundle's content is known
    at = fees[0].sentence
    after = ctx.next_in_block(at)
    if any(_COVERS.search(ctx.folded(i)) for i in (at, after) if i is not None):
        # "Elle couvre l'ensemble des prestations du Contrat et de l'annexe 3": the fee says
        # what it buys, the services the document describes
        ctx.add(Candidate(CRITERION, "bundle_with_inclusions", "text", at, 0.55))
        return
    ctx.add(Candidate(CRITERION, "opaque", "text", at, 0.55))


# the fee says what it buys: "covers all the services", "comprend la supervision, le
# support", "inclusive of"; not the tax it includes ("inclusive of VAT", « inclut la TVA »),
# a period ("covers the period from the first to the last day") or a discount ("includes a
# 10 % launch discount"): the words after the verb name work or services, or open a list
_COVERS = re.compile(
    r"\b(?:covers?|includes?|including|inclusive of|comprend|comprennent|inclut|incluent"
    r"|couvre|couvrent)\b(?! (?:la |les |all |any |toutes )?(?:vat|tva|taxes?|tax\w*)\b)"
    r"(?=\s?:|[^.;]{0,40}?(?:\bservices?\b|\bprestations?\b|\bsupport\b|\bmaintenance\b"
    r"|\bintervention|\bsupervision|\bmonitoring|\bsauvegard|\bbackups?\b|\bassistance"
    r"|\bhelp ?desk|\bpatch|\bmises? a jour|\bupdates?\b|\blicen[cs]es?\b|\bhebergement"
    r"|\bhosting|\bwork\b|\btravaux|\bmanagement|\bgestion|\binfogerance|\btelephon"
    r"|\bsecurit|\bsecurity|\bmessagerie|\bpostes?\b|\busers?\b|\butilisateurs?\b))"
)


def _derive_bundle(ctx: Context) -> None:
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
