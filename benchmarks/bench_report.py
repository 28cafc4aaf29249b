"""The demo comparison report against a plain reportlab document with as many pages.

The floor is built in the same run: one A4 page after another, each with a title, a short
paragraph and a 25-row table of short strings in reportlab's default font. The ratio is what
the real report costs above that (scoring, an embedded TrueType font, wrapped cells, the
radar, landscape pages, the outline and page totals). Goal: at most 3x, and under 1 s.
Median of 5 runs each.

Run alone: ``python -m benchmarks bench_report``.
"""

from __future__ import annotations

import io
from datetime import date

from benchmarks.common import Measure, median_seconds
from slaeval.demo import demo_project
from slaeval.exports import build_report
from slaeval.exports.styles import wrap

RUNS = 5


def plain_document(pages: int) -> bytes:
    """``pages`` A4 pages of plain reportlab content, one page per section."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    sheet = getSampleStyleSheet()
    story = []
    for number in range(1, pages + 1):
        story.append(Paragraph(f"Section {number}", sheet["Heading1"]))
        story.append(Paragraph("A short paragraph of body text. " * 6, sheet["BodyText"]))
        story.append(Table([[f"cell {r}.{c}" for c in range(5)] for r in range(25)]))
        if number < pages:
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story)
    return buffer.getvalue()


def _pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def measure() -> list[Measure]:
    project = demo_project()
    today = date(2026, 11, 24)
    pages = _pages(build_report(project, "fr", today=today))
    plain_pages = _pages(plain_document(pages))

    def cold_report() -> bytes:
        wrap.cache_clear()  # each run wraps every cell again, as a first export would
        return build_report(project, "fr", today=today)

    report = median_seconds(cold_report, runs=RUNS)
    floor = median_seconds(lambda: plain_document(pages), runs=RUNS)
    ratio = report / floor
    return [
        Measure(
            "demo report PDF vs plain reportlab document, same page count",
            ratio,
            "x",
            "<= 3x and < 1 s",
            ratio <= 3.0 and report < 1.0,
            floor,
            f"report {report * 1000:.0f} ms for {pages} pages; plain document "
            f"{floor * 1000:.0f} ms for {plain_pages} pages",
        )
    ]


if __name__ == "__main__":
    for m in measure():
        print(f"{m.name}: {m.value:.2f}x (goal {m.goal}, ok={m.ok}) - {m.detail}")
