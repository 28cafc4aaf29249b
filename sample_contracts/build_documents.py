"""Build the sample contract documents (PDF and DOCX) from their text sources.

The sources in ``sample_contracts/sources`` (and ``held_out/sources`` for the held-out set,
documents the rules were never tuned on) use a small markup: ``# title``, ``## heading``,
``- bullet``, ``| table | row |`` (first row = column headings), blank lines between
paragraphs. The generated files are committed; tests read them and never rebuild them.

    python -m slaeval.sample_contracts.build_documents [SET ...]    (installed)
    python sample_contracts/build_documents.py [SET ...]             (from a checkout)

With no SET, the tuning and held-out documents are built. A blind set (``blind``,
``blind2`` ... ``blind11``) lists its builds in ``<set>/sources/builds.json`` (name ->
source, "pdf" or "docx", running footer). Its documents and golden files were written without
reading the rules, the analysis code or the text of the other samples, before the analysis
ever ran on them; the Markdown and text documents of a set are written by hand and need no
build.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = HERE / "sources"
DOCUMENTS = HERE / "documents"
# name -> (source file, output format, running footer)
BUILDS = {
    "econet": ("econet.txt", "pdf", "EcoNet Services — Contrat d'infogérance EcoNet Essentiel"),
    "fortis": ("fortis.txt", "docx", "Fortis Infogérance — Contrat de services managés"),
    "nordlys": ("nordlys.txt", "pdf", "Nordlys Managed IT — Master Services Agreement"),
    "brightpath": ("brightpath.txt", "docx", "BrightPath Technology Services — Schedule B"),
}
HELD_OUT = HERE / "held_out"
HELD_OUT_BUILDS = {
    "kestrel": ("kestrel.txt", "pdf", "Kestrel IT Partners — Managed Workplace Services Agreement"),
    "solune": ("solune.txt", "docx", "Solune Infogérance — Contrat de services managés"),
    "ardent": ("ardent.txt", "pdf", "Ardent Systèmes — Annexe SLA"),
}
FIXED_DATE = dt.datetime(2026, 3, 2, 9, 0, 0)


@dataclass
class Part:
    kind: str  # "title" | "heading" | "paragraph" | "bullet" | "table"
    text: str = ""
    rows: list[list[str]] = field(default_factory=list)


def parse(source: str) -> list[Part]:
    parts: list[Part] = []
    for line in source.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("## "):
            parts.append(Part("heading", stripped[3:]))
        elif stripped.startswith("# "):
            parts.append(Part("title", stripped[2:]))
        elif stripped.startswith("- "):
            parts.append(Part("bullet", stripped[2:]))
        elif stripped.startswith("|"):
            cells = [c.strip() for c in stripped.strip("|").split("|")]
            if parts and parts[-1].kind == "table":
                parts[-1].rows.append(cells)
            else:
                parts.append(Part("table", rows=[cells]))
        else:
            parts.append(Part("paragraph", stripped))
    return parts


def build_pdf(parts: list[Part], target: Path, footer: str) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=10.5, leading=14)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4)
    story: list[object] = []
    for part in parts:
        if part.kind == "title":
            story += [Paragraph(part.text, styles["Title"]), Spacer(1, 6)]
        elif part.kind == "heading":
            story.append(Paragraph(part.text, styles["Heading2"]))
        elif part.kind == "bullet":
            story.append(Paragraph(part.text, bullet, bulletText="•"))
        elif part.kind == "table":
            table = Table(part.rows, repeatRows=1)
            table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]))
            story += [table, Spacer(1, 6)]
        else:
            story.append(Paragraph(part.text, body))

    def on_page(canvas: object, doc: object) -> None:
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        number = canvas.getPageNumber()  # type: ignore[attr-defined]
        canvas.drawString(2 * cm, 1.2 * cm, f"{footer} — page {number}")  # type: ignore[attr-defined]

    document = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        invariant=1,
        title=parts[0].text if parts else target.stem,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2 * cm,
        bottomMargin=2 * cm,
    )
    document.build(story, onFirstPage=on_page, onLaterPages=on_page)


def build_docx(parts: list[Part], target: Path, footer: str) -> None:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.created = props.modified = FIXED_DATE
    props.author = props.last_modified_by = "slaeval sample"
    document.sections[0].footer.paragraphs[0].text = footer
    for part in parts:
        if part.kind == "title":
            document.add_heading(part.text, level=0)
        elif part.kind == "heading":
            document.add_heading(part.text, level=1)
        elif part.kind == "bullet":
            document.add_paragraph(part.text, style="List Bullet")
        elif part.kind == "table":
            table = document.add_table(rows=0, cols=len(part.rows[0]))
            table.style = "Table Grid"
            for cells in part.rows:
                row = table.add_row().cells
                for cell, text in zip(row, cells, strict=False):
                    cell.text = text
        else:
            document.add_paragraph(part.text)
    document.save(str(target))


def build_set(sources: Path, documents: Path, builds: dict[str, tuple[str, str, str]]) -> None:
    """Write each ``name -> (source file, "pdf" | "docx", running footer)`` of ``builds`` from
    ``sources`` into ``documents``."""
    documents.mkdir(exist_ok=True)
    for name, (source, fmt, footer) in builds.items():
        parts = parse((sources / source).read_text(encoding="utf-8"))
        target = documents / f"{name}.{fmt}"
        (build_pdf if fmt == "pdf" else build_docx)(parts, target, footer)
        print(f"wrote {target.relative_to(HERE) if target.is_relative_to(HERE) else target}")


def build_folder(folder: Path) -> None:
    """Build a sample set from its ``sources/builds.json``."""
    data = json.loads((folder / "sources" / "builds.json").read_text(encoding="utf-8"))
    builds = {name: (b["source"], b["format"], b["footer"]) for name, b in data.items()}
    build_set(folder / "sources", folder, builds)


def main(argv: list[str] | None = None) -> None:
    names = sys.argv[1:] if argv is None else argv
    if not names:
        build_set(SOURCES, DOCUMENTS, BUILDS)
        build_set(HELD_OUT / "sources", HELD_OUT, HELD_OUT_BUILDS)
    for name in names:
        build_folder(HERE / name)


if __name__ == "__main__":
    main()
