"""`slaeval gui FILE --screenshot` on a file that cannot be opened: exit 2 with one line saying
why, in the chosen language, and no picture."""

import os
import subprocess
import sys


def test_a_broken_file_gives_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "bad.slaeval"
    bad.write_text("not a project", encoding="utf-8")
    shot = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "slaeval.cli.main", "gui", str(bad), "--screenshot", str(shot),
         "--lang", "fr"],
        capture_output=True, text=True, timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.startswith("slaeval:")]
    assert lines == [f"slaeval: Ce fichier n'est pas un projet slaeval : {bad}"]
    assert "Traceback" not in done.stderr
    assert not shot.exists()
