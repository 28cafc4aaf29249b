"""The availability commitment: "Le Prestataire s'engage sur une disponibilité mensuelle de
99,9 %", "99.95% monthly uptime". Not a rung of the credit ladder (``credits.py``), a past
record, an option's better figure, another tier's, or another party's guarantee.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.credits import BEFORE_REACH, THRESHOLD_FLOOR
from slaeval.analysis.not_targets import third_party_subject
from slaeval.analysis.quantities import Amount
from slaeval.analysis.records import a_record_or_example
from slaeval.analysis.tiers import other_tier_sentences


def extract_availability(ctx: Context) -> None:
    rules = ctx.rules
    credit_words = rules.word("credit_context")
    verbs = rules.word("commitment_verbs")
    below = rules.word("below_words")
    denied = rules.word("commitment_denied")
    other_tier = other_tier_sentences(ctx)
    for index in ctx.matching(rules.word("availability")):
        if index in other_tier:
            continue  # "Gold | 99.95 %" when the client bought Silver
        text = ctx.folded(index)
        if denied.search(text):
            continue  # "designed for 99.99% but no availability commitment is made"
        verb = verbs.search(text)
        if verb is None and _called_a_record_next(ctx, index):
            continue  # "The pilot ran at 99.99 %. This is a measurement, not a service level."
        if verb is not None and third_party_subject(text, verb.start()):
            continue  # "L'hébergeur garantit pour sa part 99,99 %": another party's commitment
        cover = rules.word("optional_cover")
        optional = cover.search(text) if ctx.may_hold(cover, index) else None
        credit = credit_words.search(text)
        percents = rules.quantities.percents(text)
        # a row that gives a credit as a percentage is a rung of a ladder ("Monthly uptime :
        # 99.0% to 99.95% | Service credit : 10%"); one whose penalty is elsewhere ("Cible :
        # 99,8 % | Pénalité : malus selon le barème A3.2") states the target
        row = ctx.sentences[index].table_row and not (
            credit and any(a.value < THRESHOLD_FLOOR for a in percents)
        )
        for amount in percents:
            if not 90 <= amount.value < 100:
                continue
            if below.search(text[max(0, amount.start - BEFORE_REACH) : amount.start]):
                continue
            if optional is not None and optional.start() < amount.start:
                continue  # "with the optional add-on, the commitment rises to 99.99 %"
            if a_record_or_example(text, amount.start):
                continue  # "Past performance: ... achieved 99.98% across all clients"
            if verb is None and _YEAR_AFTER.match(text, amount.end):
                continue  # "(available 99.97% of the time in 2025)"
            if row:
                # "Taux de disponibilité | Cible : 99,8 % | Pénalité : malus selon le barème":
                # the penalty sits in another cell, the target's cell is a target
                cell = _cell_of(text, amount)
                if credit_words.search(cell) or below.search(cell[: amount.start]):
                    continue
            elif credit and (verb is None or verb.start() > amount.start):
                continue  # "Credits: below 99.9 %..." or a ladder row
            ctx.add(Candidate("availability.commitment", amount.value, "percent", index, 0.9))
            break


# Reading habit: a figure dated to a year, in a sentence that commits to nothing, tells what
# happened that year ("a portal available 99.97% of the time in 2025", "disponibilité de
# 99,95 % sur l'année 2024"); with a word of commitment, the year is when the promise holds
# ("En 2026, le Prestataire s'engage sur une disponibilité de 99,9 %").
_YEAR_AFTER = re.compile(
    r"[^.;|]{0,40}?\b(?:in|en|during|durant|over|sur|pendant|au cours de) (?:the (?:year )?|l'annee"
    r" |l'exercice )?(?:(?:calendar|fiscal|civil) )?(?:year )?(?:19|20)[0-9]{2}\b"
)
# ... and so does a figure the next sentence calls a measurement or a record, no service level
# ("This is a measurement of the pilot, not a service level", "Il s'agit d'un constat, non
# d'un engagement", "These figures are given for information only")
_CALLED_A_RECORD = re.compile(
    r"^\W*(?:this|these|that|those|it|such figures?|ce|ces|cela|ceci|il s'agit|ce chiffre|ces"
    r" chiffres)\b[^.;]{0,40}\b(?:measurements?|records?|statistics?|(?:historical|past)"
    # a noun with its article ("une mesure"), not the verb ("ce taux est mesuré chaque mois")
    r" (?:figures?|data)|(?:une|la|des|d'une) mesures?|constats?|statistiques?|historiques?"
    r"|(?:for|pour)"
    r" (?:your )?information|a titre (?:d'information|indicatif)|not (?:a |an )?service"
    r" levels?|(?:pas|non) (?:un |d'un )?niveaux? de service)\b"
)
# (not "a target and not a guarantee": a target is still the level aimed at)


def _called_a_record_next(ctx: Context, index: int) -> bool:
    following = ctx.next_in_block(index)
    return following is not None and bool(_CALLED_A_RECORD.search(ctx.folded(following)))


def _cell_of(text: str, amount: Amount) -> str:
    """The table cell of a row (read "heading : value | heading : value") holding
    ``amount``, up to the amount's end."""
    left = text.rfind("|", 0, amount.start)
    return text[left + 1 : amount.end]
