"""The spreadsheet export: three sheets (ranking, side by side, asks) with set column widths,
the figures of ``slaeval score --json``, literal user text."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from slaeval.report import build_xlsx
from slaeval.score_json import evaluation_to_dict
from tests.core.report.helpers import project_with, renamed

TRICKY = 'A&B <Services> "Ltd"'


@pytest.mark.parametrize(
    ("lang", "sheets"),
    [
        ("fr", ["Classement", "Côte à côte", "Demandes"]),
        ("en", ["Ranking", "Side by side", "Asks"]),
    ],
)
def test_three_sheets_with_readable_widths_and_bold_headers(demo, demo_pe, lang, sheets):
    book = load_workbook(io.BytesIO(build_xlsx(demo, lang, evaluation=demo_pe)))
    assert book.sheetnames == sheets
    for sheet in book.worksheets:
        widths = [sheet.column_dimensions[c.column_letter].width for c in sheet[1]]
        assert all(6 <= w <= 60 for w in widths), (sheet.title, widths)
        assert len(set(widths)) > 1  # fitted to the content, not one default
        assert all(cell.font.bold for cell in sheet[1])
        assert sheet.freeze_panes == "C2"


def test_ranking_and_asks_equal_the_score_json(demo, demo_pe):
    data = evaluation_to_dict(demo_pe.evaluation, demo_pe.catalogue, "en")
    book = load_workbook(io.BytesIO(build_xlsx(demo, "en", evaluation=demo_pe)))
    ranking = {row[1]: row for row in book["Ranking"].iter_rows(min_row=2, values_only=True)}
    for offer in data["offers"]:
        row = ranking[offer["name"]]
        assert row[0] == (offer["rank"] if offer["rank"] else "knocked out")
        assert row[2] == offer["total"]
        assert row[8] == offer["costs"]["total_cost"]
    asks = list(book["Asks"].iter_rows(min_row=2, values_only=True))
    assert len(asks) == sum(len(o["asks"]) for o in data["offers"])
    econet = [r for r in asks if r[0] == "EcoNet Services"]
    expected = next(o for o in data["offers"] if o["name"] == "EcoNet Services")["asks"]
    assert [r[2] for r in econet] == [a["criterion"] for a in expected]
    assert [r[8] for r in econet] == [a["demand"] for a in expected]


def test_side_by_side_has_one_row_per_criterion_and_two_columns_per_offer(demo, demo_pe):
    book = load_workbook(io.BytesIO(build_xlsx(demo, "fr", evaluation=demo_pe)))
    sheet = book["Côte à côte"]
    assert sheet.max_row == 1 + len(demo_pe.catalogue.criteria)
    assert sheet.max_column == 4 + 2 * len(demo.offers)
    statuses = {c.value for c in sheet["F"][1:]}
    assert statuses <= {
        "✔ bon",
        "~ acceptable",
        "✖ alerte",
        "? inconnu : à obtenir par écrit",
        "– sans objet",
    }


def test_user_text_and_an_empty_project(demo):
    project = project_with([renamed(demo.offer("econet"), "econet", TRICKY)], demo)
    book = load_workbook(io.BytesIO(build_xlsx(project, "en")))
    assert book["Ranking"]["B2"].value == TRICKY
    empty = load_workbook(io.BytesIO(build_xlsx(project_with([], demo), "en")))
    assert [s.max_row for s in empty.worksheets] == [1, 1 + 80, 1]
