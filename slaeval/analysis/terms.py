"""Term, tacit renewal and the channel for giving notice.

The initial term and the notice period are measure rules (``rules.json``). Here: the length
of each renewal period ("reconduit tacitement par périodes successives de trente-six mois")
and, from it and the notice channel, how much of a trap the renewal is: a multi-year renewal,
a yearly one with notice only by registered letter, or a yearly one with e-mail accepted.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.revised_figures import keep_revised
from slaeval.localized import both

YEAR = 12.0


def extract_renewal(ctx: Context) -> None:
    keep_revised(ctx, "costs.initial_term", "answer")  # a term revised later (G4)
    rules = ctx.rules
    tacit_at: int | None = None
    period: float | None = None
    for index in ctx.matching(rules.word("renewal")):
        text = ctx.folded(index)
        if rules.word("no_renewal").search(text):
            ctx.add(Candidate("costs.tacit_renewal", "none_or_yearly_email", "text", index, 0.8))
            continue
        if not rules.word("tacit").search(text):
            continue
        tacit_at = index if tacit_at is None else tacit_at
        months = _renewal_months(ctx, index, text)
        if months is None and rules.word("yearly_renewal").search(text):
            months = YEAR
        if months is None:
            months = _each_period(ctx, index, text)
        if months is not None and period is None:
            period = months
            ctx.add(Candidate("costs.tacit_renewal", months, "months", index, 0.85,
                              kind="renewal_period", clock="calendar"))  # fmt: skip
    if tacit_at is not None:
        if period is None and _ROLLING_RE.search(ctx.folded(tacit_at)):
            ctx.add(Candidate("costs.tacit_renewal", "none_or_yearly_email", "text", tacit_at, 0.7))
        _judge_renewal(ctx, tacit_at, period)
        if period is not None and period <= 1:
            _rolling_notice(ctx, tacit_at)
            _month_by_month_term(ctx, tacit_at, period)
    for index in ctx.matching(_INDEFINITE):
        _rolling_notice(ctx, index)
        break
    _bounded_increases(ctx)  # runs after the choice rules, which read the indexation


def _bounded_increases(ctx: Context) -> None:
    """ "The Provider may increase the charges once a year on 30 days' notice. Any increase
    shall not exceed the change in the Consumer Price Index": a right to raise the prices that
    the same sentence or the next one bounds by an index or a cap is no unilateral right; the
    bound is what the client gets. A right to raise prices at will said elsewhere is kept."""
    found = [c for c in ctx.candidates if c.criterion == "costs.indexation"]
    bounded = {c.sentence for c in found if c.value in ("capped_index", "index_no_cap")}
    drop = {
        id(c)
        for c in found
        if c.value == "unilateral" and (c.sentence in bounded or c.sentence + 1 in bounded)
    }
    if drop:
        ctx.candidates[:] = [c for c in ctx.candidates if id(c) not in drop]


# "It then continues on a rolling basis until either party gives notice", "reconduit de façon
# glissante": a contract that rolls on with no fixed renewal period ends whenever one party
# gives notice; it sets no renewal trap (the renewal is judged with no trap)
_ROLLING = (
    r"\bon a rolling basis\b|\brolling (?:monthly )?(?:contract|agreement|term)\b"
    r"|\b(?:facon|maniere) glissante\b"
)
_ROLLING_RE = re.compile(_ROLLING)


# "conclu pour une durée indéterminée ... chaque partie peut y mettre fin à tout moment moyennant
# un préavis de trois mois": a contract with no end date ends only by notice, which is then the
# notice that matters, as for a contract renewed month by month
_INDEFINITE = re.compile(
    r"\bduree indeterminee\b|\bindefinite (?:term|period|duration)\b|\bopen-ended\b"
    r"|\bsans (?:limitation de|terme de) duree\b|\bno fixed (?:end|term)\b|" + _ROLLING
)


def _month_by_month_term(ctx: Context, index: int, period: float) -> None:
    """ "Your subscription runs month to month", "reconduit de mois en mois" with no other term
    stated: the client is bound one period at a time, and that period is the term a reader
    records (a minimum term stated elsewhere wins: "three months, then month to month")."""
    if any(c.criterion == "costs.initial_term" for c in ctx.candidates):
        return
    if _AFTER_A_FIRST_PERIOD.search(ctx.folded(index)):
        return  # "After the first year it runs from month to month": a longer term came first
    ctx.add(Candidate("costs.initial_term", period, "months", index, 0.65, clock="calendar"))


_AFTER_A_FIRST_PERIOD = re.compile(
    r"\b(?:after|following|at the end of|once|apres|a l'issue d[eu']|au terme d[eu']|passe)\b"
    r"[^.;]{0,40}\b(?:first|initial|minimum|premiere?|initiale?|minimale?|ferme)\b"
)
# the clause after a rolling term is read for its notice only when it is about ending the
# contract ("Either party may terminate it by giving 30 days' notice"), not a price change
_ENDING = re.compile(
    r"\b(?:terminat\w*|cancel\w*|end (?:it|the|this)|resili\w*|mettre fin|denonc\w*"
    r"|arret\w*|stop\w*)"
)


def _rolling_notice(ctx: Context, index: int) -> None:
    """A contract renewed month by month (or of indefinite term) ends whenever the customer
    gives notice: the notice to terminate "à tout moment, avec un mois de préavis", in the
    renewal's paragraph, is the renewal notice (the measure rule leaves notices 'at any time'
    aside)."""
    if any(c.criterion == "costs.renewal_notice" for c in ctx.candidates):
        return
    notice = ctx.rules.word("notice")
    for at in _paragraph_and_next(ctx, index):
        text = ctx.folded(at)
        for word in notice.finditer(text):
            for duration in ctx.durations(at):
                after = duration.start - word.end()
                before = word.start() - duration.end
                if 0 <= after <= _NEAR or 0 <= before <= _NEAR:
                    days = round(duration.in_days(), 2)
                    ctx.add(Candidate("costs.renewal_notice", days, "days", at, 0.7,
                                      clock="calendar"))  # fmt: skip
                    return


def _paragraph_and_next(ctx: Context, index: int) -> list[int]:
    """The renewal's paragraph from ``index``, then the next paragraph when it is no heading:
    "After that it runs from month to month. / 7.2 You may cancel ... by giving 14 days'
    notice": the clause right after a rolling term often says how it ends."""
    out: list[int] = []
    at: int | None = index
    while at is not None:
        out.append(at)
        at = ctx.next_in_block(at)
    following = out[-1] + 1
    if (
        following < len(ctx.sentences)
        and not ctx.sentences[following].table_row
        and following not in ctx.sections.headings
    ):
        block = ctx.sections.block_of(following)
        if any(_ENDING.search(ctx.folded(i)) for i in block):
            out.extend(block)
    return out


_NEAR = 12


def _renewal_months(ctx: Context, index: int, text: str) -> float | None:
    """The length written right after a renewal-period phrase; every such phrase is tried, as
    a lead-in ("at the end of each renewal term, it renews for a further period of 12
    months") may name one without a length."""
    durations = ctx.durations(index)
    for anchor in ctx.rules.word("renewal_period").finditer(text):
        for duration in durations:
            if duration.start >= anchor.end() and duration.start - anchor.end() <= 40:
                months = duration.in_months()
                return months if months >= 1 else None
    return None


# "se renouvelle tout seul chaque mois", "renews from quarter to quarter", "at the start of
# each billing month", "for one quarter at a time"; a word between "each" and the period only
# qualifies it ("each calendar month"): a number counts periods ("tous les six mois", "each
# six month period"), read with its unit from the sentence's durations (_EACH_BEFORE)
_EACH_PERIOD = re.compile(
    r"\b(?:chaque|each|every|tous les) (?:(?:calendar|billing|invoicing|civil|contract"
    r"|contractual|subscription|service|renewal|successive|consecutive|subsequent|further"
    r"|additional|following|new|full|such) )?(?P<a>mois|month|trimestre|quarter|semestre"
    r"|annee|year)\b"
    r"|\b(?:(?:de|from) )?(?P<b>mois|month|trimestre|quarter|semestre)[- ](?:en|to)[- ](?P=b)\b"
    r"|\b(?P<c>mensuellement|monthly|trimestriellement|quarterly)\b"
    r"|\b(?:for|pour) (?:one|a|un|une) (?P<d>quarter|trimestre|semestre)\b"
)
_PERIOD_MONTHS = {
    "mois": 1.0, "month": 1.0, "mensuellement": 1.0, "monthly": 1.0,
    "trimestre": 3.0, "quarter": 3.0, "trimestriellement": 3.0, "quarterly": 3.0,
    "semestre": 6.0, "annee": YEAR, "year": YEAR,
}  # fmt: skip


def _each_period(ctx: Context, index: int, text: str) -> float | None:
    """The length of a renewal written as a recurrence ("renews each month", "tous les six
    mois"): the first one the sentence writes."""
    found: list[tuple[int, float]] = []
    for duration in ctx.durations(index):
        # "tous les six mois": six months, not one; "every week" is no renewal period
        if duration.in_months() >= 1 and _EACH_BEFORE.search(text, 0, duration.start):
            found.append((duration.start, duration.in_months()))
            break
    for match in _EACH_PERIOD.finditer(text):
        word = match.group("a") or match.group("b") or match.group("c") or match.group("d")
        found.append((match.start(), _PERIOD_MONTHS[word]))
        break
    return min(found, key=lambda f: f[0])[1] if found else None


# "every 3 months", "tous les six mois", "each six-month period": the count of periods
_EACH_BEFORE = re.compile(r"(?:^|\W)(?:chaque|each|every|tous les|toutes les) $")


def _judge_renewal(ctx: Context, index: int, period: float | None) -> None:
    rules = ctx.rules
    if period is not None and period > YEAR:
        ctx.add(Candidate("costs.tacit_renewal", "multi_year", "text", index, 0.85))
        ctx.warn(_MULTI_YEAR.format(months=f"{period:g}"))
        return
    notice_sentences = sorted(set(ctx.matching(rules.word("notice"))) | {index})
    # "notice sent by e-mail is not valid": a channel the text refuses is not one it accepts
    strict = any(
        ctx.names_without_denial(rules.word("strict_channel"), ctx.folded(i))
        for i in notice_sentences
    )
    email = any(
        ctx.names_without_denial(rules.word("email_channel"), ctx.folded(i))
        for i in notice_sentences
    )
    if period is None:
        return
    if period <= 1:  # renewed month by month: the customer may leave any month, no trap
        ctx.add(Candidate("costs.tacit_renewal", "none_or_yearly_email", "text", index, 0.75))
    elif strict and not email:
        ctx.add(Candidate("costs.tacit_renewal", "yearly_strict_channel", "text", index, 0.75))
    elif email or period == YEAR:
        # e-mail accepted, or a yearly renewal stopped by plain "written notice" with no
        # channel imposed: the client leaves with an ordinary letter or e-mail, no trap
        ctx.add(Candidate("costs.tacit_renewal", "none_or_yearly_email", "text", index, 0.7))


_MULTI_YEAR = both(
    "Reconduction tacite pour {months} mois à chaque échéance : sans préavis donné à temps, "
    "le contrat repart pour une longue période.",
    "Tacit renewal for {months} months at each term: without notice given in time, the "
    "contract runs on for a long period.",
)
