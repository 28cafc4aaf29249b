"""Exports: the scored comparison report, the negotiation checklist and the diagnostic summary
(PDF), the spreadsheet (XLSX), and the radar chart as SVG for the app.

Importing this package costs nothing: reportlab and openpyxl are loaded by the functions
below when an export is asked for, so the app starts without them.

    data = build_report(project, "fr", logo=None, today=None)
    write_pdf(Path("rapport.pdf"), data)   # whole or not at all; ExportError otherwise
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from slaeval.atomic_write import write_bytes_atomic
from slaeval.localized import Lang

if TYPE_CHECKING:
    from slaeval.criteria import Catalogue
    from slaeval.evaluation import Evaluation
    from slaeval.project import Project
    from slaeval.project_evaluation import ProjectEvaluation


def build_report(
    project: Project,
    lang: Lang,
    *,
    logo: Path | None = None,
    today: date | None = None,
    author: str | None = None,
    evaluation: ProjectEvaluation | None = None,
) -> bytes:
    """The scored comparison report (A4 PDF). ``author`` overrides the project's (the app
    passes the consultant's name from its preferences); ``evaluation`` saves a re-score."""
    from slaeval.report import comparison

    return comparison.build_report(
        project, lang, logo=logo, today=today, author=author, evaluation=evaluation
    )


def build_checklist(
    project: Project,
    lang: Lang,
    offer_name: str | None = None,
    *,
    today: date | None = None,
    author: str | None = None,
    evaluation: ProjectEvaluation | None = None,
) -> bytes:
    """The negotiation checklist for every offer, or for the one named (name or id)."""
    from slaeval.report import checklist

    return checklist.build_checklist(
        project, lang, offer_name, today=today, author=author, evaluation=evaluation
    )


def build_diagnostic(
    project: Project, lang: Lang, *, today: date | None = None, author: str | None = None
) -> bytes:
    """The diagnostic summary: signs and risks, recommended model, first actions."""
    from slaeval.report import diagnostic

    return diagnostic.build_diagnostic(project, lang, today=today, author=author)


def build_xlsx(
    project: Project, lang: Lang, *, evaluation: ProjectEvaluation | None = None
) -> bytes:
    """The matrix for spreadsheet users: ranking, side by side and asks sheets."""
    from slaeval.report import xlsx_export

    return xlsx_export.build_xlsx(project, lang, evaluation=evaluation)


def radar_svg(
    evaluation: Evaluation, catalogue: Catalogue, lang: Lang, width: float = 520
) -> bytes:
    """The radar chart of area scores as SVG (QtSvg can show it): the same drawing as the PDF."""
    from slaeval.report import radar

    return radar.radar_svg(evaluation, catalogue, lang, width)


def write_pdf(path: Path, data: bytes) -> None:
    """Write an export whole or not at all (temporary file, then rename)."""
    write_bytes_atomic(Path(path), data)


__all__ = [
    "build_checklist",
    "build_diagnostic",
    "build_report",
    "build_xlsx",
    "radar_svg",
    "write_pdf",
]
