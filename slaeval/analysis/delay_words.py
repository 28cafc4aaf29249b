"""Words for the kinds of delay and for what is owed when one is missed (``delay_nature.py``).

A reader sorts a delay into a response ("prise en charge", "call-back", "initial response")
or a restoration ("résolution", "fix", "workaround", "RTO"), and asks whether missing it
earns a credit or a penalty, or is said to carry nothing ("does not give rise to Service
Credits", "n'ouvre droit à aucune pénalité"). Moved out of ``delay_nature.py``, same
behaviour.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context

_CREDITED = frozenset({"per_breach", "above_threshold"})

# the two kinds of delay, named with a word for a time ("response times", "délais de prise
# en charge", "fix times", "call-back time")
_RESPONSE = re.compile(
    # one word boundary for the words it opens (same matches, a quicker scan)
    r"\b(?:respon(?:se|d)|reponse|rappel|triage|interven)|prise en charge|prendre en charge"
    r"|acknowledg|call-?back|first contact"
)
_RESTORATION = re.compile(
    # "fix", not the French « fixé(s) » (set: « les délais fixés à l'annexe ») nor "fixed fee"
    r"\b(?:resol|restor|retabli|repair|repar|recover|correcti|fix(?:ing)?\b|fixed (?:within|in)\b"
    r"|fixes\b(?! (?:a|au|aux|par|dans|en|pour|ci-)\b)|(?:gtr|rto|reprise)\b)"
    r"|remise en (?:etat|service)|contournement|workaround"
)
# credits denied: "no service credit applies", "sans pénalité", "we don't pay credits"; not
# a delay missed before the credit it earns ("if a response time is not met, a credit",
# « si le délai n'est pas respecté, une pénalité »)
NO_CREDIT = re.compile(
    r"\b(?:no|not|without|aucune?|sans|pas|don't|doesn't|won't|never)\b"
    r"(?! (?:be |been |being |dans les |within )?(?:met|meet|meets|achieved?|respected|respect"
    r"|honou?r\w*|respond\w*|resolv\w*|restor\w*|fix\w*|respecte\w*|tenue?s?|atteinte?s?"
    r"|repond\w*|retabli\w*|resolue?s?|intervenu\w*|interv\w*|pris\w* en charge|delais"
    r"|on time|in time|a temps)\b)"
    r"[^.;]{0,40}\b(?:credits?|avoirs?|penalit\w*|penalt\w*|remises?)"
)
# a miss said to carry nothing: "does not give rise to Service Credits", "is not a breach"
MISS_FREE = re.compile(
    r"\b(?:does|do|shall|will) not (?:give rise to|entitle|attract|result in|carry)\b"
    r"[^.;]{0,30}\b(?:credits?|penalt\w*|compensation)"
    r"|\b(?:is|are) not (?:a )?breach"
    r"|\bn'(?:ouvre|ouvrent|entraine|entrainent|donne|donnent)\b[^.;]{0,20}\b(?:aucune?|pas)\b"
    r"[^.;]{0,20}\b(?:penalit\w*|avoirs?|indemni\w*|credits?)"
    r"|\bno (?:service )?credits? (?:is|are|shall be|will be) (?:due|payable|paid|owed)"
    r"|\bno (?:service )?credits? appl"
)


def kinds_named(text: str) -> set[str]:
    """The kinds of delay a text names."""
    kinds = set()
    if _RESPONSE.search(text):
        kinds.add("response")
    if _RESTORATION.search(text):
        kinds.add("restoration")
    return kinds


# a missed delay: "misses the response time", "tout dépassement d'un délai", "late", "hors
# délai"
_MISSED = re.compile(
    r"\bmiss(?:es|ed)?\b|\bfails? to (?:meet|respect)|\bexceed\w*|\bbreach\w*|\blate\b"
    r"|\bdepassement\w*|\bdepasse\w*|\bnon-respect|\bretard\w*|\bhors delai|\bnot met\b"
    # the French said as the English "not met": « n'est pas respecté », « ne sont pas tenus »
    r"|\b(?:does|do|did) not (?:meet|achieve)\b|\bpas (?:respecte|tenu|atteint)\w*"
)


def credited_kinds(ctx: Context) -> set[str]:
    """The kinds of delay whose miss earns a credit or a penalty: the credits read on the
    delays, and a sentence that sets a credit on a missed delay of a kind ("If the Provider
    misses a Priority 1 response time, ... a service credit", "tout dépassement d'un délai
    de rétablissement donne lieu à une pénalité")."""
    kinds: set[str] = set()
    for c in ctx.candidates:
        if c.criterion == "availability.credits_on_response" and c.value in _CREDITED:
            kinds |= kinds_named(ctx.folded(c.sentence)) or {"response", "restoration"}
    credit_words = ctx.rules.word("credit_context")
    for at in ctx.matching(_MISSED):
        text = ctx.folded(at)
        if (
            ctx.names_without_denial(credit_words, text)
            and not MISS_FREE.search(text)
            and not NO_CREDIT.search(text)
        ):
            kinds |= kinds_named(text)
    return kinds
