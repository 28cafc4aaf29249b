"""What the Export step can produce, and how each document is built: the three PDFs from the
exports package, the XLSX workbook, the CSV matrix and the offers as JSON.

Building is plain Python (no widgets) so that it runs off the UI thread; the page decides
when and where.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from slaeval.localized import Lang
from slaeval.project import Project

PDF_KINDS = ("report", "checklist", "diagnostic")
DATA_KINDS = ("xlsx", "csv", "json")

# The file name offered in the save dialog, per document and language.
_STEMS: dict[str, dict[Lang, str]] = {
    "report": {"fr": "comparaison", "en": "comparison"},
    "checklist": {"fr": "check-list-negociation", "en": "negotiation-checklist"},
    "diagnostic": {"fr": "diagnostic", "en": "diagnostic"},
    "xlsx": {"fr": "matrice", "en": "matrix"},
    "csv": {"fr": "matrice", "en": "matrix"},
    "json": {"fr": "offres", "en": "offers"},
}


@dataclass(frozen=True)
class ExportRequest:
    """Everything a build needs, frozen at the moment the user asked for it."""

    kind: str
    project: Project
    lang: Lang
    offer: str | None = None  # checklist only: one offer's name, or every offer
    author: str | None = None
    logo: Path | None = None

    @property
    def suffix(self) -> str:
        return "pdf" if self.kind in PDF_KINDS else self.kind


def build_document(request: ExportRequest) -> bytes:
    """The document's bytes; raises a SlaevalError (ExportError) on a bad logo and the like."""
    from slaeval import exports

    project, lang = request.project, request.lang
    if request.kind == "report":
        return exports.build_report(project, lang, logo=request.logo, author=request.author)
    if request.kind == "checklist":
        return exports.build_checklist(project, lang, request.offer)
    if request.kind == "diagnostic":
        return exports.build_diagnostic(project, lang)
    if request.kind == "xlsx":
        return exports.build_xlsx(project, lang)
    if request.kind == "csv":
        from slaeval.matrix_csv import matrix_csv
        from slaeval.project_evaluation import evaluate_project

        return matrix_csv(project, evaluate_project(project), lang).encode("utf-8")
    if request.kind == "json":
        offers = [offer.model_dump(mode="json") for offer in project.offers]
        return json.dumps({"offers": offers}, ensure_ascii=False, indent=2).encode("utf-8")
    raise ValueError(f"unknown export kind: {request.kind}")


def default_file_name(request: ExportRequest) -> str:
    """``<client>-<document>.<suffix>``, safe on every file system."""
    client = request.project.info.client
    stem = _STEMS[request.kind][request.lang]
    if request.kind == "checklist" and request.offer:
        stem = f"{stem}-{request.offer}"
    name = f"{client}-{stem}" if client else stem
    name = re.sub(r"[^\w.-]+", "-", name, flags=re.UNICODE).strip("-.") or stem
    return f"{name[:120]}.{request.suffix}"
