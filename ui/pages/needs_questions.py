"""The questions of the Needs step: the ten warning signs, the company profile and the
downtime-cost helper, each with the editor that writes its answer through an undoable command."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from slaeval.diagnostic_model import SIGN_IDS, CompanyProfile, DowntimeInputs
from slaeval.diagnostic_texts import load_diagnostic_texts
from slaeval.downtime import downtime_cost
from slaeval.ui import commands
from slaeval.ui.app_state import AppState
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.pages.edit_names import named
from slaeval.ui.pages.setting_names import profile_text, sign_text
from slaeval.ui.widgets.answer_editor import yesno_options
from slaeval.ui.widgets.choice_buttons import ChoiceButtons
from slaeval.ui.widgets.number_spin import locale_for
from slaeval.ui.widgets.question_flow import Question


def _profile(state: AppState) -> CompanyProfile:
    return state.project.diagnostic.profile


def _update_profile(state: AppState, **changes: Any) -> None:
    profile = _profile(state)
    new = profile.model_copy(update=changes)
    if new != profile:
        changed = [name for name in changes if getattr(new, name) != getattr(profile, name)]
        command = commands.set_profile(state, CompanyProfile.model_validate(new.model_dump()))
        state.push(named(command, profile_text(changed)))


def sign_questions(state: AppState) -> list[Question]:
    texts = load_diagnostic_texts()
    lang = current_lang()
    questions = []
    for sign_id in SIGN_IDS:
        sign = texts.sign(sign_id)

        def editor(sign_id: str = sign_id) -> QWidget:
            buttons = ChoiceButtons(yesno_options(), _("Not answered"))
            buttons.set_value(state.project.diagnostic.signs.get(sign_id))  # type: ignore[call-overload]
            title = texts.sign(sign_id).question.get(current_lang())
            buttons.chosen.connect(
                lambda v, s=sign_id, t=title: state.push(
                    named(commands.set_sign(state, s, v), sign_text(t))
                )
            )
            return buttons

        questions.append(
            Question(
                f"sign:{sign_id}",
                sign.question.get(lang),
                f"{sign.help.get(lang)}\n\n{_('Risk')}: {sign.risk.get(lang)}",
                editor,
                lambda s=sign_id: s in state.project.diagnostic.signs,
            )
        )
    return questions


def _choice_question(
    state: AppState,
    key: str,
    title: str,
    help_text: str,
    options: list[tuple[str, str]],
    field: str,
    to_value: Callable[[str | None], Any],
    from_value: Callable[[Any], str | None],
    unknown: str,
) -> Question:
    def editor() -> QWidget:
        buttons = ChoiceButtons(options, unknown)
        buttons.set_value(from_value(getattr(_profile(state), field)))
        buttons.chosen.connect(lambda v: _update_profile(state, **{field: to_value(v)}))
        return buttons

    return Question(
        key, title, help_text, editor, lambda: getattr(_profile(state), field) is not None
    )


def _bool_to_id(value: bool | None) -> str | None:
    return None if value is None else "yes" if value else "no"


def profile_questions(state: AppState) -> list[Question]:
    yes_no = [("yes", _("Yes")), ("no", _("No"))]
    questions = [
        Question(
            "profile:name",
            _("What is the company's name?"),
            _("It appears on the reports."),
            lambda: _text_editor(state),
            lambda: bool(_profile(state).company_name),
        ),
        Question(
            "profile:staff",
            _("How many people work in the company, and how many of them look after IT?"),
            _(
                "The size of the team that could handle IT in house decides between an "
                "internal, external or hybrid model."
            ),
            lambda: _staff_editor(state),
            lambda: _profile(state).staff is not None,
        ),
        _choice_question(
            state,
            "profile:hours",
            _("When must your IT work?"),
            _(
                "If your business runs round the clock, delays counted in business hours are "
                "judged on their real worst case."
            ),
            [
                ("office", _("Office hours, Monday to Friday")),
                ("extended", _("Extended hours, Saturdays included")),
                ("24x7", _("Round the clock, every day")),
            ],
            "business_hours",
            lambda v: v or "office",
            lambda v: v,
            _("Not sure"),
        ),
        _choice_question(
            state,
            "profile:personal_data",
            _("Will the provider handle personal data (customers, staff)?"),
            _("If so, a GDPR processing agreement becomes a must-have (K.O.)."),
            yes_no,
            "personal_data",
            lambda v: None if v is None else v == "yes",
            _bool_to_id,
            _("Not sure"),
        ),
        _choice_question(
            state,
            "profile:regulated",
            _("Are you subject to NIS2 or DORA?"),
            _("These rules make you answerable for your suppliers' security."),
            [("none", _("Neither")), ("nis2", "NIS2"), ("dora", "DORA")],
            "regulated",
            lambda v: v or "none",
            lambda v: v,
            _("Not sure"),
        ),
        _choice_question(
            state,
            "profile:hosted",
            _("Will the provider host some of your services (servers, applications, files)?"),
            _("Hosted services make availability and the exit terms weigh more."),
            yes_no,
            "hosted_services",
            lambda v: None if v is None else v == "yes",
            _bool_to_id,
            _("Not sure"),
        ),
        Question(
            "profile:downtime",
            _("What does one hour of downtime cost you?"),
            _(
                "Fill in the helper or type the amount directly. The figure sets your "
                "targets and prices the downtime each offer allows."
            ),
            lambda: DowntimeHelper(state),
            lambda: downtime_cost(_profile(state)).total is not None,
        ),
    ]
    return questions


def _text_editor(state: AppState) -> QWidget:
    edit = QLineEdit(_profile(state).company_name)
    edit.setAccessibleName(_("Company name"))
    edit.editingFinished.connect(lambda: _update_profile(state, company_name=edit.text()[:200]))
    return edit


def _staff_editor(state: AppState) -> QWidget:
    box = QWidget()
    form = QFormLayout(box)
    staff = QSpinBox()
    staff.setRange(0, 1_000_000)
    staff.setSpecialValueText(_("not answered"))
    staff.setValue(_profile(state).staff or 0)
    staff.setAccessibleName(_("Staff"))
    it_staff = QSpinBox()
    it_staff.setRange(-1, 100_000)
    it_staff.setSpecialValueText(_("not answered"))
    it_staff.setValue(-1 if _profile(state).it_staff is None else _profile(state).it_staff or 0)
    it_staff.setAccessibleName(_("IT staff in house"))
    form.addRow(_("Staff"), staff)
    form.addRow(_("IT staff in house"), it_staff)
    staff.editingFinished.connect(lambda: _update_profile(state, staff=staff.value() or None))
    it_staff.editingFinished.connect(
        lambda: _update_profile(state, it_staff=None if it_staff.value() < 0 else it_staff.value())
    )
    box.setFocusProxy(staff)
    return box


class DowntimeHelper(QWidget):
    """Revenue per hour x IT share + staff x loaded cost x idle share, with its arithmetic."""

    FIELDS = (
        ("revenue_per_hour", "Revenue per hour (€)", 1e9),
        ("it_revenue_share", "Share of revenue that depends on IT (%)", 100),
        ("staff_affected", "Staff who stop working", 1_000_000),
        ("loaded_hourly_cost", "Loaded hourly cost of one person (€)", 100_000),
        ("idle_share", "Share of their time lost (%)", 100),
    )

    def __init__(self, state: AppState) -> None:
        super().__init__()
        self.state = state
        layout = QVBoxLayout(self)
        form = QFormLayout()
        inputs = _profile(state).downtime
        self.spins: dict[str, QDoubleSpinBox] = {}
        for field, label, maximum in self.FIELDS:
            spin = QDoubleSpinBox()
            spin.setLocale(locale_for(current_lang()))
            spin.setGroupSeparatorShown(True)
            spin.setRange(-1, maximum)
            spin.setDecimals(0 if field == "staff_affected" else 2)
            spin.setSpecialValueText(_("not answered"))
            value = getattr(inputs, field)
            spin.setValue(-1 if value is None else float(value))
            spin.setAccessibleName(_(label))
            spin.editingFinished.connect(self._commit)
            form.addRow(_(label), spin)
            self.spins[field] = spin
        self.typed = QDoubleSpinBox()
        self.typed.setLocale(locale_for(current_lang()))
        self.typed.setGroupSeparatorShown(True)
        self.typed.setRange(-1, 1e9)
        self.typed.setSpecialValueText(_("use the helper"))
        typed = _profile(state).downtime_cost_per_hour
        self.typed.setValue(-1 if typed is None else typed)
        self.typed.setAccessibleName(_("Or type the cost of one hour (€)"))
        self.typed.editingFinished.connect(self._commit)
        form.addRow(_("Or type the cost of one hour (€)"), self.typed)
        layout.addLayout(form)
        self.arithmetic = QLabel()
        self.arithmetic.setWordWrap(True)
        layout.addWidget(self.arithmetic)
        self._explain()
        self.setFocusProxy(self.spins["revenue_per_hour"])

    def _commit(self) -> None:
        values = {f: (None if s.value() < 0 else s.value()) for f, s in self.spins.items()}
        if values["staff_affected"] is not None:
            values["staff_affected"] = int(values["staff_affected"])
        typed = None if self.typed.value() < 0 else self.typed.value()
        _update_profile(self.state, downtime=DowntimeInputs(**values), downtime_cost_per_hour=typed)
        self._explain()

    def _explain(self) -> None:
        profile = _profile(self.state)
        lines = downtime_cost(profile).explain(profile.downtime, current_lang())
        self.arithmetic.setText("\n".join(lines) or _("Fill in the figures to see the result."))
