"""How service credits or penalties are obtained (``availability.credit_ladder``'s answer),
read for every credit or penalty the document gives, on availability or on delays.

A careful reader records the answer whenever the document gives any credit or penalty
(CONVENTIONS.md, ``availability.credit_ladder``): ``claim_based`` when the client must ask
("the Client may claim a credit ... within 30 days", "à la demande écrite du Client"),
``automatic`` otherwise: a penalty the text says is due, with no claim step written, is applied
("donne lieu à une pénalité de 2 %", "you will receive a credit of 5 %"). The reading habit:
first, does the document give a credit or a penalty for a missed level? (a credit ladder, a
cap on credits, a credit per missed delay, found by the extractors before; or a sentence that
grants a penalty or credit with its amount for a missed delay or availability); then, is a claim
step written next to it?

``none_or_token`` when the document gives none and says so ("Aucune pénalité n'est due en cas de
dépassement des délais", "no service credits are payable in respect of them"); such a document
also gets no ``availability.credits_on_response``. Not a denial of credits: a termination
"without penalty", late-payment penalties the client owes, a denial for an option not taken.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.not_this_client import OFFERED
from slaeval.analysis.oncall_offered import option_taken
from slaeval.analysis.records import a_record_or_example
from slaeval.analysis.tiers import bought_tier, bought_tier_spans, other_tier_sentences

_LADDER = "availability.credit_ladder"
_ON_RESPONSE = "availability.credits_on_response"

# the credit or penalty words, for the provider's failures
_CREDIT = re.compile(
    r"\b(?:penalites?|penalt(?:y|ies)|avoirs?|(?:service )?credits?|remboursons|rembourse)\b"
)
# a level the credit is for: a delay, availability, a service level
_LEVEL = re.compile(
    r"\b(?:delais?|gti|gtr|prise en charge|retablissement|intervention|resolution|disponibilite"
    r"|availability|uptime|response|restoration|resolution|fix|sla|niveaux? de service"
    r"|service levels?|p[0-4]|sev ?[0-4]|severity|priorit\w*|incidents?|tickets?|targets?"
    r"|objectifs?|depassements?|retards?|late|missed|failures?|manquements?|rto|rpo)\b"
)
# an amount owed: a percentage or a sum
_AMOUNT = re.compile(r"\d\s?%|\d[\d .,]*\s?(?:€|eur\b|euros?\b|£|gbp\b|\$|usd\b|chf\b)")
# a level's own figure, not a credit: "99,5 %", "98%" ("a target of 99.5%; credits, if any,
# are set out in the Order Form" names no credit amount)
_LEVEL_FIGURE = re.compile(r"(?<![\d.,])9\d(?:[.,]\d+)?\s?%")
# the words that name a penalty or credit, for the sentences read here: the rules' credit words
# and the English penalty ("Missed response times give rise to no penalty")
_PENALTY = re.compile(r"\bpenalt(?:y|ies)\b")
# a grant, not a description of the client's own penalties
_NOT_FOR_THE_PROVIDER = re.compile(
    r"\b(?:paiement|payment|impaye\w*|interets? de retard|recouvrement|late payment|overdue"
    r"|resili\w*|terminat\w*|cancel\w*|annul\w*|early exit|sortie anticipee)\b"
)
# a row of tiers side by side where some column has no credit ("| Standard : Non |")
_SOME_TIERS_WITHOUT = re.compile(
    r"\| [^|:]{1,30} : (?:non|no|none|aucune?|sans|-|–|—|n/a|not included|non inclus)(?: \||$)"
)
# "credits apply only to availability", "seule la disponibilité donne lieu à des avoirs": the
# document has credits, for something else than what it denies them for
_ONLY_SOME = re.compile(
    r"\b(?:apply|applies|available|payable|due) only (?:to|for|on|in respect of)\b"
    r"|\bonly (?:to|for|on) (?:the )?(?:availability|uptime)\b"
    r"|\b(?:seule?s?|uniquement|exclusivement)\b[^.;]{0,40}\bdisponibilit"
)
# a credit granted on a condition of asking: "granted only if the Customer requests them in
# writing", "provided you claim it within 30 days", "à condition que le Client en fasse la
# demande"
# (a ticket is no claim: "subject to a support request being logged", "à condition que le
# Client ait fait la demande d'intervention")
_CLAIMED_IF = re.compile(
    r"\b(?:only if|provided(?: that)?|subject to|on condition that|as long as)\b[^.;]{0,40}"
    r"(?<!support )(?<!service )(?<!change )(?<!intervention )(?<!assistance )"
    r"\b(?:requests?|claims?|asks? for|applies for)\b(?! (?:is|being|has been) (?:logged|opened"
    r"|raised))"
    r"|\b(?:a condition que|sous reserve que|pourvu que)\b[^.;]{0,40}"
    r"\b(?:en fasse la demande|les? (?:demande|reclame)|la demande(?! d'(?:intervention"
    r"|assistance)| de (?:support|service|changement|modification))|le reclame)\b"
)
# "aucune pénalité", "ni pénalité ni remise", "no service credits", "does not give rise to any
# credit": the document says there are none
_DENIED = re.compile(
    r"\baucun(?:e|s)? (?:penalite|avoir|credit|remise|indemnite)s?\b"
    r"|\bni (?:penalite|avoir|credit|remise)s?\b"
    r"|\bno (?:service )?(?:credits?|penalt(?:y|ies))\b"
    r"|\bnot (?:[\w-]+ ){0,3}(?:give rise to|entitle \w+ to|attract|pay) any (?:service )?"
    r"(?:credits?|penalt(?:y|ies))\b"
    r"|\bwon't (?:[\w-]+ ){0,2}pay any (?:service )?credits?\b"
    r"|\bpas (?:de |d'|lieu a (?:des )?)(?:penalite|avoir|credit)s?\b"
)


def settle_credit_kind(ctx: Context) -> None:
    """Record how the credits are obtained when the document gives any, or ``none_or_token``
    when it gives none and says so."""
    offered = _offered_not_taken(ctx)
    if offered:
        # credits offered as an option the client is not shown to take give nothing (G2)
        ctx.candidates[:] = [
            c
            for c in ctx.candidates
            if not (c.criterion in (_LADDER, _ON_RESPONSE) and c.sentence in offered)
        ]
    given = _credits_given(ctx, offered)
    _per_breach(ctx, given)
    answers = [c for c in ctx.candidates if c.criterion == _LADDER and c.kind == "answer"]
    if given:
        if any(c.value in ("automatic", "claim_based") for c in answers):
            return
        # a credit really given is not "none": a denial elsewhere is about something else
        ctx.candidates[:] = [c for c in ctx.candidates if c not in answers]
        claims = _claim_steps(ctx)
        if claims:
            ctx.add(Candidate(_LADDER, "claim_based", "text", claims[0], 0.7, rank=2))
        else:
            ctx.add(Candidate(_LADDER, "automatic", "text", given[0], 0.7))
        return
    if not answers:
        denials = _denials(ctx)
        if not denials:
            return
        ctx.add(Candidate(_LADDER, "none_or_token", "text", denials[0], 0.7))
    if all(c.value == "none_or_token" for c in answers):
        # a document that gives no credit and says so gets no credits_on_response
        ctx.candidates[:] = [c for c in ctx.candidates if c.criterion != _ON_RESPONSE]


def _credits_given(ctx: Context, offered: set[int]) -> list[int]:
    """Sentences that give a credit or penalty: found by the credit extractors (a rung, a cap,
    a credit per missed delay), or a sentence that grants one, with its amount, for a level."""
    found = {
        c.sentence
        for c in ctx.candidates
        if (c.criterion == _LADDER and c.kind in ("credit_tier", "credit_cap"))
        or (c.criterion == _ON_RESPONSE and c.value in ("per_breach", "above_threshold"))
    }
    skipped = other_tier_sentences(ctx) | offered
    bought = bought_tier(ctx)
    for index in _credit_sentences(ctx):
        text = ctx.folded(index)
        if index in found or index in skipped or not _CREDIT.search(text):
            continue
        spans = bought_tier_spans(ctx, index, bought)
        if spans is None and _SOME_TIERS_WITHOUT.search(text):
            continue  # "Avoir | Standard : Non | Premium+ : 5 %": not known to be the client's
        # tiers side by side: the amount must stand in the client's column
        amount = next(
            (
                m
                for m in _AMOUNT.finditer(text)
                if (spans is None or any(a <= m.start() < b for a, b in spans))
                and not _LEVEL_FIGURE.match(text, _number_start(text, m.start()))
            ),
            None,
        )
        if (
            amount
            and _LEVEL.search(text)
            and not _DENIED.search(text)
            and not _NOT_FOR_THE_PROVIDER.search(text)
            and not a_record_or_example(text, amount.start())
        ):
            found.add(index)
    return sorted(found)


def _offered_not_taken(ctx: Context) -> set[int]:
    """Sentences that offer credits as an option ("As an option, the Provider offers a credit
    of 5%...", « Le Client peut souscrire l'option SLA+ : un avoir de 5 % ... ») when no
    sentence says the client took it."""
    out: set[int] = set()
    for index in sorted(set(_credit_sentences(ctx)) & set(ctx.matching(_OFFERED))):
        text = ctx.folded(index)
        clauses = [c for c in re.split(r"[;|]", text) if _CREDIT.search(c)]
        if any(_OFFERED.search(c) for c in clauses) and not option_taken(ctx, [text]):
            out.add(index)  # the option said in the credit's own clause
    return out


# credits one may subscribe to: an option offered (``not_this_client.OFFERED``), an add-on, an
# option the client "may subscribe"
_OFFERED = re.compile(
    rf"{OFFERED.pattern}|\badd-?ons?\b|\bsur option\b"
    r"|\b(?:may|can) (?:subscribe|order|purchase|buy)\b|\bpeut (?:souscrire|commander)\b"
    r"|\bpeut etre (?:souscrit|commande)e?s?\b|\bpourra souscrire\b"
)


def _credit_sentences(ctx: Context) -> list[int]:
    """The sentences that name a credit or a penalty, in either language."""
    found = set(ctx.matching(ctx.rules.word("credit_context"))) | set(ctx.matching(_PENALTY))
    return sorted(found)


def _number_start(text: str, at: int) -> int:
    """Where the number whose digit stands at ``at`` starts ("99,5 %": at its first 9)."""
    while at > 0 and (text[at - 1].isdigit() or text[at - 1] in ".,"):
        at -= 1
    return at


def _per_breach(ctx: Context, given: list[int]) -> None:
    """A credit or penalty granted for each missed delay ("tout dépassement d'un délai de prise
    en charge donne lieu à un avoir de 2 %", "a credit of 5% for each SEV1 ticket affected"):
    ``credits_on_response`` is ``per_breach`` when no rule has read it so already."""
    if any(
        c.criterion == _ON_RESPONSE and c.value in ("per_breach", "above_threshold")
        for c in ctx.candidates
    ):
        return
    rules = ctx.rules
    for index in given:
        text = ctx.folded(index)
        late = rules.word("response").search(text) or rules.word("restoration").search(text)
        if (late or _DELAY.search(text)) and any(
            not _DOWNTIME.match(text, m.end()) and not _PERIOD.match(text, m.end())
            for m in _EACH.finditer(text)
        ):
            ctx.add(Candidate(_ON_RESPONSE, "per_breach", "text", index, 0.7, rank=2))
            return


# a delay the credit is for, and the event it is counted by
_DELAY = re.compile(r"\b(?:delais?|gti|gtr|response times?|restoration times?|fix times?)\b")
_EACH = re.compile(
    r"\bpar (?:depassement|manquement|incident|ticket|heure|jour)\b|\bpour chaque\b"
    r"|\bchaque (?:depassement|incident|retard|ticket|manquement)\b|\btout depassement\b"
    r"|\bfor each\b|\bper (?:breach|incident|ticket|hour|day|failure|missed)\b"
    r"|\beach (?:such )?(?:failure|breach|ticket|incident|missed|late)\b|\bany (?:missed|late)\b"
)
# "5 % par jour d'indisponibilité", "per hour of downtime": a credit counted by the time the
# service is down is an availability credit, whatever delay the sentence also names
# "for each month in which availability is below", « pour chaque mois »: a period, no breach
_PERIOD = re.compile(
    r" (?:calendar |civil )?(?:months?|mois|quarters?|trimestres?|years?|annees?|weeks?"
    r"|semaines?)\b"
)
_DOWNTIME = re.compile(
    r" (?:\w+ )?(?:d'|of )(?:indisponibilite|interruption|arret|downtime|unavailability|outage)"
)


def _claim_steps(ctx: Context) -> list[int]:
    """A claim step next to the credits: "may claim a credit", "must request it in writing
    within 30 days", "à la demande écrite du Client" (not "sans avoir à le demander")."""
    rules = ctx.rules
    automatic = set(ctx.matching(rules.word("automatic")))
    not_automatic = rules.word("not_automatic")
    out: list[int] = []
    claimed = set(ctx.matching(rules.word("claim_based"))) | set(ctx.matching(_CLAIMED_IF))
    for index in sorted(claimed):
        text = ctx.folded(index)
        if index in automatic and not not_automatic.search(text):
            continue
        if _INFORMATION_ON_REQUEST.search(text) and not _ASKED_FOR_CREDIT.search(text):
            continue  # "Le détail du calcul des pénalités est communiqué sur demande"
        near = _CREDIT.search(text) or (
            index > 0
            and ctx.next_in_block(index - 1) == index
            and _CREDIT.search(ctx.folded(index - 1))
        )
        if near and not _NOT_FOR_THE_PROVIDER.search(text):
            out.append(index)
    return out


# information given on request is no claim for the credit, in both languages
_INFORMATION_ON_REQUEST = re.compile(
    r"\b(?:detail|calcul|justificati|rapport|releve|report|breakdown|calculation|statement)\w*"
    r"\b[^.;]{0,60}\b(?:sur (?:simple )?demande|on (?:written )?request|upon request)\b"
)
_ASKED_FOR_CREDIT = re.compile(
    r"\b(?:demande[rs]?|reclame[rs]?|request(?:s|ed)?|claim(?:s|ed)?) (?:l'|les? |un |une |des "
    r"|a |an |the |any )?(?:avoirs?|penalites?|credits?|service credits?|remises?)\b"
)


def _denials(ctx: Context) -> list[int]:
    """Sentences saying no credit or penalty is due for the levels: the sentence or the one
    before it in its paragraph names a level (a delay, a target, availability)."""
    out: list[int] = []
    other_tier = other_tier_sentences(ctx)
    for index in _credit_sentences(ctx):
        text = ctx.folded(index)
        if (
            index in other_tier
            or not _DENIED.search(text)
            or _NOT_FOR_THE_PROVIDER.search(text)
            or _ONLY_SOME.search(text)
        ):
            continue
        before = (
            ctx.folded(index - 1) if index > 0 and ctx.next_in_block(index - 1) == index else ""
        )
        if _LEVEL.search(text) or _LEVEL.search(before):
            out.append(index)
    return out
