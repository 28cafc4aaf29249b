"""The diagnostic summary: the ten signs with their risk, the first actions, the recommended
model and why, in the client's language."""

from __future__ import annotations

from datetime import date

from slaeval.diagnostic_model import Diagnostic
from slaeval.diagnostic_summary import summarise
from slaeval.diagnostic_texts import load_diagnostic_texts
from slaeval.exports import build_diagnostic
from slaeval.project import Project
from tests.core.exports.helpers import norm, pdf_pages

TODAY = date(2026, 11, 24)


def _flat(data: bytes) -> str:
    return " ".join(norm("\n".join(pdf_pages(data))).split())


def test_signs_actions_and_model(demo: Project, diagnostic_fr: bytes) -> None:
    texts = load_diagnostic_texts()
    summary = summarise(demo.diagnostic, texts)
    text = _flat(diagnostic_fr)
    for sign in texts.signs:
        assert " ".join(sign.title.fr.split()) in text
    positions = [
        text.index(" ".join(texts.sign(s).action.fr.split())) for s in summary.first_actions[:5]
    ]
    assert positions == sorted(positions)
    model = texts.models[summary.model]
    assert model.label.fr in text
    for reason in summary.reasons:
        assert reason.fr in text
    assert "Niveau de risque global : ●●● élevé" in text
    assert "1 199 € par heure d'arrêt" in text
    assert "Serveur de fichiers en panne 2 jours en mars 2026." in text  # the consultant's note


def test_empty_questionnaire_in_english(demo: Project) -> None:
    project = demo.model_copy(update={"diagnostic": Diagnostic(), "notes": {}})
    text = _flat(build_diagnostic(project, "en", today=TODAY))
    assert "Questionnaire incomplete: 0 of 10 signs answered" in text
    assert "No warning sign found" in text
    assert "Not priced" in text
