"""The scored comparison report of the demo project, read back from the PDF: the ranks, totals
and costs of ``slaeval score --json``, both languages, fonts, pages, outline and metadata."""

from __future__ import annotations

import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from slaeval.cli.main import main
from slaeval.explain import STATUS_LABELS
from slaeval.formatting import format_money, format_number
from slaeval.report import build_diagnostic, build_report
from tests.core.report.conftest import TODAY
from tests.core.report.helpers import outline_titles, page_sizes, pdf_pages, poppler, squeeze


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.slaeval"
    assert main(["demo", str(path), "--lang", "en"]) == 0
    return path


def run_cli(capsys, *argv: str) -> str:
    capsys.readouterr()
    code = main(list(argv))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_ranks_and_totals_equal_score_json(demo_file, tmp_path, capsys, lang):
    score = json.loads(run_cli(capsys, "score", str(demo_file), "--json", "--lang", lang))
    out = tmp_path / f"report-{lang}.pdf"
    run_cli(capsys, "report", str(demo_file), "-o", str(out), "--lang", lang)
    pages = pdf_pages(out.read_bytes(), limit=4)  # cover, summary, ranking and chart
    chart_title = "Scores par domaine" if lang == "fr" else "Scores by area"
    ranking_page = next(p for p in pages if chart_title in p)
    out_word = "éliminée" if lang == "fr" else "knocked out"
    assert len(score["offers"]) == 4
    for offer in score["offers"]:
        rank = str(offer["rank"]) if offer["rank"] else out_word
        total = format_number(offer["total"], lang, 1)
        row = rf"^{re.escape(rank)}\n{re.escape(offer['name'])}\n\s*{re.escape(total)}$"
        assert re.search(row, ranking_page, re.M), (offer["name"], rank, total)
        cost = format_money(offer["costs"]["total_cost"], lang)
        assert squeeze(cost) in squeeze(ranking_page)
    winner = score["ranking"][0]
    headline = f"Recommandation : {winner}" if lang == "fr" else f"Recommendation: {winner}"
    assert squeeze(headline) in squeeze(pages[1])
    assert squeeze(score["sensitivity"]) in squeeze("".join(pages))


def test_every_offer_name_and_the_catalogue_version_appear(report_fr_pages, demo):
    text = squeeze("".join(report_fr_pages))
    for offer in demo.offers:
        assert squeeze(offer.name) in text
    assert "Versionducatalogue:2026.11" in text.replace("\xa0", "")


def test_both_languages_say_the_same_in_their_own_words(report_fr_pages, report_en_pages):
    fr, en = "".join(report_fr_pages), "".join(report_en_pages)
    for word in ("Synthèse", "Classement", "Annexe : méthode", "Sensibilité aux poids"):
        assert squeeze(word) in squeeze(fr) and squeeze(word) not in squeeze(en)
    for word in ("Executive summary", "Ranking", "Appendix: method", "Sensitivity to the weights"):
        assert squeeze(word) in squeeze(en) and squeeze(word) not in squeeze(fr)
    # French runs longer; the same sections give about the same number of pages.
    assert abs(len(report_fr_pages) - len(report_en_pages)) <= 2


def test_french_money_and_accents_survive_the_round_trip(report_fr_pages):
    text = "".join(report_fr_pages)
    assert "47\u202f900\xa0€" in text or "47 900 €" in text.replace("\u202f", " ").replace(
        "\xa0", " "
    )
    assert "Réversibilité" in text and "Sécurité" in text and "Coûts" in text


def test_status_symbols_print_so_black_and_white_still_reads(report_en_pages):
    text = "".join(report_en_pages)
    for symbol, _fr, _en in STATUS_LABELS.values():
        assert symbol in text


def test_fonts_are_embedded_and_nothing_falls_back_to_base14(report_fr, tmp_path):
    fonts = poppler("pdffonts", data=report_fr, tmp=tmp_path).splitlines()[2:]
    assert fonts, "no font listed"
    for line in fonts:
        name, *_rest = line.split()
        assert "DejaVuSans" in name, line
        assert " yes yes yes " in line, line  # embedded, subset, with a Unicode map


def test_page_count_is_sane_and_the_side_by_side_pages_are_landscape(report_fr, report_fr_pages):
    pages = report_fr_pages
    sizes = page_sizes(report_fr)
    assert 10 <= len(pages) <= 40
    assert sizes[0][0] < sizes[0][1]  # cover in portrait
    side = [i for i, p in enumerate(pages) if "Comparaison critère par critère" in p]
    assert side and all(sizes[i][0] > sizes[i][1] for i in side)
    for number, page in enumerate(pages[1:], start=2):
        assert f"Page {number} / {len(pages)}" in page


def test_outline_metadata_and_running_header(report_en, report_en_pages, demo):
    titles = outline_titles(report_en)
    for title in ("Executive summary", "Ranking", "Criterion by criterion", "Appendix: method"):
        assert title in titles
    info = PdfReader(io.BytesIO(report_en)).metadata
    assert info.title == demo.info.title
    assert info.author == demo.info.author
    header = f"{demo.info.title} — {demo.info.client}"
    assert all(header in page for page in report_en_pages[1:])


@pytest.mark.parametrize("document", ["report_fr", "checklist_en", "diagnostic"])
def test_every_page_renders_to_a_png(document, request, demo, tmp_path):
    if document == "diagnostic":
        data = build_diagnostic(demo, "fr", today=TODAY)
    else:
        data = request.getfixturevalue(document)
    source = tmp_path / "document.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-r", "20", "-png", str(source), str(tmp_path / "page")],
        check=True,
        timeout=120,
    )
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == len(PdfReader(io.BytesIO(data)).pages)
    for image in images:
        with Image.open(image) as png:
            colours = png.convert("L").getextrema()
            assert colours[0] < 128 < colours[1], f"{image.name} is blank"


def test_the_logo_goes_on_the_cover_and_a_bad_one_is_refused(demo, demo_pe, tmp_path):
    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (29, 78, 137)).save(logo)
    data = build_report(demo, "en", logo=logo, today=TODAY, evaluation=demo_pe)
    cover = PdfReader(io.BytesIO(data)).pages[0]
    assert cover.images, "no image on the cover"
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not an image")
    from slaeval.errors import ExportError

    with pytest.raises(ExportError, match="logo"):
        build_report(demo, "en", logo=broken, today=TODAY, evaluation=demo_pe)


def test_the_author_from_the_preferences_wins_over_the_project(demo, demo_pe):
    data = build_report(demo, "en", today=TODAY, author="Camille Martin", evaluation=demo_pe)
    assert "Camille Martin" in pdf_pages(data, limit=1)[0]
    assert PdfReader(io.BytesIO(data)).metadata.author == "Camille Martin"
