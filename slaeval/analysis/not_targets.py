"""Delays a sentence gives beside a priority and a measure that are no level's target.

An on-call promise for nights and weekends, a delay an option promises, a threshold after a
failure condition ("s'il n'est pas rétabli au bout d'un jour"), the wait until the desk
reopens, a termination notice or a past record. ``priorities.py`` skips them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from slaeval.analysis.context import Context
from slaeval.analysis.levels import priority_tokens
from slaeval.analysis.quantities import Duration
from slaeval.analysis.records import PAST_RECORD, clause_start, said_as_record
from slaeval.analysis.time_denials import denied_by_the_next, no_time_commitment


def not_a_target(ctx: Context, index: int, duration: Duration) -> bool:
    """``duration`` in sentence ``index`` is one of the delays above, not the level's target."""
    text = ctx.folded(index)
    # the option words are looked for only in a sentence holding the strings they need
    optional = ctx.may_hold(ctx.rules.word("optional_cover"), index)
    return (
        _on_call_delay(ctx, text, duration, optional)
        # a delay an option promises, named before it in its clause ("Customer may order the
        # optional Premium Restoration service, under which P2 incidents are restored within 4
        # hours", "Avec l'option Confort, la prise en charge passe à 1 heure")
        or (optional and _said_before(ctx.rules.word("optional_cover"), text, duration))
        or _after_failure(ctx, text, duration)
        or _waits_for_reopening(ctx, text, duration)
        or _beside_the_target(text, duration)
        or _claim_deadline(text, duration)
        or no_time_commitment(text, delay_clause(text, duration), duration)
        or denied_by_the_next(ctx, index, duration)
        or _SUPERSEDED.search(text) is not None
        or _client_duty(ctx, text, duration)
        # an illustration, an average or usual figure, what was done in 2025 or for all
        or said_as_record(text, _clause_start(text, duration), duration.start)
        or _about_the_others(ctx, text, duration)  # "...; other alerts wait until..."
        or third_party_subject(text, duration.start)
    )


def delay_clause(text: str, duration: Duration) -> str:
    """The clause of ``text`` that holds ``duration``: between semicolons or table cells."""
    ends = [at for at in (text.find(";", duration.end), text.find("|", duration.end)) if at >= 0]
    return text[_clause_start(text, duration) : min(ends, default=len(text))]


def _clause_start(text: str, duration: Duration) -> int:
    return clause_start(text, duration.start)


def _said_before(pattern: re.Pattern[str], text: str, duration: Duration) -> bool:
    """``pattern`` in the delay's clause, before the delay."""
    return pattern.search(text, _clause_start(text, duration), duration.start) is not None


def _about_the_others(ctx: Context, text: str, duration: Duration) -> bool:
    """The delay's clause is about the other tickets, named before it ("...; other alerts
    wait until the next Business Day"), with no level named between them and the delay: "other
    priorities (P3 and P4) within 8 hours" names the levels the delay is for."""
    others = list(_THE_OTHERS.finditer(text, _clause_start(text, duration), duration.start))
    return bool(others) and not priority_tokens(ctx, text[others[-1].end() : duration.start])


def _on_call_delay(ctx: Context, text: str, duration: Duration, optional: bool) -> bool:
    """A delay for the evenings, nights, weekends or outside business hours: an on-call
    promise, not the response or restoration time ("Moyennant un forfait, le prestataire
    traite les P1 les soirs et les week-ends, avec une intervention sous deux heures"). Not
    when its clause (between semicolons, or a table cell) extends the same terms to those
    hours ("y compris les week-ends", "24/7") or says they are not covered ("no on-call at
    night"), nor for a delay stated in business hours."""
    if duration.business:
        return False
    rules = ctx.rules
    # "l'option Veille + couvre le soir : avec elle, un incident est pris en charge sous 2h":
    # an option for out-of-hours cover named before the delay is the option's delay
    before = text[: duration.start]
    if (
        optional
        and rules.word("optional_cover").search(before)
        and rules.word("out_of_hours_scope").search(before)
    ):
        return True
    clause = delay_clause(text, duration)
    return bool(rules.word("out_of_hours_scope").search(clause)) and not rules.word(
        "not_on_call_clause"
    ).search(clause)


def _after_failure(ctx: Context, text: str, duration: Duration) -> bool:
    """A delay after a failure condition in its clause ("If the incident is not restored
    within 4 hours...", "s'il n'est pas rétabli au bout d'un jour", "Si ça ne se règle pas à
    distance, intervention sur site sous 48 h"): an escalation threshold or a next step, not
    the level's target."""
    left = text.rfind(";", 0, duration.start)
    condition = ctx.rules.word("failure_condition")
    failed = condition.search(text, left + 1, duration.start)
    if failed is not None and _credit_said(ctx, text, left + 1):
        # "Tout incident P1 non résolu sous 4 heures donne lieu à une pénalité": the credit
        # for missing the delay names the target itself
        return False
    if failed is not None:
        # "if it cannot be repaired on the visit, a loan device is provided within three
        # business days": the remedy the failure calls for restores the service
        return not _LOAN.search(text, failed.end(), duration.start)
    # the next step of the same escalation: "If a P1 is not resolved within 4 hours, the
    # manager is called; after 8 hours, the director takes charge": "after 8 hours" counts
    # from the same failure, it is no target of its own; "after 1 hour without progress on a
    # Severity 1 incident: the Duty Manager", "au bout de 2 heures sans solution": the time
    # that elapses before a next step, said with what did not happen
    after = _STEP_AFTER.search(text, max(0, duration.start - 16), duration.start)
    return bool(
        after
        and (
            condition.search(text, 0, duration.start)
            # (not "after 4 hours without restoration, the Client is entitled to a credit")
            or (
                _WITHOUT_PROGRESS.match(text, duration.end) is not None
                and not _credit_said(ctx, text, duration.end)
            )
        )
    )


_WITHOUT_PROGRESS = re.compile(
    r" ?(?:of |d')?(?:work |travail )?(?:without|sans) (?:any |aucune? )?(?:progress|resolution"
    r"|restoration|a fix|fix|a workaround|workaround|response|solution|resolution|retablissement"
    r"|avancee|progres|contournement|reponse|prise en charge)\b"
)


def _credit_said(ctx: Context, text: str, start: int) -> bool:
    """A word of credit or penalty from ``start`` on; "remise en service" is no "remise"."""
    return any(
        not _NOT_A_DISCOUNT.match(text, word.start())
        for word in ctx.rules.word("credit_context").finditer(text, start)
    )


_NOT_A_DISCOUNT = re.compile(r"remises? en (?:service|etat|cause|route|marche|place)\b")
_LOAN = re.compile(
    r"\b(?:materiels?|equipements?|appareils?) de (?:pret|remplacement)\b"
    r"|\b(?:loan|replacement) (?:equipment|device|unit|machine)s?\b"
)
# "after", "au bout de", "passé", "beyond" right before a delay: a time elapsed, not a target
_STEP_AFTER = re.compile(r"\b(?:after|au bout d[e']|passe|passes|beyond|au-dela de|apres) ?$")


# "...the Client may terminate with thirty days' notice", "le Client peut résilier moyennant un
# préavis de trente jours": a delay after a word of ending the contract is the notice
_TERMINATION_BEFORE = re.compile(
    r"\b(?:resili\w*|terminat\w*|denonc\w*|mise en demeure|formal demand)\b"
)
_NOTICE_AFTER = re.compile(r"^(?:'|s'|'s)? ?(?:prior |written |advance |de )?(?:notice|preavis)\b")
_RECORD_REACH = 80


def _beside_the_target(text: str, duration: Duration) -> bool:
    """A delay that is no level's target though a level and a measure are named: the notice
    of a termination the sentence grants when targets are missed ("If P1 response times are
    missed in three consecutive months, you may terminate on thirty days' notice"), or a past
    record ("last year we answered 97% of urgent tickets within two hours")."""
    left = max(text.rfind(";", 0, duration.start) + 1, duration.start - _RECORD_REACH)
    if PAST_RECORD.search(text, left, duration.start):
        return True
    opening = text.rfind(";", 0, duration.start) + 1
    if _TERMINATION_BEFORE.search(text, opening, duration.start):
        return True
    return bool(_NOTICE_AFTER.match(text[duration.end : duration.end + 30].lstrip()))


def _waits_for_reopening(ctx: Context, text: str, duration: Duration) -> bool:
    """ "Tickets logged outside Business Hours are picked up at the start of the next Business
    Day": the wait until the desk reopens, said of out-of-hours tickets, is no response time
    (it says there is no on-call)."""
    rules = ctx.rules
    clause = delay_clause(text, duration)
    return bool(
        rules.word("handled_next_opening").search(clause)
        and rules.word("out_of_hours_scope").search(clause)
    )


# Reading habit: an amendment quotes the terms it replaces ("Les délais de l'ancienne annexe 3,
# notamment la prise en compte en deux heures ouvrées, cessent de s'appliquer", "the response
# times of the previous Schedule 2 no longer apply"): delays said to end are not the contract's.
_SUPERSEDED = re.compile(
    r"\bcesse(?:nt|ront)? de s'appliquer\b|\bne s'appliqu(?:e|ent|eront) plus\b"
    r"|\b(?:no longer|cease[sd]? to) appl(?:y|ies)\b"
    r"|\b(?:is|are) (?:hereby )?(?:superseded|revoked)\b"
    r"|\b(?:l'|de l'|la |de la )?ancienne (?:annexe|version|grille)\b|\b(?:l'|de l'|le |du )?ancien"
    r" (?:contrat|tableau|bareme)\b|\b(?:former|previous|superseded|old) (?:annex|schedule|version"
    r"|sla|agreement|table)\b"
)


# "the Client may claim a credit ... within 30 days", "le Client doit en faire la demande sous
# quinze jours": a deadline set for the client's own claim or challenge
_CLAIM_VERB = re.compile(
    r"\b(?:may|must|shall|can|should|peut|peuvent|doit|doivent|devra|devront|pourra)\b"
    r"[^.;|]{0,30}\b(?:claim|request|submit|notify|dispute|challenge|contest|reclamer|demander"
    r"|solliciter|contester|notifier|faire (?:la|sa|une) demande|en faire la demande)\b"
)


def _claim_deadline(text: str, duration: Duration) -> bool:
    """A delay the clause sets for the client to claim a credit or dispute a ticket ("If we
    miss the response time of a P1 ticket, the Client may claim a credit of 5 % by e-mail
    within 30 days of the ticket"): the level and the measure are those of the breach, the
    delay is the client's own deadline, not the provider's target."""
    left = max(text.rfind(";", 0, duration.start), text.rfind("|", 0, duration.start))
    return bool(_CLAIM_VERB.search(text, left + 1, duration.start))


# "The Customer's IT team must acknowledge P1 alerts within 15 minutes", "le Client doit
# signaler l'incident sous deux heures": the clause's subject is the client, with a duty
_CLIENT_SUBJECT = re.compile(
    r"^\s*(?:[0-9][0-9.]* )?(?:(?:if|when|where|si|lorsque|quand) )?"
    r"(?:the |le |la |l'|les |its |your )?"
    r"(?:{client})(?:'s|'| du client| of the (?:customer|client))?(?: [\w'-]+){{0,4}} "
    r"(?:must|shall|should|is required to|are required to|agrees? to|undertakes? to|doit|doivent"
    r"|devra|devront|s'engage a|est tenue? de|sont tenus de)\b"
    # "the Customer shall receive a response within 30 minutes": the provider's target
    r"(?! (?:receive|get|obtain|benefit|have|be (?:answered|contacted|called|informed|notified"
    r"|given|entitled|offered|provided)|recevoir|obtenir|beneficier|etre (?:rappele|contacte)))"
)
_CLIENT_WORDS = (
    r"client|customer|clients|customers|vous|you|your (?:it )?team|the customer's [\w-]+"
)


def _client_duty(ctx: Context, text: str, duration: Duration) -> bool:
    """A delay the client must keep: the clause holding it opens on the client and a duty
    ("The Customer's IT team must acknowledge P1 alerts within 15 minutes"). The levels and
    the measure it names are the client's side of the process, not the provider's target."""
    left = max(text.rfind(";", 0, duration.start), text.rfind("|", 0, duration.start))
    clause = text[left + 1 : duration.start]
    return bool(_client_subject(ctx).match(clause))


def _client_subject(ctx: Context) -> re.Pattern[str]:
    return _client_subject_for(ctx.rules.word("client_party").pattern)


@lru_cache(maxsize=4)
def _client_subject_for(words: str) -> re.Pattern[str]:
    """Compiled once per set of client words (keyed by the words, not by a rules object whose
    identity may be reused)."""
    return re.compile(_CLIENT_SUBJECT.pattern.format(client=f"{words}|{_CLIENT_WORDS}"))


# "Outside Business Days, engineers act only on Severity 1 events; other alerts wait until
# the next Business Day": the delay of a clause about the other tickets is not the level's
# the sentence names elsewhere
_THE_OTHERS = re.compile(
    r"\b(?:all |any )?other (?:alerts?|incidents?|requests?|tickets?|calls?|events?|priorit"
    r"(?:y|ies)|levels?|severit(?:y|ies))\b|\b(?:les |toutes les |tous les )?autres (?:alertes"
    r"|incidents|demandes|tickets|appels|evenements|priorites|niveaux)\b"
)


# Who acts or commits, when it is not the provider: its host, a carrier, a publisher, a
# manufacturer
THIRD_PARTY = re.compile(
    r"\b(?:hebergeurs?|hosting (?:provider|company|partner)"
    r"|data ?cent(?:re|er) (?:operator|provider)|operateurs?|carriers?|editeurs?|publishers?"
    r"|manufacturers?|constructeurs?|microsoft|google|amazon|aws|azure|ovh\w*"
    r"|(?:its|their|his|son|leur) (?:suppliers?|subcontractors?|sous-traitants?|fournisseurs?)"
    r"|fournisseurs? d'acces|(?:internet|access|network|telecom) (?:service )?providers?"
    r"|telecom operators?)\b"
)
_PROVIDER = re.compile(r"\b(?:prestataire|provider|supplier|titulaire|contractor|we|nous)\b")
_SUBJECT_REACH = 60
_SUBJECT_START = 30  # how far into its clause a subject may start ("5.2 Our hosting partner")


def third_party_subject(text: str, end: int) -> bool:
    """Another party is the subject of what ``text`` says before ``end``: named in the
    clause, close before it, with no word for the provider itself before it ("The telecom
    operator restores a line fault within 4 hours", "L'hébergeur garantit 99,99 %")."""
    left = max(text.rfind(";", 0, end), text.rfind("|", 0, end)) + 1
    # the subject opens the clause: "Microsoft 365 down for all users: 30 minutes" names
    # Microsoft without making it the one who acts
    named = THIRD_PARTY.search(text, left, min(end, left + _SUBJECT_REACH))
    if named is None or named.start() - left > _SUBJECT_START:
        return False
    if not _ACTS.search(text, named.end(), named.end() + _VERB_REACH):
        return False  # named, but no verb of its own: a product in a definition
    return not _PROVIDER.search(THIRD_PARTY.sub(" ", text[left:end]))


# what a subject does when it commits or acts
_ACTS = re.compile(
    r"\b(?:commits?|guarantees?|undertakes?|warrants?|restores?|replaces?|repairs?|responds?"
    r"|resolves?|fixes|provides?|delivers?|s'engage\w*|garanti\w*|retabli\w*|remplace\w*"
    r"|repare\w*|intervien\w*|assure\w*|fourni\w*|livre\w*)\b"
)
_VERB_REACH = 40
