"""100 editing streams killed with SIGKILL at random moments: every project reopens, passes
``PRAGMA integrity_check`` and holds every edit committed before the kill (edits land whole
and in order: no gaps, nothing half-written)."""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from slaeval.offers import Offer
from slaeval.project import Project
from slaeval.project_store import ProjectStore, save_project
from tests.core.crash_writer import note_text

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]
SEED = 1128
STREAMS = 100
WORKERS = 4  # writer processes running side by side, 25 streams each
RUNS_PER_FILE = 2  # a second stream reopens the file its predecessor was killed on


def edits_found(project: Project, run: int) -> list[int]:
    """Numbers of the edits of ``run`` that the file holds, checking each one's content."""
    found = []
    for criterion_id, answer in project.offer("o1").answers.items():
        if criterion_id.startswith(f"r{run}.c"):
            n = int(criterion_id.removeprefix(f"r{run}.c"))
            assert answer.value == float(n) and answer.note == "x" * (n % 700)
            found.append(n)
    for key, text in project.notes.items():
        if key.startswith(f"r{run}.n"):
            n = int(key.removeprefix(f"r{run}.n"))
            assert text == note_text(n)
            found.append(n)
    return sorted(found)


def plan(tmp_path: Path) -> list[dict[str, object]]:
    """The streams: which file, which run, and when the kill comes (seeded, so repeatable)."""
    rng = random.Random(SEED)
    jobs: list[dict[str, object]] = []
    for stream in range(STREAMS):
        path = tmp_path / f"crash-{stream // RUNS_PER_FILE}.slaeval"
        if stream % RUNS_PER_FILE == 0:
            save_project(path, Project(offers=(Offer(id="o1", name="Crash test"),))).close()
        # Mostly within the first edits (opening, the first commits), sometimes much later.
        delay = rng.uniform(0.0, 0.08) if rng.random() < 0.5 else rng.uniform(0.08, 0.5)
        jobs.append({"path": str(path), "run": stream, "delay": round(delay, 4)})
    return jobs


def run_writers(jobs: list[dict[str, object]], tmp_path: Path) -> list[dict[str, object]]:
    """Each worker takes whole files, so two streams never write one file at once."""
    shares: list[list[dict[str, object]]] = [[] for _ in range(WORKERS)]
    for job in jobs:
        shares[int(job["run"]) // RUNS_PER_FILE % WORKERS].append(job)  # type: ignore[call-overload]
    processes = []
    for index, share in enumerate(shares):
        jobs_file = tmp_path / f"jobs-{index}.json"
        jobs_file.write_text(json.dumps(share), encoding="utf-8")
        processes.append(
            subprocess.Popen(
                [sys.executable, str(WRITER), str(jobs_file)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=ROOT,
            )
        )
    results = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        results += [json.loads(line) for line in out.splitlines()]
    return results


def test_sigkill_during_100_edit_streams_leaves_sound_files_with_every_committed_edit(tmp_path):
    jobs = plan(tmp_path)
    results = run_writers(jobs, tmp_path)
    assert sorted(r["run"] for r in results) == list(range(STREAMS))
    killed_mid_stream = 0
    for result in sorted(results, key=lambda r: r["run"]):
        where = f"stream {result['run']} killed after {result['delay']} s (seed {SEED}): {result}"
        assert result["signal"] == signal.SIGKILL, where
        path = Path(result["path"])
        with ProjectStore.open(path) as store:  # replays the journal the kill left behind
            project = store.load()
        check = sqlite3.connect(path)
        try:
            assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        finally:
            check.close()
        found = edits_found(project, result["run"])
        # Every printed edit is there; at most the one being committed when killed is extra.
        assert found == list(range(len(found))), where
        assert result["printed"] < len(found) <= result["printed"] + 2, where
        killed_mid_stream += result["printed"] >= 0
    assert killed_mid_stream > STREAMS // 2  # most kills land after some edits, not at start
