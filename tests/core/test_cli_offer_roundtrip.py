"""``slaeval export --format json`` then ``slaeval import``: the offers come back whole."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from slaeval.cli.main import main
from slaeval.project_store import ProjectStore
from tests.core.project_samples import snapshot


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("roundtrip") / "demo.slaeval"
    assert main(["demo", str(path), "--lang", "en"]) == 0
    return path


@pytest.fixture(scope="module")
def exported(demo) -> Path:
    out = demo.parent / "offers.json"
    assert main(["export", str(demo), "--format", "json", "-o", str(out), "--lang", "en"]) == 0
    return out


def _offers(path: Path) -> list[dict]:
    with ProjectStore.open(path) as store:
        return [o.model_dump(mode="json") for o in store.load().offers]


def _as_imported(offer: dict) -> dict:
    """An offer as an import stores it: answers typed elsewhere are marked as imported."""
    answers = {
        cid: {**a, "source": "imported" if a["source"] == "typed" else a["source"]}
        for cid, a in offer["answers"].items()
    }
    return {**offer, "answers": answers}


def _emptied_copy(demo: Path, folder: Path) -> Path:
    """The demo with the same diagnostic and requirements, and no offer."""
    copy = folder / "empty.slaeval"
    shutil.copyfile(demo, copy)
    with ProjectStore.open(copy) as store:
        for offer in store.load().offers:
            store.delete_offer(offer.id)
    return copy


def _score(path: Path, capsys) -> dict:
    capsys.readouterr()
    assert main(["score", str(path), "--json", "--lang", "en"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_export_holds_every_offer(demo, exported):
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert list(data) == ["offers"]
    assert [o["name"] for o in data["offers"]] == [o["name"] for o in _offers(demo)]
    assert len(data["offers"]) >= 4


def test_import_of_the_export_into_a_fresh_project_gives_the_same_offers(
    demo, exported, tmp_path, capsys
):
    fresh = tmp_path / "fresh.slaeval"
    assert main(["new", str(fresh), "--lang", "en"]) == 0
    capsys.readouterr()
    assert main(["import", str(fresh), str(exported), "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    originals = _offers(demo)
    assert len(out) == len(originals)
    assert all(line.startswith("Imported offer: ") for line in out)
    assert _offers(fresh) == [_as_imported(o) for o in originals]


def test_same_requirements_give_the_same_scores_after_the_round_trip(
    demo, exported, tmp_path, capsys
):
    target = _emptied_copy(demo, tmp_path)
    assert _offers(target) == []
    assert main(["import", str(target), str(exported)]) == 0
    assert _score(target, capsys) == _score(demo, capsys)


def test_one_offer_of_the_export_by_name_or_id(demo, exported, tmp_path, capsys):
    originals = _offers(demo)
    second, third = originals[1], originals[2]
    target = tmp_path / "one.slaeval"
    assert main(["new", str(target)]) == 0
    name = f"  {second['name'].upper()} "  # case and outer spaces aside
    assert main(["import", str(target), str(exported), "--offer", name]) == 0
    assert main(["import", str(target), str(exported), "--offer", third["id"]]) == 0
    assert [o["name"] for o in _offers(target)] == [second["name"], third["name"]]
    assert main(["import", str(target), str(exported), "--offer", third["id"]]) == 0
    ids = [o["id"] for o in _offers(target)]
    assert len(set(ids)) == 3  # the same offer again gets a fresh id


def test_provider_renames_the_one_offer_chosen(demo, exported, tmp_path, capsys):
    first = _offers(demo)[0]
    target = tmp_path / "renamed.slaeval"
    assert main(["new", str(target)]) == 0
    argv = ["import", str(target), str(exported), "--offer", first["id"], "--provider", "Zed"]
    assert main(argv) == 0
    assert [o["name"] for o in _offers(target)] == ["Zed"]


def _refused(argv: list[str], project: Path, capsys) -> str:
    before = snapshot(project)
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("slaeval: ") and "Traceback" not in err
    assert snapshot(project) == before
    return err


def test_refusals_are_one_line_in_both_languages_and_change_nothing(
    demo, exported, tmp_path, capsys
):
    target = tmp_path / "target.slaeval"
    assert main(["new", str(target)]) == 0
    names = [o["name"] for o in _offers(demo)]
    base = ["import", str(target), str(exported)]
    err = _refused([*base, "--offer", "Nobody", "--lang", "fr"], target, capsys)
    assert "aucune offre « Nobody »" in err and names[0] in err
    err = _refused([*base, "--offer", "Nobody", "--lang", "en"], target, capsys)
    assert 'no offer "Nobody"' in err
    err = _refused([*base, "--provider", "Zed", "--lang", "fr"], target, capsys)
    assert "--offer" in err and f"en contient {len(names)}" in err
    err = _refused([*base, "--provider", "Zed", "--lang", "en"], target, capsys)
    assert f"holds {len(names)}: choose it with --offer" in err


def test_a_bad_offer_anywhere_in_the_export_imports_none(exported, tmp_path, capsys):
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["offers"][2]["prices"]["monthly"] = -5
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "target.slaeval"
    assert main(["new", str(target)]) == 0
    err = _refused(["import", str(target), str(broken), "--lang", "fr"], target, capsys)
    assert "offre n° 3" in err and "prices.monthly" in err and "au moins 0" in err
    err = _refused(["import", str(target), str(broken), "--lang", "en"], target, capsys)
    assert "offer #3" in err and "must be at least 0" in err
    assert _offers(target) == []


@pytest.mark.parametrize(
    ("content", "french", "english"),
    [
        ({"offers": []}, "aucune offre dans le fichier", "no offer in the file"),
        ({"offers": {"name": "x"}}, "champ offers : liste attendue", "field offers: list expected"),
        ({"offers": [], "extra": 1}, "champ extra : champ inconnu", "field extra: unknown field"),
        ({"offers": ["x"]}, "offre n° 1 : objet JSON attendu", "offer #1: JSON object expected"),
    ],
)
def test_malformed_exports_are_named(content, french, english, tmp_path, capsys):
    source = tmp_path / "odd.json"
    source.write_text(json.dumps(content), encoding="utf-8")
    target = tmp_path / "target.slaeval"
    assert main(["new", str(target)]) == 0
    assert french in _refused(["import", str(target), str(source), "--lang", "fr"], target, capsys)
    assert english in _refused(["import", str(target), str(source), "--lang", "en"], target, capsys)
