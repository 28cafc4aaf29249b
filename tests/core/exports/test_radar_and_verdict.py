"""The radar chart as SVG for the app, the logo on the cover, and the summary's wording in
the cases a reader must not misread: a clear winner, a close call, a tie."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from slaeval.errors import ExportError
from slaeval.exports import build_report, radar_svg
from slaeval.exports.context import ExportContext
from slaeval.exports.verdict import verdict
from slaeval.formatting import format_number
from slaeval.project import Project
from slaeval.project_evaluation import evaluate_project
from tests.core.exports.helpers import demo_offer, reader, renamed, with_offers

TODAY = date(2026, 11, 24)


def test_radar_svg_is_valid_and_names_every_offer(demo: Project) -> None:
    pe = evaluate_project(demo)
    svg = radar_svg(pe.evaluation, pe.catalogue, "fr")
    root = ElementTree.fromstring(svg)
    assert root.tag.endswith("svg")
    text = svg.decode("utf-8")
    for offer in demo.offers:
        assert offer.name in text
    assert "Nordlys Managed IT (K.O.)" in text
    assert "Sauvegardes" in text  # area labels in the chosen language
    assert "font-family: DejaVu Sans" in text and "SlaevalSans" not in text
    assert "clipPath" not in text and "clip-path" not in text  # QtSvg would drop the drawing


def test_radar_svg_with_no_offer_still_draws_the_axes(demo: Project) -> None:
    pe = evaluate_project(with_offers([]))
    root = ElementTree.fromstring(radar_svg(pe.evaluation, pe.catalogue, "en"))
    texts = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    for area in pe.catalogue.areas:  # a long label takes two lines
        assert area.label.en in texts, area.id


def test_logo_on_the_cover(demo: Project, tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (300, 100), (200, 30, 30)).save(logo)
    pdf = reader(build_report(demo, "en", logo=logo, today=TODAY))
    assert len(pdf.pages[0].images) == 1
    assert all(not page.images for page in pdf.pages[1:])  # the cover only


def _png_cut_short(folder: Path) -> Path:
    from PIL import Image

    whole = folder / "whole.png"
    Image.new("RGB", (300, 100), (200, 30, 30)).save(whole)
    cut = folder / "cut.png"
    cut.write_bytes(whole.read_bytes()[:-60])  # the header reads, the pixels do not
    return cut


@pytest.mark.parametrize("kind", ["text", "cut short", "missing"])
def test_a_logo_that_is_not_an_image_is_refused_in_both_languages(
    demo: Project, tmp_path: Path, kind: str
) -> None:
    if kind == "text":
        logo = tmp_path / "logo.png"
        logo.write_bytes(b"not an image")
    elif kind == "cut short":
        logo = _png_cut_short(tmp_path)
    else:
        logo = tmp_path / "nowhere.png"
    with pytest.raises(ExportError) as caught:
        build_report(demo, "en", logo=logo, today=TODAY)
    assert caught.value.text("en").startswith(f"Cannot read the logo: {logo}")
    french = caught.value.text("fr")
    assert french.startswith(("Logo illisible : ", "Logo introuvable : ")) and str(logo) in french


def test_clear_winner(demo: Project) -> None:
    said = verdict(ExportContext(demo, "en", TODAY))
    assert said.headline == "Recommendation: Fortis Infogérance"
    assert said.winner_id == "fortis"
    assert len(said.reasons) == 3


def test_tie_is_called_a_tie() -> None:
    twin = renamed(demo_offer("econet"), "EcoNet Twin", "twin")
    said = verdict(ExportContext(with_offers([demo_offer("econet"), twin]), "fr", TODAY))
    assert said.headline == "Pas de vainqueur net"
    assert said.winner_id is None
    assert "sont à égalité" in said.reasons[0]
    assert "quasi identiques" in said.reasons[1]


def test_close_call_says_where_each_leads() -> None:
    # A copy of EcoNet's answers that backs up everything: ahead on one area only.
    answers = {
        **demo_offer("econet").answers,
        "backup.scope": demo_offer("fortis").answers["backup.scope"],
    }
    better = renamed(demo_offer("econet"), "EcoNet Plus", "plus").model_copy(
        update={"answers": answers}
    )
    ctx = ExportContext(with_offers([demo_offer("econet"), better]), "en", TODAY)
    said = verdict(ctx)
    assert said.headline == "No clear winner"
    assert said.reasons[0] == (
        f"EcoNet Plus ({ctx.total_text('plus')}/100) and EcoNet Services (37.6/100) are only "
        f"{_shown_gap(ctx)} points apart."
    )
    assert said.reasons[1] == (
        "EcoNet Plus does better on Backups; EcoNet Services is not clearly ahead on any area."
    )
    assert said.reasons[2].startswith("Decide on cost (€37,740 against €37,740")


def _shown_gap(ctx: ExportContext) -> str:
    plus, base = (float(ctx.total_text(i)) for i in ("plus", "econet"))
    return format_number(round(plus - base, 1), "en", 1)
