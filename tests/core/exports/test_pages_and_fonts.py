"""What every PDF export owes its reader whatever it says: fonts embedded (no base-14 fallback),
every page drawn, the running header and "Page N / M" on each page, the author who signs it,
the catalogue version and the status symbols that read in black and white."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaeval.explain import STATUS_LABELS
from slaeval.exports import build_checklist, build_diagnostic, build_report
from slaeval.project import Project
from tests.core.exports.conftest import TODAY
from tests.core.exports.helpers import norm, pdf_fonts, pdf_pages, raw_pages, reader, render_pngs

DOCUMENTS = ["report_fr", "report_en", "checklist_en", "diagnostic_fr"]

# The base-14 PDF fonts a viewer substitutes when a font is not embedded.
BASE14 = ("Helvetica", "Times", "Courier", "Symbol", "ZapfDingbats")


@pytest.mark.parametrize("name", DOCUMENTS)
def test_fonts_embedded_and_nothing_falls_back_to_base14(
    name: str, request: pytest.FixtureRequest
) -> None:
    fonts = pdf_fonts(request.getfixturevalue(name))
    assert fonts, "pdffonts lists no font"
    for font in fonts:
        assert not font["name"].startswith(BASE14), font
        assert "DejaVuSans" in font["name"], font
        assert font["type"] == "TrueType", font
        assert (font["emb"], font["sub"], font["uni"]) == ("yes", "yes", "yes"), font


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_page_renders_and_none_is_blank(
    name: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    from PIL import Image

    data = request.getfixturevalue(name)
    pngs = render_pngs(data, tmp_path)
    assert len(pngs) == len(reader(data).pages)
    for png in pngs:
        with Image.open(png) as image:
            low, high = image.convert("L").getextrema()
        assert low < 128 < high, f"{png.name} looks blank"


@pytest.mark.parametrize(
    ("name", "title", "first"),
    [
        ("report_fr", "Comparaison des offres d'infogérance", 2),  # the cover has no header
        ("report_en", "Managed IT services: comparison", 2),
        ("checklist_en", "Negotiation checklist", 1),
        ("diagnostic_fr", "Diagnostic des besoins informatiques", 1),
    ],
)
def test_running_header_and_page_numbers_on_every_page(
    name: str, title: str, first: int, demo: Project, request: pytest.FixtureRequest
) -> None:
    pages = raw_pages(request.getfixturevalue(name))
    header = f"{title} — {demo.info.client}"
    for number, page in enumerate(pages, start=1):
        if number < first:
            assert header not in page and "Page 1 /" not in page
            continue
        assert header in page, number
        assert f"Page {number} / {len(pages)}" in page, number


def test_the_author_given_wins_over_the_project_on_the_cover_and_in_the_metadata(
    demo: Project,
) -> None:
    assert demo.info.author == "Cabinet Conseil Durand"
    data = build_report(demo, "en", author="Camille Martin", today=TODAY)
    cover = pdf_pages(data)[0]
    assert "Camille Martin" in cover and "Cabinet Conseil Durand" not in cover
    metadata = reader(data).metadata
    assert metadata is not None and metadata.author == "Camille Martin"


@pytest.mark.parametrize("given", [None, "", "   "])
def test_no_author_given_keeps_the_project_author(demo: Project, given: str | None) -> None:
    data = build_report(demo, "fr", author=given, today=TODAY)
    assert "Cabinet Conseil Durand" in pdf_pages(data)[0]
    metadata = reader(data).metadata
    assert metadata is not None and metadata.author == "Cabinet Conseil Durand"


def test_the_checklist_and_diagnostic_take_the_author_too(demo: Project) -> None:
    for data in (
        build_checklist(demo, "fr", "fortis", author="Camille Martin", today=TODAY),
        build_diagnostic(demo, "en", author="Camille Martin", today=TODAY),
    ):
        assert "Camille Martin" in pdf_pages(data)[0]
        metadata = reader(data).metadata
        assert metadata is not None and metadata.author == "Camille Martin"


def test_catalogue_version_and_every_status_symbol_are_printed(
    report_fr: bytes, report_en: bytes
) -> None:
    french = norm("\n".join(pdf_pages(report_fr)))
    assert "catalogue 2026.11" in french and "version 2026.11" in french
    english = "\n".join(pdf_pages(report_en))
    for symbol, fr, en in STATUS_LABELS.values():
        assert f"{symbol} {en.split(':')[0]}" in english, symbol  # the legend
        assert f"{symbol} {fr.split(':')[0].strip()}" in french, symbol


def test_both_languages_give_about_the_same_number_of_pages(
    report_fr: bytes, report_en: bytes
) -> None:
    fr, en = len(reader(report_fr).pages), len(reader(report_en).pages)
    assert abs(fr - en) <= 2, (fr, en)  # French runs longer, the sections are the same
