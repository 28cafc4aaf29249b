"""A project edited behind slaeval's back with a number an import refuses (an absurd
business-hours delay of 1e300 or 1e15 minutes, where an import takes 10 years at most; an
infinite one; NaN, which is not even JSON) and a round-the-clock need: `slaeval score`, run as
the user runs it, refuses it at once with one line naming the offer and the criterion, in the
chosen language, and leaves the file as it was. Such a delay once made the score run for ever;
the scorer still copes with one (tests/core/test_scoring_agreement.py), but a project holding
one is no longer opened. The subprocess timeout only guards against a hang."""

import sqlite3
import subprocess
import sys

import pytest

from slaeval.catalogue import load_catalogue
from slaeval.demo import demo_project
from slaeval.project_store import save_project

DELAYS = [c.id for c in load_catalogue().criteria if c.business_hours]
REASONS = {
    "1e300": (
        "valeur absurde (1e+300) : au plus 10 ans",
        "absurd value (1e+300): at most 10 years",
    ),
    "1e15": ("valeur absurde (1e+15) : au plus 10 ans", "absurd value (1e+15): at most 10 years"),
    "1e999": ("le nombre doit être fini, pas inf", "the number must be finite, not inf"),
    "NaN": ("le nombre doit être fini, pas nan", "the number must be finite, not nan"),
}


@pytest.mark.parametrize("value", list(REASONS))
def test_score_refuses_an_absurd_business_hours_delay_naming_it(value, tmp_path):
    path = tmp_path / "edited.slaeval"
    save_project(path, demo_project()).close()
    con = sqlite3.connect(path)
    offer_id, name = con.execute("SELECT id, name FROM offers ORDER BY position LIMIT 1").fetchone()
    con.execute(
        "INSERT OR REPLACE INTO answers (offer_id, criterion_id, value, clock, note, source) "
        "VALUES (?, ?, ?, 'business', '', 'typed')",
        (offer_id, DELAYS[0], value),
    )
    con.execute("INSERT OR REPLACE INTO overrides (key, value) VALUES ('round_the_clock', 'true')")
    con.commit()
    con.close()
    before = path.read_bytes()
    for lang, where in (
        ("fr", f"offre « {name} », critère {DELAYS[0]} : "),
        ("en", f'offer "{name}", criterion {DELAYS[0]}: '),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "slaeval.cli.main", "score", str(path), "--lang", lang],
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )
        assert done.returncode == 2 and done.stdout == "", done.stderr
        lines = done.stderr.splitlines()
        reason = REASONS[value][0 if lang == "fr" else 1]
        assert len(lines) == 1 and where + reason in lines[0], done.stderr
    assert path.read_bytes() == before
