"""Full re-score of 50 offers x the catalogue, and open/save of such a project.

Floors: a bare loop that reads every answer (re-score), and plain sqlite3 writing and reading
the same number of rows (open/save).
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from benchmarks.common import Measure, median_seconds, paired_medians
from benchmarks.synthetic import synthetic_project
from slaeval.catalogue import load_catalogue
from slaeval.diagnostic_texts import load_diagnostic_texts
from slaeval.evaluation import evaluate
from slaeval.requirements import derive_requirements, effective_requirements


def measure() -> list[Measure]:
    catalogue = load_catalogue()
    project = synthetic_project(catalogue, 50)
    req = effective_requirements(
        derive_requirements(project.diagnostic, catalogue, load_diagnostic_texts()), {}
    )

    def floor_loop() -> float:
        total = 0.0
        for offer in project.offers:
            for criterion in catalogue.criteria:
                answer = offer.answers.get(criterion.id)
                total += 1.0 if answer is None else 0.5
        return total

    def rescore_and_read() -> None:
        # what a view pays on top when it reads every offer's records and asks (built lazily)
        for result in evaluate(catalogue, req, project.offers).offers:
            _ = result.criteria, result.asks

    rescore, floor = paired_medians(lambda: evaluate(catalogue, req, project.offers), floor_loop)
    read_all = median_seconds(rescore_and_read, runs=7)
    cells = len(project.offers) * len(catalogue.criteria)
    results = [
        Measure(
            "re-score 50 offers x catalogue",
            rescore * 1000,
            "ms",
            "< 5 ms",
            rescore < 0.005,
            floor * 1000,
            f"{cells} cells; bare loop over the answers {floor * 1000:.2f} ms "
            f"(ratio {rescore / floor:.1f}x); re-score then read every offer's criteria and asks "
            f"{read_all * 1000:.1f} ms",
        )
    ]
    results += _open_save(project)
    return results


def _open_save(project) -> list[Measure]:  # type: ignore[no-untyped-def]
    from slaeval.project_store import ProjectStore, save_project

    rows = sum(len(o.answers) for o in project.offers)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        counter = iter(range(10_000))

        def save() -> None:
            save_project(folder / f"p{next(counter)}.slaeval", project).close()

        def open_load() -> None:
            store = ProjectStore.open(folder / "p0.slaeval")
            store.load()
            store.close()

        def raw(n: list[int] = [0]) -> None:  # noqa: B006 - a counter across calls
            n[0] += 1
            con = sqlite3.connect(folder / f"raw{n[0]}.db")
            con.execute("create table t (offer text, criterion text, value text)")
            with con:
                con.executemany(
                    "insert into t values (?, ?, ?)", (("o", str(i), "1") for i in range(rows))
                )
            con.execute("select * from t").fetchall()
            con.close()

        save_s = median_seconds(save, runs=5)
        open_s = median_seconds(open_load, runs=5)
        raw_s = median_seconds(raw, runs=5)
    return [
        Measure(
            "save a 50-offer project",
            save_s * 1000,
            "ms",
            "ratio to raw sqlite3",
            True,
            raw_s * 1000,
            f"raw sqlite3 write+read of {rows} rows: "
            f"{raw_s * 1000:.1f} ms (ratio {save_s / raw_s:.1f}x)",
        ),
        Measure(
            "open and load a 50-offer project",
            open_s * 1000,
            "ms",
            "< 100 ms",
            open_s < 0.1,
            raw_s * 1000,
            f"ratio to raw sqlite3 {open_s / raw_s:.1f}x",
        ),
    ]
