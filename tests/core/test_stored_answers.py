"""Numbers in the answers of a project file are held to what an import accepts: the limits
themselves open, anything past them is refused naming the offer and criterion, whatever way a
hand edit stored it; nothing is written."""

import math
import sqlite3
from pathlib import Path

import pytest
from pydantic import ValidationError

from slaeval.errors import ProjectError
from slaeval.offers import Answer, Offer
from slaeval.project import Project
from slaeval.project_store import ProjectStore, save_project

TEN_YEARS = 10 * 365 * 24 * 60  # minutes


def project_file(tmp_path: Path) -> Path:
    path = tmp_path / "p.slaeval"
    offers = [Offer(id="first", name="First"), Offer(id="second", name="Second")]
    save_project(path, Project(offers=offers)).close()
    return path


def store_value(path: Path, offer_id: str, criterion_id: str, value: object) -> None:
    con = sqlite3.connect(path)
    con.execute(
        "INSERT OR REPLACE INTO answers (offer_id, criterion_id, value, clock, note, source) "
        "VALUES (?, ?, ?, 'calendar', '', 'typed')",
        (offer_id, criterion_id, value),
    )
    con.commit()
    con.close()


def load(path: Path) -> Project:
    with ProjectStore.open(path) as store:
        return store.load()


@pytest.mark.parametrize(
    ("criterion_id", "stored"),
    [
        ("support.p1_response", "0"),
        ("support.p1_response", str(TEN_YEARS)),
        ("availability.commitment", "100"),
        ("availability.commitment", "99.99"),
        ("liability.cap", "600"),
    ],
)
def test_numbers_at_the_limits_open(tmp_path, criterion_id, stored):
    path = project_file(tmp_path)
    store_value(path, "first", criterion_id, stored)
    assert load(path).offer("first").answers[criterion_id].value == float(stored)


@pytest.mark.parametrize(
    ("criterion_id", "stored", "said"),
    [
        ("support.p1_response", str(TEN_YEARS + 1), "absurd value"),
        ("availability.commitment", "100.01", "cannot exceed 100"),
        ("support.p1_response", "-1", "negative duration"),
        ("support.p1_response", "1e999", "must be finite, not inf"),
        ("support.p1_response", "NaN", "must be finite, not nan"),
        ("support.p1_response", "-Infinity", "must be finite, not -inf"),
        ("support.p1_response", math.inf, "must be finite, not inf"),  # SQLite keeps "Inf"
        ("support.p1_response", "9" * 5000, "number too long"),
    ],
)
def test_numbers_past_them_are_refused_naming_the_first_offer(tmp_path, criterion_id, stored, said):
    path = project_file(tmp_path)
    store_value(path, "second", criterion_id, stored)
    store_value(path, "first", criterion_id, stored)
    before = path.read_bytes()
    with pytest.raises(ProjectError) as caught:
        load(path)
    english, french = caught.value.text("en"), caught.value.text("fr")
    assert f'(offer "First", criterion {criterion_id}: ' in english and said in english
    assert f"(offre « First », critère {criterion_id} : " in french
    assert str(path) in english and "\n" not in english + french
    assert path.read_bytes() == before


def test_text_that_is_not_json_is_reported_as_damage_at_its_place(tmp_path):
    path = project_file(tmp_path)
    store_value(path, "second", "security.mfa", "{half")
    with pytest.raises(ProjectError) as caught:
        load(path)
    assert caught.value.text("en").startswith(
        'The project\'s content is damaged (offer "Second", criterion security.mfa: '
        "unreadable value (invalid JSON))"
    )


def test_the_model_refuses_infinite_and_nan_answers():
    for value in (math.inf, -math.inf, math.nan):
        with pytest.raises(ValidationError, match="finite"):
            Answer(value=value)
    assert Answer(value=1e300).value == 1e300  # only the catalogue calls that absurd


@pytest.mark.parametrize(
    ("criterion_id", "stored", "english", "french"),
    [
        (
            "support.p1_response",
            '"quatre heures"',
            "a number is expected, not 'quatre heures'",
            "un nombre est attendu, pas 'quatre heures'",
        ),
        ("backup.copies", '"two_copies"', "unknown choice 'two_copies'", "choix inconnu"),
        ("security.mfa", "12", "unknown choice 12", "choix inconnu 12"),
        ("security.edr", '"maybe"', "yes, partly or no, not 'maybe'", "pas 'maybe'"),
    ],
)
def test_an_answer_of_the_wrong_kind_is_refused_naming_offer_and_criterion(
    tmp_path, criterion_id, stored, english, french
):
    path = project_file(tmp_path)
    store_value(path, "second", criterion_id, stored)
    before = path.read_bytes()
    with pytest.raises(ProjectError) as caught:
        load(path)
    text_en, text_fr = caught.value.text("en"), caught.value.text("fr")
    assert text_en.startswith('The project holds an impossible answer (offer "Second", criterion ')
    assert english in text_en and french in text_fr
    assert path.read_bytes() == before


def test_unknown_criteria_and_unknown_answers_still_open(tmp_path):
    path = project_file(tmp_path)
    store_value(path, "first", "retired.criterion", '"whatever it was"')
    store_value(path, "first", "backup.copies", "null")
    store_value(path, "second", "backup.copies", '"three_two_one"')
    offers = load(path).offers
    assert offers[0].answers["retired.criterion"].value == "whatever it was"
    assert offers[0].answers["backup.copies"].value is None
    assert offers[1].answers["backup.copies"].value == "three_two_one"
