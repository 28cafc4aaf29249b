"""The method appendix: each of the user's overrides next to what the diagnostic suggested,
the must-haves (K.O.) in force as the overrides leave them, and every criterion's thresholds
with the basis of its default."""

from __future__ import annotations

import pytest

from slaeval.exports import build_report
from slaeval.formatting import format_number
from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.project_evaluation import ProjectEvaluation, evaluate_project
from tests.core.exports.conftest import TODAY
from tests.core.exports.helpers import norm, raw_pages

OVERRIDES = {
    "area_weight:security": 30.0,
    "criterion_weight:backup.scope": 3.0,
    "knockout:security.mfa": False,
    "knockout:availability.commitment": True,
    "target:support.p1_restoration": 120.0,
    "target:availability.commitment": None,
    "round_the_clock": True,
}


def _appendix(project: Project, lang: Lang) -> list[str]:
    """The appendix's lines (``pdftotext -raw``: one table row a line where it fits)."""
    pages = raw_pages(build_report(project, lang, today=TODAY))
    title = "Annexe : méthode" if lang == "fr" else "Appendix: method"
    start = next(i for i, p in enumerate(pages) if title in p.splitlines())
    return norm("\n".join(pages[start:])).splitlines()


@pytest.fixture(scope="module")
def overridden(demo: Project) -> tuple[ProjectEvaluation, dict[Lang, list[str]]]:
    project = demo.model_copy(update={"overrides": OVERRIDES})
    lines: dict[Lang, list[str]] = {"fr": _appendix(project, "fr"), "en": _appendix(project, "en")}
    return evaluate_project(project), lines


def _section(lines: list[str], title: str, end: str) -> list[str]:
    start = lines.index(title)
    return lines[start + 1 : lines.index(end, start)]


def test_each_override_is_listed_with_the_suggested_and_chosen_value(
    overridden: tuple[ProjectEvaluation, dict[Lang, list[str]]],
) -> None:
    pe, lines = overridden
    rows = _section(lines["en"], "Your changes", "Thresholds and basis of each criterion")
    text = " ".join(rows)
    suggested = format_number(float(pe.derived.area_weights["security"].value or 0), "en", 1)
    assert f"Area weight — Security {suggested} 30" in text
    assert "Criterion weight — Is everything backed up" in text
    assert "Must-have (K.O.) — Are all the provider's accounts" in text
    assert "Round-the-clock service no yes" in text  # the demo's office hours suggest no
    assert "99.9% (43 min/month) none (removed)" in text
    assert "Target (good level) — Blocking incident (P1): how fast does the provider" in text
    assert "8 h 2 h" in text  # suggested 8 h from the cost of downtime, chosen 2 h
    assert len([r for r in rows if " — " in r or r.startswith("Round-the-clock")]) == len(OVERRIDES)
    french = " ".join(_section(lines["fr"], "Vos modifications", "Seuils et origine des critères"))
    assert "Service 24 h/24 non oui" in french and "aucune (retirée)" in french


def test_no_override_says_the_suggestions_apply(report_en: bytes, report_fr: bytes) -> None:
    assert "None: the values suggested by the diagnostic apply as they are." in "\n".join(
        raw_pages(report_en)
    )
    assert "Aucune : les valeurs suggérées par le diagnostic s'appliquent telles quelles." in (
        norm("\n".join(raw_pages(report_fr)))
    )


def test_knockouts_in_force_follow_the_overrides(
    overridden: tuple[ProjectEvaluation, dict[Lang, list[str]]],
) -> None:
    pe, lines = overridden
    assert "security.mfa" not in pe.requirements.knockouts
    assert "availability.commitment" in pe.requirements.knockouts
    rows = _section(lines["en"], "Must-have criteria (K.O.)", "Targets from the diagnostic")
    squeezed = "".join("".join(rows).split())
    for cid in pe.derived.knockouts:  # every criterion that may be a must-have has its row
        question = "".join(pe.catalogue.criterion(cid).question.en.split())
        after = squeezed[squeezed.index(question) + len(question) :]
        in_force = cid in pe.requirements.knockouts
        assert after.startswith("✖yes" if in_force else "no"), cid
        if f"knockout:{cid}" in OVERRIDES:
            suggested = "yes" if pe.derived.knockouts[cid].value else "no"
            assert after[:40].find(f"yourchoice(suggested:{suggested})") > 0, cid
    changes = " ".join(
        _section(lines["en"], "Your changes", "Thresholds and basis of each criterion")
    )
    assert "(MFA)? yes no" in changes and "runs? no yes" in changes  # suggested, chosen


def test_thresholds_name_their_basis_for_every_criterion(
    overridden: tuple[ProjectEvaluation, dict[Lang, list[str]]],
) -> None:
    pe, lines = overridden
    title = "Thresholds and basis of each criterion"
    squeezed = "".join("".join(lines["en"][lines["en"].index(title) :]).split())
    position = 0
    for criterion in pe.catalogue.criteria:
        found = squeezed.find("".join(criterion.basis.reference.en.split()), position)
        assert found >= 0, criterion.id  # in catalogue order, one row each
        position = found
    # The user's 2-hour target became the good line of that criterion.
    p1 = squeezed[
        squeezed.index(
            "".join(pe.catalogue.criterion("support.p1_restoration").question.en.split())
        ) :
    ]
    assert p1[:200].find("✔2h") >= 0
