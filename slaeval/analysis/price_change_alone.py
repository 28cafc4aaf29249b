"""The change procedure read from the provider's right to change its prices alone.

When the provider may change, increase, revise or review its prices, charges or fees on its
own ("We may change our prices by giving you 30 days' notice", "Kerbiquet peut réviser ses
tarifs au 1er janvier", "Mes tarifs peuvent évoluer ; je vous préviendrai deux mois avant",
"Price changes are announced thirty days in advance"), a careful reader records that the
scope or price changes unilaterally (``unilateral``, rank 3: it wins over signed orders and
unit prices, since the client's only answer is to leave). A notice period or the client's
right to cancel does not change that.

It is no unilateral change when the reader finds, in the sentence or the next one of its
paragraph, that the revision follows an index or stays under a cap ("Any increase shall not
exceed the change in the Consumer Price Index", "dans la limite de 3 %"): that is
indexation. Nor when the change needs both parties (an amendment, "d'un commun accord"), when
it is denied ("may not increase"), when it is the client who may change something, or when
only the rates of work outside the contract move ("hourly rate for additional work"). The
French denial without « pas » (« ne peut modifier ses tarifs », « ne pourra ... qu'avec
l'accord du Client ») is a denial as "may not" is; a cap is one in either language ("sans
dépasser 3 %", "by up to 3%", « jusqu'à 3 % »); a change that needs the client's consent, or
follows the client's own change ("if the Client adds users", « si le Client ajoute des
postes »), is not the provider's alone, nor one an amendment or agreement in the next sentence
requires. Another tier's sentence, an option, an example (``not_this_client.py``) give nothing.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.not_this_client import not_this_clients

CRITERION = "scope.change_procedure"

# the price of the service: its prices, charges, fees, tariff or retainer
_PRICE = re.compile(
    r"\b(?:prix|tarifs?|tarification|prices?|pricing|charges|fees?|redevances?|retainer"
    r"|subscription|abonnement|grille tarifaire)\b"
)
# the provider may change it, or it is changed, on the provider's word
_CHANGED = re.compile(
    r"\b(?:may|can|reserves? the right to|se reserve le droit d[e']|peut|peuvent|pourra"
    r"|pourront)\s(?:[\w'-]+ ){0,2}?(?:change|increase|revise|review|adjust|modify|raise"
    r"|update|modifier|reviser|augmenter|ajuster|changer|relever|faire evoluer|evoluer)\b"
    # the passive with its modal: "Prices may be changed", « les tarifs peuvent être révisés »
    r"|\b(?:may|can|peut|peuvent|pourra|pourront) (?:be|etre) (?:[\w'-]+ )?(?:changed|increased"
    r"|revised|reviewed|adjusted|modified|raised|updated|revisee?s?|modifiee?s?|augmentee?s?"
    r"|ajustee?s?|changee?s?|relevee?s?)\b"
    r"|\b(?:prix|tarifs|prices|charges|fees) (?:sont|seront|are|will be) (?:revise|ajuste"
    r"|modifie|augmente|reviewed|revised|adjusted|changed|increased)s?\b"
    r"|\b(?:price|prices|fee|tarif|tarifs) (?:changes?|increases?|revisions?) (?:are|is"
    r"|will be|shall be) (?:announced|notified|communicated)\b"
    r"|\bnotice (?:by e-?mail )?of (?:any )?(?:change|increase)s? (?:to|in) (?:our|the|its)\b"
)
# an index or a cap bounds the change: indexation, not a change at will
_BOUNDED = re.compile(
    r"\bindices?\b|\bindex\w*|\bcpi\b|\bhicp\b|\bsyntec\b|\binflation\b|consumer prices?"
    # the British and French price indices, a revision formula ("P1 = P0 x (S1/S0)")
    r"|\brpi\b|\bcpih\b|\bipc\b|\binsee\b|\bp1 ?= ?p0\b"
    r"|\bformule (?:de (?:revision|calcul|variation|indexation)|p\b)"
    r"|\b(?:revision |price )?formula\b"
    r"|prix a la consommation|\bdans la limite\b|\bwithin the limit|\bcap(?:ped)?\b|plafon\w*"
    r"|\bnot exceed|n'exceder|\bexceder\b|no more than|\bmaximum\b|\bau plus\b|\bat most\b"
    r"|\blimited to\b|\blimitee? a\b|\bdans une limite\b|\bwithin a limit|depass\w*"
    r"|\b(?:up to|jusqu'a) [0-9]"
)
# the change needs both parties: an amendment, an agreement, the client's consent
_BOTH_PARTIES = re.compile(
    r"commun accord|mutual\w* agree|by agreement|\bavenant|amendment|signed by both"
    r"|sign\w* par les (?:deux )?parties|\bconsent\w*|\bapprov\w*|\bagreement of the (?:client"
    r"|customer)|\b(?:client|customer)'s (?:prior |written |express )*(?:agreement|acceptance)"
    r"|accord (?:prealable |ecrit |expres )*(?:du|de l') ?(?:client|beneficiaire)"
    r"|acceptation (?:prealable |ecrite |expresse )*du client"
)
# the change needs both parties, is denied, is the client's, or moves extra work only
_NOT_ALONE = re.compile(
    r"hors (?:contrat|forfait)|outside (?:the|this)"
    r" (?:contract|agreement|scope)|additional work|travaux supplementaires"
    r"|\b(?:may not|cannot|shall not|will not|ne (?:peut|peuvent|pourra|pourront)"
    r" (?:pas|en aucun))\b"
    # the client's own quantities, changed on its request ("Le nombre de postes peut être
    # ajusté chaque mois sur simple demande")
    r"|\b(?:nombre|number) (?:de |d'|of )(?:postes|utilisateurs|users|devices|seats|licen\w*"
    r"|sites|comptes|accounts|appareils|equipements)|\bsur (?:simple )?demande\b|\bon request\b"
    # the client may change something; its right to leave ("if the Customer disagrees, it may
    # terminate", « il peut résilier ») leaves the change the provider's
    r"|\b(?:client|customer)\b[^.;]{0,20}\b(?:may|can|peut|pourra)\s(?:[\w'-]+ ){0,2}?"
    r"(?:change|increase|reduce|decrease|revise|adjust|modify|add|remove|upgrade|downgrade"
    r"|modifier|changer|augmenter|reduire|diminuer|ajuster|ajouter|retirer)\b"
    # « ne peut modifier », « ne pourra réviser ... que »: the French denial without « pas »
    r"|\bne (?:peut|peuvent|pourra|pourront) (?:[\w'-]+ ){0,2}?(?:modifier|reviser|augmenter"
    r"|ajuster|changer|relever|faire evoluer|evoluer)\b"
    # the change follows the client's own: "if the Client adds users", « si le Client ajoute »
    # ("if the Customer disagrees, it may terminate" leaves the change the provider's)
    r"|\b(?:if|when|where|should|si|lorsque|quand) (?:the |le |la |l')?(?:client|customer)"
    r"(?:'s [\w-]+)? (?:adds?|ajoute\w*|orders?|commande\w*|increases?|augmente\w*|grows?"
    r"|exceeds?|depasse\w*|changes?|modifie\w*|requests?|demande\w*|subscribes?|souscri\w*"
    r"|extends?|etend\w*)\b"
)


def read_price_change_alone(ctx: Context) -> None:
    """The provider may change its prices alone, with no index or cap in the sentence or the
    next one: ``unilateral``, at the first such sentence."""
    for at in ctx.matching_all((_PRICE, _CHANGED)):
        text = ctx.folded(at)
        if any(p.search(text) for p in (_NOT_ALONE, _BOTH_PARTIES, _BOUNDED)):
            continue
        if not_this_clients(ctx, at):
            continue
        # the bound or the amendment often comes in the next sentence ("Any increase shall
        # not exceed ...", « Toute modification fait l'objet d'un avenant »)
        following = at + 1
        if following < len(ctx.sentences) and (
            _BOUNDED.search(ctx.folded(following)) or _BOTH_PARTIES.search(ctx.folded(following))
        ):
            continue
        ctx.add(Candidate(CRITERION, "unilateral", "text", at, 0.7, rank=3))
        return
