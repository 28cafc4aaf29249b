"""The comparison report says what ``slaeval score --json`` says: names, ranks, totals and
costs, in French and in English; its pages, fonts, outline and metadata are sound."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from slaeval.cli.main import main
from slaeval.formatting import format_money, format_number
from slaeval.localized import Lang
from tests.core.exports.helpers import norm, page_with, pdf_pages, raw_pages, reader, render_pngs

TITLES = {
    "fr": ("Synthèse", "Classement", "Côte à côte", "Alertes et inconnues", "Annexe : méthode"),
    "en": ("Executive summary", "Ranking", "Side by side", "Red flags and unknowns"),
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import contextlib
    import io

    project = tmp_path_factory.mktemp("score") / "demo.slaeval"
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(["demo", str(project)]) == 0
    return project


@pytest.fixture(scope="module")
def scored(demo_file: Path) -> dict[Lang, dict[str, object]]:
    """``slaeval score --json`` on the demo project, in both languages."""
    import contextlib
    import io

    out: dict[Lang, dict[str, object]] = {}
    for lang in ("fr", "en"):
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            assert main(["score", str(demo_file), "--json", "--lang", lang]) == 0
        out[lang] = json.loads(buffer.getvalue())
    return out


def _report(lang: Lang, report_fr: bytes, report_en: bytes) -> bytes:
    return report_fr if lang == "fr" else report_en


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ranking_table_equals_score_json(
    lang: Lang,
    scored: dict[Lang, dict[str, object]],
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Both through the command line: ``slaeval report`` against ``slaeval score --json``."""
    out = tmp_path / f"report-{lang}.pdf"
    assert main(["report", str(demo_file), "-o", str(out), "--lang", lang]) == 0
    ranking = page_with(raw_pages(out.read_bytes()), TITLES[lang][1])
    offers = scored[lang]["offers"]
    assert isinstance(offers, list) and len(offers) == 4
    rows = []
    for offer in offers:
        out = "éliminée" if lang == "fr" else "knocked out"
        rank = f"#{offer['rank']}" if offer["rank"] else out
        total = format_number(offer["total"], lang, 1)
        cost = norm(format_money(offer["costs"]["total_cost"], lang))
        row = next(line for line in ranking.splitlines() if offer["name"] in line)
        assert row.startswith(f"{rank} {offer['name']} {total} "), row
        assert cost in row
        rows.append((ranking.index(row), offer["name"]))
    ranked = [name for _, name in sorted(rows)][: len(scored[lang]["ranking"])]  # type: ignore[arg-type]
    assert ranked == scored[lang]["ranking"]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_summary_names_the_winner_and_the_knock_out(
    lang: Lang, scored: dict[Lang, dict[str, object]], report_fr: bytes, report_en: bytes
) -> None:
    summary = pdf_pages(_report(lang, report_fr, report_en))[1]
    winner = scored[lang]["ranking"][0]  # type: ignore[index]
    headline = "Recommandation : " if lang == "fr" else "Recommendation: "
    assert f"{headline}{winner}" in summary
    knocked = [o for o in scored[lang]["offers"] if o["knocked_out"]]  # type: ignore[attr-defined]
    assert knocked and all(o["name"] in summary for o in knocked)
    assert scored[lang]["sensitivity"] in summary.replace("\n", " ")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_sections_in_the_report_language(lang: Lang, report_fr: bytes, report_en: bytes) -> None:
    text = "\n".join(pdf_pages(_report(lang, report_fr, report_en)))
    for title in TITLES[lang]:
        assert title in text
    other = TITLES["en" if lang == "fr" else "fr"][0]
    assert other not in text


def test_page_count_sane_and_side_by_side_landscape(report_fr: bytes) -> None:
    pages = reader(report_fr).pages
    assert 8 <= len(pages) <= 30
    wide = [i for i, p in enumerate(pages) if p.mediabox.width > p.mediabox.height]
    assert wide, "the side-by-side table should be on landscape pages"
    texts = pdf_pages(report_fr)
    assert all("Critère" in texts[i] for i in wide)  # the header row repeats on each page
    assert f"Page 3 / {len(pages)}" in raw_pages(report_fr)[2]


def test_outline_and_metadata(report_en: bytes) -> None:
    pdf = reader(report_en)
    titles = []

    def walk(entries: list[object]) -> None:
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                titles.append((entry.title, pdf.get_destination_page_number(entry)))  # type: ignore[attr-defined]

    walk(pdf.outline)
    names = [t for t, _ in titles]
    assert names[:3] == ["Executive summary", "Ranking", "Scores by area"]
    pages = [p for _, p in titles]
    assert pages == sorted(pages) and pages[0] == 1 and pages[-1] > 5
    meta = pdf.metadata
    assert meta is not None
    assert meta.title.endswith("Menuiserie Lambert SAS")
    assert meta.author == "Cabinet Conseil Durand"


def test_fonts_embedded_and_special_characters_kept(report_fr: bytes) -> None:
    pdf = reader(report_fr)
    fonts: dict[str, bool] = {}
    for page in pdf.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            fonts[str(font["/BaseFont"])] = embedded
    assert fonts and all(fonts.values()), fonts  # no base-14 font that would not be embedded
    assert all("DejaVuSans" in name for name in fonts), fonts
    text = norm("\n".join(pdf_pages(report_fr)))
    for sample in ("€", "✔", "✖", "é", "à", "99,9 %", "47 900 €"):
        assert sample in text, sample


def test_every_page_renders_to_png(report_fr: bytes, tmp_path: Path) -> None:
    from PIL import Image

    pngs = render_pngs(report_fr, tmp_path)
    assert len(pngs) == len(reader(report_fr).pages)
    for png in pngs:
        with Image.open(png) as image:
            low, high = image.convert("L").getextrema()
        assert low < 128 < high, f"{png.name} looks blank"
