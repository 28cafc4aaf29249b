"""What a contract says of on-call: none, a paid option, or included on the same terms
("oncall.p1_out_of_hours"), in a sentence that names it or under a title about it ("Article 7 –
Astreinte" over "Elle est incluse dans la redevance"). Round-the-clock support itself is read
with the support hours (``schedule.py``), which call this.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.levels import priority_tokens
from slaeval.analysis.prefilter import required_literals
from slaeval.analysis.sections import sections_of


def oncall_statements(ctx: Context) -> None:
    """What the document says of on-call. A paid option outranks "no on-call" (it says what
    the client can get beyond the default: "aucune astreinte... le Client peut souscrire une
    astreinte moyennant 350 € par mois")."""
    rules = ctx.rules
    # "Support is not available outside business hours": a denial near out-of-hours words,
    # looked for only where the word index finds both
    denied = ctx.matching_all((rules.word("out_of_hours_scope"), rules.word("oncall_denied")))
    refused = set(ctx.matching(rules.word("no_oncall")))
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
            if _other_levels_only(ctx, text):
                continue  # "P2 to P4 tickets logged at night wait": nothing said of P1
            if key == "included_oncall" and index in refused:
                continue  # "No on-call service is included", "Aucune astreinte n'est incluse"
            ctx.add(Candidate("oncall.p1_out_of_hours", value, "text", index, 0.8, rank=rank))
    _under_oncall_heading(ctx)


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
