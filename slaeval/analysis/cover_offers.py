"""Round-the-clock cover a document offers for sale rather than gives (``schedule.py`` asks).

An option on sale at a price ("Une option d'astreinte 24 h/24 est proposée pour 350 € par
mois"), an offer table's row that gives 24x7 support at a price or under the name of an
option, and the names the document gives its options ("Premium Support is an add-on").
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context
from slaeval.analysis.levels import priority_tokens
from slaeval.analysis.round_the_clock import round_the_clock_mentions

# "Une option de supervision et d'astreinte 24 heures sur 24 est proposée pour 350 € par
# mois", "A 24/7 option is available at EUR 300 per month": an option on sale, at a price or
# "offered", and not said to be included
_FOR_SALE = re.compile(
    r"\bpropose\w*|\boffer\w*|\bavailable\b|\bdisponible\b|\ben sus\b|\bsouscri\w*"
    r"|\bsubscri\w*|\ben supplement\b|\bextra (?:fee|charge|cost)\b"
)
_INCLUDED = re.compile(r"\binclu\w*|\bcompris\w*|\bat no (?:extra |additional )?(?:cost|charge)")


def option_for_sale(ctx: Context, text: str) -> bool:
    rules = ctx.rules
    return (
        bool(rules.word("option_named").search(text))
        and bool(_FOR_SALE.search(text) or rules.word("price").search(text))
        and not _INCLUDED.search(text)
    )


def offered_cover(
    ctx: Context, index: int, text: str, options: tuple[str, ...]
) -> tuple[bool, bool]:
    """A table row that gives round-the-clock support as an offer the client may buy: the
    row has a price ("Premium | Coverage : 24x7 for P1 and P2 | Price : EUR 250 per month")
    or the cell (or the row) names an option the document calls one ("Premium Support is an
    add-on"). Not the contract's hours. Returns (offered, the offer covers P1)."""
    sentence = ctx.sentences[index]
    if not sentence.table_row or ctx.rules.word("monitoring_context").search(text):
        return False, False
    first_cell = text.split(" | ", 1)[0]
    whole_row = ctx.is_price_line(index) or any(
        name in first_cell.partition(" : ")[2] for name in options
    )
    offered = False
    for match in round_the_clock_mentions(ctx, text):
        heading = text[max(0, text.rfind("| ", 0, match.start())) : match.start()]
        if not whole_row and not any(name in heading.partition(" : ")[0] for name in options):
            continue
        offered = True
        cell = _cell_around(text, match.start(), match.end())
        levels = priority_tokens(ctx, cell) or priority_tokens(ctx, first_cell)
        if not levels or "1" in {t.value for t in levels}:
            return True, True
    return offered, False


def _cell_around(text: str, start: int, end: int) -> str:
    """The part of a table row holding ``start:end``: between cells and semicolons."""
    left = max(text.rfind("|", 0, start), text.rfind(";", 0, start))
    rights = [at for at in (text.find("|", end), text.find(";", end)) if at >= 0]
    return text[left + 1 : min(rights, default=len(text))]


# "Premium Support is an add-on", "L'option Nuit est optionnelle": an option named, the name
# being the few words before the verb
_OPTION_VERB = re.compile(
    r"\b(?:is|are|est|sont) (?:an? |une? |available as an? |disponibles? en |proposee?s? en )?"
    r"(?:optional|optionnel\w*|add-on|option)\b"
)
_NAME_BEFORE = re.compile(r"([a-z0-9][\w-]*(?: [a-z0-9][\w-]*){0,2}) $")
_NOT_NAMES = frozenset({"this", "it", "il", "elle", "ce service", "this service", "cette option"})


def option_names(ctx: Context) -> tuple[str, ...]:
    """Names the document gives its options ("premium support")."""
    names: list[str] = []
    for sentence in ctx.sentences:
        text = sentence.folded
        if "option" not in text and "add-on" not in text:
            continue  # a plain substring test: cheaper than any index on a long document
        for verb in _OPTION_VERB.finditer(text):
            before = text[max(0, verb.start() - 45) : verb.start()]
            before = before[max(before.rfind(p) for p in ".;:,(") + 1 :]
            before = re.sub(r"^\s*(?:the|l'|le|la|les)\s+", "", before)
            name = _NAME_BEFORE.search(before)
            if name and name.group(1) not in _NOT_NAMES:
                names.append(name.group(1))
    return tuple(dict.fromkeys(names))
