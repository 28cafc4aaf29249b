"""Is the total cost over the term computable from the document? (``costs.tco_computable``)

Derived, the way a careful reader answers it: no sentence says "the total cost is
computable"; the reader adds up what the other clauses priced. Runs after the fees
(``measure_rules.py``, ``fees.py``), the exit price (choice rules), the indexation and the
initial term (``terms.py``), on what they found:

- the answer needs its evidence: a monthly fee the document writes down, the term it is
  paid over, and what leaving costs (the exit clause, priced or not). Without all three,
  nothing is recorded: a framework that leaves its prices to an order form, an annex that
  does not give its term, a price list whose exit terms are in a contract not in hand (the
  reader would be judging an absence the analysis cannot confirm);
- "partly" when the exit stays open: reversibility work "sur devis", at "then-current
  rates" or by time spent with no cap (``reversibility.exit_price`` = ``unpriced``);
- "computable" when the exit is priced (included in the fee, a fixed price, or time and
  materials under a ceiling): the fee, the term and the exit then have a figure or a ceiling.

How prices may move does not change the answer: settled readings of a revision with no cap,
or at the provider's will, next to a priced exit go both ways, most of them "computable" (a
total estimated with the index of the day).
"""

from __future__ import annotations

from slaeval.analysis.context import Candidate, Context

CRITERION = "costs.tco_computable"
# exit prices a reader can total: included in the fee, a fixed price, time under a ceiling
_PRICED_EXIT = frozenset({"included_or_fixed", "capped_time_materials"})
_OPEN_EXIT = "unpriced"
_CONFIDENCE = 0.6


def derive_total_cost(ctx: Context) -> None:
    """Record whether the total cost over the term can be worked out (module docstring)."""
    if any(c.criterion == CRITERION for c in ctx.candidates):
        return  # a rule already read it in the document's own words
    fees = ctx.kept("costs.pricing_model", "monthly_fee")
    terms = ctx.kept("costs.initial_term", "answer")
    if not fees or not terms:
        return  # nothing to total, or no term to total it over
    exits = {str(c.value) for c in ctx.kept("reversibility.exit_price", "answer")}
    if _OPEN_EXIT in exits:
        value = "partly"
    elif exits & _PRICED_EXIT:
        value = "computable"
    else:
        return  # what leaving costs was not found: the total cannot be judged
    ctx.add(Candidate(CRITERION, value, "text", min(c.sentence for c in fees), _CONFIDENCE))
