"""Which of the sums read as a monthly fee is the fee this client pays.

A price schedule is full of monthly sums that are not the fee: the unit prices of a rate
table, the lines that add up to the total, an option the client was offered and declined, a
price "if you add two workstations". A careful reader keeps the figure the contract charges
and sets the others aside:

- a table row reads by its label, its first cell: a row headed "per user per month", "Price
  per server" or "Hors forfait" gives a unit price or a price outside the fee, not the fee;
- lines that add up to a sum stated elsewhere are that sum's parts ("4,560 + 850 + 1,300"
  beside "The Monthly Charges are therefore EUR 6,710");
- an offer the next sentence declines ("an off-site copy was proposed at EUR 12 a month. The
  Client chose not to subscribe to it") is no price of this contract;
- a row whose every sum sits in a column priced per unit ("Plan : Premium | Price per user per
  month : EUR 64") gives a unit price, set aside when the fee is read elsewhere.

Runs after the measure rules (``measure_rules.py``), on their ``monthly_fee`` findings; while
they read a table row, ``outside_unit_cells`` keeps the row's total over its unit price ("Prix
unitaire : 45 € | Total mensuel : 2 160 €").
"""

from __future__ import annotations

import re

from slaeval.analysis.bundle_fee import derive_bundle
from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.quantities import Amount
from slaeval.analysis.revised_figures import keep_revised

# The label of a row that prices a unit or work outside the fee: "Per user per month", "Price
# per protected server", "Prix unitaire", "Prestation hors forfait", "Additional workstation"
_UNIT_OR_OUTSIDE_LABEL = re.compile(
    r"\b(?:per|par|each|chaque) (?:[a-z-]+ )?(?:users?|utilisateurs?|postes?|seats?|devices?"
    r"|servers?|serveurs?|sites?|endpoints?|mailbox(?:es)?|workstations?|licen[cs]es?|accounts?"
    r"|comptes?|equipements?|agents?|machines?|vms?|instances?|tb|to|go|gb)\b"
    r"|\bprix unitaires?\b|\bunit (?:price|rate)s?\b"
    r"|\btarifs? unitaires?\b|\bhors forfait\b|\boutside the (?:charges?|fees?|retainer)\b"
    r"|\bsupplementaires?\b|\badditional\b|\bextra\b"
)

# A sentence that declines the offer the one before it made: "Le Client a choisi de ne pas
# la souscrire", "je ne l'ai pas retenue", "the Client declined it", "was not taken up"
_TAKEN_FR = r"(?:souscri\w*|retenu\w*|retenir|command\w*|choisi\w*|prendre|pris\w*)"
_DECLINED = re.compile(
    rf"\bne pas (?:la |le |les |l')?{_TAKEN_FR}|\bne (?:la |le |les |l')(?:ai|a|avons|avez|ont)"
    rf" pas (?:ete )?{_TAKEN_FR}|\bn'(?:a|ont|avons|avez|ai) pas (?:ete )?{_TAKEN_FR}"
    r"|\b(?:declined|turned down|chose not to|decided not to|did not (?:order|subscribe|take)"
    r"|has not (?:ordered|subscribed|taken)|(?:was|were|is|are) not (?:taken up|ordered"
    r"|subscribed|selected|retained|chosen))\b"
)
# the sentence before must make an offer for the decline to be about it: an option, a
# proposal, a plan that exists beside the one bought
_OFFER = re.compile(r"\b(?:option|propos\w*|offer\w*|formule|existe|available|disponible)\b")

_SUM_TOLERANCE = 1.0  # euros: lines rounded to the cent may miss the total by a little


def refine_monthly_fees(ctx: Context) -> None:
    fees = [c for c in ctx.candidates if c.kind == "monthly_fee"]
    if not fees:
        return
    # the lines of a total first: a line may be labelled by its unit ("par utilisateur")
    drop = _parts_of_a_total(ctx, fees)
    drop |= {id(c) for c in fees if _unit_or_outside_row(ctx, c) or _declined_offer(ctx, c)}
    # a sum in a column priced per unit ("Price per user per month : EUR 64") is the unit
    # price of the row, not the fee, when the fee is read elsewhere ("30 users: EUR 1,920")
    unit_cells = {id(c) for c in fees if id(c) not in drop and _unit_priced_cells(ctx, c)}
    if unit_cells and any(id(c) not in drop | unit_cells for c in fees):
        drop |= unit_cells
    if drop:
        ctx.candidates[:] = [c for c in ctx.candidates if id(c) not in drop]
    keep_revised(ctx, "costs.pricing_model", "monthly_fee")  # revised_figures.py
    derive_bundle(ctx)  # one flat fee for a described scope (bundle_fee.py)


def _unit_or_outside_row(ctx: Context, fee: Candidate) -> bool:
    """A row whose label (first cell, its column name included) prices a unit or work
    outside the fee."""
    sentence = ctx.sentences[fee.sentence]
    if not sentence.table_row:
        return False
    label = sentence.folded.split("|", 1)[0]
    return bool(_UNIT_OR_OUTSIDE_LABEL.search(label))


_MONEY_CELL = re.compile(r"[0-9] ?(?:€|eur\b)|(?:€|\beur) ?[0-9]")


def _unit_priced_cells(ctx: Context, fee: Candidate) -> bool:
    """A row whose every priced cell sits in a column named per unit: "Plan : Premium | Price
    per user per month : EUR 64 | Includes : ...", "Formule : Pro | Prix par poste : 49 €".
    A reader takes the column's name as the unit of every sum under it; a row that also
    prices a total ("| Total : 1 920 €") keeps its total."""
    sentence = ctx.sentences[fee.sentence]
    if not sentence.table_row:
        return False
    priced = [c for c in sentence.folded.split("|")[1:] if _MONEY_CELL.search(c)]
    return bool(priced) and all(
        ":" in c and _UNIT_OR_OUTSIDE_LABEL.search(c.split(":", 1)[0]) for c in priced
    )


def outside_unit_cells(text: str, amounts: list[Amount]) -> list[Amount]:
    """The sums of a table row read in its total's column when the row also has a column
    priced per unit: "Prix unitaire mensuel HT : 45 € | Total mensuel HT : 2 160 €" gives the
    line's total (2 160), not its unit price; a row without such a total keeps its sums."""
    if not any(_UNIT_OR_OUTSIDE_LABEL.search(_cell_name(text, a.start)) for a in amounts):
        return amounts
    totals = [
        a
        for a in amounts
        if _LINE_TOTAL.search(name := _cell_name(text, a.start))
        and not _UNIT_OR_OUTSIDE_LABEL.search(name)  # "Amount per device" is a unit price
    ]
    return totals or amounts


_LINE_TOTAL = re.compile(r"\b(?:tota(?:l|le|ux)|sous-total|subtotal|montant|amount)\b")


def _cell_name(text: str, start: int) -> str:
    """The column name of the cell holding ``start`` ("name : value"), or ''."""
    cell = text[text.rfind("|", 0, start) + 1 : start]
    return cell.split(":", 1)[0] if ":" in cell else ""


def _declined_offer(ctx: Context, fee: Candidate) -> bool:
    """An offer whose next sentence, in the same paragraph, says it was not taken."""
    following = ctx.next_in_block(fee.sentence)
    if following is None or not _OFFER.search(ctx.folded(fee.sentence)):
        return False
    return bool(_DECLINED.search(ctx.folded(following)))


def _parts_of_a_total(ctx: Context, fees: list[Candidate]) -> set[int]:
    """The fees of a run of table rows that add up to a fee read elsewhere: its lines."""
    runs: list[list[Candidate]] = []
    for fee in sorted(fees, key=lambda c: c.sentence):
        if not ctx.sentences[fee.sentence].table_row:
            continue
        last = runs[-1][-1].sentence if runs else None
        if last is not None and _same_table(ctx, last, fee.sentence):
            runs[-1].append(fee)
        else:
            runs.append([fee])
    out: set[int] = set()
    for run in runs:
        if len(run) < 2:
            continue
        lines = {id(c) for c in run}
        total = sum(float(c.value) for c in run if isinstance(c.value, int | float))
        if any(
            id(c) not in lines
            and isinstance(c.value, int | float)
            and abs(float(c.value) - total) <= _SUM_TOLERANCE
            for c in fees
        ):
            out |= lines
    return out


def _same_table(ctx: Context, first: int, second: int) -> bool:
    """Whether every sentence from ``first`` to ``second`` is a table row (one table)."""
    return all(ctx.sentences[i].table_row for i in range(first, second + 1))


# "One-off onboarding fee: EUR 4,200.00": a colon just before a sum, its label before it
_COLON_BEFORE = re.compile(r": ?(?:eur |€ ?)?$")
# an anchor that is itself a label: "Redevance mensuelle forfaitaire : 2.480,00 EUR"
_LABEL_AFTER = re.compile(r"[a-z' -]{0,25}:")
_UNIT_REACH = 15  # "Prix HT : 29,00 EUR par mois": the anchor right after the sum is its unit


def labelled_elsewhere(text: str, amount: Amount, anchors: list[re.Match[str]]) -> bool:
    """Whether a sum of running text is the value of another label than the rule's anchors.
    A colon ties a sum to the label before it (back to the previous colon, full stop or
    semicolon): "Total Monthly Charges 6,480.00 One-off onboarding fee: EUR 4,200.00" gives
    the onboarding fee, not a monthly one, unless an anchor is in that label or is the sum's
    unit right after it ("Prix : 29,00 EUR par mois"). And an anchor that is a label
    ("Redevance mensuelle : 2.480,00 EUR") gives the sum after its colon, never one before
    it (the last cell of the line above, in a table flattened into text). Table rows are
    left to their own reading (every cell there has its column's name and a colon)."""
    if any(
        amount.end <= a.start() <= amount.end + _UNIT_REACH
        and not _LABEL_AFTER.match(text, a.end())
        for a in anchors
    ):
        return False
    colon = _COLON_BEFORE.search(text, max(0, amount.start - 8), amount.start)
    if colon is not None:
        label_start = max(text.rfind(c, 0, colon.start()) for c in ":.;") + 1
        return not any(label_start <= a.start() < colon.start() for a in anchors)
    before = [a for a in anchors if a.end() <= amount.start]
    after = [a for a in anchors if a.start() >= amount.end]
    return not before and bool(after) and all(_LABEL_AFTER.match(text, a.end()) for a in after)


# a rate stated: a sum, a price per hour or day, unit prices, or rates placed in a clause or
# annex of the contract ("selon le barème figurant à l'article 10.4", "listed in Annex 2 with
# their unit price", "at the rates in section 9", "the Rate Card")
_RATE_WORDS = (
    r"(?:tarifs?|taux|rates?|bareme|grille(?: de tarifs| tarifaire)?|prix unitaires?"
    r"|tarif unitaire|price list|bordereau des prix)"
)
_PLACE_WORDS = r"(?:annexe|annex|article|section|schedule|clause|appendix|bpu|bordereau)"
_STATED_RATE = re.compile(
    r"[0-9] ?(?:€|eur\b)|(?:€|\beur) ?[0-9]|[0-9] ?(?:per|par|/|de l') ?(?:hour|day|heure|jour)"
    rf"|\b{_RATE_WORDS}\b[^.;]{{0,40}}\b{_PLACE_WORDS}\b"
    rf"|\b{_PLACE_WORDS}\b[^.;]{{0,40}}\b{_RATE_WORDS}\b"
    r"|\brate card\b|\bprix unitaires?\b|\btarifs? unitaires?\b|\bunit (?:prices?|rates?)\b"
    # "Such work is charged per Incident under clause 5.1", "facturé selon l'article 9.2": the
    # price is the one a numbered clause of the contract sets
    rf"|\b(?:charged|billed|invoiced|factur\w*)\b[^.;]{{0,40}}\b{_PLACE_WORDS} [0-9]"
)


def judge_exclusion_rates(ctx: Context) -> None:
    """Work left out of the scope "is billed at rates agreed in each purchase order", "at the
    Provider's then-current rates", "fait l'objet d'un devis, sans grille tarifaire": the
    client is told it will pay, not what. Exclusions come with rates only when a rate is
    stated, in the sentence that lists them or the next one: a sum, a price per hour or
    day, or the clause or rate card that sets them; otherwise the list stands alone."""
    for candidate in ctx.candidates:
        if candidate.criterion != "scope.exclusions" or candidate.value != "list_with_rates":
            continue
        texts = [ctx.folded(candidate.sentence)]
        following = ctx.next_in_block(candidate.sentence)
        if following is not None:
            texts.append(ctx.folded(following))
        if not any(_STATED_RATE.search(text) for text in texts):
            candidate.value, candidate.rank = "list_only", 1
