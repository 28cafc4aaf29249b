"""Promised, not in the contract: importing a provider's contract flags the salesperson's
claims it does not back, and they stay on that offer's negotiation list."""

import json
from pathlib import Path

from slaeval.cli.main import main
from slaeval.data_paths import samples_dir
from slaeval.project_store import ProjectStore


def test_contract_import_flags_unbacked_promises_as_asks(tmp_path: Path, capsys):
    project = tmp_path / "p.slaeval"
    assert main(["new", str(project)]) == 0
    typed = samples_dir() / "offers" / "econet.json"
    name = json.loads(typed.read_text(encoding="utf-8"))["name"]
    assert main(["import", str(project), str(typed)]) == 0
    capsys.readouterr()
    contract = samples_dir() / "documents" / "econet.pdf"
    assert main(["import", str(project), str(contract), "--provider", name, "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert "Promised, not in the contract" in printed
    with ProjectStore.open(project) as store:
        loaded = store.load()
    typed_offer = loaded.offers[0]
    flagged = {
        c
        for c, n in loaded.negotiation.get(typed_offer.id, {}).items()
        if "Promised, not in the contract" in n.note
    }
    assert "reversibility.any_cause" in flagged
    assert main(["score", str(project), "--json"]) == 0
    scored = json.loads(capsys.readouterr().out)
    asks = {a["criterion"] for a in scored["offers"][0]["asks"]}
    assert flagged <= asks
    # Importing the same contract again does not repeat the flags.
    assert main(["import", str(project), str(contract), "--provider", name]) == 0
    with ProjectStore.open(project) as store:
        notes = store.load().negotiation[typed_offer.id]["reversibility.any_cause"].note
    assert notes.count("Promised, not in the contract") == 1


def test_an_edited_note_keeps_the_other_language_of_each_flag():
    from slaeval.localized import both
    from slaeval.promise_flags import bilingual_note, edited_note, note_text

    flag = bilingual_note(
        both(
            "Promis, non trouvé dans le contrat : tests de restauration",
            "Promised, not in the contract: restore tests",
        )
    )
    stored = f"Appeler Paul\n{flag}"
    shown = note_text(stored, "fr")
    assert shown == "Appeler Paul\nPromis, non trouvé dans le contrat : tests de restauration"
    edited = shown.replace("Appeler Paul", "Paul rappelle lundi") + "\nDevis reçu"
    kept = edited_note(stored, edited, "fr")
    assert kept == f"Paul rappelle lundi\n{flag}\nDevis reçu"
    assert note_text(kept, "en").splitlines() == [
        "Paul rappelle lundi",
        "Promised, not in the contract: restore tests",
        "Devis reçu",
    ]
    # the user deleted the flag: both of its lines go
    assert edited_note(stored, "Appeler Paul", "fr") == "Appeler Paul"
