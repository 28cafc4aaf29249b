"""The shipped catalogue is complete and valid; a broken one names file, criterion and field."""

import json
import re
from pathlib import Path

import pytest

from slaeval.catalogue import default_catalogue_dir, load_catalogue
from slaeval.criteria import AREA_IDS
from slaeval.errors import CatalogueError
from tests.core.catalogue_copies import catalogue_copy, edit_area

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
        assert c.basis.reference.fr.strip() and c.basis.reference.en.strip(), c.id


# A French reference may equal the English one only when it is nothing but a norm's name.
NORM_NAME_ONLY = re.compile(r"(ISO/IEC \d+|ITIL 4|SecNumCloud( \d\.\d)?|NIS2|DORA|CCAG-TIC)")


def test_every_basis_reference_is_in_french_and_english():
    criteria = load_catalogue().criteria
    same = [c for c in criteria if c.basis.reference.fr == c.basis.reference.en]
    for c in same:
        assert NORM_NAME_ONLY.fullmatch(c.basis.reference.en), c.id
    assert len(same) <= len(criteria) // 10
    for c in criteria:
        fr = c.basis.reference.fr
        # French names and typography: RGPD, « Data Act (UE) », "art.", decimal comma, "50 %".
        assert "GDPR" not in fr and "EU Data Act" not in fr and "Art." not in fr, c.id
        assert not re.search(r"(?<!SecNumCloud )\b\d+\.\d", fr), c.id
        assert not re.search(r"\d%", fr), c.id


def test_a_basis_reference_reads_in_both_languages():
    first = load_catalogue().criterion("backup.restore_tests").basis.reference
    assert first.en == "French backup guides: restore tests at least quarterly"
    assert first.fr == "guides français de sauvegarde (tests de restauration au moins trimestriels)"


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
    return catalogue_copy(tmp_path)


_edit = edit_area


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


def test_missing_french_reference_names_file_criterion_and_field(broken_copy):
    def change(criteria):
        criteria[2]["basis"]["reference"] = {"en": "Only English"}

    _edit(broken_copy, "costs", change)
    third = json.loads((default_catalogue_dir() / "costs.json").read_text())["criteria"][2]
    with pytest.raises(CatalogueError) as err:
        load_catalogue(broken_copy)
    for lang in ("fr", "en"):
        message = err.value.text(lang)
        assert "costs.json" in message and third["id"] in message, message
        assert "basis.reference.fr" in message, message


def test_reference_in_one_language_only_says_both_are_needed(broken_copy):
    """A catalogue written when the reference was a plain English string."""

    def change(criteria):
        criteria[0]["basis"]["reference"] = "French backup and DRP guides"

    _edit(broken_copy, "backup", change)
    with pytest.raises(CatalogueError) as err:
        load_catalogue(broken_copy)
    assert err.value.text("en").endswith(
        'field basis.reference: must give the text in both languages: {"fr": "...", "en": "..."}'
    )
    assert "backup.json, critère backup.scope, champ basis.reference : doit donner le texte " in (
        err.value.text("fr")
    )
