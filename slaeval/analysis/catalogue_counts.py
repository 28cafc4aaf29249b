"""The service catalogue read from a count of the client's equipment or users.

A careful reader who finds, in the passage that says what the service covers, how many
devices or people it is for ("the service covers 35 named users", "contrat de maintenance
pour 11 postes, 1 serveur et le réseau", "support aux 85 utilisateurs", "fourteen (14) managed
virtual machines", "les vingt-cinq postes de travail") knows the client's estate: the
catalogue is a full inventory (``full_inventory``), even when the detailed list sits in an
annex not reproduced. This wins over a bare list of services (rank 2, like the inventory
rules).

A number next to a device or user is not always a count of the client's estate; the reader
sets it aside when:

- it is a threshold or a band ("more than 10 users affected", "jusqu'à 50 postes", "from 1 to
  25 users", "au moins 5 utilisateurs"), which is how priority definitions and price tiers
  speak;
- it prices additions or blocks ("each additional 10 users", "par tranche de 5 postes");
- it belongs to an example, a condition ("if the estate exceeds 50 devices") or the
  provider's own references ("we look after 4,000 users for 200 customers");
- it is the size of an option the client did not take ("not selected", "non souscrit"), of
  another tier, an example, advice or the past ("last year we supported 300 users",
  ``not_this_client.py``);
- it counts the provider's own means ("Le Prestataire dispose de 3 serveurs de supervision",
  "The Provider operates two data centres with 400 servers", "20 spare laptops are kept in our
  stock", « la plateforme repose sur 6 serveurs »).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.not_this_client import not_this_clients

CRITERION = "scope.service_catalogue"

_WORD_COUNTS = (
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize"
    r"|(?:dix|vingt|trente|quarante|cinquante|soixante)(?:-(?:et-)?[a-z]+)?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty)(?:-[a-z]+)?"
)
# "35 named users", "fourteen (14) managed virtual machines", "les 28 postes de travail",
# "25 Gold Cloud Desktops", "trois serveurs virtuels"
_COUNT = re.compile(
    r"(?<![\d.,/x×-])(?<![\d] )\b(?P<n>[1-9][0-9]{0,3}|" + _WORD_COUNTS + r")"
    r"(?: \([0-9]{1,4}\))? (?:[a-z0-9-]+ ){0,2}?"
    r"(?:users?|utilisateurs?|postes?(?: de travail)?|workstations?|endpoints?|servers?"
    r"|serveurs?|laptops?|desktops?|ordinateurs?|virtual machines?|machines virtuelles"
    r"|vms|mailboxes|boites (?:aux lettres|mail)|comptes|accounts|handsets|routers|switches"
    r"|commutateurs|firewalls|pare-feux?|imprimantes|printers|bornes|access points"
    r"|collaborateurs|salaries|employees|staff|agents|seats|tablettes|tablets|smartphones|devices"
    r"|appareils|equipements)\b(?! (?:affecte|impacte|touche|bloque|concerne|affected"
    r"|impacted|concerned|maximum|max\b))"
)
# the number is a threshold, a band, an addition, a block or a minimum
_NOT_A_COUNT = re.compile(
    r"(?:(?:plus de|moins de|more than|less than|fewer than|over|under|above|up to|jusqu'a"
    r"|au-dela d(?:e|es|u)|beyond)(?: the| les| des| le)?|at least|au moins"
    r"|minimum(?: de| of)?|maximum(?: de| of)?|max\.?|from|[0-9] (?:to|a|-)"
    r"|between|entre|each additional|every additional|per|par|tranche de|block of|blocks of"
    r"|pack of|lot de|additional|supplementaires?|si|if|exceeds?|depasse|>|<|≥|≤|x|×"
    r"|eur|euros?|gbp|usd|chf|€|£|\$) $"
)
# the number prices a unit ("EUR 12 per user", "2 x 95 €")
_A_PRICE = re.compile(r"^ ?(?:per|par|each|chaque|x|×|€|eur|euros?|gbp|usd|chf|ht|htva)\b")
_AFTER_NOT_A_COUNT = re.compile(
    r"^ ?(?:supplementaires?|additionnels?|additional|extra|de plus|more|or more|ou plus"
    r"|et plus|and above|au-dela|au plus|at most|au maximum|at the most"
    r"|[a-z ]{0,20}(?:affect|impact|touch|bloqu|concern))"
)
# the sentence is no statement of this client's estate
_NOT_THE_ESTATE = re.compile(
    r"\b(?:par exemple|for example|for instance|e\.g\.|exemple|example|illustrat\w*"
    r"|nos clients|our (?:customers|clients|team|staff|engineers|technicians)|notre equipe"
    r"|nos (?:equipes|techniciens|ingenieurs)|references?|depuis (?:19|20)[0-9]{2}|since"
    r" (?:19|20)[0-9]{2}|we (?:look after|support|manage) (?:more|over)|not (?:selected"
    r"|subscribed|ordered|taken)|non (?:souscrit|retenu|commande)e?s?|pas (?:souscrit|retenu"
    r"|commande)e?s?|option(?:al|nelle)?s?\b|add-on|if (?:the|your)|si (?:le|la|les|votre)"
    r"|lorsque|when more|priorit\w*|severit\w*|gravite|niveau [0-9p]|level [0-9]|p[1-5]\b"
    r"|incident\w*|panne|outage)"
)
# the provider's own means: "Le Prestataire dispose de 3 serveurs", "we operate 400 servers"
_PROVIDERS_OWN = re.compile(
    r"\b(?:le prestataire|the (?:provider|supplier)|we|nous|notre societe|our company)\b[^.;]{0,30}"
    r"\b(?:dispose\w*|possede\w*|exploite\w*|operates?|owns?|runs?|emploie\w*|employs?)\b"
    r"|\b(?:data ?cent(?:er|re)s?|datacenters?|centres? de donnees)\b[^.;]{0,20}\b(?:with|avec)\b"
    # its stock of spares or loan devices, the platform it runs on
    r"|\b(?:spares?|loan(?:er)?s?|de pret|de rechange|de secours|en stock|in (?:our )?stock)\b"
    r"|\b(?:platform|plateforme|infrastructure)\b[^.;]{0,30}\b(?:runs on|relies on|is built on"
    r"|repose sur|s'appuie sur|fonctionne sur)\b"
)
# a sentence about the backups counts what is backed up, not what the service covers, unless
# it speaks of the service or its scope ("le service couvre la sauvegarde des trois serveurs")
_BACKUP = re.compile(r"\bback(?:s|ed)? up\b|\bbackups?\b|\bsauvegard\w*")
_THE_SERVICE = re.compile(
    r"\b(?:covers?|covered|couvre\w*|couverte?s?|perimetre|scope|services?|contrat|agreement"
    r"|prestations?|forfait|plan)\b"
)


# the sentence sends the reader to a list kept elsewhere ("the devices listed in Schedule 1",
# "le parc décrit à l'inventaire joint en annexe", "listed in the Asset Register")
_POINTS_AWAY = re.compile(
    r"\b(?:annex\w*|appendix|schedule|order(?: form)?|bon de commande|asset register"
    r"|inventaire|inventory|registre)\b"
)
# a title of this document that opens the inventory itself ("Annexe 1 — Inventaire du parc",
# "Schedule 2: Covered devices", "Annexe A — Parc couvert et redevance", "Appendix A — Sites,
# equipment and Monthly Charges")
_INVENTORY_TITLE = re.compile(
    r"\b(?:inventaire|inventory|asset (?:register|list)|registre des (?:actifs|equipements)"
    r"|liste (?:du materiel|des equipements|des postes)|(?:equipements|materiels|postes)"
    r" couverts|covered (?:devices|equipment|assets|systems)|protected systems)\b"
    r"|\b(?:annex\w*|appendix|schedule)\b.{0,60}\b(?:parc|equipment|equipements?|materiels?"
    r"|devices|assets|postes)\b"
)


def read_catalogue_counts(ctx: Context) -> None:
    """A count of the client's devices or users, in a statement of the estate: the catalogue
    is a full inventory, at the first such sentence. With no count, an inventory that is only
    pointed at (an annex, an order or a register not reproduced) leaves a list of services:
    the reader has not seen the client's estate."""
    for at in ctx.matching(_COUNT):
        text = ctx.folded(at)
        if _NOT_THE_ESTATE.search(text) or _PROVIDERS_OWN.search(text):
            continue
        if not_this_clients(ctx, at):
            continue
        if _BACKUP.search(text) and not _THE_SERVICE.search(text):
            continue
        if any(_is_count(text, m) for m in _COUNT.finditer(text)):
            ctx.add(Candidate(CRITERION, "full_inventory", "text", at, 0.7, rank=2))
            return
    _only_pointed_at(ctx)


def _only_pointed_at(ctx: Context) -> None:
    full = [c for c in ctx.candidates if c.criterion == CRITERION and c.value == "full_inventory"]
    if not full or not all(_POINTS_AWAY.search(ctx.folded(c.sentence)) for c in full):
        return
    if any(_INVENTORY_TITLE.search(ctx.folded(h)) for h in ctx.sections.headings):
        return  # the inventory is reproduced under its own title
    for c in full:
        c.value = "list_only"
        c.rank = 1


def _is_count(text: str, match: re.Match[str]) -> bool:
    if match.group("n") == "1":
        return False  # "1 user", "per 1 device": a unit, not an estate
    before = text[max(0, match.start() - 24) : match.start()]
    if _NOT_A_COUNT.search(" " + before) or _A_PRICE.match(text, match.end("n")):
        return False
    return _AFTER_NOT_A_COUNT.match(text[match.end() : match.end() + 30]) is None
