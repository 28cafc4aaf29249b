"""The blind set: documents and golden files written without reading the rules, the analysis
code or the earlier samples, and committed before the analysis first ran on them. These tests
check that the golden files say something the catalogue can hold; they demand no score."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, get_args

import pytest

from slaeval.analysis.evaluate_golden import golden_files, main
from slaeval.analysis.model import FindingKind, FindingUnit
from slaeval.criteria import NUMERIC_KINDS, Catalogue
from slaeval.data_paths import samples_dir
from slaeval.offers import Clock

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


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
def test_blind_golden_findings_exist_in_the_catalogue(golden: Path, catalogue: Catalogue) -> None:
    data = _load(golden)
    assert data["findings"]
    for item in data["findings"]:
        assert item["criterion"] in catalogue.by_id, item
        criterion = catalogue.by_id[item["criterion"]]
        assert item["kind"] in get_args(FindingKind), item
        assert item["unit"] in get_args(FindingUnit), item
        assert item.get("clock") in (None, *get_args(Clock)), item
        if item["kind"] != "answer":
            continue
        if criterion.kind == "choice":
            assert item["unit"] == "text", item
            assert criterion.choice(item["value"]) is not None, item
        elif criterion.kind in NUMERIC_KINDS:
            assert isinstance(item["value"], int | float) and not isinstance(item["value"], bool)
        elif criterion.kind == "yesno":
            assert isinstance(item["value"], bool), item


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.name.split(".")[0])
def test_blind_golden_tiers_have_thresholds_and_missing_ids_exist(
    golden: Path, catalogue: Catalogue
) -> None:
    data = _load(golden)
    for item in data["findings"]:
        assert (item["kind"] == "credit_tier") == (item.get("threshold") is not None), item
    found = {item["criterion"] for item in data["findings"]}
    for criterion_id in data["missing_includes"]:
        assert criterion_id in catalogue.by_id
        assert criterion_id not in found, criterion_id


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
