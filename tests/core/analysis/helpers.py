"""Small builders for analysis tests: analyse a few lines of text without a file."""

from __future__ import annotations

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport, Finding
from slaeval.criteria import Catalogue


def analyse(catalogue: Catalogue, *paragraphs: str) -> AnalysisReport:
    """Analyse paragraphs as a text document ("§ 1", "§ 2", ...)."""
    blocks = [Block(text, f"§ {n}") for n, text in enumerate(paragraphs, start=1)]
    return analyze_text(DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt"), catalogue)


def answer(report: AnalysisReport, criterion: str) -> Finding:
    """The single answer finding for ``criterion`` (fails when there are none or several)."""
    found = [f for f in report.answers() if f.criterion == criterion]
    assert len(found) == 1, (criterion, [f.value for f in found])
    return found[0]


def values(report: AnalysisReport, criterion: str, kind: str = "answer") -> list[object]:
    return [f.value for f in report.findings if f.criterion == criterion and f.kind == kind]
