"""From an answer edit to the comparison table repainted, with 30 offers x the whole catalogue.

The edit goes through the app's own path: an undoable command writes the answer to the
project file, the project is re-read and re-scored, the pages refresh, and the Compare table
(the page on screen) is painted again. The floor is the core's share of that path: the same
write, re-read and re-score with no Qt at all.

Run alone with ``python -m benchmarks edit_repaint`` (prints milliseconds; no assertion).
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.common import Measure
from benchmarks.synthetic import synthetic_project

OFFERS = 30
RUNS = 15
CRITERION = "availability.commitment"
GOAL_MS = 100.0


def _median(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[len(ordered) // 2]


def _watch_refreshes(pages: list[Any]) -> dict[str, float]:
    """Time every page's ``refresh`` from now on (seconds per step, summed over the runs)."""
    spent: dict[str, float] = {}
    for page in pages:

        def watched(page: Any = page, refresh: Callable[[], None] = page.refresh) -> None:
            start = time.perf_counter()
            refresh()
            spent[page.step_id] = spent.get(page.step_id, 0.0) + time.perf_counter() - start

        page.refresh = watched
    return spent


def _edit_and_repaint(folder: Path) -> tuple[float, float, float, int, str]:
    """Median ms from an edit to the Compare table, then the Offers page, repainted; median
    ms for the core alone; the number of table cells; where the pages' refreshes go."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from slaeval.catalogue import load_catalogue
    from slaeval.offers import Answer
    from slaeval.project_evaluation import evaluate_project
    from slaeval.project_store import save_project
    from slaeval.ui import commands
    from slaeval.ui.main_window import STEP_IDS, MainWindow

    app = QApplication.instance() or QApplication([])
    catalogue = load_catalogue()
    path = folder / "thirty.slaeval"
    save_project(path, synthetic_project(catalogue, OFFERS)).close()
    window = MainWindow(settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.resize(1280, 800)
    assert window.open_file(path)
    window.show_step("compare")
    window.show()
    app.processEvents()
    compare = window.pages[STEP_IDS.index("compare")]
    state = window.state
    offer_id = state.project.offers[1].id

    def timed(painted: Callable[[], object]) -> float:
        timings: list[float] = []
        for run in range(RUNS + 1):
            answer = Answer(value=99.0 + (run % 2) * 0.95)
            start = time.perf_counter()
            state.push(commands.set_answer(state, offer_id, CRITERION, answer))
            app.processEvents()
            painted()  # paints every visible cell or field with the new data
            if run:  # the first run warms caches up
                timings.append(time.perf_counter() - start)
        return _median(timings) * 1000

    spent = _watch_refreshes(window.pages)
    compare_ms = timed(lambda: compare.table.grab())  # the offers and the frozen columns
    shares = sorted(spent.items(), key=lambda kv: -kv[1])
    refreshes = ", ".join(
        f"{step} {1000 * seconds / (RUNS + 1):.1f} ms"
        for step, seconds in shares
        if 1000 * seconds / (RUNS + 1) >= 0.1  # hidden pages that wait to be shown cost ~0
    )
    window.show_step("offers")
    offers = window.pages[STEP_IDS.index("offers")]
    offers.select_offer(offer_id)
    offers.editor.area_list.setCurrentRow(offers.editor._area_ids.index("availability"))
    app.processEvents()
    offers_ms = timed(lambda: offers.grab())
    store = state.store
    assert store is not None
    core: list[float] = []
    for run in range(RUNS):
        start = time.perf_counter()
        store.set_answer(offer_id, CRITERION, Answer(value=99.0 + (run % 2) * 0.5))
        evaluate_project(store.load(), catalogue)
        core.append(time.perf_counter() - start)
    cells = compare.model.rowCount() * compare.model.columnCount()
    window.close()
    return compare_ms, offers_ms, _median(core) * 1000, cells, refreshes


def measure() -> list[Measure]:
    with tempfile.TemporaryDirectory() as tmp:
        compare, offers, core, cells, refreshes = _edit_and_repaint(Path(tmp))
    return [
        Measure(
            f"answer edit -> {page} repainted, {OFFERS} offers x catalogue",
            total,
            "ms",
            f"< {GOAL_MS:.0f} ms",
            total < GOAL_MS,
            core,
            f"{detail}; core alone (write, re-read, re-score) {core:.1f} ms, "
            f"so the UI adds {total - core:.1f} ms",
        )
        for page, total, detail in (
            ("compare table", compare, f"{cells} table cells; page refreshes: {refreshes}"),
            ("offer editor", offers, "the edited offer's page"),
        )
    ]


if __name__ == "__main__":
    for m in measure():
        print(f"{m.name}: {m.value:.1f} {m.unit} (goal {m.goal}); {m.detail}")
