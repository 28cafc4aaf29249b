"""The liability cap, as a number of months of fees (or a sum of money).

"plafonnée au montant des sommes versées au cours des douze (12) derniers mois" -> 12;
"une fois et demie le montant annuel des redevances" -> 18;
"ne saurait excéder un mois de redevance" -> 1; "limited to the annual fees" -> 12;
"twice the fees paid in the preceding twelve months" -> 24; "la moitié des sommes versées au
cours de l'année" -> 6; "fees paid in the previous quarter" -> 3; "plafonnée à 50 000 €" -> an
amount. A sentence that raises the cap for personal data (a "super-cap") is not the general cap.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context

_MULTIPLIERS = {"deux": 2, "two": 2, "2": 2, "trois": 3, "three": 3, "3": 3}
# "la moitié des sommes", "half the fees", "one quarter of the annual charges"
_FRACTION = re.compile(
    r"\b(?:la moitie|(?:one )?half|(?:un|le|one|a) quart|one quarter) (?:of |de |des |du )"
)
_FRACTIONS = {"moitie": 0.5, "half": 0.5, "quart": 0.25, "quarter": 0.25}
_SUPER_CAP = re.compile(
    r"plafond (?:specifique|distinct|particulier|porte)|super-?cap|separate (?:\w+ )?(?:cap|limit)"
    r"|porte a"
    r"|(?:fois|times) (?:the |le |la |l')?(?:cap|plafond|limit|amount (?:set out|stated|specified|"
    r"referred)|montant (?:vise|prevu|fixe|indique))"
    r"|(?:independamment|en sus|en plus) du plafond|in addition to the (?:general |overall |"
    r"aggregate )?(?:cap|limit)|separately from the (?:general |overall )?(?:cap|limit)"
)
# "For breach of clause 6, liability is limited to three times the fees": a cap for one kind
# of claim, not the general one
_ONE_KIND_OF_CLAIM = re.compile(
    r"^[\s0-9.]*(?:for|in respect of|with respect to|as regards|en cas de|pour|s'agissant d[eu']"
    r"|au titre d[eu'])\s?(?:any |the |a |les |la |le |l'|des |du |d'|une? )?"
    r"(?:breach|violation|manquement|claims?|reclamations?|dommages|damages|atteinte)"
)
# "The Provider's liability for breach of its data protection obligations is limited to",
# "la responsabilité du Prestataire au titre d'un manquement à la confidentialité est
# plafonnée à": the subject of the cap is liability for one kind of breach, named before the
# cap; a breach of the contract itself ("for breach of this Agreement") is every claim
_KIND_OF_CLAIM = re.compile(
    r"\b(?:liabilit\w*|responsabilit\w*) (?:[\w'-]+ ){0,4}?(?:for|in respect of|arising (?:from"
    r"|out of)|au titre d[eu']|en cas d[eu']|pour|resultant d[eu'])\s?(?:any |the |a |an |its "
    r"|their |les |la |le |l'|des |du |d'|une? |ses |toute )?(?:breach|violation|manquement"
    r"|infringement)\w* (?:of |de |d'|a |aux? )(?!(?:this|the|ce|le|du|au) (?:agreement|contract"
    r"|contrat)\b|(?:ses|its|their|leurs) obligations (?:contractuelles|under (?:this|the)"
    r" (?:agreement|contract))\b)"
)
CONFIDENCE = 0.85
# a cap that is the higher of a sum and a number of months of fees
_GREATER_OF = re.compile(
    r"\b(?:the )?(?:greater|higher) of\b|\bwhichever is (?:the )?(?:greater|higher)\b"
    r"|\b(?:le|au) plus (?:eleve|important) (?:des|de)\b|\ble montant le plus eleve\b"
)


def extract_liability_cap(ctx: Context) -> None:
    rules = ctx.rules
    cap_words = rules.word("liability_cap")
    for index in ctx.matching(rules.word("liability_context")):
        text = ctx.folded(index)
        cap = cap_words.search(text)
        if cap is None or _SUPER_CAP.search(text):
            continue
        # a cap of its own for personal data or confidentiality: a super-cap; a cap "for
        # breach of contract" or "of its obligations" names no kind and stays the general one
        # (the breach's own object: "Except for breaches of confidentiality, liability for
        # breach of any of its obligations..." carves confidentiality out of the general cap)
        kind = _KIND_OF_CLAIM.search(text, 0, cap.start())
        protected = kind is not None and (
            _PROTECTED_SUBJECT.search(text, kind.end(), cap.start()) is not None
        )
        if protected:
            ctx.add(Candidate("liability.carve_outs", "uncapped_or_supercap", "text", index,
                              0.7, rank=2))  # fmt: skip
        if protected or _ONE_KIND_OF_CLAIM.match(text):
            continue
        tail = text[cap.start() :]
        months = _months_of_fees(ctx, tail)
        amounts = rules.quantities.money(tail)
        if months is not None:
            ctx.add(Candidate("liability.cap", months, "months", index, CONFIDENCE))
            if amounts and _GREATER_OF.search(tail):
                # "the greater of (a) EUR 50,000 and (b) the fees of the last twelve months":
                # the sum is the floor the cap never falls below; both are read
                ctx.add(Candidate("liability.cap", amounts[0].value, "eur", index, 0.8,
                                  kind="cap_amount"))  # fmt: skip
            continue
        if amounts:
            ctx.add(Candidate("liability.cap", amounts[0].value, "eur", index, 0.8,
                              kind="cap_amount"))  # fmt: skip
    extract_carve_out_references(ctx)


# "Nothing in this Agreement limits liability for death ..., for fraud, or for breach of
# clause 7": a carve-out that points at a clause by its number
_CARVE_OUT = re.compile(
    r"\bnothing in (?:this|the) [\w ]{0,30}(?:shall )?(?:limits?|excludes?|restricts?)\b"
    r"|\b(?:does|do|shall|will) not apply\b|\bne s'appliqu\w* pas\b"
    r"|\b(?:n'est|ne sont) pas (?:applicables?|plafonne\w*)|\b(?:except|excluding|other than"
    r"|sauf|hormis|excepte)\b|\ba l'exception d\w*|\b(?:uncapped|unlimited|illimitee?s?)\b"
)
_CLAUSE_REFERENCE = re.compile(
    r"\b(?:clauses?|articles?|sections?|art\.|schedules?|annexes?|appendix|appendices)"
    r" (?P<n>[0-9]{1,2}|[a-z])\b(?![.,][0-9])"
)
_LIABILITY_OR_CAP = re.compile(r"\bliabilit\w*|\bresponsabilit\w*|\bplafon\w*|\bcaps?\b")
# a clause title: "7. Data protection", "Article 7 – Confidentialité", "Schedule C — Data"
_CLAUSE_TITLE = re.compile(
    r"^\s*(?:(?:clause|article|section|schedule|annexe?|appendix) )?(?P<n>[0-9]{1,2}|[a-z])"
    r"[.)]?\s*[-–—:]?\s+(?P<title>[a-z].*)$"
)
# what the catalogue asks to be out of the cap: personal data and confidentiality
_PROTECTED_SUBJECT = re.compile(
    r"donnees (?:a caractere )?personnel\w*|protection des donnees|\brgpd\b|\bgdpr\b"
    r"|confidential\w*|personal data|data protection|data privacy"
)


def extract_carve_out_references(ctx: Context) -> None:
    """A carve-out that names a clause by its number ("or for breach of clause 7") carves out
    what that clause is about: a reader turns to clause 7, titled "Data protection", and
    reads a data-protection carve-out (``uncapped_or_supercap``), not only the statutory
    ones (death, fraud) written beside it."""
    protected: set[str] = set()
    for index in ctx.sections.headings:
        match = _CLAUSE_TITLE.match(ctx.folded(index))
        if match is not None and _PROTECTED_SUBJECT.search(match.group("title")):
            protected.add(match.group("n"))
    if not protected:
        return
    for index in ctx.matching(_CLAUSE_REFERENCE):
        text = ctx.folded(index)
        if index in ctx.sections.headings:
            continue
        if not any(r.group("n") in protected for r in _CLAUSE_REFERENCE.finditer(text)):
            continue
        if _LIABILITY_OR_CAP.search(text) and _CARVE_OUT.search(text):
            ctx.add(Candidate("liability.carve_outs", "uncapped_or_supercap", "text", index,
                              0.7, rank=2))  # fmt: skip
            return


def _months_of_fees(ctx: Context, tail: str) -> float | None:
    rules = ctx.rules
    months: float | None = None
    where = 0
    stated = rules.word("liability_months").search(tail)
    one_month = rules.word("liability_one_month").search(tail)
    one_quarter = rules.word("liability_one_quarter").search(tail)
    one_year = rules.word("liability_one_year").search(tail)
    if stated is not None:
        amount = rules.quantities.parse_number(stated.group("num"))
        if amount is not None:
            unit = stated.group("unit")
            months = amount * (12 if unit.startswith(("an", "year")) else 1)
            where = stated.start()
    elif one_month is not None:
        months, where = 1.0, one_month.start()
    elif one_quarter is not None:
        months, where = 3.0, one_quarter.start()
    elif one_year is not None:
        months, where = 12.0, one_year.start()
    if months is None:
        return None
    multiplier = rules.word("liability_multiplier").search(tail)
    if multiplier is not None:
        months *= 1.5 if multiplier.group("h") else _MULTIPLIERS.get(multiplier.group("m") or "", 2)
    share = [p for p in rules.quantities.percents(tail) if p.end <= where]
    fraction = _FRACTION.search(tail[:where])
    if share:
        months *= share[0].value / 100  # "100 % of the fees paid in that year"
    elif fraction is not None:
        months *= next(v for k, v in _FRACTIONS.items() if k in fraction.group())
    return months
