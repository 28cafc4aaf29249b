"""The blind set: documents and golden files written without reading the rules, the analysis
code or the earlier samples, and committed before the analysis first ran on them. These tests
check the set itself and how the script prints it (the golden files' format is checked with
the second blind set's, in test_blind2.py); they demand no score."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from slaeval.analysis.evaluate_golden import golden_files, main
from slaeval.data_paths import samples_dir

BLIND = samples_dir() / "blind"
GOLDENS = golden_files(BLIND)


def _load(golden: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(golden.read_text(encoding="utf-8"))
    return data


def test_blind_set_has_text_and_office_documents_of_its_own() -> None:
    names = [_load(g)["document"] for g in GOLDENS]
    assert len(names) >= 4
    for name in names:
        assert (BLIND / name).is_file(), name
    suffixes = {Path(n).suffix for n in names}
    assert ".docx" in suffixes and suffixes & {".txt", ".md"}
    earlier = {
        _load(g)["document"]
        for sub in ("documents", "held_out")
        for g in golden_files(samples_dir() / sub)
    }
    assert not earlier & set(names)


def test_script_prints_the_blind_set_apart_after_the_others(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    held_out_at, blind_at = (
        out.index("Held-out set"),
        out.index("Blind set (sample_contracts/blind)"),
    )
    assert held_out_at < blind_at < out.index("altitude.docx") < out.index("northgate.md")
    summary = [line for line in out.splitlines() if line.startswith("BLIND:")]
    assert len(summary) == 1 and "precision" in summary[0] and "recall" in summary[0]


def test_json_output_has_the_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["document"] for d in data["blind"]["documents"]} == {
        _load(g)["document"] for g in GOLDENS
    }
