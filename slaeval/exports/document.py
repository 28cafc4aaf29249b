"""The page frame of every PDF export: A4 portrait and landscape pages, running header,
"page X / Y" footer, PDF outline (bookmarks) from the headings, title and author metadata.

Page totals are only known at the end: each footer shows the total through a PDF form that
the canvas defines when the document is saved (``_TotalCanvas``), so pages are drawn once and
bookmarks point at the right pages.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from slaeval.exports.styles import ACCENT, FONT, MUTED, RULE, register_fonts, styles

MARGIN = 15 * mm
TOP = 20 * mm
PORTRAIT_WIDTH = A4[0] - 2 * MARGIN
LANDSCAPE_WIDTH = A4[1] - 2 * MARGIN


@dataclass(frozen=True)
class PageFrame:
    """What the header and footer say."""

    header_left: str
    header_right: str
    page_word: str  # "Page"
    skip_first: bool  # a cover page carries no header or footer


class Heading(Paragraph):  # type: ignore[misc]
    """A heading that also becomes an entry of the PDF outline."""

    def __init__(self, text: str, style_name: str, level: int, outline: str | None = None):
        super().__init__(text, styles()[style_name])
        self.outline_text = outline if outline is not None else self.getPlainText()
        self.outline_level = level


def heading(text: str, level: int = 0, keep_with_next: bool = True) -> Heading:
    """An escaped heading: level 0 is a chapter (h1), 1 a section (h2), 2 a sub-section (h3).

    Before a table longer than a page, pass ``keep_with_next=False`` (and put a CondPageBreak
    first): keeping the two together would push the heading to a page of its own."""
    from xml.sax.saxutils import escape

    flowable = Heading(escape(text), ("h1", "h2", "h3")[level], level, text)
    if not keep_with_next:
        flowable.keepWithNext = 0
    return flowable


def to_landscape() -> list[Flowable]:
    return [NextPageTemplate("landscape"), PageBreak()]


def to_portrait() -> list[Flowable]:
    return [NextPageTemplate("portrait"), PageBreak()]


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, title: str, author: str, frame: PageFrame, first: str):
        super().__init__(
            buffer,
            pagesize=A4,
            title=title,
            author=author,
            subject="",
            creator="slaeval",
            invariant=True,  # no creation time or random id: the same inputs, the same bytes
            initialFontName=FONT,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=TOP,
        )
        self.page_frame = frame
        portrait = Frame(MARGIN, TOP, PORTRAIT_WIDTH, A4[1] - 2 * TOP, id="p")
        wide = landscape(A4)
        land = Frame(MARGIN, TOP, LANDSCAPE_WIDTH, wide[1] - 2 * TOP, id="l")
        templates = [
            PageTemplate("portrait", [portrait], pagesize=A4, onPage=self._decorate),
            PageTemplate("landscape", [land], pagesize=wide, onPage=self._decorate),
        ]
        # The first template in the list lays out the first page.
        templates.sort(key=lambda t: t.id != first)
        self.addPageTemplates(templates)
        self._outline_count = 0

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        number = canvas.getPageNumber()
        if number > 1 or not self.page_frame.skip_first:
            _draw_frame(canvas, self.page_frame, number)

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._outline_count += 1
            key = f"h{self._outline_count}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_text, key, flowable.outline_level, closed=True
            )


class _TotalCanvas(Canvas):  # type: ignore[misc]
    """Defines the page total, which every footer shows as a form, once all pages are done."""

    def save(self) -> None:
        self.beginForm(_TOTAL_FORM)
        self.setFont(FONT, 7.5)
        self.setFillColor(ACCENT)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


_TOTAL_FORM = "page_total"


def _draw_frame(canvas: Canvas, frame: PageFrame, number: int) -> None:
    width, height = canvas._pagesize
    canvas.saveState()
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.drawString(MARGIN, height - 12 * mm, frame.header_left[:120])
    canvas.drawRightString(width - MARGIN, height - 12 * mm, frame.header_right)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - 13.5 * mm, width - MARGIN, height - 13.5 * mm)
    canvas.setFillColor(ACCENT)
    label = f"{frame.page_word} {number} / "
    x = width - MARGIN - 12 - canvas.stringWidth(label, FONT, 7.5)
    canvas.drawString(x, 10 * mm, label)
    canvas.translate(width - MARGIN - 12, 10 * mm)
    canvas.doForm(_TOTAL_FORM)
    canvas.restoreState()


def render(
    story: Sequence[Flowable],
    *,
    title: str,
    author: str,
    frame: PageFrame,
    first: str = "portrait",
) -> bytes:
    """Lay out ``story`` and return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = _Doc(buffer, title, author, frame, first)
    doc.build(list(story), canvasmaker=_TotalCanvas)
    return buffer.getvalue()
