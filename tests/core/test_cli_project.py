"""``slaeval new``, ``import`` and ``schema`` through the real command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slaeval.cli.main import main
from slaeval.offer_io import offer_to_json
from slaeval.offers import Offer
from slaeval.project_store import ProjectStore
from tests.core.minicat import use_mini_catalogue
from tests.core.project_samples import full_offer, snapshot


@pytest.fixture(autouse=True)
def small_catalogue(monkeypatch):
    """Imports check offers against the hand-made catalogue the offers were written for.

    Modules that bind ``load_catalogue`` by name are patched too (and restored), so that a
    module first imported during one of these tests does not keep the small catalogue."""
    use_mini_catalogue(monkeypatch)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.slaeval"
    assert main(["new", str(path), "--lang", "en"]) == 0
    return path


def write_offer(folder: Path, offer: Offer, name: str = "offer.json") -> Path:
    path = folder / name
    path.write_text(offer_to_json(offer), encoding="utf-8")
    return path


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("slaeval: ") and "Traceback" not in err
    return err


def test_new_creates_a_project_with_the_client_and_says_so_in_french(tmp_path, capsys):
    path = tmp_path / "acme.slaeval"
    assert main(["new", str(path), "--client", "ACME SA", "--lang", "fr"]) == 0
    assert capsys.readouterr().out == f"Projet créé : {path}\n"
    with ProjectStore.open(path) as store:
        info = store.load().info
    assert info.client == "ACME SA" and info.created is not None


def test_new_refuses_an_existing_file(project, capsys):
    before = snapshot(project)
    assert main(["new", str(project), "--lang", "en"]) == 2
    assert "already exists" in one_error_line(capsys)
    assert snapshot(project) == before


def test_import_adds_the_offer_and_names_it(project, tmp_path, capsys):
    source = write_offer(tmp_path, full_offer())
    capsys.readouterr()
    assert main(["import", str(project), str(source), "--lang", "en"]) == 0
    assert capsys.readouterr().out == (
        f"Imported offer: Alpha Infogérance (3 answers) into {project}\n"
    )
    with ProjectStore.open(project) as store:
        (offer,) = store.load().offers
    assert offer.id == "alpha" and offer.answers.keys() == full_offer().answers.keys()
    assert offer.answers["security.edr"].source == "imported"
    assert offer.answers["support.p1_restoration"].source == "contract"


def test_import_twice_gives_the_second_copy_a_fresh_id_and_provider_renames(
    project, tmp_path, capsys
):
    source = write_offer(tmp_path, full_offer())
    assert main(["import", str(project), str(source)]) == 0
    assert main(["import", str(project), str(source), "--provider", "  Alpha bis "]) == 0
    with ProjectStore.open(project) as store:
        first, second = store.load().offers
    assert first.id == "alpha" and second.id != "alpha"
    assert (first.name, second.name) == ("Alpha Infogérance", "Alpha bis")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b'{"name": "X", "answers": {"support.p1_restoration": {"value": -5}}}', "negative"),
        (b'{"name": "X", "answers": {"nope.nope": {"value": "yes"}}}', "unknown criterion"),
        (b"\xff\xfe not utf-8", "not UTF-8"),
        (b"[]", "JSON object expected"),
        (b"{", "invalid JSON"),
    ],
)
def test_a_bad_offer_file_is_one_line_and_leaves_the_project_alone(
    project, tmp_path, capsys, content, problem
):
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    before = snapshot(project)
    capsys.readouterr()
    assert main(["import", str(project), str(source), "--lang", "en"]) == 2
    line = one_error_line(capsys)
    assert "bad.json" in line and problem in line
    assert snapshot(project) == before


@pytest.mark.parametrize(
    "content", [b"not a database", b"", b"SQLite format 3\x00" + b"\x00" * 50, "truncated"]
)
def test_import_into_a_broken_project_is_one_line_and_changes_nothing(
    project, tmp_path, capsys, content
):
    broken = tmp_path / "broken.slaeval"
    data = project.read_bytes()
    broken.write_bytes(data[: len(data) // 2] if content == "truncated" else content)
    source = write_offer(tmp_path, full_offer())
    before, offer_before = snapshot(broken), snapshot(source)
    capsys.readouterr()
    assert main(["import", str(broken), str(source), "--lang", "en"]) == 2
    one_error_line(capsys)
    assert snapshot(broken) == before and snapshot(source) == offer_before


def test_missing_files_and_unknown_formats_are_one_line(project, tmp_path, capsys):
    source = write_offer(tmp_path, full_offer())
    capsys.readouterr()
    assert main(["import", str(tmp_path / "none.slaeval"), str(source), "--lang", "en"]) == 2
    assert "Project not found" in one_error_line(capsys)
    assert main(["import", str(project), str(tmp_path / "none.json"), "--lang", "en"]) == 2
    assert "File not found" in one_error_line(capsys)
    sheet = tmp_path / "offer.xlsx"
    sheet.write_bytes(b"PK")
    assert main(["import", str(project), str(sheet), "--lang", "fr"]) == 2
    assert "non pris en charge" in one_error_line(capsys)


def test_import_into_a_read_only_project_is_refused(project, tmp_path, capsys):
    source = write_offer(tmp_path, full_offer())
    os.chmod(project, 0o444)
    before = snapshot(project)
    capsys.readouterr()
    assert main(["import", str(project), str(source), "--lang", "en"]) == 2
    assert "read-only" in one_error_line(capsys)
    assert snapshot(project) == before


def test_schema_prints_the_offer_json_schema(capsys):
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert "answers" in schema["properties"] and "Answer" in schema["$defs"]


def test_the_installed_command_exits_2_without_a_traceback(tmp_path):
    junk = tmp_path / "junk.slaeval"
    junk.write_bytes(b"%PDF-1.7 this is not a project")
    offer = write_offer(tmp_path, full_offer())
    command = Path(sys.executable).with_name("slaeval")
    result = subprocess.run(
        [str(command), "import", str(junk), str(offer), "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr == f"slaeval: This file is not a slaeval project: {junk}\n"
    assert junk.read_bytes() == b"%PDF-1.7 this is not a project"
