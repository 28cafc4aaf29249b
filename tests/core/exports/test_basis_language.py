"""The basis of each criterion's default is printed in the document's language: in the method
appendix of the report, and by ``slaeval catalogue --json``."""

from __future__ import annotations

import json

import pytest

from slaeval.catalogue import load_catalogue
from slaeval.cli.main import main
from tests.core.exports.helpers import norm, pdf_pages

CRITERION = "backup.restore_tests"
FRENCH = (
    "pratique du marché : guides français de sauvegarde (tests de restauration au moins "
    "trimestriels)"
)
ENGLISH = "market practice: French backup guides: restore tests at least quarterly"


def _squeezed(text: str) -> str:
    return "".join(norm(text).split())


def _appendix(report: bytes, title: str) -> str:
    pages = pdf_pages(report)
    start = next(i for i, page in enumerate(pages) if title in norm(page))
    return _squeezed("\n".join(pages[start:]))


def test_the_french_report_gives_the_french_basis(report_fr: bytes) -> None:
    reference = load_catalogue().criterion(CRITERION).basis.reference
    appendix = _appendix(report_fr, "Seuils et origine des critères")
    assert _squeezed(FRENCH) in appendix
    assert _squeezed(reference.en) not in appendix
    for criterion in load_catalogue().criteria:  # every row, none left in English
        assert _squeezed(criterion.basis.reference.fr) in appendix, criterion.id


def test_the_english_report_gives_the_english_basis(report_en: bytes) -> None:
    reference = load_catalogue().criterion(CRITERION).basis.reference
    appendix = _appendix(report_en, "Thresholds and basis of each criterion")
    assert _squeezed(ENGLISH) in appendix
    assert _squeezed(reference.fr) not in appendix


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", "guides français de sauvegarde (tests de restauration au moins trimestriels)"),
        ("en", "French backup guides: restore tests at least quarterly"),
    ],
)
def test_catalogue_json_gives_the_reference_in_the_chosen_language(
    lang: str, expected: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalogue", "--json", "--lang", lang]) == 0
    criteria = {c["id"]: c for c in json.loads(capsys.readouterr().out)["criteria"]}
    assert criteria[CRITERION]["basis"] == {"kind": "market", "reference": expected}
    assert all(isinstance(c["basis"]["reference"], str) for c in criteria.values())
