"""The page frame of every PDF export: A4 portrait and landscape pages, running header,
"page X / Y" footer, PDF outline (bookmarks) from the headings, title and author metadata.

Page totals are only known at the end, so the canvas keeps each page's state and draws the
header and footer when the document is saved (``_FramedCanvas``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

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


def heading(text: str, level: int = 0) -> Heading:
    """An escaped heading: level 0 is a chapter (h1), 1 a section (h2), 2 a sub-section (h3)."""
    from xml.sax.saxutils import escape

    return Heading(escape(text), ("h1", "h2", "h3")[level], level, text)


def to_landscape() -> list[Flowable]:
    return [NextPageTemplate("landscape"), PageBreak()]


def to_portrait() -> list[Flowable]:
    return [NextPageTemplate("portrait"), PageBreak()]


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, title: str, author: str, first: str):
        super().__init__(
            buffer,
            pagesize=A4,
            title=title,
            author=author,
            subject="",
            creator="slaeval",
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=TOP,
            bottomMargin=TOP,
        )
        portrait = Frame(MARGIN, TOP, PORTRAIT_WIDTH, A4[1] - 2 * TOP, id="p")
        wide = landscape(A4)
        land = Frame(MARGIN, TOP, LANDSCAPE_WIDTH, wide[1] - 2 * TOP, id="l")
        templates = [
            PageTemplate("portrait", [portrait], pagesize=A4),
            PageTemplate("landscape", [land], pagesize=wide),
        ]
        # The first template in the list lays out the first page.
        templates.sort(key=lambda t: t.id != first)
        self.addPageTemplates(templates)
        self._outline_count = 0

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._outline_count += 1
            key = f"h{self._outline_count}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_text, key, flowable.outline_level, closed=True
            )


def _canvas_class(frame: PageFrame) -> type[Canvas]:
    class _FramedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                if number > 1 or not frame.skip_first:
                    _draw_frame(self, frame, number, total)
                super().showPage()
            super().save()

    return _FramedCanvas


def _draw_frame(canvas: Canvas, frame: PageFrame, number: int, total: int) -> None:
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
    canvas.drawRightString(width - MARGIN, 10 * mm, f"{frame.page_word} {number} / {total}")
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
    doc = _Doc(buffer, title, author, first)
    doc.build(list(story), canvasmaker=_canvas_class(frame))
    return buffer.getvalue()
