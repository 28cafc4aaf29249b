"""The demo comparison report (PDF) against a plain reportlab document of the same page count.

Floor: in the same run, reportlab fills as many A4 pages with the cheapest content it has — a
heading and a table of short strings in a base-14 font per page. The ratio is what our
report costs over that floor (embedded TTF fonts, wrapped cells, charts, outline, two page
orientations). Goal: at most 3x, and under 1 s. Median of 5 runs, evaluation included.

Run alone: ``python -m benchmarks.bench_report`` (or ``make bench``).
"""

from __future__ import annotations

import io
from datetime import date

from benchmarks.common import Measure, median_seconds
from slaeval.demo import demo_project
from slaeval.report import build_report

RUNS = 5
_ROWS = 30


def plain_document(pages: int) -> bytes:
    """``pages`` A4 pages, each a heading and a 30 x 6 table of short strings."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    heading = getSampleStyleSheet()["Heading2"]
    story = []
    for page in range(pages):
        story.append(Paragraph(f"Section {page + 1}", heading))
        rows = [[f"r{r} c{c} value" for c in range(6)] for r in range(_ROWS)]
        story.append(Table(rows, repeatRows=1, style=[("GRID", (0, 0), (-1, -1), 0.4, "grey")]))
        story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(story[:-1])
    return buffer.getvalue()


def page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def measure() -> list[Measure]:
    project = demo_project()
    today = date(2026, 11, 24)
    pages = page_count(build_report(project, "fr", today=today))
    floor_pages = page_count(plain_document(pages))
    report = median_seconds(lambda: build_report(project, "fr", today=today), runs=RUNS)
    floor = median_seconds(lambda: plain_document(pages), runs=RUNS)
    ratio = report / floor
    return [
        Measure(
            "demo report PDF vs plain reportlab, same pages",
            ratio,
            "x",
            "<= 3x and < 1 s",
            ratio <= 3 and report < 1.0,
            floor,
            f"report {report * 1000:.0f} ms, {pages} pages; plain document "
            f"{floor * 1000:.0f} ms, {floor_pages} pages",
        )
    ]


if __name__ == "__main__":
    for m in measure():
        print(f"{m.name}: ratio {m.value:.2f}x (goal {m.goal}) — {m.detail}")
