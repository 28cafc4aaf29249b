"""The nature of the commitment decided by the delays (``liability.commitment_nature``).

A careful reader asks whether the service levels are owed by looking first at the response
and restoration delays (CONVENTIONS.md); the availability decides only when the document
states no delay (``commitment_nature.py`` and ``firm_commitment.py`` read that case). For
each delay the reader asks:

- is it softened: called a target, an objective, indicative or best efforts, in its own
  sentence, in the heading or the lead-in of its table, or by a sentence about its kind of
  delay ("Resolution times are targets, not guarantees", "les délais de résolution sont
  donnés à titre indicatif") or about every level ("Le Prestataire est tenu d'une obligation
  de moyens", "X will use reasonable endeavours to meet the service levels"). A name is no
  softening: "Recovery Time Objective", "Response Time Objectives";
- is it made firm on its own terms, whatever a general clause says: "Response times are firm
  commitments", "Il s'engage toutefois sur les délais de l'annexe 2", "Seuls les délais de
  prise en charge constituent un engagement";
- is something owed when it is missed: a credit or a penalty on missed delays.

A delay neither softened nor made soft by a general clause is owed as written ("shall
respond within", "nous intervenons dans les 4 heures", a plain table of delays): a results
commitment, with or without credits. A softened delay is best efforts, with penalties when
credits are set on missed delays. When the delays differ, the firmest decides: responses firm
and restorations as targets make a results commitment.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.delay_words import (
    MISS_FREE,
    NO_CREDIT,
    credited_kinds,
    kinds_named,
)

CRITERION = "liability.commitment_nature"
_DELAY = re.compile(r"^support\.p[1-4]_(?P<kind>response|restoration)$")

# the words that soften a level: a target, an objective, best efforts, indicative
_SOFT = re.compile(
    r"\btargets?\b|\bobjectifs?\b|\bobjectives?\b|\baims?\b|\bgoals?\b|\bcibles?\b"
    # « vise à », « visons »; not « les délais visés à l'annexe 2 » (referred to)
    r"|\bvis(?:e|ent|ons|ant|er)\b(?! (?:a |au |aux |dans |par )?(?:l'|la |le |les )?(?:articles?"
    r"|annexes?|clauses?|paragraphes?|points?|sections?|tableaux?|contrat|present\w*|conditions"
    r"|chapitres?|ci-))|best efforts?|meilleurs efforts|reasonable (?:efforts?|endeavou?rs?)"
    r"|\bendeavou?r to\b|\bs'efforce\w*|\bindicati(?:fs?|ve|ves|vely)\b|dans la mesure du possible"
    r"|obligations? (?:de moyens|of means)|\bnon garanti|\bnot promises?\b"
)
# a commitment denied: "sans engagement de durée", "we do not commit to fix times", "are not
# guaranteed", "ne sont pas contractuels" (kept apart: its first words are everywhere, the
# sentences are found by the promise word, ``_PROMISE``)
_DENIED_PROMISE = re.compile(
    r"\b(?:sans|no|not|aucun|never|cannot|can't|don't|won't|pas)\b[^.;:]{0,25}"
    r"\b(?:engagement|commit|guarantee|garanti|promise|binding|contractu)"
    r"|\bne (?:s'engage|garanti)\w*(?: pas| sur aucun| a aucun)"
)
_PROMISE = re.compile(r"engagement|commit|guarantee|garanti|promise|binding|contractu")
# softening words that are only a name, or that are denied: "Recovery Time Objective",
# "Response Time Objectives", "commitments, not targets", "ne sont pas des objectifs"
_NOT_SOFT = re.compile(
    r"\b(?:time|point|level) objectives?\b|\bobjectifs? de (?:temps|point|niveau) de\b"
    r"|\b(?:rto|rpo)\b|\bobjectifs? de (?:duree|perte|reprise|restauration|remise)"
    # a table's "Target" column holding a share of tickets: the threshold of a KPI
    r"|\b(?:targets?|objectifs?|cibles?) : (?:at least |au moins |below |above |min\w* )?"
    r"[0-9][0-9.,]* ?%"
    r"|(?:commitments?|guarantees?|engagements?|garanties?),? (?:and |et )?(?:not|non|pas)"
    r" (?:des |de simples |mere |simple |just )?(?:targets?|objectifs?|goals?|cibles?)\b"
    r"|\b(?:not|pas|ne sont pas|n'est pas) (?:des |de |a |an |merely |simply |just )?"
    r"(?:simples? )?(?:targets?|objectifs?|goals?|cibles?)\b"
)
# the words that make a level firm: a commitment, a guarantee, "are Service Levels"
_FIRM = re.compile(
    r"\b(?:firm|fermes?|binding|committed|guaranteed|garantis?)\b|\bs'engage\w*"
    r"|\b(?:commits?|guarantees?|undertakes?)\b|\bengagements?\b(?! de moyens)"
    r"|\bobligations? (?:de resultat|of result)|\b(?:are|is|sont|est) (?:a |des )?service levels?"
)
_TIME_WORD = re.compile(
    r"\btimes?\b|\bdelais?\b|\bdelays?\b|\btemps\b|\btargets?\b|\bobjectifs?\b|\bsla\b"
    r"|\bindicateurs?\b|\bkpis?\b|\brto\b|\brpo\b"
    r"|\bservice levels?\b|\bniveaux? de service\b|\bgt[ir]\b|\bwithin\b|\bsous\b|\bdans les\b"
)
# a clause about every level: the service levels, the delays, "these times"
_EVERY_LEVEL = re.compile(
    r"\b(?:service levels?\b|niveaux? de service\b|sla\b|delais\b|these times\b|indicateurs\b"
    r"|kpis\b|the times\b|all (?:the )?(?:times|targets|delays)\b|incident targets?\b"
    r"|obligations? (?:de moyens|of means)\b|ses prestations\b"
    r"|the services?\b(?! (?:period|hours|desk|window))"
    r"|les prestations\b|ses obligations\b|its obligations\b)"
    r"|(?:priority|severity|\bp[0-9]|\bsev|incident|criticite|priorite)[^.;:]{0,30}\btargets?\b"
)
# a general clause that names availability among the rest: "obligation de moyens, y compris
# pour la disponibilité"
_INCLUDING = re.compile(r"\b(?:y compris|including|notamment|included)\b")
# availability, or a share: "a published service level of 99.9 %"
_AVAILABILITY = re.compile(r"disponibilit|availab|uptime|[0-9] ?%")
# what another party owes, or a figure pointed at ("it is not a service level"): not the
# provider's delays
_OTHER_OBJECT = re.compile(
    r"\b(?:of|des?|du) (?:any |the |a |les |tout )?(?:third[- ]part|tiers|vendors?|editeurs?"
    r"|operateurs?|carriers?)"
    r"|^\W*(?:it|this|that|ce|cela|ceci) (?:is|est|figure|chiffre|taux|rate)\b"
    # the client's own targets or tasks: "these are the client's own targets", "where the
    # client is responsible for a task, the service levels do not apply"
    # levels placed in another document: "figurent exclusivement dans l'annexe SLA du contrat"
    # (a document named: "apply only in business hours" places no level elsewhere)
    r"|\b(?:exclusivement|uniquement|only|solely|exclusively) (?:dans|in) (?:l'|la |le |les |the "
    r"|an? |its |son |sa |ses )?(?:[\w-]+ )?(?:annexes?|appendix|appendices|schedules?|exhibits?"
    r"|documents?|contrats?|agreements?|accords?|conditions|sla|conventions?|order forms?"
    r"|bons? de commande)\b"
    r"|\b(?:client|customer)(?:'s)? own\b|\b(?:client|customer|client's|customer's) "
    r"(?:is |are )?(?:responsib\w*|accountab\w*)|\bpropres objectifs du client"
    # the out-of-hours option, not the delays of the service: "une intervention hors horaires
    # ... sans engagement de délai"
    r"|\b(?:en dehors|hors) (?:des )?(?:horaires|heures)"
    r"|\b(?:out of|outside(?: of)?) (?:support |business |office |service )?hours\b"
    r"|\bafter[- ]hours\b"
)
_CLAUSE_SPLIT = re.compile(
    r";|:|, (?:while|whereas|but)\b|\b(?:while|whereas|but|mais|tandis que|alors que)\b"
)
# a level made firm against a general obligation of means: an obligation of result, or a
# firm word set against it ("Il s'engage toutefois sur les délais", "However, response times
# are guaranteed")
_STRONG = re.compile(
    r"(?:obligations?|engagements?) (?:de resultat|of results?)"
    r"|\b(?:toutefois|however|nevertheless|cependant|neanmoins|notwithstanding)\b"
)
_ORDER = {"best_effort": 0, "means_with_penalties": 1, "result": 2}


# a firm predicate: "are committed service levels", "sont des engagements fermes", "are
# guaranteed": the name of what it is said of ("the resolution targets for Severity 1") is no
# softening
_FIRM_PREDICATE = re.compile(
    r"\b(?:are|is|sont|est|constitue\w*|remain|restent)\b (?:a |an |des |de |un |une )?"
    r"(?:firm |binding |committed |contractual |guaranteed )?(?:service levels?|commitments?"
    r"|engagements?|guarantees?|garanties?)\b(?!,? (?:but|mais))"
    r"|\b(?:are|is|sont|est) (?:committed|guaranteed|garantis?|firm|fermes?|binding)\b"
)


_KPI = re.compile(
    r"\bkpis?\b|key performance|indicateurs? (?:cles )?de performance|measured performance"
)
_TARGET_WORD = re.compile(r"\b(?:targets?|objectifs?|objectives?|cibles?)\b")


def _soft(text: str) -> bool:
    """Softening words, or a miss said to carry nothing ("failure to meet an Initial
    Response time does not give rise to Service Credits", "n'ouvre droit à aucune
    pénalité"): a delay whose miss costs nothing is not owed."""
    named = _NOT_SOFT.sub(" ", text)
    if _KPI.search(named):
        # a KPI's target is the share of tickets it must reach ("a KPI failure occurs when
        # the measured performance is below the target"), not a softened delay
        named = _TARGET_WORD.sub(" ", named)
    return bool(_SOFT.search(named) or _DENIED_PROMISE.search(named) or MISS_FREE.search(text))


def _kind_statements(ctx: Context, indexes: list[int]) -> tuple[dict[str, str], set[str]]:
    """Per kind of delay ("response", "restoration", and "every" for the sentences about
    every level), what the sentences say of it: "soft", "firm" or "strong" (firm against a
    general obligation of means); and the kinds whose softening sentence denies them credits.
    A firm word wins over a soft one said of the same kind; an obligation of result wins
    over an obligation of means in the same clause."""
    said: dict[str, str] = {}
    denied: set[str] = set()
    for at in indexes:
        for clause in _clauses(ctx, at):
            if not _TIME_WORD.search(clause) and not _MEANS.search(clause):
                continue
            if _OTHER_OBJECT.search(clause):
                continue
            strong = bool(_FIRM.search(clause) and _STRONG.search(clause))
            soft = not strong and not _FIRM_PREDICATE.search(clause) and _soft(clause)
            firm = strong or (not soft and bool(_FIRM.search(clause)))
            if not soft and not firm:
                continue
            kinds = kinds_named(clause)
            if not kinds:
                if not _EVERY_LEVEL.search(clause) or (
                    _AVAILABILITY.search(clause) and not _INCLUDING.search(clause)
                ):
                    continue
                kinds = {"every"}
            for kind in kinds:
                word = "strong" if strong else "firm" if firm else "soft"
                if _RANK[word] > _RANK.get(said.get(kind, ""), -1):
                    said[kind] = word
                if soft and NO_CREDIT.search(clause):
                    denied |= {"response", "restoration"} if kind == "every" else {kind}
    return said, denied


_RANK = {"soft": 0, "firm": 1, "strong": 2}
_MEANS = re.compile(r"moyens|means|effort")


def _denied_only(ctx: Context, indexes: list[int], kind: str) -> bool:
    """Every softening clause about this kind denies that there is such a delay at all
    ("we do not commit to resolution times", "ne s'engage sur aucun délai de remise en
    état"), with no figure."""
    for at in indexes:
        for clause in _clauses(ctx, at):
            if (
                kind in kinds_named(clause)
                and _soft(clause)
                and (not _DENIED_PROMISE.search(clause) or re.search(r"[0-9]", clause))
            ):
                return False
    return True


def _nature_of(
    kind: str, said: dict[str, str], soft_here: bool, credited: bool, any_credit: bool
) -> str:
    """The nature of one delay: what is said of its kind, then of every level. Under a
    general obligation of means, penalties on missed delays are what is owed (best efforts
    with penalties); a delay promised firmly with no penalty anywhere is owed as written."""
    own, every = said.get(kind), said.get("every")
    if own == "strong" or (every == "strong" and own != "soft"):
        return "result"
    if own == "soft" or soft_here:
        return "means_with_penalties" if credited else "best_effort"
    if every == "soft":
        # a general obligation of means: what is owed when the delay is missed decides
        if any_credit:
            return "means_with_penalties"
        return "result" if own == "firm" else "best_effort"
    return "result"


def _clauses(ctx: Context, index: int) -> list[str]:
    """The clauses of a sentence; the cells of a table row."""
    text = ctx.folded(index)
    if ctx.sentences[index].table_row:
        return text.split("|")
    return _CLAUSE_SPLIT.split(text)


def _own_soft(ctx: Context, index: int, kind: str) -> bool:
    """The delay's own sentence (the part of it about its kind of delay), the lead-in of its
    table or its heading softens it."""
    if any(_soft(c) and kind in (kinds_named(c) or {kind}) for c in _clauses(ctx, index)):
        return True
    # a table row: the sentence that leads into the table (each row repeats its headers)
    at = index
    while at > 0 and ctx.sentences[at].table_row:
        at -= 1
    if at != index and any(
        _soft(c) and kind in (kinds_named(c) or {kind}) for c in _clauses(ctx, at)
    ):
        return True
    heads = [h for h in ctx.sections.headings if h < index]
    return bool(heads) and _soft(ctx.folded(max(heads))) and index - max(heads) < 8


def decide_by_delays(ctx: Context) -> None:
    """Record the nature of the commitment the delays give (module docstring); nothing when
    the document states no delay."""
    delays: list[tuple[str, int]] = []
    criteria = {c.criterion for c in ctx.candidates if _DELAY.match(c.criterion)}
    for criterion in criteria:  # each criterion's kept delays, looked up once
        kind = criterion.rsplit("_", 1)[1]
        delays.extend((kind, c.sentence) for c in ctx.kept(criterion))
    natures = [c for c in ctx.candidates if c.criterion == CRITERION]
    # the sentences that may say how the delays are owed: the written natures, and those
    # holding a softening or firm word next to a word for a time
    pool = sorted(
        {c.sentence for c in natures}
        | set(ctx.matching(_SOFT))
        | set(ctx.matching(MISS_FREE))
        | {
            at
            for at in {*ctx.matching(_FIRM), *ctx.matching(_PROMISE)}
            if _TIME_WORD.search(ctx.folded(at))
        }
    )
    said, denied = _kind_statements(ctx, pool)
    if not delays and not ({"response", "every"} & said.keys()):
        # no support delay, and nothing said of response times or of every level: a
        # recovery time the provider commits to is the restoration delay ("commits to a
        # Recovery Time Objective of eight hours")
        delays = [("restoration", c.sentence) for c in ctx.kept("continuity.rto")]
    if not delays:
        # no delay read, but sentences about a kind of delay ("Response times are service
        # levels. Target resolution times are indicative objectives only"): the delays are
        # stated, in a form the figures were not read from
        # ("I don't promise fix times" says there is no fix time, not a soft one)
        at = min((c.sentence for c in natures), default=pool[0] if pool else 0)
        delays = [
            (kind, at)
            for kind in ("response", "restoration")
            if kind in said and (said[kind] != "soft" or not _denied_only(ctx, pool, kind))
        ]
    if not delays:
        return
    credited = credited_kinds(ctx)
    best = None
    for kind, at in sorted(set(delays), key=lambda d: d[1]):
        # a firm word on its kind outweighs a softening word in its row ("4 hour response,
        # 8 hour target fix" and "Response times are firm commitments")
        soft_here = said.get(kind) not in ("strong", "firm") and _own_soft(ctx, at, kind)
        value = _nature_of(
            kind, said, soft_here, kind in credited and kind not in denied, bool(credited)
        )
        if best is None or _ORDER[value] > _ORDER[best[0]]:
            best = (value, at)
        if value == "result":
            break  # the firmest there is
    assert best is not None
    value, at = best
    same = [c for c in natures if c.value == value]
    where = min(c.sentence for c in same) if same else at
    ctx.candidates[:] = [c for c in ctx.candidates if c.criterion != CRITERION]
    ctx.add(Candidate(CRITERION, value, "text", where, 0.7, rank=2))
