"""The nature of the commitment and the sole remedy, judged against the credits.

An obligation of means is judged with the penalties that back it; the nature of the
commitment and the sole remedy count only when they are said of the service levels; a denial
of penalties about missed delays is no answer on the availability credit ladder. Runs after
the credit ladder is read (``credits.py``).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context
from slaeval.analysis.delay_nature import decide_by_delays
from slaeval.analysis.firm_commitment import derive_from_firm_levels

_PENALTY_CRITERIA = frozenset(
    {"availability.credit_ladder", "availability.credits_on_response", "liability.sole_remedy"}
)


def refine_commitment_nature(ctx: Context) -> None:
    """Best efforts are judged with the penalties that back them. An obligation of means with
    no credit or penalty at all is plain best effort (so is one whose document says that no
    credit is due). Targets whose own paragraph says credits apply to them ("They are
    objectives, not guarantees. Service Credits apply where section 8 says so.") are an
    obligation of means with penalties, when the document does set credits."""
    _no_ladder_without_commitment(ctx)
    _said_of_service_levels(ctx)
    tiers = any(c.kind in ("credit_tier", "credit_cap") for c in ctx.candidates)
    penalties = any(
        c.criterion in _PENALTY_CRITERIA
        and (tiers or c.value != "none_or_token")
        # "no credit is payable on the times": a denial of penalties is none
        and c.value != "availability_only"
        for c in ctx.candidates
    )
    for candidate in ctx.candidates:
        if candidate.criterion != "liability.commitment_nature":
            continue
        if candidate.value == "means_with_penalties" and (
            not penalties or _denies_credits(ctx, candidate.sentence)
        ):
            # "Restoration times are targets only: they do not give rise to Service Credits":
            # whatever credits the document sets elsewhere, these targets carry none
            candidate.value = "best_effort"
        elif (
            candidate.value == "best_effort"
            and penalties
            and (
                _credits_in_paragraph(ctx, candidate.sentence)
                or _credits_next_paragraph(ctx, candidate.sentence)
            )
        ):
            candidate.value = "means_with_penalties"
    derive_from_firm_levels(ctx, penalties)  # levels promised firmly (firm_commitment.py)
    decide_by_delays(ctx)  # the delays decide when there are any (delay_nature.py)
    _termination_kept(ctx)


# the client's right to end the contract: "Customer may terminate that service", "le Client
# peut résilier le contrat", "son droit de résilier", "the right to terminate"
_TERMINATION_RIGHT = re.compile(
    r"\b(?:may|can|peut|pourra|peuvent|pourront|is entitled to|shall be entitled to)\b[^.;]{0,40}"
    r"\b(?:terminat\w*|resili\w*|mettre fin)|\b(?:droit|right)s? (?:de |to |of )(?:resili\w*"
    r"|terminat\w*|mettre fin)"
)
# who holds that right: the party named last before it ("However, the Provider may terminate
# the Agreement if the Customer fails to pay" is the provider's right, no way out for the
# client; "ne privent pas le Client de son droit de résilier" is the client's), or the agent of
# a passive ("may be terminated by the Supplier")
_PARTY = re.compile(
    r"\b(?P<provider>provider|supplier|vendor|contractor|licensor|prestataire|fournisseur"
    r"|titulaire|editeur|we|us)\b|\b(?:customer|client|licensee|subscriber|you|buyer|purchaser"
    r"|acheteur|either party|each party|both parties|chaque partie|les parties)\b"
)
_BY_PROVIDER = re.compile(
    r"^(?: [\w'-]+)?(?: [\w'-]+)? (?:by|par) (?:the |le |l')?(?:service )?"
    r"(?:provider|supplier|vendor|contractor|licensor|prestataire|fournisseur|titulaire|editeur"
    r"|us)\b"
)
_TERMINATION_DENIED = re.compile(
    r"\b(?:may not|cannot|can not|shall not|ne (?:peut|pourra|peuvent|pourront) pas"
    r"|n'(?:a|ont) pas le droit)\b[^.;]{0,20}\b(?:terminat|resili|mettre fin)"
)


# the word that makes a sentence qualify the one before: "However", "Toutefois", "ne ...
# toutefois pas"
_CONTRAST = re.compile(
    r"\b(?:however|nevertheless|nonetheless|notwithstanding|toutefois|cependant|neanmoins"
    r"|en revanche|pour autant)\b"
)


def _termination_kept(ctx: Context) -> None:
    """ "Service Credits are Customer's sole and exclusive remedy. However, if uptime is
    below 99.0 % three months running, Customer may terminate the service": a sole remedy
    that the next sentence qualifies ("however", "toutefois") with a right to end the
    contract leaves the client the credits and the way out, as the reader then records it
    (``credits_plus_termination``). A termination right set by a clause of its own, with no
    such word, still leaves the client the way out when it is given for chronic failure of
    the levels ("below 99 % in three consecutive months", "missed three times in six
    months"), or when the sole-remedy clause excepts its clause by number ("except as set out
    in clause 7"); a termination right for any other cause does not."""
    for candidate in ctx.candidates:
        if candidate.criterion != "liability.sole_remedy" or candidate.value != "sole_remedy":
            continue
        following = candidate.sentence + 1
        if following >= len(ctx.sentences) or ctx.sentences[following].table_row:
            continue
        text = ctx.folded(following)
        kept = _CONTRAST.search(text) is not None and (
            _client_may_terminate(text) and not _TERMINATION_DENIED.search(text)
        )
        # a clause of its own on chronic failure keeps the way out too, wherever it stands
        # ("3.7 If availability is below 99.0 % in three consecutive months, the Customer may
        # terminate"): the settled readings record credits plus termination
        if (
            kept
            or _excepts_a_termination_clause(ctx, candidate.sentence)
            or _exit_for_chronic_failure(ctx)
        ):
            candidate.value = "credits_plus_termination"
            candidate.rank = max(candidate.rank, 2)


# chronic failure of a level: a count of months or of misses over a period
_CHRONIC = re.compile(
    r"\b(?:consecutive|consecutifs?|successifs?|rolling|glissante?s?|chronic|persistent"
    r"|repeated(?:ly)?|repetee?s?|recurrent\w*)\b|\b(?:two|three|four|deux|trois|quatre|[2-6])"
    r"(?: \([2-6]\))? (?:\w+ )?(?:months|mois|times|fois)\b"
)
_LEVEL_MISSED = re.compile(
    r"\b(?:below|under|miss\w*|fails? to meet|falls?|inferieure?s?|en dessous|non-respect"
    r"|manquement\w*|depasse\w*|not met)\b"
)


_NOTICE = re.compile(
    r"\bpreavis (?:minimum |ecrit )?(?:de |d')(?:au moins )?(?:[\w-]+ )?(?:\([0-9]+\) )?"
    r"(?:mois|jours|semaines)\b|\b[\w-]+ (?:\([0-9]+\) )?(?:months?|days?|weeks?)'?s? (?:prior )?"
    r"(?:written )?notice\b"
)


def _exit_for_chronic_failure(ctx: Context) -> bool:
    """A sentence where the client may end the contract or a service because a level was
    missed again and again."""
    for at in ctx.matching(_CHRONIC):
        text = ctx.folded(at)
        # the count of a notice is no repetition ("moyennant un préavis de trois mois")
        if not _CHRONIC.search(_NOTICE.sub(" ", text)):
            continue
        if (
            _LEVEL_MISSED.search(text)
            and _client_may_terminate(text)
            and not _TERMINATION_DENIED.search(text)
        ):
            return True
    return False


# "except as set out in clause 7", "save as provided in Section 9", "sous réserve de l'article
# 12", "sauf dans les cas prévus à l'article 12"
_EXCEPT_CLAUSE = re.compile(
    r"(?:\b(?:except|save|other than|subject to|sauf|hormis)\b|\bsous reserve d[eu']"
    r"|\bsans prejudice d[eu'])"
    r"[^.;]{0,40}?\b(?:clause|section|article|paragraph|paragraphe|art\.) (?P<n>[0-9]{1,2})\b"
    r"(?![.,][0-9])"
)
_TITLE_NUMBER = re.compile(
    r"^\s*(?:(?:clause|article|section|art\.) )?(?P<n>[0-9]{1,2})\b(?![.,][0-9])"
)


def _excepts_a_termination_clause(ctx: Context, index: int) -> bool:
    """A sole remedy that excepts a clause by its number: a reader turns to that clause and,
    when it gives the client a right to end the contract ("7. PERSISTENT FAILURE ... the
    Customer may terminate"), records the credits and the way out."""
    numbers = {m.group("n") for m in _EXCEPT_CLAUSE.finditer(ctx.folded(index))}
    if not numbers:
        return False
    for head in ctx.sections.headings:
        title = _TITLE_NUMBER.match(ctx.folded(head))
        if title is None or title.group("n") not in numbers:
            continue
        for member in ctx.sections.governed_by([head]):
            text = ctx.folded(member)
            if _client_may_terminate(text) and not _TERMINATION_DENIED.search(text):
                return True
    return False


def _client_may_terminate(text: str) -> bool:
    """A right to end the contract that the client holds, or that no party is named for; not
    the provider's ("However, the Provider may terminate the Agreement if the Customer fails
    to pay")."""
    for right in _TERMINATION_RIGHT.finditer(text):
        if _BY_PROVIDER.search(text[right.end() :]):
            continue  # "may be terminated by the Supplier"
        parties = list(_PARTY.finditer(text, 0, right.start()))
        if not parties or not parties[-1].group("provider"):
            return True  # the client's right, or no party named
    return False


def _credits_next_paragraph(ctx: Context, index: int) -> bool:
    """ "Provider will use commercially reasonable efforts to meet the Service Levels. The
    Service Levels are targets." then, as the next clause, "If Provider misses the P1
    Response target ... Customer will receive a credit": the credits the next paragraph sets
    back the targets just stated. Only the paragraph right after, within the same section (a
    new section's title, "5. SERVICE CREDITS", starts another subject), not a table row, and
    only credits said of targets or delays: an availability ladder after "restoration times
    are targets only" backs the availability, not those targets. Targets whose own sentence
    denies them credits stay best efforts."""
    at = index
    while (following := ctx.next_in_block(at)) is not None:
        at = following
    after = at + 1
    if after >= len(ctx.sentences) or ctx.sentences[after].table_row:
        return False
    if after in ctx.sections.headings or _denies_credits(ctx, index):
        return False
    at2: int | None = after
    while at2 is not None:
        # credits said of the targets ("misses the P1 Response target"), not an availability
        # ladder that follows restoration targets
        if _CREDITED_TARGETS.search(ctx.folded(at2)):
            return _credits_in_paragraph(ctx, after)
        at2 = ctx.next_in_block(at2)
    return False


_CREDITED_TARGETS = re.compile(
    r"\btargets?\b|\bobjectifs?\b|\bdelais?\b|\bservice levels?\b|\bniveaux? de service\b"
    r"|\b(?:response|resolution|restoration|intervention) times?\b|\bmiss(?:es|ed)?\b"
)


# what a nature of commitment or a sole remedy is said of: "obligation de résultat pour la
# sécurité des données", "the obligation to migrate the data is an obligation of result"
_NATURE_OBJECT = re.compile(
    r"(?:obligation (?:de (?:resultat|moyens)|of (?:result|means))(?: renforcee)?"
    r"|best efforts?|reasonable endeavou?rs?|sole (?:and exclusive )?remedy|seul recours)"
    r"(?: (?:du|of the) (?:client|customer))? (?:pour|sur|quant a|concernant|s'agissant d[eu]"
    r"|en ce qui concerne|en cas d[e']|for|as to|regarding|in respect of|with respect to"
    r"|in case of|to) ?(?P<object>[^.;,:]{3,60})"
    r"|(?P<subject>(?:obligations?|engagements?) (?:to|de|d'|of) [^.;,:]{3,60}) (?:is|are|est|sont"
    r"|constitue\w*|releve\w*) (?:an? |une? )?(?:obligation|engagement)"
)
_SERVICE_LEVEL_WORDS = re.compile(
    r"delais?|\b(?:that|this|such|these|those|ce|cet|cette|ces) (?:delays?|retards?)\b"
    r"|call-?backs?|\brappels?\b|\bgti\b|\bgtr\b|disponibilit"
    r"|availability|uptime|niveaux? de service"
    r"|service levels?|\bsla\b|indicateurs?|\bkpis?\b|targets?|objectifs?|\btimes?\b"
    r"|respon|resolution|restor|retabli|interven|prise en charge|incidents?|support|assistance"
    r"|credits?|avoirs?|penalit|\bservices\b|\bprestations\b|missed|miss\b|meet (?:them|it|these)"
    r"|engagements? (?:de service|contractuels?)|(?:these|those|ces|ceux-ci|celles-ci|them|they)\b"
)


_REMEDY_OF_CREDITS = re.compile(
    r"credits?|avoirs?|penalit|penalt|remises?|refunds?|rebates?|liquidated|forfaitaire"
    # "the labour is free of charge; this is your only remedy for a missed call-back": the
    # remedy the clause just stated, for a missed delay
    r"|(?:free of charge|not charged|no charge|gratuite?s?|(?:n'est|ne sont) pas factur\w*"
    r"|offerte?s?|reduced|reduite?s?|waived|refund\w*|rembours\w*)[^.]{0,80}?[;:,] (?:this|that"
    r"|which|cela|ceci|ce qui|c'est) (?:is|constitue|est|sera|will be)\b"
    r"|call-?backs?|\brappels?\b"
    r"|liberatoire|\b(?:these|those|they|such|ces|elles|ceux-ci|celles-ci|ils)\b"
    r"|service levels?|niveaux? de service|\bsla\b|availability|disponibilit"
    r"|(?:response|resolution|restoration) times?|delais"
)


def _said_of_service_levels(ctx: Context) -> None:
    """The nature of the commitment and the sole remedy are said of the service levels. The
    same words said of something else ("une obligation de résultat pour la sécurité des
    données", "reasonable endeavours to deliver the hardware", "the sole remedy for a
    defective device is its replacement") answer neither: a reader looks at what the
    obligation or the remedy is about."""
    kept = []
    for c in ctx.candidates:
        if c.criterion in ("liability.commitment_nature", "liability.sole_remedy"):
            text = ctx.folded(c.sentence)
            match = _NATURE_OBJECT.search(text)
            if match is not None:
                about = match.group("object") or match.group("subject") or ""
                if not _SERVICE_LEVEL_WORDS.search(about):
                    continue
            # "Termination is the Customer's sole remedy for...": a sole remedy is said of
            # credits or penalties, named or pointed at ("They are...", "Ces pénalités...")
            if c.criterion == "liability.sole_remedy" and not _REMEDY_OF_CREDITS.search(text):
                continue
        kept.append(c)
    ctx.candidates[:] = kept


def _no_ladder_without_commitment(ctx: Context) -> None:
    """ "Aucune pénalité n'est due en cas de dépassement des délais ci-dessus", "Exceeding the
    RTO gives rise to no penalty": in a document that commits to no availability, such a
    denial is about the delays or targets it names, not about credits for missed
    availability; it is not read as the credit ladder's answer (the nature of the
    commitment says it). A denial that names availability, or only credits ("No service
    credits are payable under this addendum"), still counts."""
    if any(c.criterion == "availability.commitment" for c in ctx.candidates):
        return
    availability = ctx.rules.word("availability")

    def about_delays(index: int) -> bool:
        text = ctx.folded(index)
        return bool(_DELAYS_MISSED.search(text)) and not availability.search(text)

    ctx.candidates[:] = [
        c
        for c in ctx.candidates
        if not (
            c.criterion == "availability.credit_ladder"
            and c.value == "none_or_token"
            and about_delays(c.sentence)
        )
    ]


# what a denial of penalties may be about besides availability: exceeding delays or targets
_DELAYS_MISSED = re.compile(
    r"\bdepassements?\b|\bdelais?\b|\bdelays?\b|\b(?:response|resolution|restoration) times?\b"
    r"|\brto\b|\brpo\b|\bobjectifs?\b|\btargets?\b"
)


_NEGATION_BEFORE = re.compile(r"\b(?:no|not|without|never|aucune?|sans|pas|ni)\b[^.;:]{0,30}$")


def _denies_credits(ctx: Context, index: int) -> bool:
    """The sentence names credits or penalties only to deny them ("do not give rise to
    Service Credits", "gives no right to service credits", "n'ouvre droit à aucun avoir")."""
    text = ctx.folded(index)
    matches = list(ctx.rules.word("credit_context").finditer(text))
    return bool(matches) and all(
        _NEGATION_BEFORE.search(text, max(0, m.start() - 40), m.start()) for m in matches
    )


def _credits_in_paragraph(ctx: Context, index: int) -> bool:
    """The sentence or the rest of its paragraph names credits or penalties without denying
    them ("no Service Credits apply to them" denies)."""
    credit_words = ctx.rules.word("credit_context")
    at: int | None = index
    while at is not None:
        if ctx.names_without_denial(credit_words, ctx.folded(at)) and not _denies_credits(ctx, at):
            return True
        at = ctx.next_in_block(at)
    return False
