"""A project edited behind slaeval's back with an absurd business-hours delay (1e300 minutes,
where an import would refuse anything over 10 years) and a round-the-clock need: `slaeval
score` still ends, in a fresh process, and scores the delay red. Counting its worst case week
by week once made it run for ever (the subprocess timeout only guards against that)."""

import json
import sqlite3
import subprocess
import sys

import pytest

from slaeval.catalogue import load_catalogue
from slaeval.demo import demo_project
from slaeval.project_store import save_project

DELAYS = [c.id for c in load_catalogue().criteria if c.business_hours]


@pytest.mark.parametrize("value", ["1e300", "1e15"])
def test_score_ends_on_an_absurd_business_hours_delay(value, tmp_path):
    path = tmp_path / "edited.slaeval"
    save_project(path, demo_project()).close()
    con = sqlite3.connect(path)
    offer_id = con.execute("SELECT id FROM offers ORDER BY position LIMIT 1").fetchone()[0]
    con.execute(
        "INSERT OR REPLACE INTO answers (offer_id, criterion_id, value, clock, note, source) "
        "VALUES (?, ?, ?, 'business', '', 'typed')",
        (offer_id, DELAYS[0], value),
    )
    con.execute("INSERT OR REPLACE INTO overrides (key, value) VALUES ('round_the_clock', 'true')")
    con.commit()
    con.close()
    before = path.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "slaeval.cli.main", "score", str(path), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    offer = next(o for o in json.loads(done.stdout)["offers"] if o["id"] == offer_id)
    assert offer["criteria"][DELAYS[0]]["status"] == "red"
    assert path.read_bytes() == before
