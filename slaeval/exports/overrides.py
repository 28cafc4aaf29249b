"""The user's changes to what the diagnostic suggested, for the method appendix: each setting
with the suggested value next to the chosen one, so a reader sees what was decided by hand.

Override keys are ``area_weight:<area>``, ``criterion_weight:<criterion>``,
``knockout:<criterion>``, ``target:<criterion>`` and ``round_the_clock`` (see project.py).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from slaeval.explain import format_value
from slaeval.exports.context import ExportContext
from slaeval.exports.document import PORTRAIT_WIDTH, heading
from slaeval.exports.styles import grid_style, styles, table_style, wrap
from slaeval.formatting import format_number
from slaeval.offers import Answer, SupportWindow
from slaeval.project import OverrideValue

_SIZE = 7.2
_KINDS = {
    "area_weight": ("Poids du domaine", "Area weight"),
    "criterion_weight": ("Poids du critère", "Criterion weight"),
    "knockout": ("Éliminatoire (K.O.)", "Must-have (K.O.)"),
    "target": ("Cible (bon niveau)", "Target (good level)"),
    "round_the_clock": ("Service 24 h/24", "Round-the-clock service"),
}


def overrides_section(ctx: ExportContext) -> list[Flowable]:
    """A heading and the table of overrides, or one line saying there is none."""
    title = heading(ctx.t("Vos modifications", "Your changes"), 1)
    rows = override_rows(ctx)
    if not rows:
        none = ctx.t(
            "Aucune : les valeurs suggérées par le diagnostic s'appliquent telles quelles.",
            "None: the values suggested by the diagnostic apply as they are.",
        )
        return [title, Paragraph(escape(none), styles()["small"])]
    widths = [110 * mm, 30 * mm, PORTRAIT_WIDTH - 140 * mm]
    head = [ctx.t("Réglage", "Setting"), ctx.t("Suggéré", "Suggested"), ctx.t("Choisi", "Chosen")]
    cells = [[wrap(h, w - 6, _SIZE, bold=True) for h, w in zip(head, widths, strict=True)]]
    cells += [[wrap(c, w - 6, _SIZE) for c, w in zip(row, widths, strict=True)] for row in rows]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style(grid_style(_SIZE)))
    return [title, table]


def override_rows(ctx: ExportContext) -> list[tuple[str, str, str]]:
    """(setting, suggested, chosen) for each override, in key order."""
    suggestions = ctx.pe.derived.suggestions()
    rows = []
    for key in sorted(ctx.project.overrides):
        kind, _sep, subject = key.partition(":")
        suggested = suggestions.get(key)
        rows.append(
            (
                _setting(ctx, kind, subject),
                "—" if suggested is None else _value(ctx, kind, subject, suggested.value),
                _value(ctx, kind, subject, ctx.project.overrides[key]),
            )
        )
    return rows


def _setting(ctx: ExportContext, kind: str, subject: str) -> str:
    fr, en = _KINDS.get(kind, (kind, kind))
    name = ctx.t(fr, en)
    if not subject:
        return name
    catalogue = ctx.pe.catalogue
    if kind == "area_weight":
        area = next((a for a in catalogue.areas if a.id == subject), None)
        label = ctx.loc(area.label) if area else subject
    else:
        criterion = catalogue.by_id.get(subject)
        label = ctx.loc(criterion.question) if criterion else subject
    return f"{name} — {label}"


def _value(ctx: ExportContext, kind: str, subject: str, value: OverrideValue) -> str:
    if value is None:
        return ctx.t("aucune (retirée)", "none (removed)")
    if isinstance(value, bool):
        return ctx.t("oui", "yes") if value else ctx.t("non", "no")
    criterion = ctx.pe.catalogue.by_id.get(subject)
    if kind == "target" and criterion is not None and isinstance(value, int | float):
        return format_value(criterion, Answer(value=float(value)), SupportWindow(), ctx.lang)
    if isinstance(value, int | float):
        return format_number(float(value), ctx.lang, 1)
    return str(value)
