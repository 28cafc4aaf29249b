"""A project killed mid-edit (SIGKILL) reopens intact with every committed edit in it."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from slaeval.offers import Offer
from slaeval.project import Project
from slaeval.project_store import ProjectStore, save_project

WRITER = Path(__file__).with_name("crash_writer.py")
ROOT = Path(__file__).resolve().parents[2]


def committed_edits(path: Path, run: int, stop_after: int) -> int:
    """Start the writer, read its output until ``stop_after`` edits are committed, kill it."""
    process = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(run)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert process.stdout is not None
    last = -1
    try:
        while last < stop_after:
            line = process.stdout.readline()
            assert line, process.stderr.read() if process.stderr else "writer stopped"
            last = int(line)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        process.stdout.close()
        if process.stderr:
            process.stderr.close()
    assert process.returncode == -signal.SIGKILL
    return last


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
            assert text == f"edit {n} " + "y" * (n % 900)
            found.append(n)
    return sorted(found)


def test_sigkill_during_edits_leaves_a_sound_file_with_every_committed_edit(tmp_path):
    rng = random.Random(1128)
    path = tmp_path / "crash.slaeval"
    save_project(path, Project(offers=(Offer(id="o1", name="Crash test"),))).close()
    for run in range(10):
        printed = committed_edits(path, run, stop_after=rng.randint(0, 60))
        with ProjectStore.open(path) as store:  # replays the journal the kill left behind
            project = store.load()
        check = sqlite3.connect(path)
        try:
            assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        finally:
            check.close()
        found = edits_found(project, run)
        # Every printed edit is there, and edits land whole and in order: no gaps.
        assert found == list(range(len(found)))
        assert len(found) > printed
