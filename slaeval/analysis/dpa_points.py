"""How complete the data-processing terms a document holds are (``data.gdpr_dpa``).

Reading habit (the reading conventions): a careful reader grades the processing terms by what
the document itself holds. He looks for a clause or annex presented as the data-processing
terms ("the Provider acts as processor within the meaning of Article 28", « la présente
annexe tient lieu d'accord de traitement », "Data Processing Addendum") and counts, in that
clause and the section its heading governs, the seven points Article 28 asks for:

1. processing on the client's instructions; 2. confidentiality of the staff; 3. security
measures; 4. sub-processors; 5. help with data subjects' rights and with breaches; 6. deletion
or return of the data at the end; 7. audits or the information to show compliance.

All seven, or all but one: ``complete``; fewer (but more than a passing word):
``template_with_gaps``. A clause that only points at terms the copy does not hold ("the DPA
in Schedule 6", an annex not reproduced, a web address, a DPA "to be signed") gives nothing,
however it describes them: the reader has not seen them (G3). Ordinary clauses scattered
through the contract, with no such presentation, give nothing either. The rules' own answers
of these two values are replaced by this reading.
"""

from __future__ import annotations

import re

from slaeval.analysis.annex_unseen import KINDS, find_annex
from slaeval.analysis.annex_unseen import LABEL as ANNEX_LABEL
from slaeval.analysis.context import Candidate, Context

_CRITERION = "data.gdpr_dpa"
_GRADED = frozenset({"complete", "template_with_gaps"})
CONFIDENCE = 0.7
_ENOUGH = 6  # all seven, or all but one
_AT_LEAST = 2  # fewer than two points is a passing word, not a processing clause
_RUN = 12  # sentences a processing clause may run on to
_ANNEX_REACH = 150  # sentences of an annex read for its points
_DOCUMENT_REACH = 400
_HEADING_REACH = 40  # a heading governs at most this many sentences (``sections.py``)
_PRESENTED = re.compile(
    r"\barticle 28\b|\bart\. ?28\b|\ben (?:sa )?qualite de sous-traitant\b"
    r"|\bin its capacity as (?:a |the )?(?:data )?processor\b"
    r"|\b(?:acts?|acting|agit|agissant|agissons) (?:as|comme|en tant que|en qualite de)"
    r" (?:a |your |its |the (?:customer|client)'s |le )?(?:data )?(?:processor|sous-traitant)\b"
    r"|\bas (?:a|your|the customer's|the client's|its) (?:data )?processor\b"
    r"|\b(?:comme|en tant que) sous-traitant\b|\bentente de traitement\b"
    r"|\baccord de (?:sous-)?traitement\b|\bcontrat de sous-traitance\b"
    r"|\bconvention de sous-traitance\b|\bdata processing (?:agreement|addendum|terms)\b"
    r"|\btient lieu d'accord de traitement\b|\baccord de sous-traitance\b"
)
_DOCUMENTED = re.compile(
    r"\bdocumented instructions?\b|\binstructions? (?:ecrites et )?documentees?\b"
)
# personal data named, not any data or processing ("changes are processed", "restores of
# data" on the client's documented instructions are no processing clause)
_PERSONAL_DATA = re.compile(
    r"\bpersonal data\b|\bdonnees (?:personnelles|a caractere personnel)\b|\bsous-traitant\b"
    r"|\b(?:data )?processor\b|\bdata (?:subjects?|protection)\b|\bprotection des donnees\b"
    r"|\bgdpr\b|\brgpd\b|\bconfidential\w*"
)
_POINTS = (
    re.compile(r"\binstructions?\b"),
    re.compile(r"\bconfidential\w*"),
    re.compile(
        r"\bsecurity measures\b|\bmesures (?:techniques et organisationnelles|de securite)\b"
        r"|\btechnical and organi[sz]ational\b|\bsecurite (?:des|du) (?:donnees|traitements?)\b"
    ),
    re.compile(
        r"\bsub-?processors?\b|\bsous-traitants? (?:ulterieurs?|autorises|successifs)\b"
        r"|\bsubcontractors?\b|\bother processors?\b"
    ),
    re.compile(
        r"\bdata[- ]subjects?\b|\bpersonnes concernees\b|\bdroits des personnes\b"
        # a breach of the data or of security, not a party's "material breach of this
        # Agreement" (« manquement » is not read in French either)
        r"|(?<!material )(?<!substantial )(?<!serious )\bbreach\w*"
        r"(?! (?:of|by|under) (?:this|the|its|his|their|any) (?:agreement|contract|terms"
        r"|obligations?|party|parties|provider|customer|client|supplier)\b)"
        r"|\bviolations? de (?:donnees|securite)\b"
    ),
    re.compile(
        r"\bdelet\w*|\breturn\w*|\bsupprim\w*|\bsuppression\b|\brestitu\w*|\beffac\w*"
        r"|\bdestr\w*"
    ),
    re.compile(
        r"\baudits?\b|\binspections?\b|\bdemontrer le respect\b|\bdemonstrate compliance\b"
        r"|\binformation (?:needed|necessary) to (?:demonstrate|show)\b"
    ),
)
# the document is itself the processing agreement: « la présente annexe tient lieu d'accord
# de traitement », "This Data Processing Agreement ("DPA") forms part of ..."
_THIS = re.compile(
    r"\b(?:la presente annexe|le present (?:document|accord|avenant)|cette annexe"
    r"|this (?:annex|schedule|document|addendum))\b|^\W*this (?:data processing (?:agreement"
    r"|addendum)|dpa)\b"
)
_SELF_VERB = re.compile(
    r"\b(?:tient lieu|vaut|valent|constitue|serves as|constitutes)\b[^.;]{0,30}\b(?:(?:accord"
    r"|contrat|convention) de (?:sous-)?traitement|data processing (?:agreement|addendum))"
    r"|^\W*this (?:data processing (?:agreement|addendum)|dpa)\b"
)
# the agreement itself named: an annex cited next to it holds it
_AGREEMENT = re.compile(
    r"\b(?:accord|contrat|convention|entente) de (?:sous-)?traitement\b|\baccord de sous-traitance"
    r"|\bdata processing (?:agreement|addendum|terms)\b|\bdpa\b|\bprocessing (?:terms|agreement)"
    r"|\bconditions de traitement\b"
)
_ARTICLE_28 = re.compile(r"\barticle 28\b|\bart\. ?28\b")
_PRONOUN = re.compile(r"^\W*(?:elle|il|celle-ci|celui-ci|it)\b")
# a clause that only names the agreement to say something else of it (its liability cap)
_MERELY_NAMED = re.compile(
    r"\bliabilit\w*|\bresponsabilite\b|\bplafon\w*|\bindemni\w*|\bpenalit\w*|\blimit\b|\bcap\b"
)
_DATA_HEADING = re.compile(
    r"donnees personnelles|protection des donnees|data protection|personal data|\brgpd\b"
    r"|\bgdpr\b|traitement|processing|sous-traitance"
)
# a sentence that goes on about the processing
_ABOUT = re.compile(
    r"donnees|\bdata\b|processor|sous-trait\w*|personal|personnel|traitement|processing"
    r"|\baudit|breach|violation|instruction|confidential|\brgpd\b|\bgdpr\b|\bdpa\b"
    r"|securit|delet|supprim|restitu|\breturn|\bencrypt|chiffr"
)
_ELSEWHERE = re.compile(
    # another company's terms: "Microsoft acts as processor under the Microsoft Products and
    # Services Data Protection Addendum", « selon son propre accord de traitement »
    r"\bunder (?:the )?(?!this\b|these\b|our\b|the\b)[a-z0-9&' -]{2,40} data (?:protection"
    r"|processing) (?:addendum|agreement|terms)\b|\b(?:its|their|son|sa|leurs?) (?:own |propres? )"
    r"(?:accord|contrat|convention|conditions|terms|data processing|data protection|dpa)\b"
    r"|https?://|\bwww\.|\b[a-z0-9-]+\.(?:com|ie|fr|io|eu|be|ch|uk|net|org|lu|de)/"
    r"|\b(?:shall|will|agree to) (?:enter into|sign|conclude|execute)\b"
    r"|\b(?:is|are) to be (?:attached|signed|agreed|concluded)\b"
    r"|\b(?:will|shall|must|would) be (?:attached|signed|agreed|concluded|entered into|executed"
    r"|put in place)\b"
    r"|\b(?:sera|seront) (?:conclue?s?|signee?s?|annexee?s?|jointe?s?)\b|\ba (?:conclure|signer)\b"
    r"|\b(?:signer|conclur)(?:a|ont)\b"
)


def grade_processing_terms(ctx: Context) -> None:
    """Replace the rules' ``complete`` / ``template_with_gaps`` answers by the count of the
    Article 28 points in the processing terms the document holds (module docstring)."""
    ruled = [c for c in ctx.candidates if c.criterion == _CRITERION and c.value in _GRADED]
    best: tuple[int, int] | None = None  # (points, sentence)
    annexes: dict[tuple[str, str], int | None] = {}  # the heading of each annex cited
    anchors = set(ctx.matching(_PRESENTED))
    # "processes personal data only on the documented instructions of the Customer": the
    # processor's first duty opens a processing clause; a change made "on the documented
    # instruction of the Client" is no processing of personal data (unless its staff's
    # confidentiality comes with it, the processor's second duty)
    anchors.update(ctx.matching_all((_DOCUMENTED, _PERSONAL_DATA)))
    for index in sorted(anchors):
        if _MERELY_NAMED.search(ctx.folded(index)):
            continue  # "a breach of the data processing agreement is not capped"
        scope = _scope(ctx, index, annexes)
        if scope is None:
            continue
        text = " ".join(ctx.folded(i) for i in scope)
        points = sum(1 for point in _POINTS if point.search(text))
        if points >= _AT_LEAST and (best is None or points > best[0]):
            best = (points, index)
    if ruled:
        replaced = {id(c) for c in ruled}
        ctx.candidates[:] = [c for c in ctx.candidates if id(c) not in replaced]
    if best is None:
        return
    value = "complete" if best[0] >= _ENOUGH else "template_with_gaps"
    ctx.add(Candidate(_CRITERION, value, "text", best[1], CONFIDENCE))


def _scope(
    ctx: Context, index: int, annexes: dict[tuple[str, str], int | None]
) -> list[int] | None:
    """The sentences that hold the terms the clause presents: the whole document when it
    says it is the processing agreement itself; the annex it points at when the copy holds
    it; else the clause and the sentences after it that go on about the processing. None when
    the terms are elsewhere: an annex this copy lacks, a web page, an agreement to come."""
    clause = [index]
    following = ctx.next_in_block(index)
    if following is not None:
        clause.append(following)
    before = ctx.previous_in_block(index)
    opening = "" if before is None else ctx.folded(before)
    for i in clause:
        text = ctx.folded(i)
        # « La présente annexe fait partie du contrat. Elle tient lieu d'accord de traitement. »
        if _SELF_VERB.search(text) and (
            _THIS.search(text) or (_PRONOUN.match(text) and _THIS.search(opening))
        ):
            return list(range(min(len(ctx.sentences), _DOCUMENT_REACH)))
        if _ELSEWHERE.search(text):
            return None
        label = ANNEX_LABEL.search(text)
        if label is None or not (_AGREEMENT.search(text) or _ARTICLE_28.search(text)):
            continue  # ("met en œuvre les mesures de sécurité de l'annexe 3": not the DPA's)
        key = (KINDS[label["kind"]], label["id"])
        if key not in annexes:
            annexes[key] = _annex_heading(ctx, label, i)
        head = annexes[key]
        if head is None:
            return None
        return list(range(head, min(len(ctx.sentences), head + _ANNEX_REACH)))
    section = _data_section(ctx, index)
    if section is not None:
        return section
    run = [index]
    for i in range(index + 1, min(len(ctx.sentences), index + _RUN)):
        if not _ABOUT.search(ctx.folded(i)):
            break
        run.append(i)
    return run


def _data_section(ctx: Context, index: int) -> list[int] | None:
    """The sentences under the heading of the clause, when that heading is about personal
    data (« Article 12 — Données personnelles », "Schedule 2 – Data protection")."""
    sections = ctx.sections
    nearby = (h for h in range(max(0, index - _HEADING_REACH), index) if h in sections.headings)
    heads = [h for h in nearby if index in sections.governed_by([h])]
    for head in sorted(heads, reverse=True):
        if _DATA_HEADING.search(ctx.folded(head)):
            return sorted(sections.governed_by([head]) | {index})
    return None


def _annex_heading(ctx: Context, label: re.Match[str], cited: int) -> int | None:
    """The sentence opening the annex ``label`` names, when the copy holds it."""
    held, heading = find_annex(ctx, label, cited)
    return heading if held is True else None
