"""The one way to run long work off the UI thread: ``run_in_background(work, on_success,
on_failure)``. ``work`` receives a ``progress(done, total)`` callback; the callbacks run on the
UI thread, whatever they are (a lambda connected straight to a worker's signal would run on
the worker's thread, so every callback goes through a relay that lives on the UI thread).
The window never freezes while a contract is read or a report is built."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

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


class _Relay(QObject):
    """Created on the calling thread: its slots receive the worker's signals queued."""

    def __init__(
        self,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self._owner = owner
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_progress = on_progress

    def _wanted(self) -> bool:
        """False once the widget that asked for the work is gone (its window closed)."""
        return self._owner is None or shiboken6.isValid(self._owner)

    @Slot(object)
    def succeeded(self, result: Any) -> None:
        if self._wanted():
            self._on_success(result)

    @Slot(object)
    def failed(self, error: BaseException) -> None:
        if self._wanted():
            self._on_failure(error)

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        if self._on_progress is not None and self._wanted():
            self._on_progress(done, total)


def wait_for_all(milliseconds: int = 10_000) -> None:
    """Let running work finish (at quit: a thread destroyed while running aborts Qt)."""
    for thread in list(_running):
        thread.wait(milliseconds)


def run_in_background(
    work: Callable[[Progress], Any],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
    parent: QObject | None = None,
    owner: QObject | None = None,
) -> QThread:
    """``owner``: the callbacks are dropped if it has been deleted by the time work ends."""
    thread = QThread(parent)
    worker = _Worker(work)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    relay = _Relay(on_success, on_failure, on_progress, owner)
    worker.succeeded.connect(relay.succeeded)
    worker.failed.connect(relay.failed)
    worker.progressed.connect(relay.progressed)
    for signal in (worker.succeeded, worker.failed):
        signal.connect(thread.quit)
    thread.finished.connect(lambda: _running.discard(thread))
    thread.finished.connect(worker.deleteLater)
    thread._worker = worker  # type: ignore[attr-defined]  # lives as long as the thread
    thread._relay = relay  # type: ignore[attr-defined]
    app = QCoreApplication.instance()
    if app is not None and not getattr(app, "_slaeval_waits", False):
        app.aboutToQuit.connect(wait_for_all)
        app._slaeval_waits = True  # type: ignore[attr-defined]
    _running.add(thread)
    thread.start()
    return thread
