"""Whether missing the response or restoration times costs the provider anything.

A contract may deny any credit on its times ("no service credits are payable in respect of
them") while it credits availability: credits then bear on availability only
(``availability.credits_on_response``). Read after the credit ladder (``credits.py``).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context

# a credit counted per incident or per breach: "per P1 incident", "pour chaque dépassement"
PER_EVENT = re.compile(
    r"\b(?:per|par|for each|for every|pour chaque|each|chaque) (?:[\w-]+ )?"
    r"(?:incidents?|tickets?|breach(?:es)?|depassements?|manquements?|retards?)\b"
)


# Reading habit: "The times in this clause are targets. ... no service credits are payable in
# respect of them", "Leur dépassement n'ouvre droit à aucune pénalité", "We don't pay penalties
# if we miss them", "Seul le non-respect du taux de disponibilité donne lieu à des pénalités":
# the reader asks what the denial (or the "only") is said of. When its subject is the response
# or restoration times, named in the sentence or, for a sentence that names no measure of its
# own, in the sentence before it ("them", "leur", "ces délais"), missing the times costs the
# provider nothing: credits, if any, are on availability only. Not so when another sentence
# sets credits on late responses or per incident (one measure denied, another credited).
DENIES_CREDIT = re.compile(
    r"\bno (?:service |other )?(?:credits?|penalt(?:y|ies)|compensation)\b"
    r"|\b(?:don't|do not|does not|will not|won't|shall not|doesn't) (?:pay|give|grant|owe|offer"
    r"|issue|earn|attract|carry) (?:any )?(?:service )?(?:credits?|penalt(?:y|ies)|compensation)"
    r"|\b(?:not|never) (?:give rise to|entitle (?:you|the (?:customer|client)) to|attract|carry)"
    r" (?:any )?(?:service )?(?:credits?|penalt(?:y|ies)|compensation)\b"
    r"|\b(?:aucune?|sans|ni) (?:penalites?|avoirs?|credits?|indemnites?)\b"
    r"|\b(?:pas|point) (?:de |d')(?:penalites?|avoirs?|credits?|indemnites?)\b"  # "il n'y a pas de"
    r"|\b(?:aucune?|ni) remises?\b"  # not "sans remise en cause du droit de résilier"
    r"|\bne (?:donne|donnent|ouvre|ouvrent|entraine|entrainent)(?: pas| jamais)? (?:lieu|droit) a"
    r" (?:aucune?|des|de|d')? ?(?:penalit|avoir|credit|remise|indemnit)"
    r"|\bn'(?:ouvre|ouvrent|entraine|entrainent)(?: pas| jamais)? (?:lieu|droit)? ?a"
    r" (?:aucune?|des|de|d')? ?(?:penalit|avoir|credit|remise|indemnit)"
)
# "seul le non-respect du taux de disponibilité donne lieu à des pénalités", "only the
# availability commitment attracts credits", "credits apply to availability only"
_ONLY_AVAILABILITY = re.compile(
    r"\b(?:seule?s?|only|solely|uniquement|exclusivement)\b[^.;]{0,60}"
    r"(?:disponibilit|availability|uptime)[^.;]{0,80}"
    r"\b(?:donne\w* lieu|ouvre\w* droit|gives? rise|entitles?|attracts?|carr(?:y|ies)|earns?)"
    r"|\b(?:credits?|penalit\w*|penalt(?:y|ies)|avoirs?)\b[^.;]{0,40}\b(?:apply|appl\w+|portent"
    r"|s'appliquent|are due|sont dus)\b[^.;]{0,20}(?:disponibilit|availability|uptime)\w*"
    r" (?:only|seulement|uniquement)\b"
)
# the times a denial may be said of
_TIMES = re.compile(
    r"\b(?:delais|temps de (?:reponse|prise en charge|retablissement|resolution|correction)"
    r"|gti|gtr|(?:response|resolution|restoration|fix|repair|intervention|triage)"
    r" (?:times?|targets?|deadlines?)|(?:the|these|those|such|all) times"
    # "no credits are payable if a target is missed": the target missed is a time's
    r"|(?:targets?|service levels?) (?:is|are) (?:missed|not met)"
    r"|(?:objectifs?|niveaux? de service) (?:n'est|ne sont|n'a|n'ont) pas (?:ete )?"
    r"(?:atteint|tenu))\b"
)
# "No service credits apply to this agreement", "le présent contrat ne prévoit aucune
# pénalité": a denial said of the whole contract covers the times too
_WHOLE_AGREEMENT = re.compile(
    r"\b(?:to|under|in) (?:this|the) (?:agreement|contract)\b"
    r"|\b(?:le|ce|au titre du|dans le cadre du) (?:present )?contrat\b"
)
# a sentence that speaks of what the sentence before named: "in respect of them", "if we
# miss them", "Leur dépassement", "si nous les dépassons"
_REFERS_BACK = re.compile(
    r"\b(?:them|they|these|those|leur|leurs|ceux-ci|celles-ci)\b|\b(?:les|ces) (?:depass|manqu"
    r"|respect|tenir|tient|atteind)\w*|\b(?:ces|lesdits) delais\b"
)
# a denial because of a cause (the client's fault, force majeure) is an exclusion, not a rule
_CAUSE = re.compile(
    r"\b(?:caused by|due to|attributable|resulting from|arising from|imputable\w*|du fait d"
    r"|en raison d|cause\w* par|force majeure)\b"
)


def no_credit_on_times(ctx: Context) -> None:
    rules = ctx.rules
    measures = (rules.word("response"), rules.word("restoration"), _TIMES)
    availability = rules.word("availability")
    found: list[int] = []
    credited = False
    times_credited = False  # some credit sentence names the times (and not availability)
    says = ctx.says  # each search only where the sentence holds the pattern's strings
    for index in ctx.matching(rules.word("credit_context")):
        if says(_ONLY_AVAILABILITY, index):
            found.append(index)
            continue
        named = any(says(p, index) for p in measures)
        times_credited |= named and not says(availability, index)
        if not says(DENIES_CREDIT, index):
            # a credit for late responses or per incident: the times do cost something
            credited |= named and not says(availability, index) and says(PER_EVENT, index)
            continue
        if says(_CAUSE, index) or says(availability, index):
            continue
        before = ctx.previous_in_block(index)
        said_of_times = named or (
            before is not None and says(_REFERS_BACK, index) and says(_TIMES, before)
        )
        if said_of_times or says(_WHOLE_AGREEMENT, index):
            found.append(index)
    if found and not credited:
        ctx.add(Candidate("availability.credits_on_response", "availability_only", "text",
                          found[0], 0.8))  # fmt: skip
    elif not found and not times_credited:
        _ladder_on_availability_only(ctx)


def _ladder_on_availability_only(ctx: Context) -> None:
    """Reading habit: "If availability in a month falls below the commitment, the following
    credit applies: ..." with response and restoration times elsewhere and not one credit
    sentence naming them: the careful reader sees what the clause leaves out, the credits
    bear on availability only and a missed delay costs the provider nothing. Said only when
    both are in the document (a credit ladder with its tiers, committed delays); rank 0, so
    that any credit a rule reads on the times outranks it."""
    tiers = [c for c in ctx.candidates if c.kind == "credit_tier"]
    if not tiers or not any(c.criterion.startswith("support.p") for c in ctx.candidates):
        return
    ctx.add(Candidate("availability.credits_on_response", "availability_only", "text",
                      tiers[0].sentence, 0.6, rank=0))  # fmt: skip
