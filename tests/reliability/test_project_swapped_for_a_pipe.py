"""A project file swapped for a named pipe after it was checked and before SQLite opens it (a
sync tool, another program, or someone meaning harm). A read-only open of a pipe waits until
someone writes to it, for ever here, and no signal stops it (SQLite retries an interrupted
open): opening must notice the swap and refuse it, for a read-only file and a writable one
alike, and leave the real file as it was. Each attempt runs in a fresh process, whose timeout
only guards against the hang."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from slaeval.demo import demo_project
from slaeval.project_store import ProjectStore, save_project

# The swap happens where it hurts: between the check of the file and SQLite's open of the
# path, the moment opening asks whether the file is writable.
ATTEMPT = textwrap.dedent(
    """
    import json, os, sys
    from slaeval import project_open
    from slaeval.errors import ProjectError
    from slaeval.project_store import ProjectStore

    path, aside, read_only = sys.argv[1], sys.argv[2], sys.argv[3] == "1"

    def swap_then_answer(checked):
        os.rename(checked, aside)
        os.mkfifo(checked)  # nobody will write to it
        return not read_only

    project_open.is_writable = swap_then_answer
    try:
        ProjectStore.open(path).close()
    except ProjectError as error:
        print(json.dumps({"fr": error.text("fr"), "en": error.text("en")}))
    """
)


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
def test_a_file_swapped_for_a_pipe_after_the_check_is_refused(read_only, tmp_path):
    path = tmp_path / "client.slaeval"
    save_project(path, demo_project()).close()
    aside = tmp_path / "moved-away.slaeval"
    data = path.read_bytes()
    done = subprocess.run(
        [sys.executable, "-c", ATTEMPT, str(path), str(aside), "1" if read_only else "0"],
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0 and done.stderr == "", done.stderr
    said = json.loads(done.stdout)
    assert "replaced" in said["en"] and str(path) in said["en"], said
    assert "remplacé" in said["fr"] and str(path) in said["fr"], said
    assert aside.read_bytes() == data


def test_without_a_swap_both_kinds_of_file_open(tmp_path):
    path = tmp_path / "client.slaeval"
    save_project(path, demo_project()).close()
    with ProjectStore.open(path) as store:
        assert not store.read_only and store.load().offers
    os.chmod(path, 0o444)
    with ProjectStore.open(path) as store:
        assert store.read_only and store.load().offers
