"""Exclusions with rates, read from the rate the contract states for work outside the fee.

A careful reader who has found the list of what the service leaves out
(``scope.exclusions`` = ``list_only``) looks for what that work costs. The conventions count
an hourly rate for out-of-scope work, wherever the contract states it: in the paragraph after
the list ("7.2 Ces prestations sont facturées au tarif horaire de 85 EUR"), in the price
schedule ("Work outside the service is charged at EUR 85.00 per hour"), or as the price of a
technician's hour ("heure de technicien 78,00 EUR HTVA"). The list then comes with rates
(``list_with_rates``).

A price per hour that is not the price of extra work is set aside: the surcharge of on-call
or out-of-hours cover (the rate of a cover, not of excluded work), an option's price, a
penalty or credit per hour of delay, the price of the exit assistance, or hours beyond an
allowance the fee includes ("Hours above the retainer: EUR 72 per hour", "au-delà de ces 8
heures, je facture 55 € de l'heure"), which are more of the same work, not work left out;
late-payment interest ("EUR 40 per day", « intérêts de retard »), evening or out-of-hours
work in either language, a price per hour or day of something that is no work ("storage at
EUR 5 per day", « location : 2 € par jour et par poste »: the sentence names no work, time,
technician or rate), and an option not taken, another tier's or an example
(``not_this_client.py``).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context
from slaeval.analysis.not_this_client import not_this_clients

CRITERION = "scope.exclusions"

_MONEY = (
    r"(?:(?:€|\beur|\bgbp|£|\bchf)\s?[0-9][0-9 .,]*"
    r"|[0-9][0-9 .,]*\s?(?:€|eur\b|euros?\b|gbp\b|chf\b))"
)
# a price per hour or day of work: "EUR 95 per hour", "85 € HT de l'heure", "tarif horaire de
# 85 €", "heure de technicien : 78 EUR", "day rate of GBP 700"
_WORK_RATE = re.compile(
    _MONEY
    + r"(?:\s?(?:ht|htva|hors taxes?|excl\w*(?: of)? vat|excluding vat|\+ ?vat|\(?ex\.? vat\)?))?"
    r"\s?(?:per|par|an|a|/|de l'|l')\s?(?:hour|heure|h|day|jour|half-day|demi-journee)\b"
    r"|\b(?:taux|tarif)s? (?:horaire|journalier)s?\b[^.;]{0,40}"
    + _MONEY
    + r"|\b(?:hourly|day) rates?\b[^.;]{0,40}"
    + _MONEY
    + r"|\bheure (?:de )?(?:technicien|ingenieur|intervention|travail|main d'oeuvre)\b[^.;]{0,20}"
    + _MONEY
)
# the rate of a cover, an option or a penalty, not of work left out of the scope
_OTHER_PRICE = re.compile(
    r"\b(?:astreintes?|on-call|out-of-hours|outside (?:support|business|service) hours"
    r"|hors (?:heures|horaires|plages?)|en dehors des (?:heures|horaires|plages)|nuits?|nights?"
    r"|week-?ends?|samedis?|dimanches?|saturdays?|sundays?|jours feries|bank holidays"
    r"|options?|add-on|penalit\w*|penalt\w*|credits?|avoirs?|retards?|delay|late|interests?"
    r"|interets|soirs?|soirees?|evenings?|out of hours|after[- ]hours|heures non ouvre\w*)\b"
    # the exit: transition or handover work is the price of leaving, not of excluded work
    r"|\b(?:transition|exit|reversibilit\w*|sortie|handover|restitution|fin (?:de l'entente|du"
    r" contrat)|termination)\b"
    # hours beyond an allowance the fee includes are the same work, not work left out
    r"|\b(?:au-dela|above|beyond|over|exceed\w*|depass\w*)\b[^.;]{0,30}\b(?:heures?|hours?"
    r"|retainer|allowance|included|incluses?|comprises?)\b"
)


# the price is one of work: a technician's or engineer's time, work, an intervention, a rate,
# hours ("Hours beyond the bank are charged at £72 an hour": a rate the goldens count)
_WORK = re.compile(
    r"\b(?:techni\w*|engineers?|ingenieurs?|consultants?|interventions?|work\w*|travaux|travail"
    r"|labou?r|main d'oeuvre|prestations?|time|temps|regie|assistance|support|horaires?|hourly"
    r"|day rates?|journaliers?|jours?[- ]hommes?|(?:man|person)[- ]days?|effort"
    r"|hours|heures)\b"
)


def rate_the_exclusions(ctx: Context) -> None:
    """A list of exclusions without rates, and a rate for work stated in the contract:
    the exclusions come with rates."""
    kept = ctx.kept(CRITERION)
    if not kept or any(c.value != "list_only" for c in kept):
        return
    for at in ctx.matching(_WORK_RATE):
        text = ctx.folded(at)
        if _WORK.search(text) and not _OTHER_PRICE.search(text) and not not_this_clients(ctx, at):
            for candidate in kept:
                candidate.value, candidate.rank = "list_with_rates", 2
            return
