"""Golden text: for fixed inputs and a fixed date, the documents read exactly as recorded.

After a deliberate change, regenerate with ``SLAEVAL_UPDATE_GOLDEN=1 pytest tests/core/exports``
and read the diff before committing it.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from slaeval.exports import build_report
from slaeval.formatting import format_date
from slaeval.project import Project
from tests.core.exports.conftest import TODAY
from tests.core.exports.helpers import raw_pages

GOLDEN = Path(__file__).parent / "golden"


def _text(data: bytes) -> str:
    return "\f\n".join(raw_pages(data))


@pytest.mark.parametrize("name", ["report_fr", "report_en", "checklist_en", "diagnostic_fr"])
def test_matches_golden(name: str, request: pytest.FixtureRequest) -> None:
    text = _text(request.getfixturevalue(name))
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("SLAEVAL_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_only_the_date_changes_with_the_day(demo: Project, report_en: bytes) -> None:
    other_day = date(2027, 3, 5)
    again = _text(build_report(demo, "en", today=TODAY))
    later = _text(build_report(demo, "en", today=other_day))
    assert again == _text(report_en)
    assert later != again
    assert later.replace(format_date(other_day, "en"), "DATE") == again.replace(
        format_date(TODAY, "en"), "DATE"
    )


def test_same_inputs_give_the_same_bytes(demo: Project, report_fr: bytes) -> None:
    assert build_report(demo, "fr", today=TODAY) == report_fr


def test_the_golden_texts_are_not_empty_shells() -> None:
    paths = sorted(GOLDEN.glob("*.txt"))
    assert [p.stem for p in paths] == ["checklist_en", "diagnostic_fr", "report_en", "report_fr"]
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert len(text) > 2000 and "\f" in text, path.name
