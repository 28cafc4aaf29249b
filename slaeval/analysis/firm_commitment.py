"""The nature of the commitment read from how the service levels are promised.

Few contracts write "obligation de résultat". A careful reader derives the nature of the
commitment from the clause that sets the levels: a provider who "commits to", "guarantees",
"shall ensure" ("s'engage à", "garantit") an availability or who says its response times
"are Service Levels" or "firm commitments", and backs them with credits or penalties, makes a
results commitment, unless the document calls those levels targets or best efforts. When it
calls some of its times targets or best efforts (restoration, say) while it commits firmly
to others that carry credits, the reader records best efforts with penalties: something is
owed when a committed level is missed, not on every delay. Runs at the end of
``commitment_nature.py``, after the credit ladder and the written natures are read. When the
document states response or restoration delays, ``delay_nature.py`` then decides from the
delays (reading conventions: the firmest delay decides, firm times are owed without credits),
and what is read here stands only for a document whose levels are availability alone.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context

# the provider's promise on a level: "Provider commits to 99.9 %", "X commits that the
# service will be available", "shall ensure that the platform is available", "le Prestataire
# s'engage à une disponibilité", "garantit une disponibilité"; a noun in a heading or a
# table cell: "Monthly uptime commitment : 99.95 %", "engagement de disponibilité"
_FIRM_VERB = re.compile(
    r"\b(?:commits?|committed|undertakes?|guarantees?|warrants?|s'engage\w*|garanti(?:t|ssons"
    r"|ssent)|shall ensure|will ensure|must ensure)\b"
    r"|\b(?:uptime|availability|disponibilite|service level) (?:commitments?|guarantees?)\b"
    r"|\bengagements? (?:de|sur la) (?:disponibilite|service)\b"
)
# the same words denied or softened: "does not commit to resolution times", "ne s'engage
# pas", "commits to use reasonable endeavours", "guarantees only a target", "is not a
# commitment"
_SOFTENED = re.compile(
    r"\b(?:not|no|never|pas|aucune?|ni|nor)\b[^.;:]{0,25}\b(?:commit|undertak|guarantee|warrant"
    r"|s'engage|garanti|engagement|ensure)"
    r"|\b(?:efforts?|endeavou?rs?|moyens|targets?|objectifs?|aims?|goals?|indicati\w*|vise\w*"
    r"|s'efforce\w*|attempts?)\b"
)
_DENIED_OR_EFFORTS = re.compile(
    r"\b(?:not|no|never|pas|aucune?|ni|nor)\b[^.;:]{0,25}\b(?:service levels?|niveaux? de"
    r" service|commitments?|engagements?|guarantees?|garanti\w*)\b"
    r"|\b(?:efforts?|endeavou?rs?|moyens|indicati\w*|s'efforce\w*)\b"
)
# what the promise is about: availability or the provider's response and restoration times
_LEVEL = re.compile(
    r"disponibilit|availab|uptime|\bresponse|\breponse|prise en charge|restor|retabli"
    r"|\bintervention|\bdelais?\b"
)
# times stated to be binding: "Response times are Service Levels", "Sev1 and Sev2 times are
# firm commitments", "les délais de prise en charge sont des engagements fermes"
_BINDING_TIMES = re.compile(
    r"\b(?:times?|levels?|delais|temps|availability|disponibilite)\b(?:[^.;:]|\.[0-9]){0,60}\b(?:are|is"
    r"|sont|est|constitue\w*)\b (?:firm |binding |contractual )?(?:des |de |a |an )?"
    r"(?:service levels?|niveaux? de service|(?:firm |binding )?commitments?"
    r"|engagements?(?: fermes?| contractuels?)?|guarantees?|garantie?s?)\b"
)
# the client's own promise ("the Customer commits to give access") is not the provider's
_CLIENT_SUBJECT = re.compile(
    r"\b(?:customer|client|licensee|subscriber|you|buyer|acheteur|beneficiaire)\b"
)


def _firm(text: str) -> bool:
    """The sentence promises a level firmly, in the provider's name (or in a table's name)."""
    for verb in _FIRM_VERB.finditer(text):
        if _CLIENT_SUBJECT.search(text, max(0, verb.start() - 40), verb.start()):
            continue
        if _SOFTENED.search(text):
            return False
        return bool(_LEVEL.search(text))
    # "the response time objectives ... are service levels": the name of the times is no
    # softening, only efforts or a denial are
    return bool(_BINDING_TIMES.search(text)) and not _DENIED_OR_EFFORTS.search(text)


def firm_sentences(ctx: Context) -> list[int]:
    """Sentences where the provider promises firmly a level that carries credits: an
    availability commitment's own sentence, the sentence that introduces its table ("X
    commits to the following monthly uptime") or its heading ("Uptime Commitment"), with an
    availability credit ladder; a sentence saying that times are service levels or
    commitments, when credits are set on those times. A firm word on a level nothing is owed
    for ("Response times are firm commitments" and credits on availability only) is no
    results commitment: a reader looks for what is owed when the level is missed."""
    found: set[int] = set()
    ladder = any(c.kind in ("credit_tier", "credit_cap") for c in ctx.candidates)
    for c in ctx.candidates if ladder else ():
        if c.criterion != "availability.commitment":
            continue
        at = c.sentence
        if _firm(ctx.folded(at)):
            found.add(at)
            continue
        # a table row: the sentence that introduces the table
        while at > 0 and ctx.sentences[at].table_row:
            at -= 1
        if at != c.sentence and _firm(ctx.folded(at)):
            found.add(at)
            continue
        # the heading it stands under: "2. Uptime Commitment", "Engagement de disponibilité"
        head = _heading_of(ctx, c.sentence)
        if head is not None and _firm(ctx.folded(head)):
            found.add(c.sentence)
    credit_words = ctx.rules.word("credit_context")
    for at in ctx.matching(_BINDING_TIMES):
        text = ctx.folded(at)
        if _firm(text) and (
            _credited_response(ctx) or ctx.names_without_denial(credit_words, text)
        ):
            found.add(at)
    return sorted(found)


def _credited_response(ctx: Context) -> bool:
    return any(
        c.criterion == "availability.credits_on_response" and c.value in _CREDITED_RESPONSE
        for c in ctx.candidates
    )


# both kinds of delay named in one best-efforts sentence
_EVERY_DELAY = re.compile(
    r"\b(?:response|reponse|prise en charge)\b[^.;:]{0,40}\b(?:and|et|or|ou)\b[^.;:]{0,20}"
    r"\b(?:restor\w*|resolution|retablissement|fix|repair|reparation|resolution)\b"
    r"|\ball (?:the )?(?:times|delays|service levels)\b|\btous les delais\b"
)


def _heading_of(ctx: Context, index: int) -> int | None:
    heads = [h for h in ctx.sections.headings if h < index]
    if not heads:
        return None
    head = max(heads)
    return head if index in ctx.sections.governed_by([head]) else None


# response times that carry credits: "a service credit of 5 % for each missed P1 response"
_CREDITED_RESPONSE = frozenset({"per_breach", "above_threshold"})


def derive_from_firm_levels(ctx: Context, penalties: bool) -> None:
    """With credits or penalties in the document: levels promised firmly and no nature
    written make a results commitment; written best efforts on some times beside levels
    promised firmly make best efforts with penalties (the reading most settled goldens
    keep; a few record a result for the firm levels)."""
    if not penalties:
        return
    natures = [c for c in ctx.candidates if c.criterion == "liability.commitment_nature"]
    if not all(c.value in ("best_effort", "means_with_penalties") for c in natures):
        return
    if not any(c.value == "best_effort" for c in natures):
        if not natures and (firm := firm_sentences(ctx)):
            ctx.add(Candidate("liability.commitment_nature", "result", "text", firm[0], 0.7))
        return
    # best efforts written on every delay ("Response and restoration times are targets"):
    # nothing is owed when a delay is missed, whatever the availability carries
    if any(
        _EVERY_DELAY.search(ctx.folded(c.sentence))
        for c in natures
        if not ctx.sentences[c.sentence].table_row
    ):
        return
    # best efforts written on some times: are other levels promised firmly, or credited?
    if _credited_response(ctx) or firm_sentences(ctx):
        for c in natures:
            c.value = "means_with_penalties"
