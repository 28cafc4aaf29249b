"""The service tier the client bought, and the sentences that speak of another one.

A provider's SLA often sets its figures per tier ("Gold | 99.95 %", "Silver | 99.9 %"; "For
Gold workloads the credits are 10 % below 99.95 %") while its order summary says which tier
this client has ("The Customer has ordered the Silver service tier", "Le Client a souscrit la
formule Essentiel"). A careful reader then reads every figure at that tier: a sentence or table
row that names another tier, and not the one bought, gives figures that are not this
client's. Without a tier said to be bought, nothing is set aside.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Context
from slaeval.analysis.document import fold

# The wordings of an order (vocabulary "tier_ordered"): "has ordered the Silver service tier",
# "a souscrit la formule Essentiel", "tier ordered: Silver", "Formule retenue : Sérénité"; the
# tier's name in the group "name", "fr" or "label".

# where a document names its tiers: "the Gold tier", "formule Essentiel", a table row whose
# first cell is headed "Service tier" / "Formule"
# ("the Premium Support plan": the name before "support", as in "the Gold service tier")
_TIER_AFTER = re.compile(
    r"(?<![\w'])(?P<name>[a-z][\w+-]*) (?:service |support )?(?:tier|plan|edition)s?\b"
)
_TIER_BEFORE = re.compile(r"\b(?:formule|offre|palier|pack) (?:« ?)?(?P<name>[a-z][\w+-]*)\b")
_TIER_CELL = re.compile(
    r"^(?:service )?(?:tier|plan|formule|offre|niveau de service|pack|edition) : "
    r"(?P<name>[a-z][\w+-]*(?: [a-z][\w+-]*)?) ?(?:\||$)"
)
# words that follow "the" before "tier" or "plan" without naming one
_NOT_NAMES = frozenset(
    {"the", "this", "that", "each", "every", "a", "an", "any", "your", "its", "their", "our",
     "service", "support", "customer's", "client's", "same", "other", "higher", "lower",
     "next", "current", "selected", "ordered", "price", "pricing", "per", "de", "du", "la",
     "le", "les", "l'", "cette", "notre", "votre", "chaque", "payment", "action", "recovery",
     "continuity", "security", "test", "project", "migration", "transition", "exit"}
)  # fmt: skip


def other_tier_sentences(ctx: Context) -> frozenset[int]:
    """Sentences that name a tier the client did not buy and not the one it bought; empty
    when no sentence says which tier was bought. Worked out once per analysis (several
    extractors ask), kept on the context."""
    if ctx.other_tier is None:
        ctx.other_tier = frozenset(_other_tier_sentences(ctx))
    return ctx.other_tier


def bought_tier(ctx: Context) -> str | None:
    """The one tier the document says the client bought (its first word, folded); None when
    it names none, or two."""
    ordered: set[str] = set()
    ordered_words = ctx.rules.word("tier_ordered")
    for index in ctx.matching(ordered_words):
        text = ctx.folded(index)
        for match in ordered_words.finditer(text):
            if _CONDITION.search(text, max(0, match.start() - 40), match.start()):
                continue  # "unless Customer has subscribed to the Gold tier": a condition
            name = match.group("name") or match.group("fr") or match.group("label")
            form = match.groupdict().get("form")
            # "The Customer's Order Form specifies Standard Support": a tier named by the order
            # form is a proper noun there ("specifies the quantities" names none)
            if form and _named_as_proper_noun(ctx.sentences[index].text, {form}):
                name = form
            if name and name.split()[0] not in _NOT_NAMES:
                ordered.add(name.split()[0])
    # an order form's field, a line alone: "Service Tier: SILVER", "Formule : Sérénité"
    for index in ctx.matching(_TIER_FIELD):
        if not ctx.sentences[index].table_row:
            field = _TIER_FIELD.search(ctx.folded(index))
            if field and field.group("name") not in _NOT_NAMES:
                ordered.add(field.group("name"))
    if not ordered:
        ordered = _ordered_in_a_row(ctx)
    return next(iter(ordered)) if len(ordered) == 1 else None


# an order table's line: "Item : Service Tier | Selection : Enhanced", "Élément : Formule |
# Choix : Confort", "Plan | Ordered : Silver": the row names the tier as the thing ordered,
# and its next cell holds one of the tier names the document uses
_ORDER_ROW = re.compile(
    r"(?:^|\| )(?:[^|:]{1,30} : )?(?:(?:service|support) )?(?:tier|plan|formule|offre|palier|pack"
    r"|edition|niveau de service|service level|package)s? \| [^|:]{1,30} : "
    r"(?P<name>[a-z][\w+-]*) ?(?:\||$)"
)


def _ordered_in_a_row(ctx: Context) -> set[str]:
    """The tier an order table's row names as chosen, when that is one of the document's tier
    names (an order line naming a quantity or a price is no choice of tier)."""
    found: set[str] = set()
    names: set[str] | None = None
    for index in ctx.matching(_ORDER_ROW):
        if not ctx.sentences[index].table_row:
            continue
        for match in _ORDER_ROW.finditer(ctx.folded(index)):
            names = _tier_names(ctx) if names is None else names
            if match.group("name") in names:
                found.add(match.group("name"))
    return found


def bought_column_texts(ctx: Context) -> dict[int, str]:
    """Table rows that compare tiers side by side, each with its folded text where only the
    row's label and the bought tier's cell are kept, the other cells blanked (same length, so
    a match is still a place in the row). "Backup retention | Standard : 14 days | Enhanced :
    30 days | Premier : 90 days" is read "Backup retention | Enhanced : 30 days" by a client
    of Enhanced: the other columns are other offers' commitments (``bought_tier_spans``)."""
    bought = bought_tier(ctx)
    out: dict[int, str] = {}
    for index, sentence in enumerate(ctx.sentences):
        if not sentence.table_row:
            continue
        spans = bought_tier_spans(ctx, index, bought)
        if spans is None:
            continue
        text = sentence.folded
        kept = [" "] * len(text)
        if not any(_NOTHING.match(text, start, end) for start, end in spans[1:]):
            for start, end in spans:
                kept[start:end] = text[start:end]
        out[index] = "".join(kept)
    return out


# the bought tier's cell says the row is not for this client: "Confort : —", "Enhanced : Not
# included", "Basic : No", "Essentiel : non compris" (the whole row is then left blank)
_NOTHING = re.compile(
    r"(?: \| )?[^|:]{1,40} : (?:-+|x|no|non|none|nil|aucune?|n/?a|sans objet"
    r"|not (?:included|available|applicable|offered|provided)"
    r"|non (?:inclus|compris|disponible|applicable|prevu|propose)e?s?"
    r"|indisponible|exclu(?:e|s|es)?)\s*[.;]?\s*$"
)


_CONDITION = re.compile(
    r"\b(?:unless|if|when|whenever|once|until|where|sauf si|si|lorsque|quand|des que|tant que)"
    r"\b[^,;.]*$"
    # "A customer that selects the Gold plan also gets...": any customer, not this one
    r"|\b(?:an?|any|every|each|tout|toute|un|une|chaque|les|those|customers|clients)"
    r" (?:customers?|clients?|ones?)? ?(?:that|who|which|qui)\b[^,;.]*$"
)
_TIER_FIELD = re.compile(
    r"^(?:service |support )?(?:tier|plan|formule|offre|palier) ?: ?(?P<name>[a-z][\w+-]*)"
    r" ?[.;]? ?$"  # "Service tier: Silver." ends on a full stop as well
)


# a column heading that says it is the client's: "Silver (subscribed)", "Confort (retenue)"
_MARK = re.compile(
    r" ?\((?:subscribed|ordered|selected|chosen|purchased|bought|souscrite?|retenue?|choisie?"
    r"|commandee?)\)"
)
_BRACKET = re.compile(r" ?\([^()|]{0,40}\)")
_MARKED_HEAD = re.compile(r"(?:^| \| )(?P<name>[a-z][\w+-]*)" + _MARK.pattern + " : ")
# a cell of a table row: "Silver : 1 business hour" (the reader writes "header : value")
_CELL = re.compile(r"(?:^| \| )(?P<head>[^|:]{1,40}?) : (?P<value>[^|]*?)(?= \| |$)")


def bought_tier_spans(ctx: Context, index: int, bought: str | None) -> list[tuple[int, int]] | None:
    """In a table row that compares tiers side by side ("SEV1 response | Bronze : 4 business
    hours | Silver : 1 business hour | Gold : 15 minutes"), the spans of the folded row to
    read for the client: its first cell (what the row measures, headed or not) and the cell of
    the tier it bought, named by the document or by the column's own heading ("Silver
    (subscribed)"). A careful reader reads down the client's column only. None for any other
    sentence (a row that names no other tier, or not the bought one)."""
    sentence = ctx.sentences[index]
    if not sentence.table_row:
        return None
    if bought is None or bought not in sentence.folded:
        marked = _MARKED_HEAD.search(sentence.folded)
        if marked is None:
            return None
        bought = marked.group("name")
    text = sentence.folded
    cells = list(_CELL.finditer(text))
    if cells and cells[0].start() == 0:
        label, cells = cells[0].span(), cells[1:]  # "Service element : P1 response | ..."
    else:
        # the header's first cell was empty: "P1 response | Basic : 8 business hours | Plus :
        # 2 business hours", the label stands alone and every cell after it is a tier's
        cut = text.find(" | ")
        if cut <= 0:
            return None
        label = (0, cut)
    if len(cells) < 2:
        return None
    # "Gold (not subscribed)": a heading's bracket comments on the column, the tier is "gold"
    heads = [_BRACKET.sub("", cell.group("head")).strip() for cell in cells]
    if bought not in heads:
        return None
    tier_like = [h for h in heads if h != bought and h.isalpha() and " " not in h]
    if not tier_like or not _named_as_proper_noun(sentence.text, set(tier_like)):
        return None  # "Priority | Response : 1 h | Restoration : 4 h": no tiers
    kept = [cell.span() for cell, head in zip(cells, heads, strict=True) if head == bought]
    return [label, *kept]


def _other_tier_sentences(ctx: Context) -> set[int]:
    bought = bought_tier(ctx)
    if bought is None:
        return set()  # none bought, or two said: no tier to read at
    others = _tier_names(ctx) - {bought}
    if not others:
        return set()
    other_words = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(others))) + r")\b")
    bought_word = re.compile(r"\b" + re.escape(bought) + r"\b")
    out: set[int] = set()
    for index in ctx.matching(other_words):
        text = ctx.folded(index)
        if bought_word.search(text):
            continue  # "Silver is 99.9 %, Gold 99.95 %": both, read apart by the extractors
        if _named_as_proper_noun(ctx.sentences[index].text, others):
            out.add(index)
    return out


def _tier_names(ctx: Context) -> set[str]:
    """The names the document gives its tiers, written with a capital where they appear."""
    names: set[str] = set()
    for sentence in ctx.sentences:
        text = sentence.folded
        found: set[str] = set()
        cell = _TIER_CELL.match(text)  # a table row, or a line written like one
        if cell:
            found.add(cell.group("name").split()[0])
        elif "tier" in text or "plan" in text or "edition" in text:
            found |= {
                m.group("name")
                for m in _TIER_AFTER.finditer(text)
                if not _FAMILY.search(m[0])
                or not _COUNTED.search(text, max(0, m.start() - 12), m.start())
            }
        if "formule" in text or "offre" in text or "palier" in text or "pack" in text:
            found |= {m.group("name") for m in _TIER_BEFORE.finditer(text)}
        found = {n for n in found if len(n) >= 3 and n.isalpha()} - _NOT_NAMES - names
        names |= {name for name in found if _named_as_proper_noun(sentence.text, {name})}
    return names


# "Verglas offers three Run Service tiers: Bronze, Silver and Gold", "nos deux Managed plans":
# a word between a count and a plural "tiers" or "plans" names the family of offers, not one
# of them (the reader takes "Run" for the service all the tiers belong to)
_FAMILY = re.compile(r"s$")
_COUNTED = re.compile(
    r"\b(?:two|three|four|five|several|our|its|their|deux|trois|quatre|cinq|plusieurs|nos|ses"
    r"|[2-9]) $"
)


def _named_as_proper_noun(original: str, names: set[str]) -> bool:
    """A tier name is a proper noun: written with a capital ("Gold", "Sérénité"), unlike the
    same word in passing ("gold standard", "un pack de six")."""
    return any(word[0].isupper() and fold(word) in names for word in _WORD.findall(original))


_WORD = re.compile(r"\w[\w+-]*")
