"""The diagnostic summary: the ten signs with their risk, the first actions, the recommended
model and why, in the client's language."""

from __future__ import annotations

from datetime import date

import pytest

from slaeval.diagnostic_model import Diagnostic
from slaeval.diagnostic_summary import summarise
from slaeval.diagnostic_texts import load_diagnostic_texts
from slaeval.downtime import downtime_cost
from slaeval.exports import build_diagnostic
from slaeval.localized import Lang
from slaeval.project import Project
from tests.core.exports.helpers import norm, pdf_pages, raw_pages

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


LEVELS = {
    "fr": {"high": "●●● élevé", "medium": "●●○ moyen", "low": "●○○ faible", "none": "○○○ aucun"},
    "en": {"high": "●●● high", "medium": "●●○ medium", "low": "●○○ low", "none": "○○○ none"},
}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_sign_with_its_risk_and_level_then_model_and_why(demo: Project, lang: Lang) -> None:
    texts = load_diagnostic_texts()
    summary = summarise(demo.diagnostic, texts)
    data = build_diagnostic(demo, lang, today=TODAY)
    assert 1 <= len(pdf_pages(data)) <= 4
    text = _flat(data)
    squeezed = "".join(_signs_table(text, lang).split())
    for risk in summary.risks:
        sign = texts.sign(risk.sign_id)
        title = "".join(sign.title.get(lang).split())
        at = squeezed.index(title)
        row = squeezed[at : at + 400]  # the sign's row: answer, level, what it exposes
        assert "".join(LEVELS[lang][risk.level].split()) in row[: len(title) + 40], risk.sign_id
        assert "".join(sign.risk.get(lang).split()) in row, risk.sign_id
    model = texts.models[summary.model]
    for part in (model.label, model.summary, model.watch, *summary.reasons):
        assert " ".join(part.get(lang).split()) in text


@pytest.mark.parametrize(
    ("lang", "sign", "label"),
    [("fr", "Une panne grave a déjà eu lieu", "Remarque : "), ("en", "A serious outage", "Note: ")],
)
def test_a_note_on_a_sign_is_printed_in_its_row(
    demo: Project, lang: Lang, sign: str, label: str
) -> None:
    assert demo.notes["sign:major_outage"] == "Serveur de fichiers en panne 2 jours en mars 2026."
    text = _signs_table(_flat(build_diagnostic(demo, lang, today=TODAY)), lang)
    row = text[text.index(sign) :]
    next_sign = min(row.find(other, 1) for other in _sign_titles(lang) if row.find(other, 1) > 0)
    assert f"{label}Serveur de fichiers en panne 2 jours en mars 2026." in row[:next_sign]


def _signs_table(text: str, lang: Lang) -> str:
    """The text from the title of the table of signs on (the actions name signs too)."""
    return text[
        text.index("Les dix signes d'alerte" if lang == "fr" else "The ten warning signs") :
    ]


def _sign_titles(lang: Lang) -> list[str]:
    return [" ".join(s.title.get(lang).split()) for s in load_diagnostic_texts().signs]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_downtime_cost_shows_its_arithmetic(demo: Project, lang: Lang) -> None:
    profile = demo.diagnostic.profile
    steps = downtime_cost(profile).explain(profile.downtime, lang)
    assert len(steps) == 3  # lost revenue, lost work, total
    pages = norm("\n".join(raw_pages(build_diagnostic(demo, lang, today=TODAY))))
    for step in steps:
        assert f"· {norm(step)}" in pages.splitlines(), step
    total = (
        "Total par heure d'arrêt : 1 199 €"
        if lang == "fr"
        else "Total per hour of downtime: €1,199"
    )
    assert total == norm(steps[-1])
