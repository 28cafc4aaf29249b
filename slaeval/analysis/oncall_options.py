"""On-call sold as an option: an option the document says the client has not taken (then a P1
waits for the business day out of hours), and what out-of-hours work costs (a surcharge, a rate
per hour or call, a monthly fee). Read by ``oncall.py``.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context

# a price a month: an option's fee, or the monthly fee
PER_MONTH = re.compile(r"\bpar mois\b|\bper (?:\w+ )?month\b|\ba month\b|\bmensuel\w*|\bmonthly\b")

# a surcharge on the usual rate ("billed at double the Hourly Rate", "majoré de 50 %")
SURCHARGE = re.compile(
    r"\b(?:double|triple|twice|deux fois|trois fois|time and a half)\b[^.;]{0,20}"
    r"\b(?:rate|tarif|taux|prix)\b|\bmajor(?:e|ee|es|ation)\b|\buplift\b"
)
# a rate per hour or per call-out
PER_CALL = re.compile(
    r"\b(?:per|par|an?|each|chaque|/) ?(?:hour|heure|h|call(?:-out)?|appel|intervention)\b"
)

# An option the document says the client has not taken: "Cette option n'est pas souscrite",
# "Le Client n'a pas retenu cette option", "Option non retenue par le Client", "(non
# souscrite)", "Cette tranche n'est pas affermie", "The Customer has not ordered this add-on"
_DECLINED = re.compile(
    r"(?:\bn'(?:est|a|ont|sont|etait|avait) pas (?:encore )?(?:ete )?|\bne l'(?:a|ont) pas "
    r"|\bnon |\bnot (?:yet )?"
    r"(?:been )?|\b(?:did|does|do) not )(?:souscri|retenu|command|choisi|activ|afferm|subscrib"
    r"|order|purchas|select|chose|choose|elect(?!r)|exercis|taken\b(?! into)|take up)\w*"
    r"|\bdeclined\b|\bdecline[sd]? (?:the|this|cette|l')"
)
_OPTION_WORDS = re.compile(r"\boptions?\b|\badd-ons?\b|\boptional\b|\boptionnel\w*")
# The on-call the option sells: named as such, or as out-of-hours cover
_ONCALL_WORDS = re.compile(
    r"\bastreinte\b|\bon-?call\b|\bstand-?by\b|\bservice de garde\b|\bpermanence\b"
    r"|\bservice de piquet\b"
)
# a sentence about the option the sentence before describes ("Cette option...", "This
# tranche...", "Elle...", "Non affermie.")
_ABOUT_THE_OPTION = re.compile(
    r"^(?:cette|this|that|the|such|l'|la|ladite|said|elle|it|ce|cet) ?(?:option|tranche|add-on"
    r"|service|cover|astreinte|extension)?\b|^(?:le|the) (?:client|customer|titulaire|pouvoir"
    r" adjudicateur|acheteur|buyer)\b|^(?:option |tranche )?(?:non|not)\b"
)
_QUOTED = re.compile(r'" ?([^"]{3,40}?) ?"')


def declined_oncall(ctx: Context) -> set[int]:
    """Sentences describing an on-call option the document says the client has not taken:
    the sentence itself says so ("Option Astreinte 24/7 (non souscrite)"), or the next one of
    its paragraph ("Une astreinte le samedi fait l'objet de la tranche optionnelle n° 2. Cette
    tranche n'est pas affermie."), or a line elsewhere that labels the same quoted name as not
    taken (the option « Astreinte 24/7 » of a clause, "(non souscrite)" in the price table).
    A careful reader takes such cover for absent: the client has what the contract gives
    without it."""
    scope = ctx.rules.word("out_of_hours_scope")

    def about_oncall(text: str) -> bool:
        return bool(_ONCALL_WORDS.search(text) or scope.search(text))

    # the few sentences naming an option, then searched one by one
    options = ctx.matching(_OPTION_WORDS)
    offered = {i for i in options if about_oncall(ctx.folded(i))}
    labelled = [i for i in options if _DECLINED.search(ctx.folded(i))]  # not taken, any topic
    found = {index for index in labelled if index in offered}
    for index in offered:
        after = ctx.next_in_block(index)
        if after is None:
            continue
        text = ctx.folded(after)
        if (_ABOUT_THE_OPTION.search(text) or _OPTION_WORDS.search(text)) and _DECLINED.search(
            text
        ):
            found.update((index, after))
    if not labelled:
        return found
    # an on-call option named in quotes, labelled as not taken where its name comes again
    declined_text = " | ".join(ctx.folded(index) for index in labelled)
    for index in offered - found:
        if any(name.strip() in declined_text for name in _QUOTED.findall(ctx.folded(index))):
            found.add(index)
    return found


def declined_option(ctx: Context) -> None:
    """An on-call option the client has not taken (``declined_oncall``): out of hours, a P1
    waits for the business day, whatever the option would have given ("none", ranked over a
    paid option and over the option's own words); and what out-of-hours work then costs is
    the surcharge the contract publishes for it ("interventions hors heures ouvrées facturées
    au tarif horaire majoré de 50 %"), not the option's monthly fee."""
    declined = declined_oncall(ctx)
    if not declined:
        return
    if not _oncall_option_taken(ctx, declined):
        for index in sorted(declined):
            ctx.add(Candidate("oncall.p1_out_of_hours", "none", "text", index, 0.75, rank=4))
    scope = ctx.rules.word("out_of_hours_scope")
    price = ctx.rules.word("price")
    # out-of-hours words, or a rate card's elliptical "CHF 165 par heure pendant l'horaire
    # de support, CHF 230 par heure en dehors"
    for index in sorted(set(ctx.matching(scope)) | set(ctx.matching(_OUTSIDE_RATE))):
        if index in declined:
            continue
        text = ctx.folded(index)
        if PER_MONTH.search(text):
            continue  # the option's fee, or a monthly fee
        if surcharge(ctx, text) or (price.search(text) and PER_CALL.search(text)):
            ctx.add(Candidate("oncall.pricing", "published_multipliers", "text", index, 0.7,
                              rank=3))  # fmt: skip


def surcharge(ctx: Context, text: str) -> bool:
    """A surcharge on the usual rate that the sentence does not deny (a careful reader reads
    "L'astreinte est forfaitaire : aucune majoration n'est facturée", "sans majoration", "no
    uplift applies" as a flat price)."""
    return ctx.names_without_denial(SURCHARGE, text)


# the client has taken an on-call option: "Le Client a souscrit l'option « Astreinte étendue
# »", "The Customer has ordered the On-Call add-on", "option Astreinte (souscrite)"
TAKEN = re.compile(
    # not "Customers who have subscribed...", "les clients qui ont souscrit": the option's
    # buyers in general, not this client
    r"(?<!who )(?<!qui )(?<!which )(?<!that )"
    r"\b(?:a|ont|has|have) (?:bien |also |egalement )?(?:souscrit|retenu|commande|choisi|active"
    r"|subscribed|ordered|purchased|selected|chosen|taken up|opted for)\b"
    r"|\((?:souscrite?|retenue?|commandee?|subscribed|ordered|selected)\)"
    r"|\b(?:souscrite?|retenue?|commandee?) par le client\b|\b(?:subscribed|ordered|selected)"
    r" by the customer\b"
)


def _oncall_option_taken(ctx: Context, declined: set[int]) -> bool:
    """Another on-call option the document says the client HAS taken: the declined one is an
    extra on top of it (the weekend on-site visit of a client who bought the night and
    weekend on-call), and a careful reader keeps the on-call the client bought."""
    return any(index not in declined for index in _taken_oncall(ctx))


def _taken_oncall(ctx: Context) -> list[int]:
    """Sentences saying the client has taken an on-call option."""
    return [
        index
        for index in ctx.matching(_OPTION_WORDS)
        if _ONCALL_WORDS.search(ctx.folded(index))
        and TAKEN.search(ctx.folded(index))
        and not _DECLINED.search(ctx.folded(index))
    ]


# the on-call applies the P1 delays: "applique les délais du niveau Critique", "with the same
# response and restoration times as in business hours", "aux mêmes délais", "the Priority 1
# service levels apply"
_SAME_DELAYS = re.compile(
    r"\b(?:memes?|same|identical|identiques?) (?:delais|targets|service levels|response"
    r"|times|sla|engagements|niveaux de service)|\bdelais (?:du|de la) (?:niveau|priorite"
    r"|categorie) (?:critique|1|p1|bloquant\w*|urgent\w*)|\b(?:priority 1|p1|sev(?:erity)? ?1"
    r"|critical) (?:service levels|targets|response times) (?:apply|applies)\b"
)
_SAME_REACH = 3  # sentences after the taken option where its delays are said


def taken_oncall_same_delays(ctx: Context) -> None:
    """An on-call option the client has taken whose cover applies the P1 delays: bought, it
    is part of the client's contract, so out of hours a P1 gets the same delays (included,
    same SLA), whatever the option costs (its price is then the on-call's flat price)."""
    for index in _taken_oncall(ctx):
        block_end = min(len(ctx.sentences), index + 1 + _SAME_REACH)
        for at in range(index, block_end):
            text = ctx.folded(at)
            # said of the on-call: in the paragraph of the option taken, or naming the cover
            # ("Pendant l'astreinte, ... applique les délais du niveau Critique"), not "les
            # demandes sont traitées dans les mêmes délais" of the next article
            of_the_cover = ctx.sentences[at].block == ctx.sentences[index].block or (
                _ONCALL_WORDS.search(text) or ctx.rules.word("out_of_hours_scope").search(text)
            )
            if of_the_cover and _SAME_DELAYS.search(text):
                ctx.add(Candidate("oncall.p1_out_of_hours", "included_same_sla", "text", at,
                                  0.75, rank=4))  # fmt: skip
                return


_OUTSIDE_RATE = re.compile(
    r"\b(?:par heure|per hour|an hour|/ ?h(?:eure|our)?)\b[^.;]{0,12}\b(?:en dehors|outside)\b"
    r"(?! (?:du |de la |des |the |of )?(?:forfait|perimetre|scope|contrat|contract|services))"
)


def rate_for_work(ctx: Context, text: str) -> bool:
    """A rate for out-of-hours work done on request ("Rates: out-of-hours work EUR 140 per
    hour", "majoration de 100 % pour toute intervention hors des heures ouvrables"): it names
    no on-call service nor option and promises no delay. A careful reader takes it for the
    price of work the client may ask for (``oncall.pricing``) more than for an on-call option
    with delays: what the document says of blocking outages at night ("alerts wait for the
    next business day") prevails over it; alone, it is a paid option all the same."""
    if _ONCALL_WORDS.search(text) or _OPTION_WORDS.search(text):
        return False
    if not (surcharge(ctx, text) or PER_CALL.search(text)):
        return False
    return not (_DELAY_WORDS.search(text) and ctx.rules.quantities.durations(text))


# words that make a duration a delay promised ("within 2 hours", "sous 4 heures"), not a
# minimum billed time ("minimum one hour")
_DELAY_WORDS = re.compile(
    r"\bwithin\b|\bsous\b|\bdelais?\b|\bdans les\b|\bdans un\b|\bin (?:less than|under)\b"
    r"|\bresponse\b|\bprise en charge en\b|\ben moins de\b"
)
