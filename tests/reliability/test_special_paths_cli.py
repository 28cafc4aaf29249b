"""A named pipe, a device or a folder given where a command expects a file: the project of
score / export / report / checklist / diagnostic / gui / import, the file of import, the logo
of report. Each command ends at once with exit status 2 and one line that names the path and
says what it is, in the chosen language; nothing is written. (These once said "not found",
or waited for ever on the pipe.) The alarm only guards against a hang."""

import os
from pathlib import Path

import pytest

from slaeval.cli.main import main
from tests.reliability.corpus_build import snapshot
from tests.reliability.test_bad_inputs_cli import run_once

WHAT = {
    "pipe": ("c'est un tube nommé", "it is a named pipe"),
    "device": ("c'est un périphérique", "it is a device"),
    "device-link": ("c'est un périphérique", "it is a device"),
    "folder": ("c'est un dossier", "it is a folder"),
}


def special(kind: str, folder: Path, name: str) -> Path:
    if kind == "device":
        return Path("/dev/zero")
    path = folder / name
    if kind == "pipe":
        os.mkfifo(path)  # nobody writes to it
    elif kind == "device-link":
        os.symlink("/dev/zero", path)
    else:
        path.mkdir()
    return path


@pytest.fixture
def work(tmp_path: Path, capsys) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    assert main(["new", str(folder / "client.slaeval")]) == 0
    (folder / "offer.json").write_text('{"name": "Offer"}', encoding="utf-8")
    return folder


def commands(kind: str, work: Path) -> list[tuple[list[str], Path]]:
    """Each command with the special path it is given."""
    project, offer, out = work / "client.slaeval", work / "offer.json", work / "out"
    bad_project = special(kind, work, "bad.slaeval")
    bad_file = special(kind, work, "bad.json") if kind != "device" else bad_project
    bad_logo = special(kind, work, "logo.png") if kind != "device" else bad_project
    runs = [
        (["score", str(bad_project)], bad_project),
        (["export", str(bad_project), "--format", "csv", "-o", f"{out}.csv"], bad_project),
        (["report", str(bad_project), "-o", f"{out}.pdf"], bad_project),
        (["checklist", str(bad_project), "-o", f"{out}.pdf"], bad_project),
        (["diagnostic", str(bad_project), "-o", f"{out}.pdf"], bad_project),
        (["gui", str(bad_project), "--screenshot", f"{out}.png"], bad_project),
        (["import", str(bad_project), str(offer)], bad_project),
        (["import", str(project), str(bad_file)], bad_file),
        (["report", str(project), "-o", f"{out}.pdf", "--logo", str(bad_logo)], bad_logo),
    ]
    return runs


@pytest.mark.parametrize("kind", list(WHAT))
def test_a_pipe_a_device_or_a_folder_is_named_for_what_it_is(kind, work, capsys):
    runs = commands(kind, work)
    before = snapshot(work)
    for index, (args, path) in enumerate(runs):
        lang = ("fr", "en")[index % 2]
        code, err = run_once([*args, "--lang", lang], capsys)
        lines = err.splitlines()
        assert code == 2 and len(lines) == 1, (args, err)
        assert str(path) in lines[0] and WHAT[kind][index % 2] in lines[0], (args, err)
        assert "Traceback" not in err
    assert snapshot(work) == before


def test_a_missing_project_or_file_is_still_not_found(work, capsys):
    project, offer = work / "client.slaeval", work / "offer.json"
    for args, expected in (
        (["score", str(work / "none.slaeval"), "--lang", "en"], "Project not found"),
        (["gui", str(work / "none.slaeval"), "--lang", "fr"], "Projet introuvable"),
        (["import", str(work / "none.slaeval"), str(offer), "--lang", "en"], "Project not found"),
        (["import", str(project), str(work / "none.json"), "--lang", "fr"], "Fichier introuvable"),
    ):
        code, err = run_once(args, capsys)
        assert code == 2 and err.count("\n") == 1 and expected in err, (args, err)
