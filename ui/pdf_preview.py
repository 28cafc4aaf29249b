"""The pages of a PDF shown as images before it is saved.

``render_pages`` runs off the UI thread (pdfium, through pypdfium2, is not thread-safe, so one
render at a time); ``PdfPreview`` shows the result as a scrolling column of pages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem, QWidget

_PDFIUM = threading.Lock()


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    stride: int
    rgb: bytes  # 3 bytes a pixel, rows ``stride`` bytes apart


def render_pages(
    data: bytes, width: int, progress: Callable[[int, int], None] | None = None
) -> list[PageImage]:
    """Every page of ``data`` rendered ``width`` pixels wide (portrait or landscape)."""
    import pypdfium2 as pdfium

    with _PDFIUM:
        document = pdfium.PdfDocument(data)
        try:
            images = []
            total = len(document)
            for index in range(total):
                page = document[index]
                scale = width / max(page.get_width(), 1.0)
                bitmap = page.render(scale=scale, rev_byteorder=True)
                images.append(
                    PageImage(bitmap.width, bitmap.height, bitmap.stride, bytes(bitmap.buffer))
                )
                page.close()
                if progress is not None:
                    progress(index + 1, total)
            return images
        finally:
            document.close()


def page_pixmap(image: PageImage, ratio: float = 1.0) -> QPixmap:
    """The page as a pixmap; ``ratio`` pixels per screen point (1.5 at 150 % scaling)."""
    qimage = QImage(image.rgb, image.width, image.height, image.stride, QImage.Format.Format_RGB888)
    pixmap = QPixmap.fromImage(qimage.copy())  # copy: the QImage must not outlive the bytes
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class PdfPreview(QListWidget):
    """A column of page images, each with its number, that scrolls like a document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setSpacing(12)
        self.setUniformItemSizes(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet("QListWidget { background: #6b6f75; color: white; }")
        self.page_count = 0

    def show_pages(
        self, images: list[PageImage], caption: Callable[[int, int], str], ratio: float = 1.0
    ) -> None:
        self.clear()
        self.page_count = len(images)
        biggest = QSize(1, 1)
        for number, image in enumerate(images, start=1):
            pixmap = page_pixmap(image, ratio)
            biggest = biggest.expandedTo(pixmap.deviceIndependentSize().toSize())
            item = QListWidgetItem(pixmap, caption(number, len(images)))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            item.setToolTip(caption(number, len(images)))
            self.addItem(item)
        self.setIconSize(biggest)
        self.scrollToTop()
