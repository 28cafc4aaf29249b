"""Reading PDFs back for the export tests: text (pypdf and pdftotext), pages, fonts, images."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

from slaeval.diagnostic_model import Diagnostic
from slaeval.offers import Offer
from slaeval.project import Project, ProjectInfo


def pdf_pages(data: bytes, limit: int | None = None) -> list[str]:
    """Text of each page (or of the first ``limit``), in drawing order: a table cell's lines
    stay together."""
    pages = PdfReader(io.BytesIO(data)).pages
    return [page.extract_text() for page in list(pages)[:limit]]


def pdf_text(data: bytes) -> str:
    return "\n".join(pdf_pages(data))


def squeeze(text: str) -> str:
    """Text with every kind of space removed: wrapped lines and no-break spaces compare equal."""
    return re.sub(r"\s+", "", text)


def poppler(tool: str, *args: str, data: bytes, tmp: Path) -> str:
    """Run a poppler tool (pdftotext, pdffonts...) on ``data``; its standard output."""
    source = tmp / "in.pdf"
    source.write_bytes(data)
    to_stdout = ["-"] if tool == "pdftotext" else []
    done = subprocess.run(
        [tool, *args, str(source), *to_stdout],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stdout


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    return [
        (float(p.mediabox.width), float(p.mediabox.height))
        for p in PdfReader(io.BytesIO(data)).pages
    ]


def outline_titles(data: bytes) -> list[str]:
    def walk(items: list) -> list[str]:  # type: ignore[type-arg]
        out: list[str] = []
        for item in items:
            out += walk(item) if isinstance(item, list) else [item.title]
        return out

    return walk(PdfReader(io.BytesIO(data)).outline)


def project_with(offers: list[Offer], base: Project) -> Project:
    return base.model_copy(update={"offers": tuple(offers)})


def renamed(offer: Offer, offer_id: str, name: str) -> Offer:
    return offer.model_copy(update={"id": offer_id, "name": name})


def bare_project() -> Project:
    """No diagnostic answered, no offer: the emptiest project a user can export."""
    return Project(info=ProjectInfo(title="Projet vide"), diagnostic=Diagnostic())
