"""The second reading of the never-tuned sets: how two readers' agreement is computed, and that
each settled golden is made only of what the readings agree on and what the third reader
decided (reader_agreement.py)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from slaeval.analysis.consolidate import important_criteria
from slaeval.analysis.evaluate_golden import GOLDEN_SETS, UNSEEN, key_of
from slaeval.analysis.model import AnalysisReport, Finding
from slaeval.analysis.reader_agreement import (
    agreements,
    first_reading_score,
    main,
    read_twice,
    reading_path,
)
from slaeval.catalogue import load_catalogue
from slaeval.data_paths import samples_dir
from slaeval.localized import both
from tests.core.analysis.helpers import golden_item


def _write(path: Path, findings: list[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"document": "x.txt", "findings": findings}), encoding="utf-8")


@pytest.fixture
def twice(tmp_path: Path) -> Path:
    notice = golden_item("costs.renewal_notice", 90, "days", clock="calendar")
    first = [notice, golden_item("security.edr", True, "bool")]
    second = [
        notice,
        golden_item("security.mfa", "admins_only"),
        golden_item("security.edr", False, "bool"),
    ]
    settled = [notice, golden_item("security.edr", False, "bool")]
    golden = tmp_path / "x.expected.json"
    _write(golden, settled)
    _write(reading_path(golden, "first_reading"), first)
    _write(reading_path(golden, "second_reading"), second)
    _write(tmp_path / "y.expected.json", settled)  # read once: left out
    return tmp_path


def test_readings_are_scored_against_each_other_and_the_settled_golden(twice: Path) -> None:
    goldens = read_twice(twice)
    assert [g.name for g in goldens] == ["x.expected.json"]
    found = agreements(goldens)
    second = found["second_vs_first"]
    assert (second.expected, second.found, second.matched) == (2, 3, 1)
    assert second.precision == pytest.approx(1 / 3) and second.recall == pytest.approx(0.5)
    assert found["first_vs_settled"].matched == 1 and found["second_vs_settled"].matched == 2


def test_the_analysis_is_also_scored_against_the_first_reading(twice: Path) -> None:
    report = AnalysisReport(
        document="x.txt",
        pages=1,
        findings=(
            Finding(
                criterion="security.edr",
                value=True,
                unit="bool",
                evidence="EDR is deployed.",
                location="§ 3",
                confidence=0.8,
                label=both("EDR", "EDR"),
            ),
        ),
    )
    assert first_reading_score(twice / "x.expected.json", report) == (2, 1, 1)
    assert first_reading_score(twice / "y.expected.json", report) is None


def test_the_script_prints_the_agreement_or_says_nothing_was_read_twice(
    twice: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(twice)]) == 0
    out = capsys.readouterr().out
    assert "second reading against the first" in out and "precision 0.333  recall 0.500" in out
    assert main([str(tmp_path_factory.mktemp("empty"))]) == 1
    assert "No document was read twice" in capsys.readouterr().out


def _groups(findings: list[dict[str, Any]]) -> dict[tuple[str, str], set[Any]]:
    out: dict[tuple[str, str], set[Any]] = defaultdict(set)
    for item in findings:
        out[(item["criterion"], item.get("kind", "answer"))].add(key_of(item))
    return out


READ_TWICE = [g for name in GOLDEN_SETS.values() for g in read_twice(samples_dir() / name)]


def test_the_never_tuned_sets_were_read_twice() -> None:
    names = {g.parent.name for g in READ_TWICE}
    assert set(UNSEEN) <= names and len(UNSEEN) >= 6


@pytest.mark.parametrize("golden", READ_TWICE, ids=lambda g: f"{g.parent.name}/{g.name}")
def test_a_settled_golden_keeps_what_both_readings_agree_on_and_what_was_decided(
    golden: Path,
) -> None:
    data = json.loads(golden.read_text(encoding="utf-8"))
    first = _groups(json.loads(reading_path(golden, "first_reading").read_text())["findings"])
    second = _groups(json.loads(reading_path(golden, "second_reading").read_text())["findings"])
    settled = _groups(data["findings"])
    decisions = json.loads(reading_path(golden, "adjudication").read_text())["decisions"]
    decided = {(d["criterion"], d["kind"]) for d in decisions}
    disputed = {g for g in first.keys() | second.keys() if first.get(g) != second.get(g)}
    assert decided == disputed  # one decision per criterion the readings differ on, no more
    conventions = _convention_groups(golden)
    for group, keys in conventions.items():
        assert settled.get(group, set()) == keys, group  # a convention sets its group whole
    for group in first.keys() | second.keys() | settled.keys():
        if group not in disputed and group not in conventions:
            assert settled.get(group) == first.get(group), group
    own = {key_of(f) for d in decisions if d["decision"] == "own" for f in d["findings"]}
    for group, keys in settled.items():
        if group not in conventions:
            assert keys <= first.get(group, set()) | second.get(group, set()) | own, group
    # each decided group holds what was decided, unless a convention set it since
    order = json.loads(reading_path(golden, "adjudication").read_text())["reader_1"]
    by_label = {"reader_1": first, "reader_2": second}
    if order == "second":
        by_label = {"reader_1": second, "reader_2": first}
    for d in decisions:
        group = (d["criterion"], d["kind"])
        if group in conventions:
            continue
        if d["decision"] in by_label:
            wanted = by_label[d["decision"]].get(group, set())
        else:
            wanted = {key_of(f) for f in d.get("findings", [])} if d["decision"] == "own" else set()
        assert settled.get(group, set()) == wanted, group
    assert "Second reading" in data["note"]


def _convention_groups(golden: Path) -> dict[tuple[str, str], set[Any]]:
    """The groups the convention reader set, each with the findings it set (none: dropped)."""
    trail = reading_path(golden, "conventions")
    if not trail.is_file():
        return {}
    changes = json.loads(trail.read_text(encoding="utf-8"))["changes"]
    return {(c["criterion"], c["kind"]): {key_of(f) for f in c["findings"]} for c in changes}


CONVENED = [g for g in READ_TWICE if reading_path(g, "conventions").is_file()]


def test_every_settled_golden_had_the_reading_conventions_applied() -> None:
    assert CONVENED == READ_TWICE


@pytest.mark.parametrize("golden", CONVENED, ids=lambda g: f"{g.parent.name}/{g.name}")
def test_each_convention_change_names_its_rule_and_reason(golden: Path) -> None:
    trail = json.loads(reading_path(golden, "conventions").read_text(encoding="utf-8"))
    for change in trail["changes"]:
        assert change["rule"] and len(change["reason"]) > 20, change
    data = json.loads(golden.read_text(encoding="utf-8"))
    assert data["note"].count("Conventions:") == 1
    # missing_includes follows the changes: an important criterion a convention left with no
    # finding is listed, and no listed criterion has a finding
    found = {item["criterion"] for item in data["findings"]}
    assert not found & set(data["missing_includes"])
    dropped = {c["criterion"] for c in trail["changes"] if not c["findings"]} - found
    assert dropped & IMPORTANT <= set(data["missing_includes"])


IMPORTANT = set(important_criteria(load_catalogue()))
