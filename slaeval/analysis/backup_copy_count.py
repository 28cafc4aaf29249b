"""How many backup copies the contract describes (``backup.copies``), the original not counted.

The conventions count the backup copies, not the data they protect. A careful reader:

- finds a second copy when the text names one: "Une copie chiffrée part ensuite dans notre
  salle serveur de Caen" after the nightly backup to the NAS, "avec une copie secondaire à
  Francfort", "with a weekly copy on an external disk", "replicated to our second data
  centre", "One copy is kept on a local appliance and a second copy in the cloud", backups
  "held in our cloud storage in London and on a local NAS", "in the data centres of Dublin and
  Amsterdam" (two places), "two copies", "3-2-1". That is ``three_two_one``, and
  ``three_two_one_immutable`` when one of them is immutable, offline or air-gapped (an option
  the client has not taken does not count);
- finds one copy when the backups go to one place only, however far it is: "kept off-site",
  "retained in a second data centre", "vers son infrastructure externalisée", "with backup
  copies at our secondary site in Cork" (the data is hosted at the first site: the original).
  A 3-2-1 read from such words alone is ``single_copy``.

A second copy denied ("with no second copy", « sans seconde copie », "we do not replicate
them"), only offered or asked for ("can be added on request", « sur demande »), another
tier's, or the copies of the contract signed ("two copies of this agreement") is none.

Called from ``backup_rotations`` before the single destination is read.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.not_this_client import not_this_clients

CRITERION = "backup.copies"
_BACKUPS = re.compile(
    r"sauvegard|backup|snapshot|instantan|\bbacks? up\b|\bbacked up\b|restore points?"
    r"|points? de restauration"
)
# a second copy named
_SECOND = re.compile(
    r"\b(?:deux|two|trois|three|[23]) (?:\w+ )?(?:copies|exemplaires|sites|emplacements"
    r"|locations|supports|media)\b|3-2-1"
    r"|\b(?:autre|seconde?|deuxieme|second|additional|another|further) (?:\w+ )?cop(?:y|ie)\b"
    r"|\bcopie (?:secondaire|supplementaire|hebdomadaire|mensuelle|externe|externalisee"
    r"|distante|additionnelle)\b|\b(?:secondary|weekly|monthly|off-?site|offline) copy\b"
    r"|\bavec une (?:\w+ )?(?:copie|replication)\b|\bwith an? (?:\w+ )?(?:copy|replica"
    r"|replication)\b|\b(?:une|an?|one) (?:\w+ )?cop(?:y|ie) (?:\w+ )?(?:part|goes|travels"
    r"|est (?:ensuite|aussi|egalement)|is (?:then|also)"
    r"|est (?:\w+ )?(?:envoyee|transferee|repliquee|externalisee|deposee|copiee)"
    r"|is (?:\w+ )?(?:sent|pushed|uploaded|replicated|transferred|copied))\b"
    r"|\bgeo-?(?:redondan|redundan|replicat|repli)\w*|\bgeoredondan\w*"
    r"|\b(?:repliqu\w*|replicat\w*|replicas?|mirror\w*|miroir|dupliqu\w*|duplicat\w*)\b"
    r"|\b(?:snapshots?|sauvegardes?|backups?|instantanes)\b[^.;]{0,60}\b"
    r"(?:copied|copiees) (?:\w+ )?"
    r"(?:to|vers|dans|into|en|in)\b"
    r"|\b(?:centres de donnees|data ?cent(?:er|re)s|datacenters|regions) (?:[\w'-]+ ){0,3}?"
    r"(?:de|d'|in|at|a) ?[\w-]+(?: [\w-]+)? (?:and|et) (?:de |d'|in |at |a )?[\w-]+"
)
# a copy kept at hand and one kept away, named in one sentence
_LOCAL = re.compile(
    r"\b(?:sur|on|onto|to|vers|dans|in) (?:un |une |le |la |a |an |the |our |notre |its |son "
    r"|votre |your )?(?:local |locale )?(?:nas|appliance|disque|disk|baie)\b|\blocal (?:nas"
    r"|appliance|copy|backup)|\blocalement\b|\blocally\b|\bcopie locale\b|\bsur site\b"
    r"|\bon-?site\b"
)
_REMOTE = re.compile(
    r"\b(?:cloud|off-?site|hors site|externalis\w*|centre de donnees|data ?cent(?:er|re)"
    r"|datacenter|region|vault|coffre)\b"
)
_SECOND_COPY_WORDS = re.compile(
    r"\b(?:autre|seconde?|deuxieme|second|additional|another) cop(?:y|ie)\b"
    r"|\b(?:deux|two|trois|three) copies\b"
)
# copies named in the sentences of a backup clause ("Une copie est répliquée ...", "Cela fait
# trois copies", "Le Prestataire conserve trois copies des données")
_COPIES = re.compile(r"\bcop(?:y|ie|ies)\b|\bexemplaires\b")
_DENIED = re.compile(r"\b(?:not|non|pas|no|aucune?|ni)\b[^.;]{0,20}(?:immu|offline|hors ligne|air)")
_IMMUTABLE = re.compile(
    r"immuable|immutable|immutabilit|immuabilit|object lock|\bworm\b|write[- ]once|air[- ]?gap"
    r"|\bhors ligne\b|\boffline\b|\bdeconnecte"
)
_NOT_TAKEN = re.compile(
    r"\b(?:your own|vos propres|(?:the )?(?:client|customer)'s own|up to you)\b"
    r"|\bpropos\w* au client\b|\boffered to the (?:client|customer)\b|"
    r"\b(?:not|non|pas) (?:\w+ )?(?:ordered|subscribed|selected|taken|included|souscrite?s?"
    r"|commandee?s?|retenue?s?|incluse?s?)\b|\boptions?\b|\boptional\b|\badd-on\b|\ben option\b"
    # asked for, not kept: "available on request", « peut être ajoutée sur demande »
    r"|\b(?:on|upon) request\b|\bsur (?:simple )?demande\b|\ba la demande\b|\bcan be added\b"
    r"|\bpeu(?:t|vent) etre ajoute\w*"
)


def count_backup_copies(ctx: Context) -> None:
    """A second backup copy named: 3-2-1 (immutable when one is); a 3-2-1 read from a single
    off-site place: one copy."""
    named = set(ctx.matching(_BACKUPS))
    copies = ctx.matching(_COPIES)
    passages = sorted(named | {i for i in copies if _in_a_backup_clause(ctx, i, named)})
    second = [i for i in passages if _names_a_second_copy(ctx, i)]
    found = [c for c in ctx.candidates if c.criterion == CRITERION]
    if second and all(c.value == "single_copy" for c in found):
        ctx.candidates[:] = [c for c in ctx.candidates if c not in found]
        at = second[0]
        if any(_immutable(ctx, i) for i in second):
            ctx.add(Candidate(CRITERION, "three_two_one_immutable", "text", at, 0.6, rank=2))
        else:
            ctx.add(Candidate(CRITERION, "three_two_one", "text", at, 0.6))
        return
    if not second:
        for c in found:
            if c.value == "three_two_one":
                c.value = "single_copy"
        if not found:
            _one_place(ctx, passages)


# the backups sent to, or kept in, one place: "sauvegardé chaque nuit vers un centre de données
# situé à Rennes", "keep our backups in AWS's Dublin region", "backed up every night to our
# backup platform in Azure France Central"
_ONE_PLACE = re.compile(
    r"\b(?:sauvegard\w*|backups?|backed up|backs up|copies)\b[^.;]{0,100}\b(?:vers|to|in|at"
    r"|dans|sur|chez|en)\b[^.;]{0,60}\b(?:data ?cent(?:er|re)s?|centres? de donnees"
    r"|datacenters?|region|cloud|platform|plateforme|vault|coffre|hebergeur|infrastructure"
    r"|nas|baie|stockage|storage)\b"
)


# several places named ("dans les centres de données de Colomiers et de Bordeaux", "in the
# Provider's two data centres"): how many copies each holds is not said
_PLACES = re.compile(r"\b(?:centres|centers|datacenters|sites|regions|locations|emplacements)\b")


def _one_place(ctx: Context, passages: list[int]) -> None:
    """No copy read at all, no second one named: backups sent to one place are one copy."""
    for at in passages:
        text = ctx.folded(at)
        if _ONE_PLACE.search(text) and not _NOT_TAKEN.search(text) and not _PLACES.search(text):
            # "The NAS is replicated to our Dublin data centre" after it: a second copy
            after = [i for i in (at + 1, at + 2) if i < len(ctx.sentences)]
            if any(_names_a_second_copy(ctx, i) for i in after):
                return
            ctx.add(Candidate(CRITERION, "single_copy", "text", at, 0.55))
            return


def _in_a_backup_clause(ctx: Context, index: int, named: set[int]) -> bool:
    """A sentence naming copies, after a sentence on backups just before, or naming a
    second copy in words ("une deuxième copie est envoyée vers notre site de Rennes")."""
    return bool({index - 1, index - 2} & named) or bool(
        _SECOND_COPY_WORDS.search(ctx.folded(index))
    )


# "Fait à Herstal, en deux exemplaires": the copies of the contract signed, not of the data
_SIGNED_COPIES = re.compile(
    r"^fait a\b|\boriginaux\b|\bsigned in (?:two|duplicate)"
    r"|\b(?:cop(?:y|ies)|copies|exemplaires) (?:\w+ )?(?:of|du|de)"
    r" (?:the |this |ce |cette |la |l')?(?:present |signed )?(?:contrat|contract|agreement"
    r"|accord|convention|invoices?|factures?|order|bon de commande)\b"
)


# the appliance placed in the remote site: one place ("sur une baie située dans le second centre
# de données du Prestataire", "to a NAS hosted in our data centre")
_SITED_IN = re.compile(
    r"\b(?:nas|appliance|baie|disque|disk)\b(?: [\w'-]+){0,2}? (?:situee?s?|located|hosted"
    r"|hebergee?s?|installee?s?|placed|housed) (?:dans|in|at|a|au)\b"
)


def _names_a_second_copy(ctx: Context, index: int) -> bool:
    text = ctx.folded(index)
    # the word index first: most backup sentences hold none of the strings a second copy needs
    named = (ctx.may_hold(_SECOND, index) and ctx.names_without_denial(_SECOND, text)) or bool(
        _LOCAL.search(text) and _REMOTE.search(text) and not _SITED_IN.search(text)
    )
    return named and not (
        _NOT_TAKEN.search(text) or _SIGNED_COPIES.search(text) or not_this_clients(ctx, index)
    )


def _immutable(ctx: Context, index: int) -> bool:
    texts = [ctx.folded(index)]
    following = ctx.next_in_block(index)
    if following is not None:
        texts.append(ctx.folded(following))
    return any(
        _IMMUTABLE.search(t) and not _NOT_TAKEN.search(t) and not _DENIED.search(t) for t in texts
    )
