"""Reports that still make sense with no offer, one offer, only knocked-out offers, eight
offers with long names, and user text full of markup characters."""

from __future__ import annotations

from datetime import date

import pytest

from slaeval.diagnostic_model import Diagnostic
from slaeval.exports import build_checklist, build_diagnostic, build_report, radar_svg
from slaeval.exports.context import ExportContext
from slaeval.project import Project, ProjectInfo
from slaeval.project_evaluation import evaluate_project
from tests.core.exports.helpers import (
    LONG_NAMES,
    demo_offer,
    eight_long_offers,
    norm,
    pdf_pages,
    raw_pages,
    reader,
    renamed,
    text_right_edges,
    with_offers,
)

TODAY = date(2026, 11, 24)
MARKUP = 'A&B <Services> "Ltd"'


def _text(data: bytes) -> str:
    return norm("\n".join(pdf_pages(data)))


@pytest.mark.parametrize(
    ("lang", "says"),
    [("fr", "Aucune offre à comparer"), ("en", "No offer to compare")],
)
def test_no_offer_report_says_so(lang: str, says: str) -> None:
    data = build_report(with_offers([]), lang, today=TODAY)  # type: ignore[arg-type]
    text = _text(data)
    assert says in text
    appendix, side = (
        ("Annexe : méthode", "Côte à côte")
        if lang == "fr"
        else ("Appendix: method", "Side by side")
    )
    assert appendix in text  # the requirements still serve as a brief
    assert side not in text  # no empty tables
    assert len(reader(data).pages) >= 4
    checklist = _text(build_checklist(with_offers([]), lang, today=TODAY))  # type: ignore[arg-type]
    assert ("aucune offre" if lang == "fr" else "no offer") in checklist


def test_one_offer_is_the_only_one_left() -> None:
    data = build_report(with_offers([demo_offer("fortis")]), "en", today=TODAY)
    summary = pdf_pages(data)[1]
    assert "Only offer left: Fortis Infogérance" in summary
    assert "#1 Fortis Infogérance 99.9" in "\n".join(raw_pages(data))


def test_only_knocked_out_offers() -> None:
    second = renamed(demo_offer("nordlys"), "Nordlys Bis", "nordlys2")
    data = build_report(with_offers([demo_offer("nordlys"), second]), "fr", today=TODAY)
    summary = pdf_pages(data)[1]
    assert "Aucune offre recevable" in summary
    assert "Les 2 offres échouent toutes" in summary
    assert "Recommandation" not in summary
    ranking = "\n".join(raw_pages(data))
    assert "éliminée Nordlys Managed IT 47,4" in ranking
    assert "éliminée Nordlys Bis 47,4" in ranking


def test_markup_in_user_text_prints_literally() -> None:
    project = with_offers([renamed(demo_offer("econet"), MARKUP, "econet"), demo_offer("fortis")])
    info = project.info.model_copy(update={"client": "Dupont & Fils <SARL>", "author": "<b>X</b>"})
    project = project.model_copy(update={"info": info})
    report = _text(build_report(project, "en", today=TODAY))
    assert MARKUP in report
    assert "Dupont & Fils <SARL>" in report
    assert "<b>X</b>" in report
    assert "Recommendation: Fortis Infogérance" in report
    checklist = _text(build_checklist(project, "en", MARKUP, today=TODAY))
    assert MARKUP in checklist
    pe = evaluate_project(project)
    svg = radar_svg(pe.evaluation, pe.catalogue, "en").decode("utf-8")
    assert "A&amp;B &lt;Services&gt;" in svg


def test_eight_long_names_fit_within_the_pages() -> None:
    data = build_report(eight_long_offers(), "fr", today=TODAY)
    pdf = reader(data)
    pages = pdf_pages(data)
    text = norm(" ".join(pages)).replace("\n", " ")
    for name in LONG_NAMES:
        # names may wrap in narrow columns, but every word is printed
        assert all(word in text for word in name.split() if len(word) < 20), name
    assert "Sixième Sens Informatique & Associés <Infogérance>" in text
    for index in range(len(pdf.pages)):
        width, runs = text_right_edges(data, index)
        overflow = [(t, edge) for t, edge in runs if edge > width - 20]
        assert not overflow, (index + 1, overflow[:3])
    assert pages[1].count("Synthèse") == 1 and "Classement" in pages[2]  # summary: one page
    wide = [p for p in pdf.pages if p.mediabox.width > p.mediabox.height]
    assert wide and len(pdf.pages) < 40


def test_more_than_eight_offers_split_the_side_by_side_table() -> None:
    project = eight_long_offers()
    extra = renamed(demo_offer("fortis"), "Neuvième Prestataire", "ninth")
    project = project.model_copy(update={"offers": (*project.offers, extra)})
    pages = raw_pages(build_report(project, "en", today=TODAY))
    text = "\n".join(pages)
    assert "Part 1 / 2" in text and "Part 2 / 2" in text
    part_one = text[text.index("Part 1 / 2") : text.index("Part 2 / 2")].replace("\n", " ")
    part_two = text[text.index("Part 2 / 2") : text.index("Red flags and unknowns\n")]
    part_two = part_two.replace("\n", " ")
    assert "Neuvième Prestataire" in part_one  # ranked among the best, so in the first part
    last = ExportContext(project, "en", TODAY).ordered[-1].name  # knocked out, lowest
    assert last in part_two and last not in part_one
    assert "Neuvième Prestataire" not in part_two
    assert "The chart shows the first 8 offers." in text


def test_a_bare_project_exports_all_three_documents() -> None:
    """Nothing answered, no offer, no client: each document still says where things stand."""
    bare = Project(info=ProjectInfo(title="Projet vide"), diagnostic=Diagnostic())
    report = _text(build_report(bare, "fr", today=TODAY))
    assert "Aucune offre à comparer" in report and "Annexe : méthode" in report
    assert "Éliminations (K.O.)" not in report  # nothing to knock out
    diagnostic = " ".join(_text(build_diagnostic(bare, "en", today=TODAY)).split())
    assert "Questionnaire incomplete: 0 of 10 signs answered" in diagnostic
    assert "No warning sign found" in diagnostic and "Not priced" in diagnostic
    checklist = _text(build_checklist(bare, "en", today=TODAY))
    assert "This project holds no offer: there is nothing to negotiate yet." in checklist


def test_markup_in_the_author_given_prints_literally() -> None:
    project = with_offers([demo_offer("fortis")])
    cover = pdf_pages(build_report(project, "en", author="O'Brien & <Co>", today=TODAY))[0]
    assert "O'Brien & <Co>" in cover
    diagnostic = pdf_pages(build_diagnostic(project, "fr", author="O'Brien & <Co>", today=TODAY))
    assert "O'Brien & <Co>" in diagnostic[0]
