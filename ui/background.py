"""The one way to run long work off the UI thread: ``run_in_background(work, on_success,
on_failure)``. ``work`` receives a ``progress(done, total)`` callback; the callbacks run on the
UI thread. The window never freezes while a contract is read or a report is built."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

Progress = Callable[[int, int], None]

_running: set[QThread] = set()  # keeps threads alive until they finish


class _Worker(QObject):
    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(done, total))
        except Exception as error:  # handed to on_failure on the UI thread
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def run_in_background(
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
) -> QThread:
    thread = QThread(parent)
    worker = _Worker(work)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.succeeded.connect(on_success)
    worker.failed.connect(on_failure)
    if on_progress is not None:
        worker.progressed.connect(on_progress)
    for signal in (worker.succeeded, worker.failed):
        signal.connect(thread.quit)
    thread.finished.connect(lambda: _running.discard(thread))
    thread.finished.connect(worker.deleteLater)
    thread._worker = worker  # type: ignore[attr-defined]  # lives as long as the thread
    _running.add(thread)
    thread.start()
    return thread
