"""Run by test_project_crash.py: editing streams killed with SIGKILL at given moments.

Usage: ``python crash_writer.py JOBS.json``; each job is ``{"path", "run", "delay"}``. For each
one this process forks a writer that opens the project and streams edits into it, printing
the number of each edit once the store has returned (the edit is committed), and kills it
with SIGKILL ``delay`` seconds after the fork: before the file is open, in the middle of a
transaction, during a commit or between two edits. One JSON line per job comes back on
stdout: the job and the last edit number the writer printed (-1 if none).

Edit number n of run r stores an answer to criterion ``r<r>.c<n>`` (even n) or a note
``r<r>.n<n>`` (odd n); every fifth edit is a long note spanning several pages.
"""

from __future__ import annotations

import json
import os
import select
import signal
import sys
import time
from pathlib import Path

from slaeval.offers import Answer
from slaeval.project_store import ProjectStore


def note_text(n: int) -> str:
    return f"edit {n} " + "y" * (n * 97 % 900 if n % 5 else 3000 + n * 131 % 9000)


def stream_edits(path: Path, run: int, out: int) -> None:
    with ProjectStore.open(path) as store:
        n = 0
        while True:
            if n % 2 == 0:
                store.set_answer("o1", f"r{run}.c{n}", Answer(value=float(n), note="x" * (n % 700)))
            else:
                store.set_note(f"r{run}.n{n}", note_text(n))
            os.write(out, f"{n}\n".encode())
            n += 1


def kill_after(path: Path, run: int, delay: float) -> tuple[int, int]:
    """Fork a writer, SIGKILL it after ``delay`` s; (last printed edit, signal that ended it)."""
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # the writer
        os.close(read_end)
        try:
            stream_edits(path, run, write_end)
        finally:
            os._exit(3)  # only reached if the writer failed before being killed
    os.close(write_end)
    received = b""
    deadline = time.monotonic() + delay
    while (left := deadline - time.monotonic()) > 0:  # drain the pipe so it never blocks
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            received += os.read(read_end, 65536)
    os.kill(child, signal.SIGKILL)
    _, status = os.waitpid(child, 0)
    while chunk := os.read(read_end, 65536):
        received += chunk
    os.close(read_end)
    lines = received.decode().split()
    return (int(lines[-1]) if lines else -1), os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0


def main(jobs_file: Path) -> None:
    for job in json.loads(jobs_file.read_text(encoding="utf-8")):
        printed, ended_by = kill_after(Path(job["path"]), job["run"], job["delay"])
        print(json.dumps({**job, "printed": printed, "signal": ended_by}), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
