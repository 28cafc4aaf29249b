"""Reports for awkward projects: no offer, one offer, only knocked-out offers, eight offers
with long names, markup characters in user text. Each still builds and says what it is."""

from __future__ import annotations

import re

import pytest

from slaeval.project import Project, ProjectInfo
from slaeval.report import build_checklist, build_diagnostic, build_report
from tests.core.report.conftest import TODAY
from tests.core.report.helpers import (
    bare_project,
    page_sizes,
    pdf_pages,
    poppler,
    project_with,
    renamed,
    squeeze,
)

TRICKY = 'A&B <Services> "Ltd"'
MARGIN = 16 * 72 / 25.4  # the report's page margin, in points


def offer(demo: Project, offer_id: str):
    return demo.offer(offer_id)


def test_no_offer_gives_a_short_report_that_says_so(demo):
    data = build_report(project_with([], demo), "en", today=TODAY)
    pages = pdf_pages(data)
    text = "".join(pages)
    assert "No offer to compare" in text
    assert "No offer in this project." in text
    assert "No ranked offer: every offer is knocked out or missing." in text
    assert 3 <= len(pages) <= 10
    assert "Appendix: method" in text  # the requirements still explain themselves


def test_one_offer_is_shown_as_the_only_one_left(demo):
    data = build_report(project_with([offer(demo, "fortis")], demo), "fr", today=TODAY)
    text = "".join(pdf_pages(data))
    assert "Seule offre retenue : Fortis Infogérance" in text
    assert "Une seule offre est classée : pas de comparaison possible." in text


def test_only_knocked_out_offers_say_that_none_passes(demo):
    nordlys = offer(demo, "nordlys")
    twin = renamed(nordlys, "nordlys2", "Nordlys Bis")
    data = build_report(project_with([nordlys, twin], demo), "en", today=TODAY)
    pages = pdf_pages(data)
    text = "".join(pages)
    assert "No offer passes the knock-outs" in text
    assert "All 2 offers fail at least one knock-out criterion." in text
    ranking = next(p for p in pages if "Scores by area" in p)
    assert len(re.findall(r"^knocked out$", ranking, re.M)) == 2


def test_markup_characters_in_user_text_print_literally(demo, tmp_path):
    project = project_with([renamed(offer(demo, "econet"), "econet", TRICKY)], demo)
    project = project.model_copy(
        update={"info": ProjectInfo(title="R&D <b>bold</b>", client="Dupont & Fils <SA>")}
    )
    report = build_report(project, "en", today=TODAY, author="O'Brien & <Co>")
    text = "".join(pdf_pages(report))
    assert TRICKY in text
    assert "R&D <b>bold</b>" in text and "Dupont & Fils <SA>" in text
    assert "O'Brien & <Co>" in text
    assert TRICKY in poppler("pdftotext", data=report, tmp=tmp_path)
    checklist = "".join(pdf_pages(build_checklist(project, "fr", TRICKY, today=TODAY)))
    assert TRICKY in checklist
    assert "Dupont & Fils <SA>" in "".join(pdf_pages(build_diagnostic(project, "en")))


LONG_NAMES = [
    "Société Européenne d'Infogérance et de Services Managés pour les Petites Entreprises",
    "Groupement d'Intérêt Économique des Prestataires Informatiques du Grand Ouest Atlantique",
    "Northern Lights Managed Infrastructure, Cloud Hosting and Cybersecurity Services Limited",
    "Ü" * 120,  # one word far wider than any column
    "Compagnie Générale de Maintenance, d'Astreinte et de Supervision des Réseaux",
    "EcoNet",
    "Services Informatiques Professionnels de Proximité — Agence de Clermont-Ferrand Sud",
    "International Business Continuity & Disaster Recovery Partners (Europe) GmbH",
]


@pytest.fixture(scope="module")
def eight_offers(demo) -> bytes:
    sources = [o for o in demo.offers]
    offers = [
        renamed(sources[i % len(sources)], f"o{i}", name) for i, name in enumerate(LONG_NAMES)
    ]
    return build_report(project_with(offers, demo), "fr", today=TODAY)


@pytest.fixture(scope="module")
def eight_pages(eight_offers) -> list[str]:
    return pdf_pages(eight_offers)


def test_a_tie_is_called_a_tie(eight_pages):
    summary = eight_pages[1]
    assert squeeze("EcoNet et Groupement d'Intérêt") in squeeze(summary)
    assert "sont à égalité (99,9/100)" in summary.replace("\n", " ")


def test_eight_offers_with_long_names_all_print(eight_pages):
    text = squeeze("".join(eight_pages))
    for name in LONG_NAMES:
        assert squeeze(name) in text, name


def test_eight_offers_split_the_side_by_side_into_landscape_tables(eight_offers, eight_pages):
    pages = eight_pages
    sizes = page_sizes(eight_offers)
    side = [i for i, p in enumerate(pages) if re.search(r"Offres [15] à [48] sur 8", p)]
    assert side, "the side-by-side table is not split in two groups of four"
    assert all(sizes[i][0] > sizes[i][1] for i in side)


def test_no_text_runs_past_the_page_margins(eight_offers, tmp_path):
    html = poppler("pdftotext", "-bbox", data=eight_offers, tmp=tmp_path)
    pages = re.split(r"<page ", html)[1:]
    assert len(pages) == len(page_sizes(eight_offers))
    for number, page in enumerate(pages, start=1):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))
        for x_min, x_max in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', page
        ):
            assert float(x_min) >= MARGIN - 1, (number, x_min)
            assert float(x_max) <= width - MARGIN + 1, (number, x_max)


def test_a_bare_project_exports_all_three_documents():
    project = bare_project()
    report = "".join(pdf_pages(build_report(project, "fr", today=TODAY)))
    assert "Aucune offre à comparer" in report and "client non renseigné" in report
    diagnostic = "".join(pdf_pages(build_diagnostic(project, "en", today=TODAY)))
    assert squeeze("not answered") in squeeze(diagnostic)
    assert "Questionnaire not complete (0 of 10 signs answered)" in diagnostic
    assert "No warning sign found: nothing urgent." in diagnostic
    assert "Not worked out yet" in diagnostic
    checklist = "".join(pdf_pages(build_checklist(project, "en", today=TODAY)))
    assert "No offer in this project." in checklist
