"""The service catalogue read from the clause that says what is provided.

Nearly every contract has a clause that names what the provider does: a section titled
"Services", "Service description", "Scope", "Order summary", "Prestations comprises",
"Objet et périmètre", or a definition ("'Service' means the web application, its API and the
support of section 6"). When no sentence of the document speaks of the catalogue in words the
rules know (an inventory annexed, "the following services", "full support"), a careful reader
still answers from that clause: services named one by one, with counts perhaps, but no
inventory of the equipment, are a list without inventory (``list_only``). The clause must
really name several things (a list, commas, a colon); a title alone, or one product named for
a number of users, is no list. A clause that points at an inventory or asset list ("for the
assets listed in the schedule", "l'inventaire de l'annexe A") is left to the rules that read
inventories.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from slaeval.analysis.context import Candidate, Context

CRITERION = "scope.service_catalogue"

# the title of the clause that says what is provided
_SCOPE_TITLE = re.compile(
    r"^(?:(?:article|clause|section|annex|annexe|schedule|part|partie) )?[0-9a-z.]{0,8}"
    r"[ .)\-–:]*(?:the |les |la |le |l')?(?:services?(?: (?:description|included|covered"
    r"|provided|scope))?|(?:description|scope|perimetre|contenu|objet) (?:of |des |du |de la "
    r"|de l')?(?:the )?(?:services?|prestations|forfait|contrat)|scope|perimetre(?: couvert)?"
    r"|objet et perimetre|prestations(?: comprises| incluses| couvertes)?|order summary"
    r"|lignes de commande|what (?:we do|is included|you get)|ce que (?:nous faisons|comprend)"
    r"|services et perimetre|scope and services)\s*$"
)
# a definition of the service that names its parts
_DEFINITION = re.compile(
    r"[\"«] ?(?:the )?services? ?[\"»] (?:means|designe|signifie|refers to|s'entend)\b"
)
# the sentence names several things: a list after a colon, or at least two commas or
# semicolons, or "A, B and C"
_SEVERAL = re.compile(r"(?:[^,;]+[,;]){2,}|:\s*\S[^,;]*[,;]|, [^,;]+ (?:and|et) ")
# the clause points at an inventory: left to the inventory rules
_INVENTORY = re.compile(
    r"\binventor\w*|\binventaire\b|asset (?:list|register)|\bassets listed\b|numeros? de serie"
    r"|serial numbers?|\bcmdb\b"
)
# the clause sends the reader to an annex that lists them ("the managed services described in
# Schedule D ... listed there"): the annex holds the catalogue, the inventory rules read it
_IN_AN_ANNEX = re.compile(
    r"\b(?:described|listed|set out|detailed|decrits?|listes?|detailles?|enumeres?)\b[^.;]{0,20}"
    r"\b(?:in|en|a|dans) (?:the |l'|la |le )?(?:attached )?(?:schedule|annex|annexe|appendix)"
    r"\b(?! (?:to|of|du|de la|de l') (?:the )?(?:contract|agreement|contrat|order))"
)
# equipment counted item by item ("68 VoIP handsets, 4 hunt groups, 5 routers, 5 switches"):
# the clause is itself the inventory of what is covered
_COUNTED = re.compile(
    r"\b[0-9]{1,4} (?:[a-z0-9-]+ ){0,2}(?:handsets?|routers?|switch(?:es)?|firewalls?|pare-feux?"
    r"|servers?|serveurs?|workstations?|postes?|laptops?|portables?|printers?|imprimantes?"
    r"|access points?|bornes?|nas|phones?|telephones?|tablets?|tablettes?|desktops?|sites?"
    r"|copiers?|copieurs?|cameras?|cameras?|ups|onduleurs?)\b"
)
_COUNTED_INVENTORY = 3
_EQUIPMENT = re.compile(
    r"\b(?:equipment|equipements?|materiels?|devices?|assets?|estate|parc|hardware|switch(?:es)?"
    r"|routers?|firewalls?|pare-feux?|servers?|serveurs?|workstations?|postes?|laptops?)\b"
)
_REACH = 4  # the first sentences of the clause name what it provides


def read_scope_clause(ctx: Context) -> None:
    """No catalogue answer yet: the clause that says what is provided, when it names several
    services without an inventory, gives ``list_only``."""
    if any(c.criterion == CRITERION for c in ctx.candidates):
        return
    found = _named_services(ctx)
    if found:
        ctx.add(Candidate(CRITERION, "list_only", "text", found[0], 0.55))


def _named_services(ctx: Context) -> list[int]:
    # a definition elsewhere sends the covered equipment to an annex ("'Managed Estate' means
    # the switches and firewalls listed per site in Schedule A"): the annex is the inventory
    for at in ctx.matching(_IN_AN_ANNEX):
        if _EQUIPMENT.search(ctx.folded(at)):
            return []
    found: list[int] = []
    for head in sorted(ctx.sections.headings):
        title = ctx.folded(head).strip()
        if len(title) > 60 or not _SCOPE_TITLE.match(title):
            continue
        members = sorted(ctx.sections.governed_by([head]))[:_REACH]
        if _an_inventory(ctx.folded(m) for m in members):
            return []  # the clause points at an inventory, or is one
        found += [m for m in members if _names_several(ctx.folded(m))]
    for at in ctx.matching(_DEFINITION):
        text = ctx.folded(at)
        if _an_inventory([text]):
            return []
        if _names_several(text):
            found.append(at)
    return sorted(found)


def _an_inventory(texts: Iterable[str]) -> bool:
    """The clause points at an inventory or at an annex that lists what is covered, or
    counts the equipment item by item."""
    counted = 0
    for text in texts:
        if _INVENTORY.search(text) or _IN_AN_ANNEX.search(text):
            return True
        counted += len(_COUNTED.findall(text))
    return counted >= _COUNTED_INVENTORY


def _names_several(text: str) -> bool:
    return len(text) > 40 and _SEVERAL.search(text) is not None
