"""Is the total cost over the term computable from the document? (``costs.tco_computable``)

Derived, the way a careful reader answers it: no sentence says "the total cost is
computable"; the reader adds up what the other clauses priced. Runs after the fees
(``measure_rules.py``, ``fees.py``), the exit price (choice rules), the indexation and the
initial term (``terms.py``), on what they found:

- the answer needs its evidence: a recurring fee the document writes down. Without it,
  nothing is recorded: a framework that leaves its prices to an order form (CONVENTIONS.md,
  G3);
- "partly" when a part stays open: reversibility work "sur devis", at "then-current rates"
  or by time spent with no cap (``reversibility.exit_price`` = ``unpriced``), a setup fee
  "on quote", or no term to pay the fee over (month to month, or a term left to a master
  agreement not reproduced);
- "computable" otherwise: the fee and the term are written and the exit is priced (included,
  a fixed price, time under a ceiling) or named nowhere: a contract that lists its charges
  and names no exit charge does not charge one.

How prices may move does not change the answer: settled readings of a revision with no cap,
or at the provider's will, next to a priced exit go both ways, most of them "computable" (a
total estimated with the index of the day).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context

CRITERION = "costs.tco_computable"
# exit prices a reader can total: included in the fee, a fixed price, time under a ceiling
_PRICED_EXIT = frozenset({"included_or_fixed", "capped_time_materials"})
_OPEN_EXIT = "unpriced"
_CONFIDENCE = 0.6
# exit work the client buys only if it asks, beyond the handover ("toute autre assistance",
# "les prestations demandées par le Client", "any further assistance", "at the Customer's
# request"); a bare "other" or "additional" is not enough ("comme les autres prestations",
# "sans autre engagement", "like other services")
_OPTIONAL = re.compile(
    r"\b(?:toute autre|tout autre|any (?:other|further|additional)|beyond|au-dela)\b"
    r"|\b(?:further|additional) (?:exit |transition |reversibility )?(?:assistance"
    r"|help|support|services?|work|days?|prestations?|travaux|jours?|accompagnement)\b"
    r"(?! (?:is|are|sont|est) (?:included|inclus\w*|compris\w*))"
    r"|\b(?:assistance|aide|prestations?|services?|jours?|days?) (?:supplementaires?"
    r"|complementaires?|additionnel\w*)"
    r"|\bdemande\w* (?:par|du|expresse) (?:le |du )?client"
    r"|\b(?:at|upon|on) (?:the )?(?:customer's|client's) (?:written )?request\b"
    r"|\b(?:requested|asked for) by the (?:customer|client)\b|\ba la demande du client\b"
)
# an estimate written ("an indicative estimate of EUR 9,500", « estimé à 6 jours »), not one
# denied ("no estimate is given", « aucune estimation n'est fournie », "cannot be estimated")
_ESTIMATE = re.compile(r"\bestimat\w*|\bestim(?:e|ee|ees|es|ation)s?\b")
_DENIED_BEFORE = re.compile(
    r"\b(?:no|not|without|cannot|aucune?|sans|pas|ni|nor|never)\b[^.;]{0,30}$"
)

# the setup left open: "Les frais de mise en service sont établis sur devis", "The set-up
# fee is on quote", "onboarding charges to be agreed"
_SETUP_ON_QUOTE = re.compile(
    r"(?:frais (?:de mise en (?:service|place)|d'installation|d'initialisation|de demarrage)"
    r"|mise en place initiale|set-?up (?:fees?|charges?|costs?)|onboarding (?:fees?|charges?))"
    r"[^.;]{0,60}\b(?:sur devis|on quot\w*|upon quot\w*|to be quoted|quoted separately"
    r"|a (?:definir|convenir|determiner)|to be (?:agreed|defined|determined))"
)


def derive_total_cost(ctx: Context) -> None:
    """Record whether the total cost over the term can be worked out (module docstring)."""
    if any(c.criterion == CRITERION for c in ctx.candidates):
        return  # a rule already read it in the document's own words
    fees = ctx.kept("costs.pricing_model", "monthly_fee")
    if not fees:
        return  # no recurring fee written: nothing to total (G3)
    terms = ctx.kept("costs.initial_term", "answer")
    exits = {
        str(c.value)
        for c in ctx.kept("reversibility.exit_price", "answer")
        if not (c.value == _OPEN_EXIT and _optional_or_estimated(ctx, c.sentence))
    }
    # the exit at time spent with no ceiling, or no term to total the fee over: partly; the
    # exit priced, or named nowhere (a contract that lists its charges and names no exit
    # charge does not charge one): computable
    open_setup = bool(ctx.matching(_SETUP_ON_QUOTE))  # a setup "on quote" (conventions)
    value = "partly" if _OPEN_EXIT in exits or not terms or open_setup else "computable"
    ctx.add(Candidate(CRITERION, value, "text", min(c.sentence for c in fees), _CONFIDENCE))


def _optional_or_estimated(ctx: Context, index: int) -> bool:
    """The exit billed by time spent is only help the client may ask for beyond the
    handover, or carries an estimate (its sentence or the next one in the paragraph): the
    cost the client is bound to pay is not left open (CONVENTIONS.md)."""
    after = ctx.next_in_block(index)
    return any(
        _OPTIONAL.search(text) or _estimated(text)
        for text in (ctx.folded(i) for i in (index, after) if i is not None)
    )


def _estimated(text: str) -> bool:
    """An estimate written and not denied."""
    return any(not _DENIED_BEFORE.search(text[: m.start()]) for m in _ESTIMATE.finditer(text))
