"""The held-out set: documents in other wording, scored apart from the set the rules were
written on, so the figures the script prints are an honest estimate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slaeval.analysis.evaluate_golden import evaluate_sets, golden_files, main
from slaeval.criteria import Catalogue
from slaeval.data_paths import samples_dir

HELD_OUT = samples_dir() / "held_out"


def test_held_out_set_has_french_and_english_text_and_office_documents() -> None:
    goldens = golden_files(HELD_OUT)
    assert len(goldens) >= 4
    names = [json.loads(g.read_text(encoding="utf-8"))["document"] for g in goldens]
    for name in names:
        assert (HELD_OUT / name).is_file(), name
    suffixes = {Path(n).suffix for n in names}
    assert suffixes & {".txt", ".md"} and suffixes & {".pdf", ".docx"}
    tuning = {
        json.loads(g.read_text(encoding="utf-8"))["document"]
        for g in golden_files(samples_dir() / "documents")
    }
    assert not tuning & set(names)


@pytest.mark.parametrize("golden", golden_files(HELD_OUT), ids=lambda p: p.name.split(".")[0])
def test_held_out_golden_findings_are_valid_answers(golden: Path, catalogue: Catalogue) -> None:
    data = json.loads(golden.read_text(encoding="utf-8"))
    assert data["findings"]
    for item in data["findings"]:
        criterion = catalogue.by_id[item["criterion"]]
        if item["kind"] == "answer" and criterion.kind == "choice":
            assert criterion.choice(item["value"]) is not None, item
    for criterion_id in data["missing_includes"]:
        assert criterion_id in catalogue.by_id


def test_script_scores_the_tuning_and_the_held_out_set_apart(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    tuning_at, held_out_at = out.index("Tuning set"), out.index("Held-out set")
    assert tuning_at < out.index("fortis.docx") < held_out_at < out.index("kestrel.pdf")
    summary = [line for line in out.splitlines() if line.startswith(("TUNING:", "HELD-OUT:"))]
    assert len(summary) == 2 and all("precision" in s and "recall" in s for s in summary)
    rounds = {int(g["round"]) for g in _goldens()}
    assert len(rounds) > 1
    for number in rounds:
        assert f"  round {number} " in out


def _goldens() -> list[dict[str, object]]:
    return [json.loads(g.read_text(encoding="utf-8")) for g in golden_files(HELD_OUT)]


def test_every_held_out_document_names_its_round() -> None:
    assert all(isinstance(g.get("round"), int) for g in _goldens())


def test_json_output_has_both_sets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    never_tuned = tuple(f"blind{n}" for n in range(34, 44))
    assert set(data) == {"tuning", "held_out", "unseen"} | {
        f"blind{n}" for n in ("", *range(2, 44))
    }
    assert len(data["unseen"]["documents"]) == sum(
        len(data[name]["documents"]) for name in never_tuned
    )
    firsts = [d["first_reading"] for d in data["unseen"]["documents"]]
    assert all(len(f) == 3 and f[2] <= min(f[0], f[1]) for f in firsts)
    assert {d["document"] for d in data["held_out"]["documents"]} >= {"vega.txt", "orion.md"}


def test_held_out_scores_are_computed_on_their_own_documents(catalogue: Catalogue) -> None:
    scores = evaluate_sets(catalogue)
    assert {d.document for d in scores["held_out"].documents} == {
        json.loads(g.read_text(encoding="utf-8"))["document"] for g in golden_files(HELD_OUT)
    }
    assert scores["tuning"].precision >= 0.9 and scores["tuning"].recall >= 0.8
