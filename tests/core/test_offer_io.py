"""Offer JSON files: round trip, catalogue checks, and garbage that must fail in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slaeval.answer_check import check_answer_value
from slaeval.criteria import Catalogue
from slaeval.errors import InputError
from slaeval.offer_io import (
    MAX_OFFER_BYTES,
    offer_from_json,
    offer_json_schema,
    offer_to_json,
    read_offer_file,
)
from slaeval.offers import Answer, Offer
from tests.core.minicat import criterion, mini_catalogue
from tests.core.project_samples import full_offer


def catalogue() -> Catalogue:
    """The mini catalogue plus one criterion of each numeric kind it lacks."""
    mini = mini_catalogue()
    extra = (
        criterion(
            "availability.commitment",
            "availability",
            "percentage",
            direction="higher",
            thresholds={"good": 99.9, "acceptable": 99.5, "red": 99},
        ),
        criterion(
            "liability.cap",
            "liability",
            "number",
            unit="months_of_fees",
            direction="higher",
            thresholds={"good": 12, "acceptable": 6, "red": 3},
        ),
        criterion(
            "costs.exit_fee",
            "costs",
            "money",
            direction="lower",
            thresholds={"good": 0, "acceptable": 5000, "red": 20000},
        ),
    )
    return Catalogue(version="test", areas=mini.areas, criteria=mini.criteria + extra)


CATALOGUE = catalogue()


def offer_text(answers: dict[str, object], **fields: object) -> str:
    return json.dumps({"name": "Prov", **fields, "answers": answers})


def import_error(text: str, name: str = "offre.json") -> InputError:
    with pytest.raises(InputError) as caught:
        offer_from_json(text, CATALOGUE, name)
    return caught.value


# ---- round trip -------------------------------------------------------------------------


def test_an_exported_offer_imports_back_equal_with_typed_answers_marked_imported():
    offer = full_offer()
    imported = offer_from_json(offer_to_json(offer), CATALOGUE, "alpha.json")
    assert imported.model_dump(exclude={"answers"}) == offer.model_dump(exclude={"answers"})
    assert imported.answers.keys() == offer.answers.keys()
    for cid, answer in offer.answers.items():
        expected_source = "imported" if answer.source == "typed" else answer.source
        assert imported.answers[cid] == answer.model_copy(update={"source": expected_source})


def test_the_schema_describes_the_offer_file():
    schema = offer_json_schema()
    json.dumps(schema)  # plain JSON
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert "name" in schema["required"]
    assert {"id", "name", "answers", "prices", "support_window", "notes"} <= set(
        schema["properties"]
    )
    assert "minutes" in schema["description"]


# ---- one line naming the file, the criterion or field, and the problem ------------------

BAD_ANSWERS = [
    ("support.p1_restoration", -30, "negative duration", "durée négative"),
    ("support.p1_restoration", "4h", "number is expected", "nombre est attendu"),
    ("availability.commitment", 120, "cannot exceed 100", "dépasser 100"),
    ("availability.commitment", -1, "negative percentage", "pourcentage négatif"),
    ("liability.cap", -2, "negative number", "nombre négatif"),
    ("costs.exit_fee", -10, "negative amount", "montant négatif"),
    ("security.edr", "maybe", "yes, partly or no", "yes, partly ou no"),
    ("security.edr", 1, "yes, partly or no", "yes, partly ou no"),
    ("security.mfa", "yes", "unknown choice", "choix inconnu"),
    ("security.mfa", True, "true/false", "vrai/faux"),
    ("support.p9", "yes", "unknown criterion", "critère inconnu"),
]


@pytest.mark.parametrize(("criterion_id", "value", "en", "fr"), BAD_ANSWERS)
def test_a_bad_answer_is_one_line_naming_file_criterion_and_problem(criterion_id, value, en, fr):
    error = import_error(offer_text({criterion_id: {"value": value}}))
    for lang, phrase in (("en", en), ("fr", fr)):
        text = error.text(lang)  # type: ignore[arg-type]
        assert "\n" not in text
        assert "offre.json" in text and criterion_id in text and phrase in text


BAD_FIELDS = [
    ({"prices": {"monthly": -5}}, "prices.monthly", "at least 0"),
    ({"prices": {"credit_tiers": [{"below": 120, "credit_percent": 5}]}}, "below", "at most 100"),
    ({"support_window": {"days": [0, 9]}}, "support_window.days", "weekdays"),
    ({"name": "   "}, "name", "must not be empty"),
    ({"id": "has space"}, "id", "invalid format"),
    ({"colour": "red"}, "colour", "unknown field"),
    ({"notes": 12}, "notes", "text expected"),
]


@pytest.mark.parametrize(("fields", "place", "problem"), BAD_FIELDS)
def test_a_bad_field_is_named_with_its_problem(fields, place, problem):
    error = import_error(offer_text({}, **fields))
    assert place in error.text("en") and problem in error.text("en")
    assert place in error.text("fr") and "\n" not in error.text("fr")


def test_a_business_hours_clock_on_a_calendar_criterion_is_refused():
    error = import_error(offer_text({"security.edr": {"value": "yes", "clock": "business"}}))
    assert "security.edr" in error.text("en") and "clock" in error.text("en")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[1, 2]", "JSON object expected"),
        ('"just a string"', "JSON object expected"),
        ("{'name': 'single quotes'}", "invalid JSON (line 1"),
        ('{"name": "X", "prices": {"monthly": NaN}}', "NaN"),
        ('{"name": "X", "prices": {"monthly": Infinity}}', "Infinity"),
        ('{"name": "X", "notes": ' + "9" * 5000 + "}", "number too long"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"name": "X\\ud800"}', "invalid Unicode"),
        ("", "invalid JSON"),
    ],
)
def test_text_that_is_not_an_offer_is_refused_in_one_line(text, problem):
    error = import_error(text)
    assert problem in error.text("en") and "offre.json" in error.text("en")
    assert "\n" not in error.text("fr")


def test_huge_texts_and_files_are_refused_before_parsing(tmp_path):
    assert "20" in import_error(" " * (MAX_OFFER_BYTES + 1)).text("en")
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_OFFER_BYTES + 1)  # sparse: no 20 MB written
    with pytest.raises(InputError, match="too large"):
        read_offer_file(path, CATALOGUE)


def test_files_that_are_not_utf8_or_missing_are_refused(tmp_path):
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"name": "Société"}'.encode("latin-1"))
    with pytest.raises(InputError, match=r"latin1\.json.*not UTF-8"):
        read_offer_file(latin1, CATALOGUE)
    with pytest.raises(InputError, match="not found"):
        read_offer_file(tmp_path / "missing.json", CATALOGUE)
    with_bom = tmp_path / "bom.json"
    with_bom.write_bytes(b"\xef\xbb\xbf" + offer_text({}).encode())
    assert read_offer_file(with_bom, CATALOGUE).name == "Prov"


# ---- check_answer_value -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("criterion_id", "value"),
    [
        ("support.p1_restoration", 0.0),
        ("support.p1_restoration", 240.0),
        ("availability.commitment", 100.0),
        ("availability.commitment", 99.95),
        ("security.edr", "partly"),
        ("security.mfa", "enforced"),
        ("security.mfa", None),
    ],
)
def test_values_that_fit_their_criterion_pass(criterion_id, value):
    check_answer_value(CATALOGUE.criterion(criterion_id), value)


@pytest.mark.parametrize(
    ("criterion_id", "value"),
    [
        ("support.p1_restoration", float("nan")),
        ("support.p1_restoration", float("inf")),
        ("availability.commitment", 100.01),
        ("security.mfa", "enforced "),
    ],
)
def test_values_that_do_not_fit_raise_naming_the_criterion(criterion_id, value):
    with pytest.raises(InputError, match=criterion_id.replace(".", r"\.")):
        check_answer_value(CATALOGUE.criterion(criterion_id), value)


# ---- generated input --------------------------------------------------------------------

CRITERION_IDS = [c.id for c in CATALOGUE.criteria] + ["bogus.id", ""]
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**6), max_value=10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=20)
    | st.sampled_from(["yes", "partly", "no", "named", "enforced", "business", "calendar"])
)
JSONISH = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
ANSWER = st.fixed_dictionaries(
    {},
    optional={
        "value": SCALARS,
        "clock": st.sampled_from(["calendar", "business", "weekly"]) | JSONISH,
        "note": st.text(max_size=30) | JSONISH,
        "evidence": st.none() | st.fixed_dictionaries({"quote": st.text(max_size=20)}) | JSONISH,
        "source": st.sampled_from(["typed", "imported", "contract", "oracle"]),
    },
)
OFFER_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "id": st.text(max_size=12) | JSONISH,
        "name": st.text(max_size=12) | JSONISH,
        "answers": st.dictionaries(st.sampled_from(CRITERION_IDS), ANSWER, max_size=5) | JSONISH,
        "prices": st.dictionaries(
            st.sampled_from(["setup", "monthly", "term_months", "exit_cost", "credit_tiers"]),
            SCALARS | JSONISH,
            max_size=3,
        ),
        "support_window": st.dictionaries(
            st.sampled_from(["days", "start_minute", "end_minute"]), SCALARS | JSONISH, max_size=3
        ),
        "notes": st.text(max_size=20) | JSONISH,
    },
)


def accepted_or_input_error(text: str) -> None:
    try:
        offer = offer_from_json(text, CATALOGUE, "generated.json")
    except InputError as error:
        assert "\n" not in error.text("en") and "generated.json" in error.text("fr")
        return
    assert isinstance(offer, Offer)
    for criterion_id, answer in offer.answers.items():  # what passes fits the catalogue
        check_answer_value(CATALOGUE.criterion(criterion_id), answer.value)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_text_gives_an_offer_or_an_input_error(text):
    accepted_or_input_error(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OFFER_LIKE | JSONISH)
def test_any_json_structure_gives_an_offer_or_an_input_error(data):
    accepted_or_input_error(json.dumps(data))


@settings(max_examples=100, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["support.p1_restoration", "availability.commitment", "costs.exit_fee"]),
        st.floats(min_value=0, max_value=100, allow_nan=False),
        max_size=3,
    ),
    st.text(min_size=1, max_size=40).filter(str.strip),
)
def test_valid_generated_offers_round_trip(values, name):
    try:
        offer = Offer(name=name, answers={k: Answer(value=v) for k, v in values.items()})
    except ValueError:  # a name pydantic itself refuses is not this test's concern
        return
    back = offer_from_json(offer_to_json(offer), CATALOGUE, "x.json")
    assert back.name == offer.name
    assert {k: a.value for k, a in back.answers.items()} == values


def test_read_offer_file_reads_what_offer_to_json_wrote(tmp_path: Path):
    path = tmp_path / "alpha.json"
    path.write_text(offer_to_json(full_offer()), encoding="utf-8")
    assert read_offer_file(path, CATALOGUE).id == "alpha"
