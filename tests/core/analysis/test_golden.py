"""Every sample document gives exactly its golden findings; precision and recall meet the goal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slaeval.analysis import analyze_document
from slaeval.analysis.evaluate_golden import compare, evaluate, golden_files, main
from slaeval.criteria import Catalogue
from slaeval.data_paths import samples_dir

GOLDEN = golden_files(samples_dir() / "documents")


def test_there_are_golden_files_for_every_format() -> None:
    names = {json.loads(g.read_text(encoding="utf-8"))["document"] for g in GOLDEN}
    assert {Path(n).suffix for n in names} >= {".pdf", ".docx", ".txt", ".md"}
    assert len(names) >= 4
    documents = samples_dir() / "documents"
    for name in names:
        assert (documents / name).is_file(), name


@pytest.mark.parametrize("golden", GOLDEN, ids=lambda p: p.name.split(".")[0])
def test_document_gives_its_golden_findings(golden: Path, catalogue: Catalogue) -> None:
    data = json.loads(golden.read_text(encoding="utf-8"))
    report = analyze_document(golden.with_name(data["document"]), catalogue)
    score = compare(data, report)
    assert score.misses == []
    assert score.extras == []
    assert score.wrong_locations == []
    assert score.missing_not_reported == []
    assert len(report.conflicts) == data["conflicts"]


def test_precision_and_recall_meet_the_goal(catalogue: Catalogue) -> None:
    score = evaluate(catalogue)
    assert score.precision >= 0.9
    assert score.recall >= 0.8


def test_a_miss_and_an_extra_are_reported(tmp_path: Path, catalogue: Catalogue) -> None:
    source = samples_dir() / "documents" / "atlas.md"
    (tmp_path / "atlas.md").write_bytes(source.read_bytes())
    data = json.loads((source.parent / "atlas.expected.json").read_text(encoding="utf-8"))
    data["findings"] = [f for f in data["findings"] if f["criterion"] != "liability.cap"]
    data["findings"].append(
        {"criterion": "security.edr", "kind": "answer", "value": True, "unit": "bool"}
    )
    (tmp_path / "atlas.expected.json").write_text(json.dumps(data), encoding="utf-8")
    score = evaluate(catalogue, tmp_path)
    [doc] = score.documents
    assert [m["criterion"] for m in doc.misses] == ["security.edr"]
    assert [e["criterion"] for e in doc.extras] == ["liability.cap"]
    assert score.precision < 1 and score.recall < 1


def test_script_prints_precision_recall_and_misses(
    tmp_path: Path, catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    source = samples_dir() / "documents"
    for name in ("atlas.md", "atlas.expected.json"):
        (tmp_path / name).write_bytes((source / name).read_bytes())
    assert main(["--folder", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "OVERALL" in out and "precision 1.000" in out and "recall 1.000" in out
