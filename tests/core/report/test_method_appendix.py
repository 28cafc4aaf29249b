"""The method appendix shows the user's overrides next to what the diagnostic suggested, the
K.O.s in force with their reason, and each criterion's thresholds with their basis."""

from __future__ import annotations

import pytest

from slaeval.formatting import format_number
from slaeval.project_evaluation import evaluate_project
from slaeval.report import build_report
from tests.core.report.conftest import TODAY
from tests.core.report.helpers import pdf_pages, squeeze


@pytest.fixture(scope="module")
def overridden(demo):
    overrides = {
        "area_weight:security": 30.0,
        "knockout:security.mfa": False,
        "knockout:availability.commitment": True,
        "target:support.p1_restoration": 120.0,
        "round_the_clock": True,
    }
    project = demo.model_copy(update={"overrides": overrides})
    pe = evaluate_project(project)
    pages = pdf_pages(build_report(project, "en", today=TODAY, evaluation=pe))
    start = next(i for i, p in enumerate(pages) if "Appendix: method" in p)
    return pe, squeeze("".join(pages[start:]))


def test_each_override_is_listed_with_the_suggested_and_chosen_values(overridden):
    _pe, text = overridden
    assert squeeze("Area weight — Security") in text
    assert squeeze("Knock-out (K.O.) — Are all the provider's accounts") in text
    assert squeeze("Target — Blocking incident (P1)") in text
    assert squeeze("2 h") in text  # the 120-minute target, as a person says it
    assert squeeze("Round-the-clock service required — chosen by the user") in text


def test_knockouts_in_force_follow_the_overrides(overridden):
    pe, text = overridden
    assert "security.mfa" not in pe.requirements.knockouts
    assert "availability.commitment" in pe.requirements.knockouts
    knockouts = text.split(squeeze("Knock-outs in force"))[1].split(squeeze("The user's own"))[0]
    assert squeeze("chosen by the user") in knockouts
    assert squeeze("two-factor authentication") not in knockouts


def test_thresholds_name_their_basis_for_every_criterion(overridden):
    pe, text = overridden
    for criterion in pe.catalogue.criteria:
        assert squeeze(criterion.basis.reference) in text, criterion.id
    p1 = pe.catalogue.criterion("support.p1_restoration")
    weight = format_number(pe.requirements.criterion_weights[p1.id], "en", 1)
    # the user's 2-hour target became the good line of that criterion
    assert squeeze(p1.question.en) + weight + squeeze("≤ 2 h") in text
