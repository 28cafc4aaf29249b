"""Run by test_project_crash.py: stream edits into a project until killed.

Edit number n of run r stores an answer to criterion ``r<r>.c<n>`` (even n) or a note
``r<r>.n<n>`` (odd n), then prints n once the store has returned: the edit is committed.
"""

from __future__ import annotations

import sys
from pathlib import Path

from slaeval.offers import Answer
from slaeval.project_store import ProjectStore


def main(path: Path, run: str) -> None:
    with ProjectStore.open(path) as store:
        n = 0
        while True:
            if n % 2 == 0:
                store.set_answer("o1", f"r{run}.c{n}", Answer(value=float(n), note="x" * (n % 700)))
            else:
                store.set_note(f"r{run}.n{n}", f"edit {n} " + "y" * (n % 900))
            print(n, flush=True)
            n += 1


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
