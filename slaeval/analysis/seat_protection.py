"""A written protection of an EU provider against non-EU law (``eu_entity_immune``).

The conventions make an EU provider ``eu_entity_immune`` when the text adds a protection
against a law outside the EU. A careful reader knows three ways contracts put it:

- who owns the provider: « son actionnariat est exclusivement européen », « aucun actionnaire
  extra-européen », "no parent company or shareholder outside the EU", "not owned or
  controlled by any entity established outside the EEA";
- what law reaches it: « n'est soumis à aucune loi extraterritoriale », "is not subject to
  any non-EU law", "the CLOUD Act does not apply to the Provider";
- a qualification that says both: SecNumCloud.

A protection denied ("not SecNumCloud-qualified", « n'est pas qualifié SecNumCloud ») or
offered only as a promise to look into it is no protection; neither is a place of hosting
(the data staying in the EU is ``data.location``, not who can be ordered to hand them over).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context

_FOREIGN = (
    r"(?:extra-?europeen\w*|non[- ]europeen\w*|etranger\w*|extraterritorial\w*|non-eu"
    r"|non-eea|non-european|foreign|extra-eu)"
)
_PROTECTION = re.compile(
    r"\bactionnariat (?:[\w-]+ ){0,3}(?:exclusivement|entierement|integralement"
    r"|100 %) (?:europeen|francais|belge|luxembourgeois)"
    rf"|\baucun (?:actionnaire|associe|groupe|maison mere|societe mere)s? {_FOREIGN}"
    r"|\b(?:detenue?|controlee?) (?:exclusivement|entierement|integralement|a 100 %) par des"
    r" (?:actionnaires|associes|capitaux|personnes|entites|societes) (?:europeen|francais|belge"
    r"|de l'union)"
    r"|\bno (?:[\w-]+ ){0,2}(?:parent|shareholders?|owners?)\b[^.;]{0,40}\b(?:outside|beyond)"
    r" the (?:eu|eea|european)"
    r"|\bnot (?:be )?(?:owned|controlled)(?: or (?:owned|controlled))? by any"
    r" (?:[\w-]+ ){0,3}(?:outside the (?:eu|eea|european)|non-eu|non-eea|non-european|foreign)"
    r"|\b(?:wholly|exclusively|entirely) owned by (?:[\w-]+ ){0,2}(?:eu|european|french|irish"
    r"|belgian) (?:shareholders|persons|entities|nationals)"
    rf"|\bn'est soumise? a aucune? (?:[\w-]+ ){{0,2}}(?:loi|legislation|reglementation|droit)s?"
    rf" {_FOREIGN}"
    rf"|\bnon soumise? (?:a|aux) (?:des |aucune? )?(?:[\w-]+ ){{0,2}}(?:lois?|legislations?"
    rf"|droits?|reglementations?) {_FOREIGN}"
    rf"|\bnot subject to (?:any )?(?:[\w-]+ ){{0,2}}{_FOREIGN} (?:laws?|legislation"
    r"|jurisdictions?|authorit\w+)"
    r"|\bnot subject to (?:the )?(?:us |u\.s\. )?(?:cloud act|fisa|patriot act)"
    r"|\b(?:n'est pas|non) soumise? (?:a|au|aux) (?:la |le |l')?(?:[\w-]+ ){0,2}(?:cloud act|fisa"
    r"|patriot act)"
    rf"|\bn'est pas soumise? (?:a|aux) (?:des |la |une )?(?:[\w-]+ ){{0,2}}(?:lois?|legislations?"
    rf"|droits?|reglementations?) {_FOREIGN}"
    r"|\b(?:cloud act|fisa|patriot act)\b[^.;]{0,40}\b(?:does not apply|ne (?:lui )?s'applique"
    r" pas|n'est pas applicable)"
    r"|\bsecnumcloud\b"
)
_DENIED = re.compile(
    r"\b(?:not|no|pas|non|without|sans|ni)\b[^.;]{0,25}$|\b(?:envisag|pourrait|peu(?:t|vent)"
    r"|could|may|might|plan|intend|vis\w*|objecti\w*|en cours)\w*\b[^.;]{0,40}$"
)


# « Le Prestataire ne peut garantir qu'il n'est soumis à aucune loi extraterritoriale »: a
# protection the provider does not stand behind; "The Customer is not subject to ...": said of
# the client
_NOT_VOUCHED = re.compile(
    r"\b(?:ne (?:peut|saurait|peuvent) (?:pas )?garantir|ne garanti\w* pas|aucune garantie"
    r"|sans garantir|(?:cannot|can't|can not|does not|do not|is unable to) (?:guarantee|warrant"
    r"|ensure)|no (?:guarantee|warranty))\b"
)
_CLIENT_SUBJECT = re.compile(r"^\W*(?:[0-9.]+ )?(?:le|la|l'|the) ?(?:client|customer)\b(?!'s)")


def protection(ctx: Context) -> int | None:
    """The first sentence that writes a protection against non-EU law, or None."""
    for index in ctx.matching(_PROTECTION):
        text = ctx.folded(index)
        if _CLIENT_SUBJECT.match(text):
            continue  # the client's own situation
        for match in _PROTECTION.finditer(text):
            if match.group(0) == "secnumcloud" and _DENIED.search(text[: match.start()]):
                continue  # "not SecNumCloud-qualified", "we plan to seek SecNumCloud"
            if _NOT_VOUCHED.search(text, 0, match.start()):
                continue  # "cannot guarantee that it is not subject to any foreign laws"
            return index
    return None
