"""Where the provider is registered, read from its party block, letterhead or signature
(``data.non_eu_law``).

A careful reader of a contract answers "is my provider exposed to a law outside the EU?"
first from who the provider is. The conventions record it when the document names the
provider as a company with a place: a party block ("Entre X SAS, dont le siège est ..., 69007
Lyon, ci-après « le Prestataire »", "between X Limited, a company registered in Ireland (the
"Provider"), and ..."), a letterhead at the top ("X SARL – 12 rue ..., 37000 Tours – RCS
Tours"), a signature ("Kind regards, ..., X Ltd, Unit 7, ..., Cork T12 XK20") or a sentence
saying so ("The Provider is a company incorporated in Ireland", "Corrib is an Irish company").

Whose block it is decides everything: a party clause is cut into one segment per party (at
"), and", « », et », "Customer:", ", for ..."), and each segment is the provider's or the
client's by its label (« ci-après le Prestataire », ("the Customer"), "Supplier:", « à
l'attention de », "prepared by"). An unlabelled segment is the provider's when the other party
of its clause is labelled the client, at the very top of the document (a letterhead), or when
it states a registration and the clause names no client. Where that segment places the company
(``seat_places.py``): inside the EU/EEA or outside. A city alone or a legal form alone says
nothing.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from slaeval.analysis.context import Context
from slaeval.analysis.seat_places import OUTSIDE, has_legal_form, place_of

# the parties clause and the letterhead are at the top of the document
PARTIES_REACH = 40
_LETTERHEAD_REACH = 3
# an unlabelled registration is the provider's only near the parties: further on, a company
# registered somewhere is more often a host or a sub-processor
_STATED_REACH = 12
_PROVIDER_WORDS = (
    r"provider|supplier|vendor|contractor|prestataire|fournisseur|titulaire|adjudicataire"
    r"|processor|licensor|consultant|seller|msp"
)
# the provider's role named as such: a block labelled so outranks one labelled only by a
# secondary word (« l'Éditeur », the "Licensor") or a "supplied by": another company, such as
# a tool's publisher, when the contract labels its provider
_MAIN_WORDS = (
    r"provider|supplier|vendor|contractor|prestataire|fournisseur|titulaire|adjudicataire|msp"
)
_MAIN_LABEL = re.compile(
    rf"ci-apres[^,;]{{0,30}}?\b(?:{_MAIN_WORDS})\b"
    rf"|[«\"(] ?(?:the |le |la |l')?[«\"]? ?(?:service )?(?:{_MAIN_WORDS})\b"
    rf"|^\W*(?:[\w'-]+ ){{0,4}}?(?:{_MAIN_WORDS})(?: [\w'-]+){{0,3}}?\s?:"
    rf"|^\W*(?:le|la|l'|the) ?(?:{_MAIN_WORDS})\b(?!'s)|, the \"?(?:{_MAIN_WORDS})\b(?!'s)"
    r"|[«\"] ?(?:we|us|nous)\b"
)
_CLIENT_WORDS = (
    r"client|customer|beneficiaire|etude|cabinet|practice|school|charity|trust|buyer|acheteur"
    r"|etablissement|pouvoir adjudicateur|collectivite|mandant|souscripteur|abonne|controller"
    r"|licensee|subscriber"
)
# where a party clause turns to the next party (folded text)
_TURN = re.compile(
    r"(?<=[)\"»,])\s*(?=(?:and|et)\s(?!(?:whose|which|its|having|with|dont|qui|ayant"
    r"|represente\w*|immatricul\w*|inscrite?)\b))"
    r"|(?<=,)\s*(?=(?:par|by) (?:un|une|le|la|l'|the|a|any) ?(?:client|customer|beneficiaire)\b)"
    rf"|\s(?=(?:{_PROVIDER_WORDS}|customer|client|buyer|acheteur|pour|for|to)\s?:)"
    r"|(?<=[,–-])\s*(?=(?:for|pour)\s)"
)
_PROVIDER_LABEL = re.compile(
    rf"ci-apres[^,;]{{0,30}}?\b(?:{_PROVIDER_WORDS}|hebergeur|editeur)\b"
    rf"|[«\"(] ?(?:the |le |la |l')?[«\"]? ?(?:service )?(?:{_PROVIDER_WORDS})\b"
    rf"|^\W*(?:{_PROVIDER_WORDS}|registered office|siege social)\s?:"
    rf"|^\W*(?:[\w'-]+ ){{0,4}}?(?:{_PROVIDER_WORDS})(?: [\w'-]+){{0,3}}?\s?:"
    rf"|^\W*(?:le|la|l'|the) ?(?:{_PROVIDER_WORDS})\b(?!'s)"
    rf"|, the \"?(?:{_PROVIDER_WORDS})\b(?!'s)"
    r"|\b(?:issued|prepared|provided|offered|supplied|published|operated) by\b|\boffre de\b"
    r"|\b(?:emise?|proposee?|presentee?) par\b|[«\"] ?(?:we|us|nous)\b"
    rf"|\b(?:le|the) (?:{_PROVIDER_WORDS}),? (?:la societe|l'entreprise|the company)\b"
)
_CLIENT_LABEL = re.compile(
    rf"ci-apres[^,;]{{0,30}}?\b(?:{_CLIENT_WORDS})\b"
    rf"|[«\"(] ?(?:the |le |la |l')?[«\"]? ?(?:{_CLIENT_WORDS}|you|vous)\b"
    rf"|^\W*(?:{_CLIENT_WORDS}|pour|for|to|a|destinataire)\s?:|^\W*(?:for|pour)\s"
    rf"|^\W*(?:le|la|l'|the) ?(?:{_CLIENT_WORDS})\b(?!'s)"
    r"|\ba l'attention de\b(?! (?:tous |toutes )?(?:nos|our|all) )|\battn\b|\blancee par\b"
    r"|\b(?:applies|apply) to\b|\bs'appliqu(?:e|ent) a\b"
    # "Customer name and address:", « Nom et adresse du client : », "Proposal prepared for",
    # « Proposition établie pour », « Adressée à : »
    rf"|^\W*(?:[\w'-]+ ){{0,4}}?(?:{_CLIENT_WORDS})(?: [\w'-]+){{0,3}}?\s?:"
    r"|\b(?:prepared|written|drawn up|intended|made out|addressed) for\b"
    r"|\b(?:etablie?|redigee?|preparee?|destinee?|adressee?) (?:a|pour)\b"
    r"|^\W*(?:addressed to|adressee? a)\b"
)
_NEXT_LABEL = re.compile(r"^\W*(?:ci-apres|hereinafter|together)\b[^.;]{0,50}")
# "(... ("Kilbride"), « Sèvrelune »": the short name the provider is called by afterwards
_SHORT_NAME = re.compile(r"[(,] ?[«\"] ?([a-z][a-z0-9&' -]{1,30}?) ?[»\"]")
# a statement about the provider later in the text: "The Provider is a company incorporated
# in Ireland", « Le Prestataire est une société de droit belge »
_SUBJECT = re.compile(
    rf"^(?:[0-9.]+ )?(?:the |le |la |l')?(?:{_PROVIDER_WORDS}|we|nous)\b[^.;]{{0,40}}?"
    r"\b(?:is|are|est|sommes|etre)\b"
)
# ... but not of its host, subcontractor or parent
_OTHER_COMPANY = re.compile(
    r"\b(?:sous-trait\w*|subcontract\w*|sub-?processors?|hebergeur|host(?:s|ing provider)?"
    r"|cloud provider|parent|filiale|subsidiar\w*|maison mere|societe mere|partenaires?"
    r"|partners?|editeur|resellers?|revendeur|distribut(?:or|eur)s?)\b"
)
# "The Provider relies on X Ltd ...", « Le Prestataire fait appel à la société X SAS »: the
# provider as the subject of a sentence that hands work to a company it names; the seat that
# sentence gives is that company's
_HANDS_TO_ANOTHER = re.compile(
    rf"^\W*(?:[0-9.]+ )?(?:(?:the|le|la|l') ?(?:{_PROVIDER_WORDS})|we|nous)\b(?!'s)"
    r"(?: [\w'-]+){0,5}? (?:fait appel|faire appel|recour\w*|confi\w*|sous-trait\w*"
    r"|subcontract\w*|outsourc\w*|externalis\w*|reli\w* (?:on|upon)|rely (?:on|upon)"
    r"|s'appuie|use[sd]?|using|utilis\w*|engag(?:e|es|ed|ent)|appoint\w*"
    r"|heberg(?:e|ent|era|eront|er)|host(?:s|ed|ing)?|retain\w*|works? with|travaille avec"
    r"|partners? with|mandat\w*|delegat\w*|deleg\w*|resell\w*|revend\w*|distribu\w*"
    r"|purchas\w*|achete\w*|buys?)\b"
)
# "The Provider is not a company registered in ...": a denied registration
_DENIED = re.compile(r"\s*(?:not|pas|never|jamais|no longer|plus)\b")
_DENIED_BEFORE = re.compile(r"\b(?:not|pas|never|jamais)\b")  # « déclare ne pas être »
# "a sub-processor incorporated in the United States": the seat of another company
_ANOTHER_SEAT = re.compile(
    r"\b(?:sub-?processors?|subcontractors?|sous-traitants?|hebergeur|hosting provider"
    r"|cloud provider|parent company|societe mere|maison mere|subsidiary of|filiale d"
    r"|\bhost(?:s|ed by)\b|\bhebergee?s? (?:par|chez)\b|exploitant|operator)"
)
# the words a stated registration needs (``seat_places`` tier 1): to find the statements fast
_REGISTRATION_WORD = re.compile(
    r"\b(?:registered|incorporated|established|organi[sz]ed|constituted|company|entity|firm"
    r"|business|corporation|droit|societe|entreprise|entite|rcs|siret|siren|bce|kvk|cvr"
    r"|registre|immatricul\w*)\b"
)
_CLOSING = re.compile(
    r"\b(?:kind regards|best regards|yours sincerely|yours faithfully|cordialement|bien a vous"
    r"|salutations distinguees)\b"
)
_ROLE_WORD = re.compile(r"\b(?:provider|supplier|prestataire|fournisseur|titulaire)\b")


@dataclass(frozen=True, slots=True)
class Seat:
    """Where the provider is registered (``seat_places.EU`` or ``OUTSIDE``), the sentence
    that says so, how firm the clue is (1, a stated registration, to 4, a town), and whether
    the block is only taken for the provider's as the top of the document (a letterhead, which
    may as well be the addressee's block: a labelled block or a signature says more)."""

    where: str
    sentence: int
    tier: int
    guessed: bool = False
    # labelled the provider by its role (``_MAIN_LABEL``), or only by a secondary label
    main: bool = False
    secondary: bool = False

    @property
    def outside(self) -> bool:
        return self.where == OUTSIDE


def provider_seat(ctx: Context) -> Seat | None:
    """The firmest reading of the provider's seat (see the module docstring), or None."""
    found: list[Seat] = []
    short_names: list[str] = []
    for index in range(min(len(ctx.sentences), PARTIES_REACH)):
        found.extend(_party_clause(ctx, index, short_names))
    for index in ctx.matching(_CLOSING):
        found.extend(_signature(ctx, index))
    for index in ctx.matching(_REGISTRATION_WORD):
        if index >= PARTIES_REACH:
            found.extend(_statement(ctx, index, short_names))
    if any(seat.main for seat in found):
        found = [seat for seat in found if not seat.secondary]
    if not found:
        return None
    return min(found, key=lambda seat: (seat.guessed, seat.tier, seat.sentence))


def _joined(ctx: Context, index: int) -> tuple[str, str]:
    """The sentence, with the next one when a county abbreviation cut it ("Little Island, Co.
    | Cork ("the Provider")")."""
    text, folded = ctx.sentences[index].text, ctx.folded(index)
    if folded.endswith(" co.") and index + 1 < len(ctx.sentences):
        return f"{text} {ctx.sentences[index + 1].text}", f"{folded} {ctx.folded(index + 1)}"
    return text, folded


def _segments(text: str, folded: str) -> list[tuple[str, str]]:
    cuts = [0, *(m.start() for m in _TURN.finditer(folded) if m.start() > 0), len(folded)]
    return [(text[a:b], folded[a:b]) for a, b in itertools.pairwise(cuts) if b > a]


def _role(folded: str) -> str | None:
    provider = [m.end() for m in _PROVIDER_LABEL.finditer(folded)]
    client = [m.end() for m in _CLIENT_LABEL.finditer(folded)]
    if not provider and not client:
        return None
    return "provider" if max(provider, default=-1) > max(client, default=-1) else "client"


def _party_clause(ctx: Context, index: int, short_names: list[str]) -> list[Seat]:
    text, folded = _joined(ctx, index)
    if _HANDS_TO_ANOTHER.match(folded):
        return []  # « Le Prestataire fait appel à X SAS, RCS Lille »: X's seat
    segments = _segments(text, folded)
    places = [None if _ANOTHER_SEAT.search(f) else place_of(t, f) for t, f in segments]
    if not any(places):
        return []  # no party of this sentence is placed (most sentences): no roles to read
    roles = [_role(f) for _, f in segments]
    if roles[-1] is None and index + 1 < len(ctx.sentences):
        # « X SAS, RCS Lyon 812 ... » then « Ci-après dénommée « le Prestataire » »: the label
        # that opens the next sentence closes this party
        label = _NEXT_LABEL.match(ctx.folded(index + 1))
        if label is not None:
            roles[-1] = _role(label.group(0))
    labelled_client = "client" in roles
    labelled_provider = "provider" in roles
    # "between X Ltd, Galway, and Y Ltd, London": two companies, neither labelled, is no
    # letterhead; which of them is the provider is not written
    unlabelled_companies = sum(
        1
        for (seg_text, seg_folded), role in zip(segments, roles, strict=True)
        if role is None and has_legal_form(seg_text, seg_folded)
    )
    out: list[Seat] = []
    for position, ((seg_text, seg_folded), role) in enumerate(zip(segments, roles, strict=True)):
        place = places[position]
        if role == "client" or place is None:
            continue
        tier, where = place
        letterhead = False
        if role is None:
            named = has_legal_form(seg_text, seg_folded)
            letterhead = (
                index < _LETTERHEAD_REACH and position == 0 and not labelled_client
                and unlabelled_companies < 2
                # a company or a postal address, not a country in a title
                and (named or tier != 2)
            )  # fmt: skip
            theirs = (
                (labelled_client and not labelled_provider and position == 0)
                or letterhead
                # "X Ltd is registered in England (company 104...)", near the parties
                or (tier == 1 and named and not labelled_client and index < _STATED_REACH
                    and not _OTHER_COMPANY.search(seg_folded))
            )  # fmt: skip
            if not theirs:
                continue
        if tier == 4 and not (has_legal_form(seg_text, seg_folded) or role == "provider"):
            continue  # a town in a line that names no company
        short = _SHORT_NAME.search(seg_folded)
        if short is not None and not _ROLE_WORD.search(short.group(1)):
            short_names.append(short.group(1))
        main = role == "provider" and _MAIN_LABEL.search(seg_folded) is not None
        secondary = role == "provider" and not main
        out.append(Seat(where, index, tier, letterhead, main, secondary))
    return out


def _signature(ctx: Context, index: int) -> list[Seat]:
    """A signature ("Kind regards, A. Byrne, Director, X Ltd, Unit 7, ..., Cork T12 XK20"):
    the company that signs a letter or proposal is its sender."""
    text, folded = ctx.sentences[index].text, ctx.folded(index)
    start = _CLOSING.search(folded)
    assert start is not None
    tail, tail_folded = text[start.end() :], folded[start.end() :]
    if not has_legal_form(tail, tail_folded):
        return []
    place = place_of(tail, tail_folded)
    return [] if place is None else [Seat(place[1], index, place[0])]


def _statement(ctx: Context, index: int, short_names: list[str]) -> list[Seat]:
    """A statement ("The Provider is a company incorporated in Ireland", "Corrib is an Irish
    company"): a registration stated of the provider itself, not of its host or parent."""
    folded = ctx.folded(index)
    subject = _SUBJECT.match(folded)
    if subject is None:
        named = next((n for n in short_names if folded.startswith(f"{n} ")), None)
        subject = None if named is None else re.match(rf"{re.escape(named)} (?:is|est)\b", folded)
        if subject is None:
            return []
    if (
        _HANDS_TO_ANOTHER.match(folded)
        or _DENIED.match(folded, subject.end())
        or _DENIED_BEFORE.search(subject.group(0))
        or _OTHER_COMPANY.search(folded)
        or _CLIENT_LABEL.search(folded)
    ):
        return []
    # the statement's own clause: "...; the licensor is a company incorporated in ..." is not
    end = folded.find(";", subject.end())
    end = len(folded) if end < 0 else end
    place = place_of(ctx.sentences[index].text[:end], folded[:end])
    if place is None or place[0] != 1:
        return []
    return [Seat(place[1], index, place[0])]
