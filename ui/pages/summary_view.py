"""The diagnostic summary as a readable panel: risk per sign, the recommended model and why,
the first actions. Shown at the end of the consultant mode and from the Needs step."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from slaeval.diagnostic_summary import summarise
from slaeval.diagnostic_texts import load_diagnostic_texts
from slaeval.project import Project
from slaeval.ui.i18n import _, current_lang

RISK_MARKS = {"high": "▲▲▲", "medium": "▲▲", "low": "▲", "none": "–"}


def summary_html(project: Project) -> str:
    lang = current_lang()
    texts = load_diagnostic_texts()
    summary = summarise(project.diagnostic, texts)
    risk_names = {"high": _("high"), "medium": _("medium"), "low": _("low"), "none": _("none")}
    model = texts.models[summary.model]
    rows = "".join(
        f"<tr><td>{escape(texts.sign(r.sign_id).title.get(lang))}</td>"
        f"<td>{RISK_MARKS[r.level]} {escape(risk_names[r.level])}</td></tr>"
        for r in summary.risks
    )
    reasons = "".join(f"<li>{escape(r.get(lang))}</li>" for r in summary.reasons)
    actions = (
        "".join(
            f"<li><b>{escape(texts.sign(s).title.get(lang))}</b> : "
            f"{escape(texts.sign(s).action.get(lang))}</li>"
            if lang == "fr"
            else f"<li><b>{escape(texts.sign(s).title.get(lang))}</b>: "
            f"{escape(texts.sign(s).action.get(lang))}</li>"
            for s in summary.first_actions
        )
        or f"<li>{escape(_('No warning sign answered yes or partly.'))}</li>"
    )
    return (
        f"<h2>{escape(_('Diagnostic summary'))}</h2>"
        f"<p>{escape(_('Overall risk'))} : <b>{escape(risk_names[summary.overall])}</b></p>"
        f"<h3>{escape(_('Risk per warning sign'))}</h3><table cellpadding='4'>{rows}</table>"
        f"<h3>{escape(_('Recommended model'))} : {escape(model.label.get(lang))}</h3>"
        f"<p>{escape(model.summary.get(lang))}</p><ul>{reasons}</ul>"
        f"<p><i>{escape(_('Watch out'))} : {escape(model.watch.get(lang))}</i></p>"
        f"<h3>{escape(_('First actions'))}</h3><ol>{actions}</ol>"
    )


class SummaryView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(_("Diagnostic summary"))
        self.setOpenLinks(False)

    def show_project(self, project: Project) -> None:
        self.setHtml(summary_html(project))
