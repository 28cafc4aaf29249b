"""A figure the text revises later replaces the one it revises (CONVENTIONS.md, G4).

A proposal answered by a later offer, or an amendment, states a figure and then changes it:
"Tarif : 390 € HT par mois" then "Avec ces ajouts, le forfait passe à 420 € HT par mois";
"Engagement de 24 mois" then "nous ramenons l'engagement à 12 mois"; "the monthly fee is
increased to EUR 3,145". A careful reader records the revised figure only. Read for the
monthly fee (``fees.py``) and the initial term (``terms.py``), only when a later sentence
says the figure is changed to its value, not that it would be under a condition or an
option (G2).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context

# the figure changed: "passe à", "est porté à", "ramenons ... à", "réduit à", "increased to",
# "reduced to", "brought down to", "now"
_REVISED = re.compile(
    r"\b(?:passe|passera|passent|porte\w*|ramen\w*|redui\w*|abaiss\w*|augment\w*|reval\w*)"
    r"\b[^.;]{0,40}\ba\b|\b(?:increased|reduced|lowered|raised|brought down|revised|changed)"
    r" to\b|\bis now\b|\bdesormais\b"
)

# a change that may happen, not one made: a condition, a choice left to the client or an
# option ("Si le Client ajoute un site, le forfait passera à 520 €", "If the Customer adds a
# site, the fee will be increased to", "le Client peut ramener l'engagement à 12 mois")
_MAY_CHANGE = re.compile(
    r"\b(?:si|s'il|s'ils|if|should|whenever|lorsque|en cas d\w*|in (?:the )?(?:case|event)"
    r"|may|might|can|could|would|peut|peuvent|pourra\w*|pourrait|serait|option\w*|eventuel\w*)\b"
)


def keep_revised(ctx: Context, criterion: str, kind: str) -> None:
    """Of several values of ``criterion`` and ``kind``, keep the one a later sentence
    revises the others to; nothing changes when no sentence says so."""
    found = [c for c in ctx.candidates if c.criterion == criterion and c.kind == kind]
    if len({c.value for c in found}) < 2:
        return
    revised = [
        c
        for c in found
        if _REVISED.search(ctx.folded(c.sentence))
        and not _MAY_CHANGE.search(ctx.folded(c.sentence))
    ]
    if not revised:
        return
    last = max(revised, key=lambda c: c.sentence)
    if any(c.sentence > last.sentence for c in found if c.value != last.value):
        return  # a figure after the revision: not plainly the final one
    ctx.candidates[:] = [
        c
        for c in ctx.candidates
        if not (c.criterion == criterion and c.kind == kind and c.value != last.value)
    ]
