"""The score, catalogue, export and demo commands, through the real command line."""

import csv
import io
import json
from pathlib import Path

import pytest

from slaeval.cli.main import main


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.slaeval"
    assert main(["demo", str(path), "--lang", "en"]) == 0
    return path


def score_json(path: Path, capsys, lang: str = "en") -> dict:
    capsys.readouterr()
    assert main(["score", str(path), "--json", "--lang", lang]) == 0
    return json.loads(capsys.readouterr().out)


def test_score_json_has_the_documented_fields(demo, capsys):
    data = score_json(demo, capsys)
    assert set(data["area_weights"]) >= {"support", "security", "reversibility", "costs"}
    assert sum(data["area_weights"].values()) == pytest.approx(100, abs=0.01)
    assert len(data["offers"]) >= 4
    for offer in data["offers"]:
        assert {
            "name",
            "rank",
            "total",
            "knocked_out",
            "knockouts",
            "areas",
            "criteria",
            "costs",
            "asks",
        } <= set(offer)
        for item in offer["criteria"].values():
            assert item["status"] in {"good", "acceptable", "red", "unknown", "not_applicable"}
        for ask in offer["asks"]:
            assert ask["demand"] and ask["fallback"] and ask["why"]
            assert "value" in ask


def test_each_total_is_the_weight_normalised_sum_of_its_criteria(demo, capsys):
    for offer in score_json(demo, capsys)["offers"]:
        criteria = offer["criteria"].values()
        weights = sum(c["weight"] for c in criteria)
        expected = sum(c["weight"] * c["score"] for c in criteria) / weights
        assert offer["total"] == pytest.approx(expected, abs=1e-3)


def test_demo_offers_differ_instructively(demo, capsys):
    offers = {o["name"]: o for o in score_json(demo, capsys)["offers"]}
    knocked = [o for o in offers.values() if o["knocked_out"]]
    assert knocked and all(o["rank"] is None and o["knockouts"] for o in knocked)
    ranked = sorted((o for o in offers.values() if o["rank"]), key=lambda o: o["rank"])
    assert [o["rank"] for o in ranked] == list(range(1, len(ranked) + 1))
    assert [o["total"] for o in ranked] == sorted((o["total"] for o in ranked), reverse=True)
    unknowns = {
        name: sum(c["status"] == "unknown" for c in o["criteria"].values())
        for name, o in offers.items()
    }
    assert max(unknowns.values()) >= 15  # one offer is full of unknowns


def test_score_text_output_in_french(demo, capsys):
    capsys.readouterr()
    assert main(["score", str(demo), "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert "éliminée" in out or "#1" in out
    assert "€" in out


def test_catalogue_json_fields(capsys):
    assert main(["catalogue", "--json", "--lang", "fr"]) == 0
    data = json.loads(capsys.readouterr().out)
    first = data["criteria"][0]
    assert {
        "id",
        "area",
        "kind",
        "question",
        "help",
        "weight",
        "thresholds",
        "knockout_allowed",
    } <= set(first)
    assert len(data["criteria"]) >= 55


def test_export_csv_and_json(demo, tmp_path, capsys):
    out_csv = tmp_path / "matrix.csv"
    assert main(["export", str(demo), "--format", "csv", "-o", str(out_csv), "--lang", "fr"]) == 0
    rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert rows[0][:3] == ["domaine", "critère", "id"]
    assert rows[-1][1] == "RANG"
    out_json = tmp_path / "offers.json"
    assert main(["export", str(demo), "--format", "json", "-o", str(out_json)]) == 0
    assert len(json.loads(out_json.read_text(encoding="utf-8"))["offers"]) >= 4


def test_export_to_a_missing_folder_is_one_line_and_exit_2(demo, tmp_path, capsys):
    target = tmp_path / "nowhere" / "m.csv"
    assert main(["export", str(demo), "--format", "csv", "-o", str(target), "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "does not exist" in err
    assert not target.exists()


@pytest.mark.parametrize("content", [None, b"", b"not a database at all", b"SQLite format 3\0"])
def test_bad_project_files_exit_2_and_stay_unchanged(tmp_path, capsys, content):
    path = tmp_path / "p.slaeval"
    if content is not None:
        path.write_bytes(content)
    assert main(["score", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("slaeval:") and "Traceback" not in err and err.count("\n") == 0
    if content is not None:
        assert path.read_bytes() == content


def test_demo_refuses_to_overwrite(demo, capsys):
    before = demo.read_bytes()
    assert main(["demo", str(demo)]) == 2
    assert demo.read_bytes() == before
