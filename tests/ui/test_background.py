"""run_in_background: callbacks of any kind run on the UI thread, progress arrives, failures
are handed over as exceptions, and work whose widget is gone is dropped quietly."""

import threading

from PySide6.QtCore import QObject

from slaeval.ui.background import run_in_background


def test_lambda_callbacks_run_on_the_ui_thread(qtbot):
    seen: dict[str, object] = {}
    steps: list[tuple[int, int]] = []

    def work(progress):
        seen["work"] = threading.current_thread() is threading.main_thread()
        progress(1, 2)
        progress(2, 2)
        return 42

    def done(result):
        seen["done"] = (result, threading.current_thread() is threading.main_thread())

    thread = run_in_background(
        work, lambda r: done(r), lambda e: None, lambda d, t: steps.append((d, t))
    )
    qtbot.waitUntil(lambda: "done" in seen)
    thread.wait(5000)
    assert seen["work"] is False  # the work ran elsewhere
    assert seen["done"] == (42, True)  # the callback came back to the UI thread
    qtbot.waitUntil(lambda: steps == [(1, 2), (2, 2)])


def test_a_failure_is_handed_over(qtbot):
    errors: list[BaseException] = []

    def work(_progress):
        raise ValueError("broken")

    run_in_background(work, lambda r: None, lambda e: errors.append(e))
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValueError) and str(errors[0]) == "broken"


def test_work_for_a_deleted_owner_is_dropped(qtbot):
    owner = QObject()
    gate = threading.Event()
    calls: list[object] = []
    thread = run_in_background(
        lambda _p: gate.wait(5) and "late", calls.append, calls.append, owner=owner
    )
    finished: list[bool] = []
    thread.finished.connect(lambda: finished.append(True))
    import shiboken6

    shiboken6.delete(owner)
    gate.set()
    qtbot.waitUntil(lambda: bool(finished))
    qtbot.wait(50)  # let any queued callback arrive
    assert calls == []
