"""Out-of-hours cover offered as an option the document does not show as taken is no cover
(``oncall.p1_out_of_hours``: none; CONVENTIONS.md G2).

"Une astreinte pour les incidents P1 peut être souscrite en option, facturée 450 € HT par mois",
"aucune intervention n'est assurée, sauf souscription de l'option « Astreinte »", "Extended
Cover is available as an add-on": a careful reader records what the client has, not what it
could buy. The option counts only when the document says the client took it ("Le Client a
souscrit l'option", "The Client has ordered Extended Cover"). Not an option to subscribe:
out-of-hours work billed per call or per hour as it is used ("chaque intervention d'astreinte
est facturée au temps passé", "optional call-out, charged per call-out"), which the client gets
by calling; a statement that the option is not taken is ``declined_option``'s.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context

_CRITERION = "oncall.p1_out_of_hours"

# cover the client may subscribe to: an option, an add-on, a variant, a quote
_OFFERED = re.compile(
    r"\boptions?\b|\boptionnel\w*|\boptional\b|\badd-?ons?\b|\bvariantes?\b|\bsur devis\b"
    r"|\bon quote\b|\bpeut (?:toutefois )?(?:etre )?(?:souscri|commande|etudie)\w*"
    r"|\bpourra (?:souscrire|commander)\b|\bsauf souscription\b"
    r"|\b(?:may|can) (?:be )?(?:order|subscribe|purchase|add|buy)\w*\b"
    # a pack offered ("available through the Night Pack"), not the pack the contract covers
    # ("The Serenity Pack includes on-call cover")
    r"|\b(?:available|disponibles?|proposee?s?|offered|offerte?s?)\b[^.;]{0,60}\bpacks?\b"
    # an option or pack said not taken beside the cover ("You have not ordered the Night
    # Pack", « le Client n'a pas souscrit ce pack »)
    r"|\b(?:not|pas|never|jamais) (?:yet |encore )?(?:ordered|subscribed|selected|taken|chosen"
    r"|souscrit|commande|retenu|choisi)\b"
)
# work billed as it is used, no subscription: per call, per hour, time spent
_PER_USE = re.compile(
    r"\bpar (?:intervention|appel|heure|deplacement)\b|\bper (?:call(?:-out)?|hour|intervention"
    r"|incident)\b|\bau temps passe\b|\bcharged per\b|\bhourly\b|\btaux horaire\b"
    r"|\bsur commande expresse\b|\bchaque (?:intervention|appel|deplacement)\b"
    r"|\beach (?:call|call-out|intervention|visit)\b"
)
# the client took it: "Le Client a souscrit l'option", "has ordered Extended Cover"
_TAKEN = re.compile(
    r"\b(?:a|ont|avons) (?:souscrit|retenu|commande|choisi)\b"
    r"|\b(?:has|have) (?:also |already )?(?:ordered|subscribed|selected|chosen|taken"
    r"|purchased|opted)\b"
    r"|\((?:souscrite?|retenue?|commandee?|subscribed|selected|ordered|taken)\)"
    r"|\b(?:souscrite?s?|retenue?s?|commandee?s?|choisie?s?) par (?:le|la) \w+"
    r"|\b(?:ordered|subscribed|selected|purchased) by the \w+"
)
_NEGATED = re.compile(r"\bpas\b|\bnot\b|\bnon\b|\bno\b|\bnever\b|\bjamais\b|\baucune?\b")
_REACH = 1  # the sentences before and after, in the same paragraph
_NEGATION_REACH = 12  # characters before the verb: "non ", "not ", "ne l'a pas "
_CONDITION_REACH = 40


def offered_not_taken(ctx: Context) -> None:
    """Paid out-of-hours cover read from an option the document does not show as taken
    becomes no cover (rank 2, as the document's other denials)."""
    paid = [c for c in ctx.candidates if c.criterion == _CRITERION and c.value == "paid_option"]
    if not paid:
        return
    texts = [t for c in paid for t in _around(ctx, c.sentence)]
    if not any(_OFFERED.search(t) for t in texts) or any(_PER_USE.search(t) for t in texts):
        return
    if option_taken(ctx, texts):
        return
    for candidate in paid:
        candidate.value = "none"
        candidate.rank = 2


def _around(ctx: Context, index: int) -> list[str]:
    out = [ctx.folded(index)]
    before = index - _REACH
    if before >= 0 and ctx.next_in_block(before) == index:
        out.append(ctx.folded(before))
    following = ctx.next_in_block(index)
    if following is not None:
        out.append(ctx.folded(following))
    return out


def option_taken(ctx: Context, offers: list[str]) -> bool:
    """A sentence says the client took the cover, or the option ``offers`` (the sentences
    that offer it) speak of, with no negation before the verb ("le Client ne la souscrit pas",
    "has not ordered" are not)."""
    for index in ctx.matching(_TAKEN):
        text = ctx.folded(index)
        others = [offer for offer in offers if offer != text]
        if not _COVER_WORDS.search(text) and not _this_option(text, others):
            continue  # "Le Client a souscrit l'offre Sérénité": another thing taken
        for match in _TAKEN.finditer(text):
            # a negation next to the verb ("option non souscrite par le Client", "not
            # selected by"), a condition anywhere before it ("only if the Customer has
            # ordered"); a negation of something else in the clause before ("qui n'a pas
            # d'autre contrat, a souscrit l'astreinte") is not the option's
            near = max(0, match.start() - _NEGATION_REACH)
            before = max(0, match.start() - _CONDITION_REACH)
            if _NEGATED.search(text, near, match.end()) or _CONDITION.search(
                text, before, match.start()
            ):
                continue
            return True
    return False


# what the option taken is: on-call, an out-of-hours cover
_COVER_WORDS = re.compile(
    r"\b(?:astreintes?|on-?call|cover|tranche|permanence|extended"
    r"|after-hours|out-of-hours|hors (?:des )?heures|24 ?/ ?7|24x7)\b"
)
# an option or pack taken, and the words that name it on either side ("l'option Sauvegarde
# externalisée", "the Offsite Backup option"), up to a punctuation
_OPTION = re.compile(r"\b(?:options?|packs?|add-?ons?)\b")
_NAME_WORD = re.compile(r"[a-z0-9][\w-]{3,}")
_NOT_A_NAME = re.compile(
    r"(?:client|customer|souscrit|ordered|subscribed|selected|chosen|taken|purchased|opted"
    r"|retenu|commande|choisi|cette|ladite|said|this|that|avec|with|also|already|aussi|deja"
    r"|egalement|have|avons|option|options|pack|packs|add-ons?|addons?)e?s?"
)
_NAME_REACH = 3  # words on either side
_CLAUSE_END = re.compile(r"[,;:.()|]")


def _this_option(text: str, offers: list[str]) -> bool:
    """An option taken that is the one offered: named by no word of its own ("Le Client a
    souscrit cette option", "has ordered this option") or by words the offer uses."""
    for match in _OPTION.finditer(text):
        before = _CLAUSE_END.split(text[: match.start()])[-1].split()[-_NAME_REACH:]
        after = _CLAUSE_END.split(text[match.end() :])[0].split()[:_NAME_REACH]
        words = [
            w for w in _NAME_WORD.findall(" ".join(before + after)) if not _NOT_A_NAME.fullmatch(w)
        ]
        if all(any(w in offer for offer in offers) for w in words):
            return True
    return False


_CONDITION = re.compile(r"\b(?:if|unless|where|when|whether|si|sauf|lorsque|condition)\b")


def option_prices_not_taken(ctx: Context) -> None:
    """The price of an option not taken is no price of the client's out-of-hours work
    (``oncall.pricing``: "an option not taken gives nothing", CONVENTIONS.md G2): when the
    document has no out-of-hours cover and its cover was read from an option offered and not
    taken, the prices read in that option's sentences are dropped. Runs after the rules."""
    kept = ctx.kept(_CRITERION)
    if not kept or {str(c.value) for c in kept} != {"none"}:
        return
    zone: set[int] = set()
    for candidate in ctx.candidates:
        if candidate.criterion != _CRITERION or candidate.value != "none":
            continue
        texts = _around(ctx, candidate.sentence)
        if any(_OFFERED.search(t) for t in texts) and not any(_PER_USE.search(t) for t in texts):
            index = candidate.sentence
            zone |= {index, index - 1, index + 1}
    if not zone or option_taken(ctx, [ctx.folded(i) for i in zone if 0 <= i < len(ctx.sentences)]):
        return
    # the option's flat fee or its "on quote"; a surcharge published for out-of-hours work
    # on request holds whatever the option ("interventions hors heures au tarif majoré")
    ctx.candidates[:] = [
        c
        for c in ctx.candidates
        if not (
            c.criterion == _PRICING
            and c.sentence in zone
            and c.value in ("flat_or_included", "unpriced")
        )
    ]


_PRICING = "oncall.pricing"
