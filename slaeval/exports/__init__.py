"""Exports of a project: the scored comparison report, the negotiation checklist and the
diagnostic summary as PDF, the matrix as XLSX, and the radar chart as SVG for the app.

reportlab and openpyxl are imported only inside the functions below, so importing this
package (as the app does at start-up) stays cheap. Every builder returns bytes; ``write_export``
writes them whole or not at all.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from slaeval.atomic_write import write_bytes_atomic
from slaeval.localized import Lang
from slaeval.project import Project

if TYPE_CHECKING:
    from slaeval.criteria import Catalogue
    from slaeval.evaluation import Evaluation


def build_report(
    project: Project,
    lang: Lang,
    *,
    logo: Path | None = None,
    author: str | None = None,
    today: date | None = None,
) -> bytes:
    """The scored comparison report (A4 PDF).

    ``logo`` (PNG or JPEG) goes on the cover; a file that is not an image raises ExportError.
    ``author`` (the consultant's name from the app's preferences) replaces the project's
    author on the cover and in the PDF metadata; empty or None keeps the project's."""
    from slaeval.exports.report import report_pdf

    return report_pdf(project, lang, logo, today or date.today(), author)


def build_checklist(
    project: Project,
    lang: Lang,
    offer_name: str | None = None,
    *,
    author: str | None = None,
    today: date | None = None,
) -> bytes:
    """The negotiation checklist (A4 PDF), for every offer or the one named (name or id);
    an unknown name raises InputError listing the offers."""
    from slaeval.exports.checklist import checklist_pdf

    return checklist_pdf(project, lang, offer_name, today or date.today(), author)


def build_diagnostic(
    project: Project, lang: Lang, *, author: str | None = None, today: date | None = None
) -> bytes:
    """The diagnostic summary (A4 PDF) a consultant leaves with the client."""
    from slaeval.exports.diagnostic import diagnostic_pdf

    return diagnostic_pdf(project, lang, today or date.today(), author)


def build_xlsx(project: Project, lang: Lang) -> bytes:
    """The matrix as a workbook: ranking, side by side and asks, one sheet each."""
    from slaeval.exports.xlsx import matrix_xlsx

    return matrix_xlsx(project, lang)


def radar_svg(evaluation: Evaluation, catalogue: Catalogue, lang: Lang) -> bytes:
    """The radar chart of area scores as SVG (the same drawing as in the report)."""
    from slaeval.exports.radar import radar_svg as _radar_svg

    return _radar_svg(evaluation, catalogue, lang)


def write_export(path: Path, data: bytes) -> None:
    """Write an export atomically; a missing or read-only folder raises ExportError."""
    write_bytes_atomic(path, data)


__all__ = [
    "build_checklist",
    "build_diagnostic",
    "build_report",
    "build_xlsx",
    "radar_svg",
    "write_export",
]
