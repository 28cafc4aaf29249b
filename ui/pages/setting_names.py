"""What the Edit menu calls a change of the Needs and Requirements steps and of a note.

The commands name themselves with keys ("override target:support.p1_response"); these
functions give the user's words instead: the field of the profile, the question, the area.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from slaeval.criteria import Catalogue
from slaeval.ui import commands
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.pages.edit_names import named, short

if TYPE_CHECKING:
    from slaeval.ui.app_state import AppState
    from slaeval.ui.widgets.question_flow import QuestionFlow

ROUND_THE_CLOCK = "round_the_clock"


def _profile_fields() -> dict[str, str]:
    return {
        "company_name": _("the company's name"),
        "staff": _("the staff"),
        "it_staff": _("the IT staff in house"),
        "business_hours": _("the hours IT must work"),
        "personal_data": _("personal data"),
        "regulated": _("NIS2 or DORA"),
        "hosted_services": _("hosted services"),
        "downtime": _("the cost of downtime"),
        "downtime_cost_per_hour": _("the cost of downtime"),
    }


def profile_text(changed: list[str]) -> str:
    """``changed``: the fields of the company profile the edit changes."""
    fields = _profile_fields()
    names = list(dict.fromkeys(fields.get(name, name) for name in changed))
    return _("Company profile: {fields}").format(fields=", ".join(names))


def sign_text(question: str) -> str:
    return _("Answer to “{question}”").format(question=short(question))


def note_text(question: str) -> str:
    return _("Note on “{question}”").format(question=short(question))


def _subject(key: str, catalogue: Catalogue | None) -> tuple[str, str]:
    """(kind, name) of an override key: kind is the part before ':'."""
    kind, _sep, target = key.partition(":")
    lang = current_lang()
    if catalogue is None:
        return kind, target
    if kind == "area_weight" and target in {a.id for a in catalogue.areas}:
        return kind, catalogue.area(target).label.get(lang)
    if target and any(c.id == target for c in catalogue.criteria):
        return kind, catalogue.criterion(target).question.get(lang)
    return kind, target


def override_text(key: str, catalogue: Catalogue | None, cleared: bool = False) -> str:
    """The change of one requirement setting, or its return to the suggestion."""
    if key == ROUND_THE_CLOCK:
        return (
            _("Round-the-clock service back to the suggestion")
            if cleared
            else _("Round-the-clock service")
        )
    kind, name = _subject(key, catalogue)
    name = short(name)
    if cleared:
        return _("“{name}” back to the suggestion").format(name=name)
    texts = {
        "area_weight": _("Weight of the area “{name}”"),
        "criterion_weight": _("Weight of “{name}”"),
        "knockout": _("Must-have (K.O.): “{name}”"),
        "target": _("Target for “{name}”"),
    }
    return texts.get(kind, _("Requirement “{name}”")).format(name=name)


def push_note_edits(flow: QuestionFlow, state: AppState) -> None:
    """Each note typed in ``flow`` becomes an undoable edit named after its question."""
    flow.note_edited.connect(
        lambda key, text: state.push(
            named(commands.set_note(state, key, text), note_text(flow.title_of(key)))
        )
    )
