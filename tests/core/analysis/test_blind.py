"""The blind set: documents and golden files written without reading the rules, the analysis
code or the earlier samples, and committed before the analysis first ran on them. These tests
check how the script prints the set (its golden files' format is checked with the other blind
sets', in test_blind_sets.py); they demand no score."""

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
    # the never-tuned sets were read twice: their score against the first readings too
    firsts = [line for line in out.splitlines() if line.startswith("UNSEEN, against the writ")]
    assert len(firsts) == 1 and "precision 0." in firsts[0] and "recall 0." in firsts[0]


def test_json_output_has_the_blind_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {d["document"] for d in data["blind"]["documents"]} == {
        _load(g)["document"] for g in GOLDENS
    }
