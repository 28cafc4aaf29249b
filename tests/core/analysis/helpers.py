"""Small builders for analysis tests: analyse a few lines of text without a file."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from slaeval.analysis import analyze_text
from slaeval.analysis.context import Context
from slaeval.analysis.document import Block, DocumentText, sentences_of
from slaeval.analysis.model import AnalysisReport, Finding
from slaeval.analysis.rules import Rules, load_rules
from slaeval.criteria import Catalogue


def analyse(catalogue: Catalogue, *paragraphs: str) -> AnalysisReport:
    """Analyse paragraphs as a text document ("§ 1", "§ 2", ...)."""
    blocks = [Block(text, f"§ {n}") for n, text in enumerate(paragraphs, start=1)]
    return analyze_text(DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt"), catalogue)


def context_of(*paragraphs: str, rules: Rules | None = None) -> Context:
    """The analysis context of paragraphs as a text document, before any extractor ran."""
    blocks = [Block(text, f"§ {n}") for n, text in enumerate(paragraphs, start=1)]
    document = DocumentText(blocks=blocks, pages=0, kind="text")
    return Context(sentences_of(document), rules or load_rules())


def answer(report: AnalysisReport, criterion: str) -> Finding:
    """The single answer finding for ``criterion`` (fails when there are none or several)."""
    found = [f for f in report.answers() if f.criterion == criterion]
    assert len(found) == 1, (criterion, [f.value for f in found])
    return found[0]


def values(report: AnalysisReport, criterion: str, kind: str = "answer") -> list[object]:
    return [f.value for f in report.findings if f.criterion == criterion and f.kind == kind]


def support_times(report: AnalysisReport) -> dict[str, list[object]]:
    """The response and restoration times found per level ("p1_response": [240.0])."""
    found: dict[str, list[object]] = {}
    for level in "1234":
        for metric in ("response", "restoration"):
            criterion = f"support.p{level}_{metric}"
            if values(report, criterion):
                found[f"p{level}_{metric}"] = values(report, criterion)
    return found


def zip_bomb_docx(path: Path, megabytes: int) -> Path:
    """A valid DOCX whose document.xml unpacks to ``megabytes`` MB of repeated paragraphs,
    about 1 MB on disk per 300 MB."""
    import docx

    skeleton = path.with_name(path.stem + "-skeleton.docx")
    docx.Document().save(str(skeleton))
    paragraph = b"<w:p><w:r><w:t>Le Prestataire assure le support du Client.</w:t></w:r></w:p>"
    chunk = paragraph * 4000
    with (
        zipfile.ZipFile(skeleton) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for info in source.infolist():
            if info.filename != "word/document.xml":
                out.writestr(info, source.read(info))
        with out.open("word/document.xml", "w", force_zip64=True) as xml:
            xml.write(
                b'<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                b'wordprocessingml/2006/main"><w:body>'
            )
            for _ in range(megabytes * 2**20 // len(chunk) + 1):
                xml.write(chunk)
            xml.write(b"</w:body></w:document>")
    skeleton.unlink()
    return path


def golden_item(criterion: str, value: Any, unit: str = "text", **extra: Any) -> dict[str, Any]:
    """One finding as a golden file writes it (an answer unless ``kind`` is given)."""
    return {"criterion": criterion, "kind": "answer", "value": value, "unit": unit, **extra}
