"""Promised, not in the contract: when a contract is analysed for a provider whose offer was
typed in from the salesperson's answers, each claim the contract does not back becomes a
tracked negotiation ask on that offer, with the reason in its note.

The reason is stored in both languages, French line then English line, so that a project
made in one language reads right in the other; ``note_text(note, lang)`` is the note as shown
in one language (each such pair reduced to its line in that language, the user's own text
untouched).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slaeval.criteria import Catalogue
from slaeval.localized import Lang, Localized, both
from slaeval.project import Negotiation, Project

if TYPE_CHECKING:
    from slaeval.analysis import AnalysisReport


def promise_flags(
    project: Project, provider: str, report: AnalysisReport, catalogue: Catalogue, lang: Lang
) -> list[tuple[str, str, Negotiation]]:
    """(offer id, criterion id, negotiation entry) for every unbacked claim of the offers
    already in ``project`` under the name ``provider``."""
    from slaeval.analysis import promises_not_in_contract

    del lang  # the note holds both languages; kept for callers that pass theirs
    flags = []
    for offer in project.offers:
        if offer.name != provider:
            continue
        for gap in promises_not_in_contract(offer, report, catalogue):
            current = project.negotiation_for(offer.id, gap.criterion)
            note = bilingual_note(gap.message)  # "Promised, not in the contract: ..."
            if note not in current.note:
                joined = f"{current.note}\n{note}".strip()
                flags.append((offer.id, gap.criterion, current.model_copy(update={"note": joined})))
    return flags


# How the two kinds of flag begin, in each language (``analysis.promises`` writes them).
NOT_IN_CONTRACT = both("Promis, non trouvé dans le contrat : ", "Promised, not in the contract: ")
LESS_THAN_PROMISED = both(
    "Le contrat s'engage sur moins que la promesse : ",
    "The contract commits to less than the promise: ",
)
_PREFIXES = (NOT_IN_CONTRACT, LESS_THAN_PROMISED)


def bilingual_note(message: Localized) -> str:
    """A flag as a negotiation note stores it: the French line, then the English line."""
    return f"{_one_line(message.fr)}\n{_one_line(message.en)}"


def note_text(note: str, lang: Lang) -> str:
    """``note`` as shown in ``lang``: each flag stored in both languages keeps only its line
    in ``lang``; every other line is kept as written."""
    lines = note.split("\n")
    shown: list[str] = []
    index = 0
    while index < len(lines):
        pair = lines[index : index + 2]
        if len(pair) == 2 and _is_flag_pair(*pair):
            shown.append(pair[0] if lang == "fr" else pair[1])
            index += 2
        else:
            shown.append(lines[index])
            index += 1
    return "\n".join(shown)


def edited_note(stored: str, edited: str, lang: Lang) -> str:
    """The note to store when the user edited ``note_text(stored, lang)`` into ``edited``: each
    flag line still there gets its other language back, the lines the user removed or typed
    are taken as they are."""
    lines = stored.split("\n")
    pairs: dict[str, str] = {}
    index = 0
    while index < len(lines) - 1:
        first, second = lines[index], lines[index + 1]
        if _is_flag_pair(first, second):
            pairs[first if lang == "fr" else second] = f"{first}\n{second}"
            index += 2
        else:
            index += 1
    return "\n".join(pairs.get(line, line) for line in edited.split("\n"))


def _is_flag_pair(first: str, second: str) -> bool:
    return any(first.startswith(p.fr) and second.startswith(p.en) for p in _PREFIXES)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tracked_asks(project: Project) -> dict[str, frozenset[str]]:
    """Per offer, the criteria whose ask is being tracked (a note, a reply, or a state other
    than pending): they stay on the checklist even once the answer scores well."""
    return {
        offer_id: frozenset(
            criterion_id
            for criterion_id, item in items.items()
            if item.note or item.reply or item.state != "pending"
        )
        for offer_id, items in project.negotiation.items()
    }
