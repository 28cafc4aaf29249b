"""What the general liability cap leaves out: its carve-outs, read from the clause as a whole.

A careful reader does not wait for a sentence saying "there is no exception to the cap". A
clause that caps the provider's liability ("limited to the fees of the last six months",
"toutes causes confondues" or not) and names no exception around it (no gross negligence,
wilful misconduct, fraud, death, personal data, confidentiality, "sauf", "except", "does not
apply", "nothing in this agreement limits", "subject to clause 9.3") leaves every loss under
the cap: ``liability.carve_outs`` = ``none`` (CONVENTIONS.md: "the cap clause names no
exception at all"). The answer is derived, so it is held back whenever its evidence is not
really there:

- it needs the general cap itself (the sentence ``liability.py`` read a cap from: a cap for
  one kind of claim or a super-cap is not read as the general one);
- the liability clause (the cap's section, from its heading to the next, or the sentences
  around it when it has none) must name no exception, no super-cap and no clause the cap is
  "subject to"; only its sentences about liability or a limit, and the items of a list it
  opens, are read for one: the "unless either party gives notice" of a renewal clause just
  above, or the title of the next annex, qualifies no cap;
- a cap that is only a figure plugged into a cap written in another document ("the aggregate
  liability cap in clause 14.2 of the MSA is equal to...") does not show its exceptions: they
  are in that other document;
- any carve-out a rule reads (``some``, ``uncapped_or_supercap``) outranks it: ``none`` is
  given rank 0.

The other way round, a contract that caps nothing and says its provider answers for the
damage it causes "dans les conditions du droit commun", "under general law", or that "its
liability is not limited", leaves every loss outside any cap: ``uncapped_or_supercap``. Read
only when no cap was found anywhere in the document.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context

CONFIDENCE = 0.6
# how far a liability clause reaches around its cap when no heading bounds it
_BEFORE = 3
_AFTER = 6
# a heading further than this above the cap is not the cap's own clause title
_HEADING_REACH = 12
# what an exception to a cap says, in either language (folded text)
_EXCEPTION = re.compile(
    r"\b(?:except|excepting|excluding|save (?:for|in|as)|other than|unless|sauf|hormis|excepte"
    r"|a l'exception|hors (?:le |les )?cas|sous reserve d|subject to (?:clause|section|article"
    r"|paragraph|sub-?clause|the (?:following|exceptions?))"
    r"|(?:does|do|shall|will) not (?:apply|limit|exclude|restrict)|ne s'appliqu\w*"
    r"|(?:n'est|ne sont|ne sera|ne seront) pas (?:applicables?|plafonne\w*|limite\w*)"
    r"|nothing in|aucune (?:stipulation|disposition|clause)|neither party (?:shall )?(?:limits?"
    r"|excludes?)|faute (?:lourde|dolosive|intentionnelle)|\bdol\b|gross(?:ly)? neglig\w*"
    r"|wil+ful|fraud\w*|death|personal injury|bodily|corporel\w*|unlimited|illimite\w*"
    r"|uncapped|non plafonne\w*|not (?:be )?capped|super-?cap|plafond (?:specifique|distinct"
    r"|particulier|separe)|separate (?:\w+ )?(?:cap|limit)|personal data|donnees (?:a caractere"
    r" )?personnel\w*|data protection|protection des donnees|confidential\w*|indemnif\w*"
    r"|infring\w*|contrefacon|intellectual property|propriete intellectuelle)"
)
# "the aggregate liability cap in clause 14.2 of the MSA is equal to ...": the cap is written
# in another document, with whatever exceptions it has there
_CAP_ELSEWHERE = re.compile(
    r"\b(?:msa|master (?:services? )?agreement|framework agreement|contrat-cadre"
    r"|accord-cadre|conditions generales)\b"
)
_CLAUSE_NUMBER = re.compile(r"\b(?:clause|section|article|art\.)\s?[0-9]")
# "Le titulaire est responsable, dans les conditions du droit commun, des dommages...",
# "The Supplier is liable under general law", "its liability is not limited"
_NO_CAP = re.compile(
    r"\b(?:responsab\w*|liab\w*)\b[^.;]{0,60}(?:conditions du droit commun|selon le droit commun"
    r"|under (?:the )?general law|in accordance with (?:the )?general law)"
    r"|\b(?:liability|responsabilite) (?:[\w']+ ){0,4}(?:is|est) (?:not limited|unlimited|illimitee"
    r"|pas limitee)\b"
)


def extract_liability_scope(ctx: Context) -> None:
    """Read ``liability.carve_outs`` = ``none`` at the general cap when its clause names no
    exception (see the module docstring)."""
    caps = sorted({c.sentence for c in ctx.candidates if c.criterion == "liability.cap"})
    if any(c.criterion == "liability.carve_outs" for c in ctx.candidates):
        return
    if not caps:
        _read_no_cap(ctx)
        return
    index = caps[0]
    text = ctx.folded(index)
    if _CAP_ELSEWHERE.search(text) and _CLAUSE_NUMBER.search(text):
        return
    if any(_EXCEPTION.search(ctx.folded(i)) for i in _said_of_the_cap(ctx, index)):
        return
    if _uncapped_elsewhere(ctx):
        return
    ctx.add(Candidate("liability.carve_outs", "none", "text", index, CONFIDENCE, rank=0))


# a liability left uncapped in another clause: "the Provider's liability for breaches of data
# protection is unlimited", « n'est pas plafonnée », "Nothing in this Agreement limits"
_UNCAPPED = re.compile(
    r"\bunlimited\b|\buncapped\b|\billimite\w*|\bnon plafonne\w*"
    r"|\b(?:n'est|ne sont|ne sera|ne seront) pas plafonne\w*"
    r"|\bnot (?:be )?(?:capped|subject to (?:the|any|this|that) (?:cap|limit\w*))"
    r"|\bnothing in (?:this|the) (?:agreement|contract)\b[^.;]{0,60}\blimits?\b"
    r"|\baucune (?:stipulation|disposition|clause)\b[^.;]{0,60}\blimit\w*"
)


def _uncapped_elsewhere(ctx: Context) -> bool:
    """A sentence anywhere in the document that leaves a liability outside any cap: the
    document names an exception, whatever the cap's own clause says (CONVENTIONS.md: "the
    document names no exception")."""
    liability = ctx.rules.word("liability_context")
    return any(liability.search(ctx.folded(i)) for i in ctx.matching(_UNCAPPED))


# "Ce montant ne constitue pas une limite de responsabilité", "this is not a cap on liability"
_NOT_A_LIMIT = re.compile(
    r"\b(?:ne constitue|n'est|ne sont|ne constituent) pas (?:une |des )?(?:limite|plafond)s?\b"
    r"|\b(?:is|are) not (?:a |an )?(?:cap|limit|limitation)s?\b|\bdoes not limit\b"
)


def _read_no_cap(ctx: Context) -> None:
    """No cap anywhere, and liability "dans les conditions du droit commun": nothing capped."""
    rules = ctx.rules
    for index in ctx.search.matching_all(
        (rules.word("liability_context"), rules.word("liability_cap"))
    ):
        if not ctx.says(_NOT_A_LIMIT, index) and not ctx.says(_NO_CAP, index):
            return  # a cap the extractor could not put a figure on is still a cap
    for index in ctx.matching(_NO_CAP):
        if not ctx.says(_EXCEPTION, index):
            ctx.add(Candidate("liability.carve_outs", "uncapped_or_supercap", "text", index,
                              CONFIDENCE, rank=2))  # fmt: skip
            return


# words that make a sentence about liability or its cap ("this limitation", "le plafond")
_ABOUT_CAP = re.compile(r"\blimit\w*|\bplafon\w*|\bcap(?:ped|s)?\b|\bexclu\w*|\bexclusion")
# a ground no cap usually covers, named in a sentence of the clause that need not say
# "liability" again ("This does not apply in case of gross negligence", « La faute lourde
# reste en dehors de ce montant »)
# the title of a next part: "Annexe 2 - Protection des données personnelles"
_TITLE = re.compile(
    r"^\W*(?:annexes?|annex|appendix|schedule|exhibit|article|section|chapitre|chapter|titre"
    r"|partie|part)\b[^.;:]*$"
)
# (only close below the cap: further down it may be the title of the next annex, "Annexe B -
# Protection des données personnelles")
_GROUND_REACH = 3
_GROUND = re.compile(
    r"faute (?:lourde|dolosive|intentionnelle)|\bdol\b|gross(?:ly)? neglig\w*|wil+ful|fraud\w*"
    r"|\bdeath\b|personal injury|bodily|dommages? corporel\w*|uncapped|non plafonne\w*"
    r"|super-?cap|personal data|donnees (?:a caractere )?personnel\w*|data protection"
    r"|protection des donnees"
)


def _said_of_the_cap(ctx: Context, index: int) -> list[int]:
    """The sentences of the cap's clause that may qualify it: the cap's own and the one
    right after it, the ones about liability or a limit or naming a ground caps leave out
    (gross negligence, fraud, personal data...), and the items of a list the clause opens
    after it ("The cap does not apply to:"). A renewal clause just above ("renews ...
    unless either party gives notice") or the title of the next annex is no exception to
    the cap."""
    liability = ctx.rules.word("liability_context")
    kept = []
    listing = False
    for i in _clause_around(ctx, index):
        text = ctx.folded(i)
        below = i > index and not _TITLE.match(text)  # not the title of what follows
        if (
            i == index
            or (below and i == index + 1)  # the sentence right after the cap ("This does
            # not apply to...", « Ceci ne s'applique pas... »)
            or liability.search(text)
            or _ABOUT_CAP.search(text)
            or (below and i <= index + _GROUND_REACH and _GROUND.search(text))
            or listing
        ):
            kept.append(i)
        if i >= index:
            listing = listing or text.rstrip().endswith(":")
    return kept


def _clause_around(ctx: Context, index: int) -> range:
    """The sentences of the clause a cap belongs to: from its heading to the next heading, or
    a few sentences either side when no heading is close above it."""
    headings = ctx.sections.headings
    above = [h for h in headings if index - _HEADING_REACH <= h <= index]
    if not above:
        return range(max(0, index - _BEFORE), min(len(ctx.sentences), index + _AFTER + 1))
    start = max(above)
    below = [h for h in headings if index < h <= index + _HEADING_REACH]
    end = min(below) if below else min(len(ctx.sentences), index + _AFTER + 1)
    return range(start, end)
