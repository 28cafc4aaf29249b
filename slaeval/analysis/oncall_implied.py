"""What a written out-of-hours cover implies when the document says no more of it.

On-call price (``oncall.pricing``): what out-of-hours work costs when the document only says
it is covered.

Derived, the way a careful reader answers it: a contract that handles P1 incidents out of
hours under the same service levels as the day ("Class A: response 15 minutes, 24 hours a
day, 7 days a week", "the SOC acts on alerts at any hour") and writes no surcharge anywhere
includes that work in the fee: "flat_or_included". Settled readings give it in 35 of the 37
documents where P1 out of hours is included under the same service levels.

Runs after the choice rules, on what they and the schedule found: said only when the
answer kept for ``oncall.p1_out_of_hours`` is ``included_same_sla``, no rule read a price
for out-of-hours work (a published surcharge, a flat on-call fee, an unpriced call-out) and
no sentence prices work at night, at weekends or outside the hours; at rank 0, so that any
price a rule reads outranks it.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.oncall_offered import option_prices_not_taken

CRITERION = "oncall.pricing"
_ACTION = "oncall.monitoring_vs_action"
_COVER = "oncall.p1_out_of_hours"
_INCLUDED = "included_same_sla"
# a price said of work out of hours, even one no rule reads: "Work outside business hours is
# charged at twice the hourly rate", "les interventions de nuit sont facturées en sus"
_PRICED = re.compile(
    r"\b(?:charged|billed|invoiced|payable|factur\w*|major\w*|surcharges?|supplements?)\b"
)
_OUT_OF_HOURS = re.compile(
    r"\b(?:outside (?:business|office|support|working|normal) hours|out[- ]of[- ]hours"
    r"|after[- ]hours"
    r"|evenings?|nights?|week-?ends?|sundays?|bank holidays|public holidays|hors (?:des )?heures"
    r"|hors horaires|en dehors des (?:heures|horaires)|(?:de )?nuit|dimanches?|jours? feries?)\b"
)


# monitoring sold: "24/7 monitoring", "la supervision des serveurs", "monitored systems"
_MONITORING = re.compile(r"\b(?:supervis\w*|surveill\w*|monitor(?:s|ed|ing)?)\b")


def derive_from_oncall_cover(ctx: Context) -> None:
    """What P1 handled out of hours under the same service levels implies (docstring)."""
    option_prices_not_taken(ctx)  # the price of an option not taken is no price
    kept = ctx.kept(_COVER)
    if {str(c.value) for c in kept} != {_INCLUDED}:
        return  # no cover, a paid option, or readings that disagree: nothing to derive
    at = min(c.sentence for c in kept)
    said = {c.criterion for c in ctx.candidates}
    # a monitoring service described, not named once in passing ("we monitor our platform")
    if _ACTION not in said and len(ctx.matching(_MONITORING)) >= 2:
        ctx.add(Candidate(_ACTION, "both_stated_247", "text", at, 0.55, rank=0))
    if CRITERION in said:
        return  # a rule read the price in the document's own words
    if ctx.search.matching_all((_PRICED, _OUT_OF_HOURS)):
        return  # a price for the night or the weekend is written: not said to be included
    ctx.add(Candidate(CRITERION, "flat_or_included", "text", at, 0.55, rank=0))
