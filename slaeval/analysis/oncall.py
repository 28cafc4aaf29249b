"""What a contract says of on-call: none, a paid option, or included on the same terms
("oncall.p1_out_of_hours"), in a sentence that names it or under a title about it ("Article 7 –
Astreinte" over "Elle est incluse dans la redevance"). Round-the-clock support itself is read
with the support hours (``schedule.py``), which call this.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.levels import priority_tokens
from slaeval.analysis.oncall_offered import offered_not_taken
from slaeval.analysis.oncall_options import (
    PER_CALL,
    PER_MONTH,
    declined_option,
    rate_for_work,
    surcharge,
    taken_oncall_same_delays,
)
from slaeval.analysis.prefilter import required_literals
from slaeval.analysis.sections import sections_of


def oncall_statements(ctx: Context, paid: set[int]) -> None:
    """What the document says of on-call. A paid option outranks "no on-call" (it says what
    the client can get beyond the default: "aucune astreinte... le Client peut souscrire une
    astreinte moyennant 350 € par mois")."""
    rules = ctx.rules
    _paid_cover(ctx, paid)
    declined_option(ctx)
    taken_oncall_same_delays(ctx)
    # "Support is not available outside business hours": a denial near out-of-hours words,
    # looked for only where the word index finds both
    denied = ctx.matching_all((rules.word("out_of_hours_scope"), rules.word("oncall_denied")))
    refused = {
        index
        for index in ctx.matching(rules.word("no_oncall"))
        if not _denies_other_work(ctx, index)
    }
    included = set(ctx.matching(rules.word("included_oncall"))) - refused
    for key, value, rank in (
        ("no_oncall", "none", 2),
        ("paid_oncall", "paid_option", 3),
        ("included_oncall", "included_same_sla", 2),
    ):
        indexes = ctx.matching(rules.word(key))
        if key == "no_oncall":
            indexes = sorted(set(indexes) | set(denied))
        for index in indexes:
            text = ctx.folded(index)
            if key == "no_oncall" and rules.word("oncall_exception").search(text):
                continue  # "all other incidents wait for the next day": P1 is covered
            if key == "no_oncall" and _UNLESS.search(text):
                continue  # "...picked up the next day, unless the Client calls the Emergency Line"
            if key == "no_oncall" and _denies_other_work(ctx, index):
                continue  # "Changes are not carried out outside Support Hours": not incidents
            if _other_levels_only(ctx, text):
                continue  # "P2 to P4 tickets logged at night wait": nothing said of P1
            if key == "included_oncall" and index in refused:
                continue  # "No on-call service is included", "Aucune astreinte n'est incluse"
            if key == "paid_oncall" and index in included:
                # "L'astreinte est comprise dans la redevance et ne donne lieu à aucune
                # facturation supplémentaire": the price words are denied
                continue
            if key == "paid_oncall" and _OTHERS_LEAD.match(text):
                continue  # "Other out-of-hours work is charged at EUR 140 per hour": not P1
            if key == "paid_oncall" and rate_for_work(ctx, text):
                # "out-of-hours work EUR 140 per hour": a price, no on-call; it gives way to
                # what the document says of out-of-hours incidents
                ctx.add(Candidate("oncall.p1_out_of_hours", value, "text", index, 0.7, rank=1))
                continue
            ctx.add(Candidate("oncall.p1_out_of_hours", value, "text", index, 0.8, rank=rank))
    _under_oncall_heading(ctx)
    _paid_without_commitment(ctx)
    offered_not_taken(ctx)  # an option the document does not show as taken is no cover


# Reading habit: out-of-hours work the client may ask for and pay, but which the provider does
# not commit to ("sans engagement de délai", "selon la disponibilité des techniciens", "we
# can't commit to being available", "subject to engineer availability") is no cover: a P1 at
# night has none. Said in the sentence of the paid work or in the next or previous sentence of
# its paragraph.
_NOT_COMMITTED = re.compile(
    r"\bsans (?:aucun )?engagement\b(?! (?:de duree|minimum|de periode|d'une duree))"
    r"|\b(?:aucun|sans) (?:engagement|garantie) de (?:delai|disponibilite|prise en charge)\b"
    r"|\b(?:selon|sous reserve de|en fonction de) (?:la |leur )?disponibilite\b"
    r"|\bsubject to (?:\w+ )?availability\b|\bif (?:one of us|an engineer|someone|a technician"
    r"|staff|anyone) (?:is|are) available\b|\b(?:can't|cannot|can not|do not|don't|will not"
    r"|won't) (?:commit|guarantee)\b|\bwithout (?:any )?(?:commitment|guarantee)\b"
    r"|\bno (?:response )?(?:time )?(?:commitment|guarantee) (?:on|to|as to|of) (?:the )?"
    r"(?:response|time|timing|delay|availability|being available)|\bbest[- ]efforts?\b"
)


def _paid_without_commitment(ctx: Context) -> None:
    for candidate in ctx.candidates:
        if candidate.criterion != "oncall.p1_out_of_hours" or candidate.value != "paid_option":
            continue
        index = candidate.sentence
        around = [index]
        if index > 0 and ctx.next_in_block(index - 1) == index:
            around.append(index - 1)
        following = ctx.next_in_block(index)
        if following is not None:
            around.append(following)
        if any(_NOT_COMMITTED.search(ctx.folded(i)) for i in around):
            candidate.value = "none"


# Work that is no incident: requests, changes, installations, visits on site
_OTHER_WORK = re.compile(
    r"\b(?:service|change) requests?\b|\brequests? for (?:change|service)s?\b|\bchanges?\b"
    r"|\binstallations?\b|\bprojects?\b|\bplanned work\b|\bon-?site\b|\bmodifications?\b"
    r"|\bdemandes? de (?:service|modification|changement|travaux|prestation)s?\b|\bsur site\b"
    r"|\bdeplacements?\b|\btravaux\b|\bvisits?\b"
)
_INCIDENT_WORDS = re.compile(
    r"\bincidents?\b|\bpannes?\b|\boutages?\b|\bfaults?\b|\balert(?:e|s|es)?\b"
    r"|\bcritical\b|\bcritiques?\b|\burgent\w*|\bbloquant\w*|\bp ?1\b|\bsev(?:erity)? ?1\b"
)


# a clause about the other work, beyond the cover just described
_OTHERS_LEAD = re.compile(
    r"^\W*(?:[0-9.]+ )?(?:any |all |toute?s? )?(?:other|autres?|les autres)\b(?! than\b)"
)
_EMERGENCY = re.compile(
    r"\bemergenc\w*|\burgen(?:t|ts|te|tes|ce|ces)\b|\bincidents?\b|\bpannes?\b|\bcritical\b"
    r"|\bcritiques?\b|\bp ?1\b|\bsev(?:erity)? ?1\b|\bbreakdowns?\b|\boutages?\b"
)


def _denies_other_work(ctx: Context, index: int) -> bool:
    """The denial of out-of-hours work is said, in its clause, of requests, changes or site
    visits, not of incidents ("Changes are not carried out outside Support Hours";
    "service requests wait for the next Business Day; P1 incidents go to the on-call
    engineer"): it says nothing of P1 incidents at night."""
    text = ctx.folded(index)
    rules = ctx.rules
    for key in ("no_oncall", "oncall_denied"):
        match = rules.word(key).search(text)
        if match is not None:  # the first denial's clause decides
            clause = _clause_of(text, match.start())
            return bool(_OTHER_WORK.search(clause)) and not _INCIDENT_WORDS.search(clause)
    return False


def _clause_of(text: str, at: int) -> str:
    left = text.rfind(";", 0, at)
    right = text.find(";", at)
    return text[left + 1 : right if right >= 0 else len(text)]


# "no engineer is on duty, except through the Emergency Line", "sauf appel à la ligne
# d'urgence": the denial has a way out, which the document describes elsewhere
_UNLESS = re.compile(
    r"\bunless\b|\bexcept (?:through|via|by|when|where|if)\b|\bsauf (?:si|par|via|appel|en cas)\b"
    r"|\ba moins (?:que|d'un|d'une)\b|\bhormis (?:par|via)\b"
)
# Out-of-hours cover bought apart: an option ("the Extended Cover option", "Option « Samedi
# matin » : extension du support au samedi"; vocabulary "option_named") or cover the fee
# does not include ("It is not included in the monthly retainer"; "not_included_in_fee")
_EXTENDS_HOURS = re.compile(
    r"\bextension (?:du support|de l'assistance|des horaires|des plages|de la plage)\b"
    r"|\bextended (?:cover|hours|support|coverage)\b|\bhoraires etendus\b|\bplages? etendues?\b"
)


def paid_cover(ctx: Context) -> set[int]:
    """Sentences offering out-of-hours cover the client buys apart: out-of-hours words, or an
    extension of the support hours, with an option named ("the Extended Cover option",
    "Option « Samedi matin » : extension du support au samedi"), or followed in their
    paragraph by "It is not included in the monthly retainer". A careful reader takes such
    cover for a paid option, not for the contract's own hours nor for a plain "no on-call".
    Not an option for the lower levels only ("P2 incidents can be covered by the optional
    Extended Cover"): that one says nothing of P1."""
    rules = ctx.rules
    scope = rules.word("out_of_hours_scope")
    found: set[int] = set()
    for index in ctx.matching(rules.word("option_named")):
        extends = ctx.says(_EXTENDS_HOURS, index)
        if not (ctx.says(scope, index) or extends):
            continue
        if ctx.says(rules.word("monitoring_context"), index) and not extends:
            continue  # "monitoring outside business hours is an option": watching
        found.add(index)
    # "An Emergency Line is available 24/7 for P1 incidents. It is not included in the
    # monthly retainer.": the sentence after says the cover is bought apart
    for index in ctx.matching(rules.word("not_included_in_fee")):
        # "Out-of-hours emergency work is not included in the Monthly Charges": the cover
        # and its exclusion from the fee in one sentence, said of incidents
        text = ctx.folded(index)
        if scope.search(text) and _EMERGENCY.search(text) and not _OTHER_WORK.search(text):
            found.add(index)
            continue
        before = index - 1
        if before < 0 or ctx.next_in_block(before) != index:
            continue
        if not _ABOUT_IT.match(ctx.folded(index)):
            continue  # "Projects ... are not included in the fee": a list of exclusions
        text = ctx.folded(before)
        if (
            scope.search(text)
            or _EXTENDS_HOURS.search(text)
            or rules.word("round_the_clock").search(text)
        ):
            found.add(before)
    return {index for index in found if not _other_levels_only(ctx, ctx.folded(index))}


# a sentence about the one before: "It is...", "Cette option...", "This service..."
_ABOUT_IT = re.compile(
    r"^(?:it|this|that|such|elle|il|celle-ci|celui-ci|ce|cette|cet) "
    r"|^(?:the|la|le|l') ?(?:option|service|cover|line|ligne|astreinte)\b"
)


def _paid_cover(ctx: Context, paid: set[int]) -> None:
    """A paid option for the first sentence of out-of-hours cover bought apart (``paid``),
    a title only when nothing else says it; priced flat when it, or the next sentence of its
    paragraph, gives a price a month, with published surcharges when it gives a rate per hour
    or call, or a multiple of the usual rate ("billed at double the Hourly Rate")."""
    found = sorted(paid, key=lambda i: (_is_title(ctx, i), i))
    if not found:
        return
    first = found[0]
    ctx.add(Candidate("oncall.p1_out_of_hours", "paid_option", "text", first, 0.75, rank=3))
    price = ctx.rules.word("price")
    # the sentence and the few after it, up to the next title: how the cover is priced
    following = [first]
    for index in range(first + 1, min(first + 1 + _PRICE_REACH, len(ctx.sentences))):
        if _is_title(ctx, index):
            break
        following.append(index)
    block = ctx.sentences[first].block
    for index in following:
        text = ctx.folded(index)
        # a price a month further down is more likely the contract's own fee
        if price.search(text) and PER_MONTH.search(text) and ctx.sentences[index].block == block:
            ctx.add(Candidate("oncall.pricing", "flat_or_included", "text", index, 0.7))
            break
        if surcharge(ctx, text) or (price.search(text) and PER_CALL.search(text)):
            ctx.add(Candidate("oncall.pricing", "published_multipliers", "text", index, 0.7))
            break


_PRICE_REACH = 3


def _is_title(ctx: Context, index: int) -> bool:
    """A short line alone in its paragraph, without a full stop ("5. Extended Cover
    (optional)")."""
    text = ctx.folded(index)
    return (
        not ctx.sentences[index].table_row
        and ctx.next_in_block(index) is None
        and (index == 0 or ctx.sentences[index - 1].block != ctx.sentences[index].block)
        and not text.rstrip().endswith((".", ";", ":"))
    )


# "no on-call" before "included": "No on-call service is included" says there is none
_OUT_OF_HOURS_VALUES = (
    ("paid_oncall", "paid_option", 3),
    ("no_oncall", "none", 2),
    ("included_oncall", "included_same_sla", 2),
    ("oncall_denied", "none", 2),
)
_ONCALL_TITLE_WORDS = ("astreinte", "on-call", "hours", "heures", "hno", "permanence", "stand")
_HEADING_REACH = 6  # sentences a heading is looked at over
_TITLE_MAX = 90


def _under_oncall_heading(ctx: Context) -> None:
    """Sentences under a title about on-call ("Article 7 – Astreinte", "8. Out-of-hours
    cover"), which need not repeat it: "Elle est incluse dans la redevance", "This service
    is not provided", "Available for P1 incidents at EUR 250 per call-out". Each is read with
    its title before it, by the same words as a sentence that names on-call itself."""
    rules = ctx.rules
    sentences = ctx.sentences
    for head, title in enumerate(sentences):
        text = title.folded
        if (
            title.table_row
            or len(text) > _TITLE_MAX
            or text.endswith((".", ";", ",", "!", "?", ":"))
        ):
            continue  # cheap: a title is short and unpunctuated, alone in its block
        if head + 1 < len(sentences) and sentences[head + 1].block == title.block:
            continue
        if not any(word in text for word in _ONCALL_TITLE_WORDS):
            continue  # a plain substring test before the long pattern
        if not rules.word("out_of_hours_scope").search(text):
            continue
        window = ctx.sentences[head : head + _HEADING_REACH]
        sections = sections_of(window)
        if 0 not in sections.headings:
            continue
        governed = sorted(sections.governed_by([0]))
        first_block = window[governed[0]].block if governed else -1
        for offset in governed:
            if window[offset].block != first_block:
                break  # the paragraph right under the title says what it is about
            index = head + offset
            sentence = ctx.folded(index)
            joined = f"{text} : {sentence}"
            if _may_match(rules.word("oncall_exception"), joined) and rules.word(
                "oncall_exception"
            ).search(joined):
                continue
            if _other_levels_only(ctx, sentence):
                continue
            for key, value, rank in _OUT_OF_HOURS_VALUES:
                pattern = rules.word(key)
                if _may_match(pattern, joined) and pattern.search(joined):
                    ctx.add(Candidate("oncall.p1_out_of_hours", value, "text", index, 0.75,
                                      rank=rank))  # fmt: skip
                    break


def _may_match(pattern: re.Pattern[str], text: str) -> bool:
    """False when ``text`` lacks every string each match of ``pattern`` holds: a cheap test
    before a long pattern."""
    literals = required_literals(pattern.pattern)
    return literals is None or any(literal in text for literal in literals)


def _other_levels_only(ctx: Context, text: str) -> bool:
    """The sentence names priority levels, and the top one is not among them."""
    levels = {t.value for t in priority_tokens(ctx, text)}
    return bool(levels) and "1" not in levels
