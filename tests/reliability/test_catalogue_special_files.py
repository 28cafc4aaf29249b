"""`slaeval catalogue --from DIR` on a named pipe, /dev/zero, a folder where a file should be
or a file over the cap, run as the user runs it: exit 2 and one line that says why, in the
chosen language, and the command ends (the subprocess timeout only guards against a hang; the
refusal itself is immediate).
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from slaeval.catalogue import MAX_CATALOGUE_FILE_BYTES, default_catalogue_dir

HANG_GUARD_S = 60
NOT_REGULAR = {"fr": "pas un fichier ordinaire", "en": "not a regular file"}
TOO_LARGE = {"fr": "plus de 10 Mo", "en": "over 10 MB"}
NOT_A_FOLDER = {"fr": "n'est pas un dossier", "en": "is not a folder"}


def _copy(tmp: Path) -> Path:
    folder = tmp / "catalogue"
    shutil.copytree(default_catalogue_dir(), folder)
    return folder


def _replace(file: str, make):
    def build(tmp: Path) -> Path:
        folder = _copy(tmp)
        (folder / file).unlink()
        make(folder / file)
        return folder

    return build


def _huge(tmp: Path) -> Path:
    folder = _copy(tmp)
    with (folder / "costs.json").open("r+b") as handle:
        handle.truncate(MAX_CATALOGUE_FILE_BYTES + 1)  # sparse
    return folder


def _fifo_folder(tmp: Path) -> Path:
    os.mkfifo(tmp / "pipe")
    return tmp / "pipe"


CASES = {
    "areas-named-pipe": (_replace("areas.json", os.mkfifo), NOT_REGULAR),
    "area-file-named-pipe": (_replace("support.json", os.mkfifo), NOT_REGULAR),
    "area-file-dev-zero": (
        _replace("data.json", lambda p: os.symlink("/dev/zero", p)),
        NOT_REGULAR,
    ),
    "area-file-is-a-folder": (_replace("backup.json", Path.mkdir), NOT_REGULAR),
    "area-file-over-the-cap": (_huge, TOO_LARGE),
    "folder-is-a-named-pipe": (_fifo_folder, NOT_A_FOLDER),
    "folder-is-dev-zero": (lambda tmp: Path("/dev/zero"), NOT_A_FOLDER),
}


def catalogue_command(folder: Path, lang: str) -> subprocess.CompletedProcess[str]:
    command = ["catalogue", "--from", str(folder), "--lang", lang]
    return subprocess.run(
        [sys.executable, "-m", "slaeval.cli.main", *command],
        capture_output=True,
        text=True,
        timeout=HANG_GUARD_S,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("name", CASES)
def test_special_file_in_a_catalogue_is_refused_in_one_line(name, lang, tmp_path):
    build, reason = CASES[name]
    folder = build(tmp_path)
    done = catalogue_command(folder, lang)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert done.returncode == 2, done.stderr
    assert len(lines) == 1 and lines[0].startswith("slaeval: "), done.stderr
    assert reason[lang] in lines[0], lines[0]
    assert done.stdout == ""


def test_the_copied_catalogue_itself_is_accepted(tmp_path):
    # the cases above fail for the change they make, not for the copy
    done = catalogue_command(_copy(tmp_path), "en")
    assert done.returncode == 0, done.stderr
