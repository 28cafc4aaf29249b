"""The page frame shared by the three PDFs: A4 portrait and landscape pages, running header,
"Page n / N" footer, PDF outline (bookmarks) and title/author metadata.

Page totals need the last page first, so the canvas keeps each page's state and stamps the
numbers when the document is saved (one pass, not two builds).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
)

from slaeval.report.fonts import BOLD, REGULAR, register_fonts
from slaeval.report.styles import MUTED, RULE, esc, styles

MARGIN = 16 * mm
PORTRAIT_WIDTH = A4[0] - 2 * MARGIN
LANDSCAPE_WIDTH = A4[1] - 2 * MARGIN
_TOP = 20 * mm  # room for the running header
_BOTTOM = 16 * mm  # room for the page number


@dataclass(frozen=True)
class PageText:
    """What every page but the cover carries."""

    header_left: str
    header_right: str
    footer_left: str
    page_word: str
    has_cover: bool = True


class Heading(Paragraph):  # type: ignore[misc]
    """A section title that also becomes an entry of the PDF outline."""

    def __init__(self, text: str, style: str, level: int) -> None:
        super().__init__(esc(text), styles()[style])
        self.outline_text = text
        self.outline_level = level


# Room a heading needs below it, else it starts the next page. Used instead of keepWithNext,
# which would push a whole long table to the next page rather than split it.
_ROOM_BELOW = (60 * mm, 45 * mm, 30 * mm)


def heading(text: str, level: int = 0, style: str | None = None) -> list[Flowable]:
    """A section title with its outline entry, kept off the bottom of a page."""
    level = min(level, 2)
    style = style or ("h1", "h2", "h3")[level]
    return [CondPageBreak(_ROOM_BELOW[level]), Heading(text, style, level)]


def subheading(text: str) -> list[Flowable]:
    """A small title with no outline entry, kept off the bottom of a page."""
    return [CondPageBreak(_ROOM_BELOW[2]), Paragraph(esc(text), styles()["h3"])]


def to_landscape() -> list[Flowable]:
    return [NextPageTemplate("landscape"), PageBreak()]


def to_portrait() -> list[Flowable]:
    return [NextPageTemplate("portrait"), PageBreak()]


def _canvas_class(text: PageText) -> type[Canvas]:
    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if number > 1 or not text.has_cover:
                    self._stamp(number, count)
                super().showPage()
            super().save()

        def _stamp(self, number: int, count: int) -> None:
            width = self._pagesize[0]
            self.saveState()
            self.setFont(REGULAR, 7.5)
            self.setFillColor(MUTED)
            self.drawRightString(width - MARGIN, 9 * mm, f"{text.page_word} {number} / {count}")
            self.restoreState()

    return NumberedCanvas


class _Document(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, buffer: io.BytesIO, text: PageText, first: str, **kwargs: Any) -> None:
        super().__init__(buffer, pagesize=A4, **kwargs)
        self.page_text = text
        self._bookmarks = 0
        templates = {
            "cover": _template("cover", A4, None),
            "portrait": _template("portrait", A4, self),
            "landscape": _template("landscape", landscape(A4), self),
        }
        # The first template listed is the one the first page uses.
        self.addPageTemplates([templates.pop(first), *templates.values()])

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self._bookmarks += 1
            key = f"section{self._bookmarks}"
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(
                flowable.outline_text, key, level=flowable.outline_level, closed=False
            )

    def decorate(self, canvas: Canvas, _doc: Any) -> None:
        width, height = canvas._pagesize
        text = self.page_text
        canvas.saveState()
        canvas.setFillColor(MUTED)
        canvas.setFont(BOLD, 7.5)
        canvas.drawString(MARGIN, height - 11 * mm, _clip(text.header_left, 90))
        canvas.setFont(REGULAR, 7.5)
        canvas.drawRightString(width - MARGIN, height - 11 * mm, text.header_right)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, height - 13 * mm, width - MARGIN, height - 13 * mm)
        canvas.drawString(MARGIN, 9 * mm, text.footer_left)
        canvas.restoreState()


def _clip(text: str, limit: int) -> str:
    """Header text on one line: a very long project title is cut with an ellipsis."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


def _template(name: str, size: tuple[float, float], doc: _Document | None) -> PageTemplate:
    width, height = size
    frame = Frame(
        MARGIN,
        _BOTTOM,
        width - 2 * MARGIN,
        height - _TOP - _BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )
    on_page = doc.decorate if doc is not None else None
    if on_page is None:
        return PageTemplate(name, frames=[frame], pagesize=size)
    return PageTemplate(name, frames=[frame], onPage=on_page, pagesize=size)


def render(
    flowables: list[Flowable],
    *,
    title: str,
    author: str,
    lang: str,
    text: PageText,
    first: str = "cover",
) -> bytes:
    """Lay out ``flowables`` from a first page of template ``first`` ("cover", "portrait"
    or "landscape") and return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        text,
        first,
        title=title,
        author=author,
        subject="",
        keywords="",
        creator="slaeval",
        lang="fr-FR" if lang == "fr" else "en-GB",
        invariant=True,
        displayDocTitle=True,
        initialFontName=REGULAR,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=_TOP,
        bottomMargin=_BOTTOM,
    )
    doc.build(flowables, canvasmaker=_canvas_class(text))
    return buffer.getvalue()
