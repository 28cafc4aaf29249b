"""Sentences that commit nothing for this client (reading conventions G2), for the modules that
derive an answer from one sentence: another tier's sentence when the client's tier is said
(``tiers.py``), an option the document says was not taken or offers only ("en option", "as an
option", "optional"), an example or advice ("for example", « par exemple », "we recommend"),
or a past record ("last year", « l'an dernier »).
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context
from slaeval.analysis.records import PAST_RECORD
from slaeval.analysis.tiers import other_tier_sentences

# an option offered, in either language ("proposé en option", "available as an option")
OFFERED = re.compile(
    r"\ben option\b|\bas an? (?:optional )?(?:option|extra|add-on|upgrade)\b|\boptional\b"
    r"|\boptionnel\w*|\badd-on\b"
    # declined in English as « non souscrit » is in French: "not taken by the Client"
    r"|\bnot (?:been )?(?:taken|chosen|selected|purchased|bought)\b"
)
_EXAMPLE = re.compile(
    r"\b(?:for example|for instance|e\.g\.|par exemple|a titre d'exemple|a titre indicatif"
    r"|to illustrate|pour illustrer)\b"
    # advice: "we recommend the 3-2-1 rule", « nous préconisons deux pare-feux »
    r"|\b(?:we|nous) (?:would )?(?:recommend|advise|suggest|recommandons|preconisons|conseillons"
    r"|suggerons)\b"
)


def not_this_clients(ctx: Context, index: int, *, past: bool = True) -> bool:
    """Sentence ``index`` speaks of another tier, an option not taken or only offered, an
    example or (unless ``past`` is False: a report covers "le mois écoulé") the past: no
    finding for this client rests on it."""
    if index in other_tier_sentences(ctx):
        return True
    text = ctx.folded(index)
    patterns = [ctx.rules.word("not_taken"), OFFERED, _EXAMPLE] + ([PAST_RECORD] if past else [])
    return any(p.search(text) for p in patterns)
