"""The service report read from its rhythm alone (``governance.sla_report``).

The conventions record a report of the service whenever the contract says how often it comes:
monthly or more often is ``monthly_dashboard`` (with or without a dashboard), quarterly to
yearly is ``quarterly``. The rules read a report whose sentence also names its topics; a
careful reader needs no list of topics: "a monthly MDR report", "shown in the monthly service
report", "un rapport avant le 10 de chaque mois", "un compte rendu d'activité vous est adressé
chaque trimestre", "a service report each term", "un bilan annuel est présenté au Client".

Not a report of the service: the report of one intervention or incident ("chaque intervention
donne lieu à un compte rendu"), of a restore test or an audit, a meeting or committee and its
minutes, a report given only on request, an invoice; a report denied ("No monthly report is
provided", « aucun rapport mensuel »), only offered or of another tier, or given as an example
(``not_this_client.py``); a report the client sends ("The Client sends the Provider a monthly
report of its headcount"); the provider's own annual report or accounts.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.not_this_client import not_this_clients

CRITERION = "governance.sla_report"

_REPORT = re.compile(
    r"\b(?:rapports?|reports?|reporting|comptes? rendus? d'activite|releves? des interventions"
    r"|bilans?(?! de (?:sante|carbone))|tableaux? de bord|dashboards?"
    # the verb, in French as the English 'reports monthly': « rend compte chaque mois »
    r"|rend(?:ra|ent|ront)? compte)\b"
)
_MONTHLY = re.compile(
    r"\b(?:mensuel\w*|chaque mois|tous les mois|monthly|(?:each|every) (?:calendar )?month"
    r"|hebdomadaire\w*|weekly|chaque semaine|each week)\b"
)
_SLOWER = re.compile(
    r"\b(?:trimestr\w*|chaque trimestre|quarterly|(?:each|every) (?:quarter|term)|semestr\w*"
    r"|half-yearly|six-monthly|annuel\w*|chaque annee|yearly|annual(?:ly)?|once a year"
    r"|une fois par an|each year|every year)\b"
)
_NOT_THE_SERVICE_REPORT = re.compile(
    r"\b(?:chaque intervention|each (?:intervention|visit|incident)|per incident|post-incident"
    r"|incident reports?|rapports? d'incident|tests?|restaur\w*|restore\w*|audits?|intrusion"
    r"|reunions?|meetings?|comites?|committees?|steering|pilotage|minutes|proces-verba\w*"
    r"|factur\w*|invoic\w*|on request|sur (?:simple )?demande|upon request|if requested"
    r"|a la demande|at the (?:client's|customer's) request|when requested"
    # the provider's own annual report or accounts
    r"|(?:our|notre|its|son) (?:rapport annuel|annual report)|annual report and accounts"
    r"|rapport (?:annuel )?de gestion|rapports? financiers?|financial reports?|auditors?"
    r"|commissaires? aux comptes)\b"
    # the client sends it
    r"|\b(?:client|customer)s? (?:shall |will |must |doit |devra )?(?:sends?|provides?|submits?"
    r"|envoyer|envoie|adresser?|transmet\w*|fournir|fournit|remet\w*)\b"
)


def read_report_rhythm(ctx: Context) -> None:
    """No report read yet: a report of the service with its rhythm, monthly first."""
    if any(c.criterion == CRITERION for c in ctx.candidates):
        return
    slower: int | None = None
    for at in ctx.matching(_REPORT):
        text = ctx.folded(at)
        if (
            _NOT_THE_SERVICE_REPORT.search(text)
            or not ctx.names_without_denial(_REPORT, text)
            or not_this_clients(ctx, at, past=False)
        ):
            continue
        if _MONTHLY.search(text):
            ctx.add(Candidate(CRITERION, "monthly_dashboard", "text", at, 0.6, rank=2))
            return
        if slower is None and _SLOWER.search(text):
            slower = at
    if slower is not None:
        ctx.add(Candidate(CRITERION, "quarterly", "text", slower, 0.6))
