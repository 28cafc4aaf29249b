"""Step 6, Export: the comparison report, the negotiation checklist and the diagnostic summary
as PDF, previewed page by page before they are saved, and the matrix and offers for a
spreadsheet (XLSX, CSV, JSON).

Documents are built and rendered off the UI thread (``run_in_background``): the window never
freezes. Files are written whole or not at all. Once saved, the file or its folder opens.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QHideEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from slaeval.errors import SlaevalError
from slaeval.ui.app_state import AppState
from slaeval.ui.background import run_in_background
from slaeval.ui.export_documents import ExportRequest, build_document, default_file_name
from slaeval.ui.i18n import _, current_lang
from slaeval.ui.messages import show_error
from slaeval.ui.pages.base import Page
from slaeval.ui.pages.export_choices import ExportChoices
from slaeval.ui.pdf_preview import PdfPreview, render_pages

PREVIEW_WIDTHS = (260, 560)  # pixels: pages side by side, or one page at reading size


def open_url(url: QUrl) -> bool:
    """Hand a file or folder to the desktop (replaced in tests)."""
    return QDesktopServices.openUrl(url)


def page_caption(number: int, total: int) -> str:
    return _("Page {n} of {total}").format(n=number, total=total)


class ExportPage(Page):
    step_id = "export"

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._revision = 0  # bumped on every change of the project
        self._preview: tuple[tuple[Any, ...], bytes] | None = None  # (key, PDF bytes)
        self._pending_key: tuple[Any, ...] | None = None
        self._generation = 0
        self._shown_width = 0
        self._saving = False
        self.last_saved: Path | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.update_preview)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.choices = ExportChoices()
        self.choices.changed.connect(self._choice_changed)
        self.choices.save_pdf.connect(self.save_pdf)
        self.choices.save_data.connect(self.save_data)
        self.choices.open_when_saved.toggled.connect(
            lambda on: self._settings().setValue("export/open_when_saved", on)
        )
        self.preview = PdfPreview()
        self.preview_title = QLabel()
        self.preview_message = QLabel()
        self.preview_message.setWordWrap(True)
        self.preview_message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.preview_message)
        self.preview_stack.addWidget(self.preview)
        self.size = QComboBox()
        self.size.addItems(["", ""])
        self.size.currentIndexChanged.connect(lambda _i: self._schedule())
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(220)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_file = QPushButton()
        self.open_file.clicked.connect(lambda: self._open(folder=False))
        self.open_folder = QPushButton()
        self.open_folder.clicked.connect(lambda: self._open(folder=True))
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        head = QHBoxLayout()
        head.addWidget(self.preview_title, 1)
        head.addWidget(self.size)
        right = QVBoxLayout()
        right.addLayout(head)
        right.addWidget(self.preview_stack, 1)
        body = QHBoxLayout()
        body.addWidget(self.choices)
        body.addLayout(right, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.progress)
        foot.addWidget(self.status, 1)
        foot.addWidget(self.open_file)
        foot.addWidget(self.open_folder)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(body, 1)
        column.addLayout(foot)
        self._show_saved(None)

    # ------------------------------------------------------------ page frame
    def title(self) -> str:
        return _("Export")

    def retranslate(self) -> None:
        self.intro.setText(
            _(
                "Choose a document: its pages appear on the right as they will print. "
                "Files are written whole or not at all."
            )
        )
        self.choices.retranslate()
        self.choices.set_lang(current_lang())
        self.choices.open_when_saved.setChecked(
            self._settings().value("export/open_when_saved", True, type=bool)
        )
        self.size.setItemText(0, _("Pages side by side"))
        self.size.setItemText(1, _("Reading size"))
        self.size.setAccessibleName(_("Size of the preview pages"))
        self.open_file.setText(_("Open the file"))
        self.open_folder.setText(_("Open the folder"))
        if self._preview is None and self.preview_stack.currentWidget() is self.preview_message:
            self.preview_title.setText(_("Preview"))
            self.preview_message.setText(_("The pages appear here as soon as they are ready."))
        self.refresh()

    def refresh(self) -> None:
        self._revision += 1
        self.choices.show_project(self.state.project, self._saving)
        self._schedule()

    def completion(self) -> float:
        return 1.0 if self.last_saved is not None else 0.0

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._schedule()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()

    # ------------------------------------------------------------ preview
    def _choice_changed(self) -> None:
        self.choices.show_project(self.state.project, self._saving)
        self._schedule()

    def _schedule(self) -> None:
        if self.isVisible():
            self._timer.start()

    def _settings(self) -> QSettings:
        settings = getattr(self.window(), "settings", None)
        return settings if isinstance(settings, QSettings) else QSettings("slaeval", "slaeval")

    def request(self, kind: str) -> ExportRequest:
        settings = self._settings()
        logo = str(settings.value("logo", "") or "").strip()
        return ExportRequest(
            kind=kind,
            project=self.state.project,
            lang=self.choices.lang_code(),
            offer=self.choices.offer_name() if kind == "checklist" else None,
            author=str(settings.value("author", "") or "").strip() or None,
            logo=Path(logo) if logo else None,
        )

    def _key(self, request: ExportRequest) -> tuple[Any, ...]:
        return (
            self._revision,
            request.kind,
            request.offer,
            request.lang,
            request.author,
            request.logo,
        )

    def update_preview(self) -> None:
        """Build and render the chosen PDF in the background, unless already shown."""
        if not self.state.is_open:
            return
        request = self.request(self.choices.kind())
        key = self._key(request)
        width = self._page_width()
        if self._preview is not None and self._preview[0] == key and self._shown_width == width:
            return
        if self._pending_key == (key, width):
            return
        self._pending_key = (key, width)
        self._generation += 1
        generation = self._generation
        self.preview_title.setText(_("Preparing the preview…"))

        ratio = self.devicePixelRatioF()  # sharp pages on a scaled screen

        def work(progress: Any) -> tuple[bytes, Any]:
            data = build_document(request)
            return data, render_pages(data, round(width * ratio), progress)

        run_in_background(
            work,
            lambda result: self._previewed(generation, key, width, result, ratio),
            lambda error: self._preview_failed(generation, error),
            owner=self,
        )

    def _page_width(self) -> int:
        """Thumbnails, or pages as wide as the preview allows (re-rendered past 15 % change)."""
        if self.size.currentIndex() <= 0:
            return PREVIEW_WIDTHS[0]
        fit = self.preview.viewport().width() - 48
        width = max(PREVIEW_WIDTHS[1], min(fit, 1400))
        shown = self._shown_width
        return shown if shown and abs(width - shown) < 0.15 * shown else width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.size.currentIndex() > 0:
            self._schedule()

    def _previewed(
        self, generation: int, key: tuple[Any, ...], width: int, result: Any, ratio: float
    ) -> None:
        if generation != self._generation:
            return  # a newer preview is on its way
        self._pending_key = None
        data, images = result
        self._preview = (key, data)
        self._shown_width = width
        self.preview.show_pages(images, page_caption, ratio)
        self.preview_stack.setCurrentWidget(self.preview)
        self.preview_title.setText(
            _("Preview: {pages} pages").format(pages=len(images))
            if len(images) != 1
            else _("Preview: 1 page")
        )

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._pending_key = None
        self._preview = None
        self.preview_title.setText(_("No preview"))
        self.preview_message.setText(self._error_text(error))
        self.preview_stack.setCurrentWidget(self.preview_message)

    # ------------------------------------------------------------ saving
    def ask_save_path(self, request: ExportRequest) -> Path | None:
        """The file to write, from a save dialog (replaced in tests)."""
        folder = self._settings().value("export/folder", "") or ""
        if not folder and self.state.path is not None:
            folder = str(self.state.path.parent)
        start = str(Path(str(folder or Path.home())) / default_file_name(request))
        pattern = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)"}
        name, _filter = QFileDialog.getSaveFileName(
            self, _("Export"), start, pattern.get(request.suffix, "JSON (*.json)")
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{request.suffix}":
            path = path.with_name(f"{path.name}.{request.suffix}")
        return path

    def save_pdf(self) -> None:
        self._save(self.request(self.choices.kind()))

    def save_data(self, kind: str) -> None:
        self._save(self.request(kind))

    def _save(self, request: ExportRequest) -> None:
        if self._saving or not self.state.is_open:
            return
        path = self.ask_save_path(request)
        if path is None:
            return
        project_path = self.state.path
        if project_path is not None and path.exists() and path.resolve() == project_path.resolve():
            show_error(self, _("This is the project file itself: choose another name."))
            return
        ready = None
        if self._preview is not None and self._preview[0] == self._key(request):
            ready = self._preview[1]  # what the preview shows is what gets written

        def work(_progress: Any) -> Path:
            from slaeval.exports import write_export

            write_export(path, ready if ready is not None else build_document(request))
            return path

        self._set_saving(True)
        self.status.setText(_("Saving {path}…").format(path=path))
        run_in_background(work, self._saved, self._save_failed, owner=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.progress.setVisible(saving)
        self.choices.show_project(self.state.project, saving)

    def _saved(self, path: Path) -> None:
        self._set_saving(False)
        self.last_saved = path
        self._settings().setValue("export/folder", str(path.parent))
        self._show_saved(path)
        if self.choices.open_when_saved.isChecked():
            self._open(folder=False)

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        self._show_saved(None)
        show_error(self, self._error_text(error))

    def _show_saved(self, path: Path | None) -> None:
        self.status.setText(_("Saved: {path}").format(path=path) if path else "")
        self.open_file.setVisible(path is not None)
        self.open_folder.setVisible(path is not None)

    def _open(self, folder: bool) -> None:
        if self.last_saved is None:
            return
        target = self.last_saved.parent if folder else self.last_saved
        if not open_url(QUrl.fromLocalFile(str(target))):
            show_error(self, _("No program could open {path}.").format(path=target))

    @staticmethod
    def _error_text(error: BaseException) -> str:
        if isinstance(error, SlaevalError):
            return error.text(current_lang())
        return _("The document could not be made: {reason}").format(reason=error)
