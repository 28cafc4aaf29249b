"""Who sets the priority levels: written definitions, or an objective grid the client can dispute.

Levels defined in words, two or more of them ("P1 : arrêt total de la production"), in the
sentences ``priority_tables`` finds or in the cells of a flattened table, are written
priority definitions. Who has the last word then decides between the two readings: the
provider that assigns or reviews the level ("Kilbrack's service desk assigns the severity")
keeps them written definitions; a client that may dispute the level, or whose classification
prevails ("En cas de désaccord, la qualification retenue est celle du référent"), makes them
the objective grid. ``priorities.py`` calls this with what it has read.
"""

from __future__ import annotations

import re

from slaeval.analysis.context import Candidate, Context
from slaeval.analysis.flat_tables import FlatTable
from slaeval.analysis.priority_tables import TableLevels, level_definitions


def note_definitions(ctx: Context, tables: TableLevels, described: list[tuple[int, str]]) -> None:
    """Levels defined in words, two or more of them: written priority definitions (a rule
    that finds an objective grid or who decides outranks this). ``described``: the levels
    of flattened tables that a cell describes."""
    found = sorted(level_definitions(ctx, set(tables.levels)) + described)
    defined = len({level for _index, level in found}) >= 2
    if defined:
        ctx.add(Candidate("support.priority_definitions", "written", "text", found[0][0], 0.6))
    _who_has_the_last_word(ctx, defined, [index for index, _level in found])


# The provider assigns or reviews the level: "Kilbrack's service desk assigns the severity",
# "Le centre de services attribue à chaque incident l'un des niveaux", "fixée par Salevox",
# "the severity is then reviewed by the duty manager", "Le Prestataire peut requalifier la
# demande", "la décision revenant au responsable de compte"; the agent is checked apart
_ASSIGNS = re.compile(
    r"(?<![\w-])(?:(?:may|can|will|shall|peut|pourra) )?(?:assigns?|classif(?:y|ies)|re-?grades?"
    r"|attribue|classe|requalifi\w*|reclass\w*)\b"
    # "The Provider may change the priority if it considers...": the last word is its own
    r"|\b(?:may|can|will|shall|peut|pourra|reserves? the right to|se reserve le droit de)"
    r" (?:(?:la |le |les |l')(?:changer|modifier|ajuster|abaisser|relever|revoir|corriger)\b"
    r"|(?:change|modify|amend|adjust|override|lower|raise|changer|modifier|ajuster|abaisser"
    r"|relever|revoir|corriger) (?:it|them|(?:the |its |a |this |that |la |le |l'|sa |son )?"
    r"(?:priorit|severit|criticit|level|niveau|classif|classement|qualification)))"
    r"|\b(?:assigned|classified|set|decided|reviewed|re-?graded|confirmed) by (?:the )?"
    r"(?P<a2>[\w'-]+(?: [\w'-]+)?)"
    r"|\b(?:classee?s?|fixee?s?|determinee?s?|attribuee?s?|qualifiee?s?|revue?s?|confirmee?s?)"
    r" par (?:le |la |l')?(?P<a3>[\w'-]+(?: [\w'-]+)?)"
    r"|\bla decision (?:finale )?(?:revenant|revient|appartient|appartenant) (?:au|a la|a l')"
    r" ?(?P<a4>[\w'-]+(?: [\w'-]+)?)"
)
_WORD = re.compile(r"[\w'-]+")
# "Qualification : le Prestataire attribue la priorité": a labelled line that names the agent
_PARTY_BEFORE = re.compile(
    r"\b(?:prestataire|provider|supplier|titulaire|fournisseur|contractor|we|nous|service desk"
    r"|centre de services|help ?desk|support)\b"
)
_ONLY_WITH = re.compile(
    r"\b(?:only (?:with|after|if)|qu'(?:avec|apres|en accord)|que (?:avec|si)|sous reserve de"
    r" l'accord|subject to (?:the )?(?:customer|client))"
)
# a line of a glossary: "Criticité : ...", "« Severity » means ..."
_GLOSSARY_LINE = re.compile(r"^\W*(?:[0-9.]+ )?[\w'« »\"-]{1,30}(?: :|\"? means\b|\"? designe\b)")
_LEVEL_WORDS = re.compile(
    r"\bpriorit\w*|\bseverit\w*|\bcriticit\w*|\bniveaux?\b|\blevels?\b|\bgrades?\b"
    r"|\bclasse\w*|\bclassif\w*|\brequalifi\w*|\bre-?graded?\b"
)
# the provider's own judgment: "in its reasonable discretion" (who decides alone, a rule),
# or an impact x urgency grid the level is read from (an objective grid, a rule)
_OTHER_READING = re.compile(
    r"\bdiscretion\b|\bappreciation\b|\bsole\b|\bseule?\b|\bunilateral\w*|\balone\b"
    r"|\bmatri(?:x|ce)\b|\bgrid\b|\bgrille\b|\burgen(?:cy|ce)\b"
    r"|(?:determine|fixe|defini|attribu|qualifi)\w* (?:unilateralement |exclusivement "
    r"|librement )?par (?:le prestataire|nos soins)"
)
# the client's say prevails or can be disputed: "Customer's decision then applies", "en
# accord avec le référent de la commune", "the higher priority applies until...", "jointly",
# "qu'avec votre accord", "Le Client peut contester la priorité" (a right to dispute, unlike a
# request "to re-grade" or "la révision" that the provider decides)
_CLIENT_PREVAILS = re.compile(
    r"\b(?:decision|choice|choix|classification|classement)\b[^.;]{0,20}\b(?:then )?"
    r"(?:applies|prevails|prevaut|s'applique|l'emporte)\b|\ben accord avec\b"
    r"|\b(?:avec|with) (?:votre|son|leur|l'|your|its|their|the (?:customer's|client's) )"
    r" ?(?:accord|agreement|consent)\b|\bcontest\w*|\bdisput\w*|\bchalleng\w*|\bdesaccord"
    r"|\bdisagree\w*|\bobject\w* to\b|\bs'opposer\b"
    r"|\bd'un commun accord\b|\bjointly\b|\bconjointement\b|\bby (?:mutual )?agreement\b"
    r"|\bwith the (?:prior |written )?(?:agreement|consent|approval) of (?:the |its |your )?"
    r"(?:customer|client)|\bavec l'accord (?:prealable )?(?:du|de la|de l') ?(?:client|referent)"
    r"|\b(?:higher|highest|plus (?:haute?|eleve\w*)) (?:priority|severity|priorite|niveau)"
    r"\b[^.;]{0,20}\b(?:applies|s'applique|prevails|prevaut)\b"
    r"|\b(?:qualification|classification|classement|niveau|priorite) retenue? (?:est|sera) "
    r"celui (?:du|de la) (?:client|referent|acheteur)|\best celle (?:du|de la) (?:client|referent"
    r"|acheteur)"
)


_FROM_EXAMPLES = re.compile(r"\bexemples?\b|\bexamples?\b")


def _who_has_the_last_word(ctx: Context, defined: bool, definitions: list[int]) -> None:
    """Levels the provider assigns, or reviews when the client asks for another one, with
    no word of the client's choice prevailing: whatever the definitions, the client cannot
    have its classification applied, so they are written definitions, not an objective grid
    the client can dispute (a request "to re-grade" that the provider decides is no dispute
    right). Not when the level is read from an impact x urgency grid, nor when the provider
    judges alone (both said by rules). Levels defined in words (``defined``) that the client
    may dispute, or whose classification prevails when the parties disagree ("En cas de
    désaccord, la qualification retenue est celle du référent de la commune"), are the
    objective grid the client can dispute."""
    # who decides is said beside the levels: near their definitions or the sentence that
    # says who assigns them (a "dispute" elsewhere is about the contract)
    assigned = _provider_assigns(ctx)
    anchors = definitions + ([assigned] if assigned is not None else [])
    near = {
        at
        for index in anchors
        for at in range(max(0, index - _SAID_NEAR), min(len(ctx.sentences), index + _SAID_NEAR))
    }
    alias = client_alias(ctx)
    prevails = [
        index
        for index in sorted(near)
        if _said_of_the_level(ctx.folded(index)) or _alias_decides(ctx, alias, index)
    ]
    if prevails:
        # levels agreed "à partir des exemples du tableau": examples are no objective criteria
        if defined and not any(_FROM_EXAMPLES.search(ctx.folded(i)) for i in prevails):
            ctx.add(Candidate("support.priority_definitions", "objective_matrix", "text",
                              prevails[0], 0.7, rank=2))  # fmt: skip
        return
    if assigned is not None:
        ctx.add(Candidate("support.priority_definitions", "written", "text", assigned, 0.65,
                          rank=3))  # fmt: skip


_SAID_NEAR = 15  # sentences around the levels where who decides is said
_LEVEL_REACH = 80


def _said_of_the_level(text: str) -> bool:
    """The client's say is said of the level, close to a word for it: "en cas de désaccord,
    la criticité indiquée par l'Étude s'applique", not "Priority 4: response the next day;
    resolution scheduled by agreement with the Customer" (an agreement on a date)."""
    for match in _CLIENT_PREVAILS.finditer(text):
        window = text[max(0, match.start() - _LEVEL_REACH) : match.end() + _LEVEL_REACH]
        if any(
            not _LEVEL_LABEL.match(window, level.start()) for level in _LEVEL_WORDS.finditer(window)
        ):
            return True
    return False


# "Priority 4:" heading a line is the level the line is about, not the level the words decide
_LEVEL_LABEL = re.compile(r"(?:priorit\w*|severit\w*|niveau|level) ?[0-9a-d] ?:")


def _provider_assigns(ctx: Context) -> int | None:
    """The first sentence that says the provider assigns or reviews the levels."""
    client = ctx.rules.word("client_party")
    alias = client_alias(ctx)
    found: int | None = None
    for index in ctx.matching(_ASSIGNS):
        text = ctx.folded(index)
        if _OTHER_READING.search(text):
            continue
        # "Le Client indique la priorité. Le Prestataire peut la modifier": the level named
        # in the sentence, or in the one before it in the paragraph ("la", "it")
        before = ctx.previous_in_block(index)
        if not _LEVEL_WORDS.search(text) and not (
            before is not None and _LEVEL_WORDS.search(ctx.folded(before))
        ):
            continue
        for match in _ASSIGNS.finditer(text):
            # the agent: named after "by" / "par", or the two words before the verb
            agent = next((group for group in match.groups() if group is not None), None)
            if _ONLY_WITH.search(text, match.end(), match.end() + 60):
                # "ne peut la modifier qu'avec l'accord du référent": the change needs the
                # client, the provider does not have the last word
                continue
            if (
                agent is None
                and _GLOSSARY_LINE.match(text)
                and not _PARTY_BEFORE.search(text, max(0, match.start() - 40), match.start())
            ):
                # "Criticité : niveau de gravité attribué à un incident selon l'Annexe 1": a
                # definition with no agent says nothing of who assigns the level
                continue
            if agent is None:
                agent = " ".join(
                    _WORD.findall(text, max(0, match.start() - 40), match.start())[-2:]
                )
            if alias is not None and alias.search(agent):
                continue  # "Severity is set by the Practice": the client, by its own name
            if not client.search(agent) and not _NOT_AGENTS.search(agent):
                found = index
                break
        if found is not None:
            break
    return found


# words before "classifies" or after "par" that are no agent: "qui classe", "Each grid sets"
_NOT_AGENTS = re.compile(
    r"\b(?:qui|que|which|that|this|it|il|elle|each|chaque|grid|grille|matrix|matrice|table"
    r"|est|sont|is|are|be|been|was|were|mal|wrongly"
    r"|tableau|definitions?|annexe?|appendix|schedule|niveau|level|ordre|order)\b"
)


_DESCRIPTION_WORDS = 3
_WORDS = re.compile(r"[a-z]{2,}")


def flat_descriptions(ctx: Context, flat: FlatTable) -> list[tuple[int, str]]:
    """A flattened table's level cell followed by a cell of words with no delay ("Incident
    bloquant" / "Plus de téléphone, plus d'internet, serveur arrêté"): the level is defined
    in words, as in a table that kept its rows."""
    found: list[tuple[int, str]] = []
    for row in flat.rows:
        after = row.at + 1
        if after >= len(ctx.sentences) or after in {at for at, _d in row.delays}:
            continue
        if ctx.durations(after) or ctx.sentences[after].block == ctx.sentences[row.at].block:
            continue
        if len(_WORDS.findall(ctx.folded(after))) >= _DESCRIPTION_WORDS:
            found.append((row.at, row.level))
    return found


# The client named by the name the contract gives it: 'Fennessy Clancy & Partners ("the
# Practice")', 'la société X (ci-après « l'Étude »)'. The parties clause defines both; the
# name that is no provider's is the client's.
_DEFINED_NAME = re.compile(
    r"\((?:ci-apres |hereinafter |hereafter |together )?(?:the |le |la |l')?[\"«] ?"
    r"(?:the |le |la |l')?(?P<name>[a-z][\w'-]{2,30}) ?[\"»]\)"
)
_PROVIDER_NAMES = re.compile(
    r"^(?:provider|supplier|contractor|vendor|prestataire|titulaire|fournisseur|agreement"
    r"|contract|contrat|schedules?|annexes?|sla|services?|parties|party|partie|msa|order)$"
)
_PARTIES_REACH = 40  # the first sentences, where the parties are named


def client_alias(ctx: Context) -> re.Pattern[str] | None:
    """The name the contract gives the client, when it gives one (and not "the Client")."""
    names: list[str] = []
    for index in range(min(len(ctx.sentences), _PARTIES_REACH)):
        text = ctx.folded(index)
        if "(" not in text:
            continue
        found = [m.group("name") for m in _DEFINED_NAME.finditer(text)]
        if len(found) >= 2 and any(_PROVIDER_NAMES.match(n) for n in found):
            names = [n for n in found if not _PROVIDER_NAMES.match(n)]
            break
    client = ctx.rules.word("client_party")
    if len(names) != 1 or client.search(names[0]):
        return None
    return re.compile(rf"\b(?:the |le |la |l')?{re.escape(names[0])}\b")


# the client, by its name, sets the level or must approve a change: "Severity is set by the
# Practice", "which the Practice must approve", "l'Étude fixe la criticité"
_ALIAS_SETS = (
    r"(?:set|assigned|determined|chosen|decided|fixee?|determinee?|attribuee?) (?:par|by) "
)
_ALIAS_APPROVES = r" (?:must|shall|has to|doit|devra) (?:approve|accept|agree|valider|approuver)"


def _alias_decides(ctx: Context, alias: re.Pattern[str] | None, index: int) -> bool:
    if alias is None:
        return False
    text = ctx.folded(index)
    if not _LEVEL_WORDS.search(text):
        return False
    name = alias.pattern
    return bool(re.search(_ALIAS_SETS + name, text) or re.search(name + _ALIAS_APPROVES, text))
