"""Golden text: for fixed inputs the exports read exactly as stored, apart from their date.

The stored texts are under ``golden/``. After an intended change to a report, the catalogue
or the sample offers, regenerate them and review the diff:

    SLAEVAL_REGEN_GOLDEN=1 python -m pytest tests/core/report/test_golden_text.py
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from slaeval.formatting import format_date
from slaeval.report import build_diagnostic, build_report
from tests.core.report.conftest import TODAY
from tests.core.report.helpers import pdf_pages

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = os.environ.get("SLAEVAL_REGEN_GOLDEN") == "1"


def check_golden(name: str, pages: list[str]) -> None:
    text = "\f".join(pages)
    path = GOLDEN / f"{name}.txt"
    if REGENERATE:
        path.write_text(text, encoding="utf-8")
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from {path}; see the module docstring"


def test_report_fr_matches_its_golden_text(report_fr_pages):
    check_golden("report_fr", report_fr_pages)


def test_report_en_matches_its_golden_text(report_en_pages):
    check_golden("report_en", report_en_pages)


def test_checklist_en_matches_its_golden_text(checklist_en):
    check_golden("checklist_en", pdf_pages(checklist_en))


def test_diagnostic_fr_matches_its_golden_text(demo):
    check_golden("diagnostic_fr", pdf_pages(build_diagnostic(demo, "fr", today=TODAY)))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_only_the_date_changes_from_one_day_to_the_next(demo, demo_pe, request, lang):
    first = request.getfixturevalue(f"report_{lang}")
    other_day = date(2027, 3, 5)
    second = build_report(demo, lang, today=other_day, evaluation=demo_pe)
    assert first != second
    a = "".join(request.getfixturevalue(f"report_{lang}_pages"))
    b = "".join(pdf_pages(second)).replace(format_date(other_day, lang), "<date>")
    a = a.replace(format_date(TODAY, lang), "<date>")
    assert a == b and "<date>" in a


def test_same_inputs_give_the_same_bytes(demo, demo_pe, report_fr):
    assert build_report(demo, "fr", today=TODAY, evaluation=demo_pe) == report_fr


def test_the_golden_texts_are_not_empty_shells():
    for path in GOLDEN.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert len(text) > 2000 and "\f" in text, path.name
