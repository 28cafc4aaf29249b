"""The "promised, not in the contract" note is stored in both languages: a project made in
French reads right in English and the other way round."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slaeval.analysis import analyze_document
from slaeval.cli.main import main
from slaeval.criteria import Catalogue
from slaeval.data_paths import samples_dir
from slaeval.project_store import ProjectStore
from slaeval.promise_flags import note_text, promise_flags


def _project_with_typed_offer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    project = tmp_path / "p.slaeval"
    assert main(["new", str(project)]) == 0
    assert main(["import", str(project), str(samples_dir() / "offers" / "econet.json")]) == 0
    capsys.readouterr()
    return project


def test_flags_are_the_same_whatever_the_language_and_hold_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], catalogue: Catalogue
) -> None:
    project_path = _project_with_typed_offer(tmp_path, capsys)
    with ProjectStore.open(project_path) as store:
        project = store.load()
    report = analyze_document(samples_dir() / "documents" / "econet.pdf", catalogue)
    name = project.offers[0].name
    french = promise_flags(project, name, report, catalogue, "fr")
    english = promise_flags(project, name, report, catalogue, "en")
    assert french == english and french
    for _offer, _criterion, negotiation in french:
        fr, en = negotiation.note.split("\n")
        assert fr.startswith("Promis, non trouvé dans le contrat : ") or fr.startswith(
            "Le contrat s'engage sur moins que la promesse : "
        )
        assert en.startswith(("Promised, not in the contract: ", "The contract commits to less"))
        assert note_text(negotiation.note, "fr") == fr
        assert note_text(negotiation.note, "en") == en


def test_import_in_french_stores_a_note_the_english_app_can_show(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _project_with_typed_offer(tmp_path, capsys)
    typed = json.loads((samples_dir() / "offers" / "econet.json").read_text(encoding="utf-8"))
    contract = samples_dir() / "documents" / "econet.pdf"
    args = ["import", str(project), str(contract), "--provider", typed["name"], "--lang", "fr"]
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "Promis, non trouvé dans le contrat" in printed
    assert "Promised, not in the contract" not in printed
    with ProjectStore.open(project) as store:
        loaded = store.load()
    note = loaded.negotiation[loaded.offers[0].id]["reversibility.any_cause"].note
    assert "Promis, non trouvé dans le contrat" in note and "Promised, not in the contract" in note
    english = note_text(note, "en")
    assert english.startswith("Promised, not in the contract: ") and "Promis, " not in english
    assert note_text(note, "fr").startswith("Promis, non trouvé dans le contrat : ")
    assert "Promised" not in note_text(note, "fr")


def test_the_users_own_lines_are_kept_in_every_language() -> None:
    note = (
        "Relancer Paul le 12.\n"
        "Promis, non trouvé dans le contrat : Tests de restauration (réponse commerciale : "
        "trimestriels)\n"
        "Promised, not in the contract: Restore tests (sales answer: quarterly)\n"
        "Promised, not in the contract: written by hand, with no French line before it"
    )
    assert note_text(note, "en").split("\n") == [
        "Relancer Paul le 12.",
        "Promised, not in the contract: Restore tests (sales answer: quarterly)",
        "Promised, not in the contract: written by hand, with no French line before it",
    ]
    assert note_text(note, "fr").split("\n")[:2] == [
        "Relancer Paul le 12.",
        "Promis, non trouvé dans le contrat : Tests de restauration (réponse commerciale : "
        "trimestriels)",
    ]
    assert note_text("", "fr") == "" and note_text("plain", "en") == "plain"
