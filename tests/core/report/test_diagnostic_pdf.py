"""The diagnostic summary PDF: the ten signs with their risk, the first actions, the
recommended model and why, in both languages."""

from __future__ import annotations

import pytest

from slaeval.diagnostic_summary import summarise
from slaeval.diagnostic_texts import load_diagnostic_texts
from slaeval.report import build_diagnostic
from slaeval.report.diagnostic import MAX_ACTIONS
from slaeval.report.labels import label
from tests.core.report.conftest import TODAY
from tests.core.report.helpers import pdf_pages, squeeze


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_signs_risks_actions_and_model_come_from_the_summary(demo, lang):
    texts = load_diagnostic_texts()
    summary = summarise(demo.diagnostic, texts)
    pages = pdf_pages(build_diagnostic(demo, lang, today=TODAY))
    text = squeeze("".join(pages))
    assert 1 <= len(pages) <= 4
    for risk in summary.risks:
        sign = texts.sign(risk.sign_id)
        assert squeeze(sign.title.get(lang)) in text
        assert squeeze(sign.risk.get(lang)) in text
    levels = [label(f"risk_{r.level}", lang) for r in summary.risks]
    for level in set(levels):
        assert squeeze(level) in text
    position = 0
    for sign_id in summary.first_actions[:MAX_ACTIONS]:
        found = text.find(squeeze(texts.sign(sign_id).action.get(lang)), position)
        assert found >= 0, sign_id
        position = found
    model = texts.models[summary.model]
    assert squeeze(model.label.get(lang)) in text
    assert squeeze(model.watch.get(lang)) in text
    for reason in summary.reasons:
        assert squeeze(reason.get(lang)) in text


def test_a_note_on_a_sign_is_printed_next_to_it(demo):
    text = squeeze("".join(pdf_pages(build_diagnostic(demo, "fr", today=TODAY))))
    assert squeeze("Note : Serveur de fichiers en panne 2 jours en mars 2026.") in text


def test_the_downtime_cost_shows_its_arithmetic(demo):
    text = "".join(pdf_pages(build_diagnostic(demo, "en", today=TODAY)))
    assert "Total per hour of downtime: €1,199" in text
