"""Settling two readings of a sample contract (sample_contracts/settle_readings.py)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from slaeval.sample_contracts.settle_readings import (
    CONVENTION_NOTE,
    disputed,
    main,
    second_is_reader_1,
    with_conventions,
    write_conventions,
    write_disputes,
    write_settled,
)
from tests.core.analysis.helpers import golden_item

NOTICE = golden_item("costs.renewal_notice", 90, "days", clock="calendar", location="§ 4")
EDR_YES = golden_item("security.edr", True, "bool", location="§ 9")
EDR_NO = golden_item("security.edr", False, "bool", location="§ 9")
MFA = golden_item("security.mfa", "admins_only", location="§ 10")
TIER = {"criterion": "availability.credit_ladder", "kind": "credit_tier", "value": 5,
        "unit": "percent", "threshold": 99.9, "location": "§ 12"}  # fmt: skip


@pytest.fixture
def readings(tmp_path: Path) -> tuple[Path, Path, Path]:
    folder, second, work = tmp_path / "set", tmp_path / "second", tmp_path / "work"
    folder.mkdir()
    second.mkdir()
    first = {
        "document": "doc.txt",
        "note": "written blind",
        "findings": [NOTICE, EDR_YES, TIER],
        "missing_includes": ["security.mfa", "data.location"],
        "conflicts": 0,
    }
    (folder / "doc.expected.json").write_text(json.dumps(first), encoding="utf-8")
    reading = {"note": "second", "findings": [NOTICE, EDR_NO, MFA, TIER], "missing_includes": []}
    (second / "doc.json").write_text(json.dumps(reading), encoding="utf-8")
    return folder, second, work


def test_only_the_groups_the_readings_differ_on_are_disputed() -> None:
    assert disputed([NOTICE, EDR_YES, TIER], [NOTICE, EDR_NO, MFA, TIER]) == [
        ("security.edr", "answer"),
        ("security.mfa", "answer"),
    ]
    assert disputed([NOTICE], [dict(NOTICE, location="§ 5")]) == []  # locations do not count


def test_disputes_hide_which_reading_is_the_writers(readings: tuple[Path, Path, Path]) -> None:
    folder, second, work = readings
    assert write_disputes(folder, second, work) == [("doc", 2)]
    data = json.loads((work / "doc.disputes.json").read_text(encoding="utf-8"))
    edr = data["disputes"][0]
    writer = "reader_2" if second_is_reader_1("doc") else "reader_1"
    assert edr["criterion"] == "security.edr" and edr[writer] == [EDR_YES]
    assert data["document"].endswith("doc.txt") and "writer" not in json.dumps(data)


def test_settling_keeps_the_agreed_findings_and_applies_each_decision(
    readings: tuple[Path, Path, Path],
) -> None:
    folder, second, work = readings
    write_disputes(folder, second, work)
    second_label = "reader_1" if second_is_reader_1("doc") else "reader_2"
    decisions = [
        {"criterion": "security.edr", "kind": "answer", "decision": second_label, "reason": "x"},
        {"criterion": "security.mfa", "kind": "answer", "decision": "none", "reason": "y"},
    ]
    (work / "doc.decisions.json").write_text(json.dumps({"decisions": decisions}), "utf-8")
    assert write_settled(folder, second, work) == [("doc", 2, 3)]
    golden = json.loads((folder / "doc.expected.json").read_text(encoding="utf-8"))
    assert sorted(golden["findings"], key=str) == sorted([NOTICE, EDR_NO, TIER], key=str)
    assert golden["missing_includes"] == ["security.mfa", "data.location"]
    assert "written blind" in golden["note"] and "Second reading" in golden["note"]
    first = json.loads((folder / "sources" / "doc.first_reading.json").read_text("utf-8"))
    assert first["findings"] == [NOTICE, EDR_YES, TIER]
    # settling again starts from the first reading, not from the settled golden
    assert write_settled(folder, second, work) == [("doc", 2, 3)]


def test_a_decision_list_that_does_not_answer_the_disputes_is_refused(
    readings: tuple[Path, Path, Path],
) -> None:
    folder, second, work = readings
    write_disputes(folder, second, work)
    only_one = [{"criterion": "security.edr", "kind": "answer", "decision": "none"}]
    (work / "doc.decisions.json").write_text(json.dumps({"decisions": only_one}), "utf-8")
    before = (folder / "doc.expected.json").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="one for one"):
        write_settled(folder, second, work)
    assert (folder / "doc.expected.json").read_text(encoding="utf-8") == before


def _conventions(work: Path, changes: Sequence[object]) -> None:
    (work / "doc.conventions.json").write_text(json.dumps({"changes": changes}), "utf-8")


def test_conventions_replace_drop_or_add_groups_in_place_and_keep_the_trail(
    readings: tuple[Path, Path, Path],
) -> None:
    folder, _, work = readings
    work.mkdir()
    mfa = golden_item("security.mfa", "remote_tools_only", location="§ 10")
    changes = [
        {"criterion": "security.edr", "kind": "answer", "findings": [], "rule": "G1"},
        {"criterion": "security.mfa", "kind": "answer", "findings": [mfa], "rule": "x"},
        {"criterion": "costs.renewal_notice", "kind": "answer", "findings": [NOTICE]},
    ]
    _conventions(work, changes)
    assert write_conventions(folder, work, {"security.edr", "security.mfa"}) == [("doc", 3)]
    golden = json.loads((folder / "doc.expected.json").read_text(encoding="utf-8"))
    assert golden["findings"] == [NOTICE, TIER, mfa]
    # mfa gained a finding and leaves the list; edr lost its only one and, important, joins it
    assert golden["missing_includes"] == ["data.location", "security.edr"]
    assert golden["note"].endswith("(sources/doc.conventions.json).")
    trail = json.loads((folder / "sources" / "doc.conventions.json").read_text("utf-8"))
    assert trail["changes"] == changes
    # applying the same changes again changes nothing, the note included
    before = (folder / "doc.expected.json").read_text(encoding="utf-8")
    write_conventions(folder, work, {"security.edr", "security.mfa"})
    assert (folder / "doc.expected.json").read_text(encoding="utf-8") == before


def test_a_convention_change_holding_another_groups_finding_is_refused(
    readings: tuple[Path, Path, Path],
) -> None:
    folder, _, work = readings
    work.mkdir()
    _conventions(work, [{"criterion": "security.edr", "kind": "answer", "findings": [MFA]}])
    before = (folder / "doc.expected.json").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="another group"):
        write_conventions(folder, work, set())
    assert (folder / "doc.expected.json").read_text(encoding="utf-8") == before
    assert with_conventions([NOTICE], [])[0] == [NOTICE]


def test_a_later_round_of_conventions_adds_to_the_trail(readings: tuple[Path, Path, Path]) -> None:
    """A refined convention applied later, with a work file of its own changes only: the
    trail keeps the first round's changes (the golden still has them), the later change to the
    same group replaces the earlier one, and the note says it once."""
    folder, _, work = readings
    work.mkdir()
    mfa = golden_item("security.mfa", "remote_tools_only", location="§ 10")
    first_round = [
        {"criterion": "security.edr", "kind": "answer", "findings": [], "rule": "G1"},
        {"criterion": "security.mfa", "kind": "answer", "findings": [mfa], "rule": "x"},
    ]
    _conventions(work, first_round)
    write_conventions(folder, work, {"security.edr"})
    again = {"criterion": "security.mfa", "kind": "answer", "findings": [MFA], "rule": "y"}
    _conventions(work, [again, {"criterion": "data.location", "kind": "answer", "findings": []}])
    assert write_conventions(folder, work, {"security.edr"}) == [("doc", 2)]
    golden = json.loads((folder / "doc.expected.json").read_text(encoding="utf-8"))
    trail = json.loads((folder / "sources" / "doc.conventions.json").read_text("utf-8"))
    assert [(c["criterion"], c.get("rule")) for c in trail["changes"]] == [
        ("security.edr", "G1"),
        ("security.mfa", "y"),
        ("data.location", None),
    ]
    assert golden["findings"] == [NOTICE, TIER, MFA]
    for change in trail["changes"]:  # the trail and the golden agree, group by group
        group = (change["criterion"], change["kind"])
        items = [
            f for f in golden["findings"] if (f["criterion"], f.get("kind", "answer")) == group
        ]
        assert items == change["findings"], group
    assert golden["missing_includes"] == ["data.location", "security.edr"]
    assert golden["note"].count("Conventions:") == 1 and "written blind" in golden["note"]


def test_two_changes_to_one_group_are_refused(readings: tuple[Path, Path, Path]) -> None:
    folder, _, work = readings
    work.mkdir()
    edr = {"criterion": "security.edr", "kind": "answer"}
    _conventions(work, [{**edr, "findings": []}, {**edr, "findings": [EDR_NO]}])
    before = (folder / "doc.expected.json").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match="same group"):
        write_conventions(folder, work, set())
    assert (folder / "doc.expected.json").read_text(encoding="utf-8") == before
    assert not (folder / "sources" / "doc.conventions.json").exists()


def test_no_golden_is_written_unless_every_documents_changes_are_in_order(
    readings: tuple[Path, Path, Path],
) -> None:
    folder, _, work = readings
    work.mkdir()
    other = json.loads((folder / "doc.expected.json").read_text(encoding="utf-8"))
    (folder / "later.expected.json").write_text(json.dumps(other), encoding="utf-8")
    _conventions(work, [{"criterion": "security.edr", "kind": "answer", "findings": []}])
    before = (folder / "doc.expected.json").read_text(encoding="utf-8")
    with pytest.raises(ValueError, match=r"later: no later\.conventions\.json"):
        write_conventions(folder, work, set())
    assert (folder / "doc.expected.json").read_text(encoding="utf-8") == before
    assert not (folder / "sources").exists()


def test_the_conventions_note_keeps_the_writers_note_whole(
    readings: tuple[Path, Path, Path],
) -> None:
    """A writer's note that says "Conventions:" itself is not cut there; an empty note gets
    the conventions sentence alone; either way, once, however often it is applied."""
    folder, _, work = readings
    work.mkdir()
    path = folder / "doc.expected.json"
    for note, start in (
        ("Units: x. Conventions: none.", "Units: x. Conventions: none. "),
        ("", ""),
    ):
        data = json.loads(path.read_text(encoding="utf-8"))
        path.write_text(json.dumps({**data, "note": note}), encoding="utf-8")
        _conventions(work, [])
        for _ in range(2):
            write_conventions(folder, work, set())
            written = json.loads(path.read_text(encoding="utf-8"))["note"]
            assert written == start + CONVENTION_NOTE.format(name="doc").strip()


def test_the_command_line_says_how_to_use_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["settle"]) == 2
    assert "disputes SET SECOND WORK" in capsys.readouterr().out
