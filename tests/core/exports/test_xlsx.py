"""The spreadsheet export: one sheet per view, ranks and totals equal to the evaluation,
status symbols in the cells and columns wide enough to read."""

from __future__ import annotations

import io
from typing import Any

import pytest
from openpyxl import load_workbook

from slaeval.exports import build_xlsx
from slaeval.exports.xlsx import MAX_WIDTH, MIN_WIDTH
from slaeval.localized import Lang
from slaeval.project import Project
from slaeval.project_evaluation import evaluate_project
from slaeval.score_json import evaluation_to_dict
from tests.core.exports.helpers import demo_offer, renamed, with_offers

MARKUP = 'A&B <Services> "Ltd"'


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
        assert row[2] == offer["total"]
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
        assert all(cell.font.bold for cell in sheet[1]), sheet.title
        for letter, dimension in sheet.column_dimensions.items():
            assert MIN_WIDTH <= dimension.width <= MAX_WIDTH, (sheet.title, letter)
    assert side.column_dimensions["B"].width == MAX_WIDTH  # long questions get the widest
    assert ranking.column_dimensions["A"].width < 20


def test_french_sheet_names_and_empty_project(demo: Project) -> None:
    empty = demo.model_copy(update={"offers": ()})
    book = load_workbook(io.BytesIO(build_xlsx(empty, "fr")))
    assert book.sheetnames == ["Classement", "Côte à côte", "À négocier"]
    assert book["Classement"].max_row == 1


def _scored(project: Project, lang: Lang) -> dict[str, Any]:
    pe = evaluate_project(project)
    return evaluation_to_dict(pe.evaluation, pe.catalogue, lang)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_ranking_equals_score_json(demo: Project, lang: Lang) -> None:
    scored = _scored(demo, lang)
    sheet = load_workbook(io.BytesIO(build_xlsx(demo, lang))).worksheets[0]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    out = "éliminée" if lang == "fr" else "knocked out"
    assert [r[1] for r in rows[: len(scored["ranking"])]] == scored["ranking"]
    by_name = {r[1]: r for r in rows}
    assert len(by_name) == len(scored["offers"]) == 4
    for offer in scored["offers"]:
        row = by_name[offer["name"]]
        assert row[0] == (offer["rank"] or out)
        assert row[2] == offer["total"]  # every decimal, shown with one
        assert (row[4], row[5], row[6]) == (
            offer["costs"]["monthly"],
            offer["costs"]["term_months"],
            offer["costs"]["total_cost"],
        )
        assert list(row[7:]) == list(offer["areas"].values())
    assert sheet.cell(2, 3).number_format == "0.0"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_asks_equal_score_json_offer_by_offer_in_order(demo: Project, lang: Lang) -> None:
    pe = evaluate_project(demo)
    scored = _scored(demo, lang)
    sheet = load_workbook(io.BytesIO(build_xlsx(demo, lang))).worksheets[2]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    for offer in scored["offers"]:
        mine = [r for r in rows if r[0] == offer["name"]]
        assert [r[1] for r in mine] == list(range(1, len(offer["asks"]) + 1))
        questions = [
            pe.catalogue.criterion(a["criterion"]).question.get(lang) for a in offer["asks"]
        ]
        assert [r[2] for r in mine] == questions, offer["name"]
        assert [(r[5], r[6], r[7]) for r in mine] == [
            (a["demand"], a["fallback"], a["why"]) for a in offer["asks"]
        ]
        yes = "oui" if lang == "fr" else "yes"
        assert [r[3] == yes for r in mine] == [a["knockout"] for a in offer["asks"]]


def test_side_by_side_has_one_row_per_criterion_in_catalogue_order(demo: Project) -> None:
    pe = evaluate_project(demo)
    sheet = load_workbook(io.BytesIO(build_xlsx(demo, "fr")))["Côte à côte"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    questions = [r[1] for r in rows[:-1]]
    assert questions == [c.question.fr for c in pe.catalogue.criteria]
    assert rows[-1][1] == "Note /100"
    names = [c.value for c in sheet[1]][3:]
    assert names == [pe.evaluation.result(i).name for i in pe.evaluation.ranking] + [
        "Nordlys Managed IT"  # knocked out, last
    ]
    labels = {"✔", "~", "✖", "?", "–"}
    assert all(str(cell).split(" ")[0] in labels for row in rows[:-1] for cell in row[3:])


def test_user_text_is_kept_literally(demo: Project) -> None:
    project = with_offers([renamed(demo_offer("econet"), MARKUP, "econet")])
    book = load_workbook(io.BytesIO(build_xlsx(project, "en")))
    assert book["Ranking"]["B2"].value == MARKUP
    assert book["Side by side"]["D1"].value == MARKUP
    assert {r[0] for r in book["Asks"].iter_rows(min_row=2, values_only=True)} == {MARKUP}
