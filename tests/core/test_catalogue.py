"""The shipped catalogue is complete and valid; a broken one names file, criterion and field."""

import json
import shutil
from pathlib import Path

import pytest

from slaeval.catalogue import default_catalogue_dir, load_catalogue
from slaeval.criteria import AREA_IDS
from slaeval.errors import CatalogueError

REQUIRED_AREAS = {
    "scope",
    "support",
    "oncall",
    "availability",
    "liability",
    "reversibility",
    "governance",
    "backup",
    "security",
    "continuity",
    "data",
    "costs",
}


def test_shipped_catalogue_has_every_area_and_enough_criteria():
    catalogue = load_catalogue()
    assert set(AREA_IDS) == REQUIRED_AREAS
    assert len(catalogue.criteria) >= 55
    assert {c.area for c in catalogue.criteria} == REQUIRED_AREAS


def test_every_criterion_is_complete_in_both_languages():
    for c in load_catalogue().criteria:
        for text in (c.question, c.help, c.ask, c.fallback):
            assert text.fr.strip() and text.en.strip(), c.id
            assert text.fr != text.en, c.id
        assert c.basis.reference


def test_support_covers_response_and_restoration_for_p1_to_p4():
    ids = {c.id for c in load_catalogue().criteria}
    for p in ("p1", "p2", "p3", "p4"):
        assert {f"support.{p}_response", f"support.{p}_restoration"} <= ids


def test_default_knockouts_are_allowed_knockouts():
    catalogue = load_catalogue()
    defaults = {c.id for c in catalogue.criteria if c.knockout_default != "never"}
    assert {"reversibility.any_cause", "backup.scope", "security.mfa", "data.gdpr_dpa"} <= defaults


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "catalogue"
    shutil.copytree(default_catalogue_dir(), folder)
    return folder


def _edit(folder: Path, area: str, change) -> None:
    path = folder / f"{area}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data["criteria"])
    path.write_text(json.dumps(data), encoding="utf-8")


def test_broken_threshold_names_file_criterion_and_field(broken_copy):
    def change(criteria):
        criteria[0]["weight"] = "heavy"

    _edit(broken_copy, "support", change)
    with pytest.raises(CatalogueError) as err:
        load_catalogue(broken_copy)
    first = json.loads((default_catalogue_dir() / "support.json").read_text())["criteria"][0]
    message = err.value.text("en")
    assert "support.json" in message and first["id"] in message and "weight" in message
    assert "support.json" in err.value.text("fr")


def test_missing_french_text_is_refused(broken_copy):
    def change(criteria):
        criteria[1]["question"] = {"en": "Only English"}

    _edit(broken_copy, "backup", change)
    with pytest.raises(CatalogueError, match=r"backup\.json.*question\.fr"):
        load_catalogue(broken_copy)


def test_unordered_thresholds_are_refused(broken_copy):
    def change(criteria):
        numeric = next(c for c in criteria if c.get("thresholds"))
        numeric["thresholds"]["good"], numeric["thresholds"]["red"] = (
            numeric["thresholds"]["red"],
            numeric["thresholds"]["good"],
        )

    _edit(broken_copy, "support", change)
    with pytest.raises(CatalogueError, match="thresholds"):
        load_catalogue(broken_copy)


def test_not_json_and_missing_file(broken_copy):
    (broken_copy / "costs.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"costs\.json"):
        load_catalogue(broken_copy)
    (broken_copy / "costs.json").unlink()
    with pytest.raises(CatalogueError, match=r"costs\.json"):
        load_catalogue(broken_copy)


def test_criterion_in_the_wrong_file_is_refused(broken_copy):
    def change(criteria):
        criteria[0]["area"] = "costs"

    _edit(broken_copy, "scope", change)
    with pytest.raises(CatalogueError, match=r"scope\.json.*area"):
        load_catalogue(broken_copy)
