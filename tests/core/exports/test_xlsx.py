"""The spreadsheet export: one sheet per view, ranks and totals equal to the evaluation,
status symbols in the cells and columns wide enough to read."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from slaeval.exports import build_xlsx
from slaeval.exports.xlsx import MAX_WIDTH, MIN_WIDTH
from slaeval.project import Project
from slaeval.project_evaluation import evaluate_project
from slaeval.score_json import evaluation_to_dict


def test_sheets_values_and_widths(demo: Project) -> None:
    book = load_workbook(io.BytesIO(build_xlsx(demo, "en")))
    assert book.sheetnames == ["Ranking", "Side by side", "Asks"]
    pe = evaluate_project(demo)
    scored = evaluation_to_dict(pe.evaluation, pe.catalogue, "en")
    ranking = book["Ranking"]
    rows = {row[1]: row for row in ranking.iter_rows(min_row=2, values_only=True)}
    for offer in scored["offers"]:
        row = rows[offer["name"]]
        assert row[0] == (offer["rank"] or "knocked out")
        assert row[2] == round(offer["total"], 1)
        assert row[6] == offer["costs"]["total_cost"]
    side = book["Side by side"]
    assert side.max_row == len(pe.catalogue.criteria) + 2  # header, criteria, total
    assert side.cell(2, 4).value.split(" ")[0] in {"✔", "~", "✖", "?", "–"}
    asks = book["Asks"]
    assert asks.max_row - 1 == sum(len(o["asks"]) for o in scored["offers"])
    first = next(o for o in scored["offers"] if o["name"] == asks.cell(2, 1).value)
    assert first["rank"] == 1  # offers in rank order, asks in priority order
    assert asks.cell(2, 6).value == first["asks"][0]["demand"]
    for sheet in book:
        assert sheet.freeze_panes is not None
        for letter, dimension in sheet.column_dimensions.items():
            assert MIN_WIDTH <= dimension.width <= MAX_WIDTH, (sheet.title, letter)
    assert side.column_dimensions["B"].width == MAX_WIDTH  # long questions get the widest
    assert ranking.column_dimensions["A"].width < 20


def test_french_sheet_names_and_empty_project(demo: Project) -> None:
    empty = demo.model_copy(update={"offers": ()})
    book = load_workbook(io.BytesIO(build_xlsx(empty, "fr")))
    assert book.sheetnames == ["Classement", "Côte à côte", "À négocier"]
    assert book["Classement"].max_row == 1
