"""``slaeval import PROJECT DOC``: the provider name is checked before anything is read."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaeval.cli.main import main
from slaeval.project_store import ProjectStore


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "client.slaeval"
    assert main(["new", str(path), "--lang", "en"]) == 0
    capsys.readouterr()
    return path


@pytest.mark.parametrize("name", ["", " ", "\t \u00a0"])
@pytest.mark.parametrize("source", ["documents/helix.txt", "offers/atlas.json"])
def test_an_empty_provider_name_is_refused_not_replaced(
    project: Path,
    name: str,
    source: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from slaeval.data_paths import samples_dir

    before = project.read_bytes()
    path = samples_dir() / source
    for lang, words in (("en", "--provider is empty"), ("fr", "--provider est vide")):
        assert main(["import", str(project), str(path), "--provider", name, "--lang", lang]) == 2
        captured = capsys.readouterr()
        lines = captured.err.splitlines()
        assert len(lines) == 1 and words in lines[0], captured.err
        assert captured.out == ""
    assert project.read_bytes() == before
    with ProjectStore.open(project) as store:
        assert store.load().offers == ()


def test_without_provider_a_document_is_named_after_its_file(
    project: Path, documents: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", str(project), str(documents / "helix.txt"), "--lang", "en"]) == 0
    with ProjectStore.open(project) as store:
        assert [o.name for o in store.load().offers] == ["helix"]
