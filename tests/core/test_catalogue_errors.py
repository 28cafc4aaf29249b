"""A broken catalogue is named in plain French and English: never pydantic's English text."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaeval.catalogue import load_catalogue
from slaeval.cli.main import main
from slaeval.errors import CatalogueError
from tests.core.catalogue_copies import catalogue_copy, edit_area

# Words of pydantic's own messages (and of Python's JSON errors) that must not reach a user.
ENGLISH_INTERNALS = (
    "Field required",
    "Input should",
    "Extra inputs",
    "Value error",
    "validation error",
    "String should",
    "should be",
    "Expecting",
    "char ",
    "codec",
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return catalogue_copy(tmp_path)


_break = edit_area


def _messages(folder: Path) -> tuple[str, str]:
    with pytest.raises(CatalogueError) as err:
        load_catalogue(folder)
    fr, en = err.value.text("fr"), err.value.text("en")
    for text in (fr, en):
        assert not any(word in text for word in ENGLISH_INTERNALS), text
        assert "\n" not in text
    return fr, en


def _first(change):
    def apply(criteria):
        change(criteria[0])

    return apply


CASES = [
    # (what is broken, the field named, French words, English words)
    (lambda c: c.pop("weight"), "weight", "champ obligatoire absent", "required field missing"),
    (lambda c: c.update(weight="heavy"), "weight", "nombre attendu, reçu", "number expected, got"),
    (lambda c: c.update(weight=11), "weight", "doit être au plus 10", "must be at most 10"),
    (lambda c: c.update(weight=0), "weight", "doit être supérieur à 0", "must be greater than 0"),
    (lambda c: c.update(colour="blue"), "colour", "champ inconnu", "unknown field"),
    (
        lambda c: c["question"].pop("fr"),
        "question.fr",
        "champ obligatoire absent",
        "required field missing",
    ),
    (
        lambda c: c["help"].update(en=" "),
        "help.en",
        "le texte ne doit pas être vide",
        "text must not be empty",
    ),
    (lambda c: c.update(kind="colour"), "kind", "valeur non permise (attendu :", "not allowed"),
    (
        lambda c: c.update(question="Only one language?"),
        "question",
        "doit donner le texte dans les deux langues",
        "must give the text in both languages",
    ),
    (
        lambda c: c.update(thresholds=[1]),
        "thresholds",
        "objet JSON attendu",
        "JSON object expected",
    ),
    (
        lambda c: c.update(kind="yesno", thresholds=None, direction=None),
        "-",
        "les choix ne s'appliquent qu'aux critères à choix",
        "choices are only for the choice kind",
    ),
]


@pytest.mark.parametrize(("change", "field", "french", "english"), CASES)
def test_each_common_problem_is_said_in_both_languages(folder, change, field, french, english):
    criterion = _break(folder, "backup", _first(change))
    fr, en = _messages(folder)
    assert fr.startswith("Catalogue invalide : fichier backup.json, critère ")
    assert en.startswith("Invalid catalogue: file backup.json, criterion ")
    assert criterion in fr and criterion in en
    assert f"champ {field} : " in fr and f"field {field}: " in en
    assert french in fr, fr
    assert english in en, en


def test_a_model_rule_keeps_the_ids_it_lists(folder):
    def duplicate(criteria):
        criteria.append(dict(criteria[0]))

    criterion = _break(folder, "backup", duplicate)
    fr, en = _messages(folder)
    assert f"identifiants de critère en double : {criterion}" in fr
    assert f"duplicate criterion ids: {criterion}" in en


@pytest.mark.parametrize(
    ("content", "french", "english"),
    [
        (b'{"criteria": [', "JSON non valide, ligne 1, colonne 15", "invalid JSON, line 1"),
        (b'{"criteria": "\xff"}', "n'est pas en UTF-8", "is not UTF-8"),
        (b"[1, 2]", "champ - : objet JSON attendu", "field -: JSON object expected"),
        (b'{"criteria": {}}', "champ criteria : liste attendue", "field criteria: list expected"),
    ],
)
def test_unreadable_files_are_said_in_both_languages(folder, content, french, english):
    (folder / "costs.json").write_bytes(content)
    fr, en = _messages(folder)
    assert "costs.json" in fr and "costs.json" in en
    assert french in fr and english in en


def test_a_criterion_in_the_wrong_file(folder):
    _break(folder, "scope", _first(lambda c: c.update(area="costs")))
    fr, en = _messages(folder)
    assert "champ area : doit être « scope » dans ce fichier" in fr
    assert "field area: must be 'scope' here" in en


def test_the_command_line_prints_it_in_french(folder, capsys):
    _break(folder, "backup", _first(lambda c: c.update(weight=-1)))
    assert main(["catalogue", "--from", str(folder), "--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "champ weight : doit être supérieur à 0, reçu -1" in err
