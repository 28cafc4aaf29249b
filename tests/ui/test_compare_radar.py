"""The radar of the area scores: every offer in colour when there are few; with many, the best
ranked and the offer picked in the table in colour over the others in grey."""

from PySide6.QtCore import QItemSelectionModel

from slaeval.demo import demo_project
from slaeval.ui.models.compare_model import FIRST_OFFER_COL
from tests.ui.page_projects import open_page, write


def crowded_project(count: int = 10):
    project = demo_project()
    offers = [
        offer.model_copy(update={"id": f"o{i}", "name": f"{offer.name} {i}"})
        for i in range(count)
        for offer in [project.offers[i % len(project.offers)]]
    ]
    return project.model_copy(update={"offers": tuple(offers)})


def test_few_offers_are_all_in_colour(window, demo_path):
    compare = open_page(window, demo_path, "compare")
    assert compare.radar.emphasised is None
    assert len(compare.radar.series) == 4


def test_many_offers_show_the_best_ranked_and_the_picked_one(window, tmp_path):
    compare = open_page(window, write(tmp_path, crowded_project()), "compare")
    results = window.state.evaluation.evaluation.offers
    radar = compare.radar
    assert len(radar.series) == 10
    ranks = [results[i].rank for i in radar.emphasised]
    assert ranks == sorted(r.rank for r in results if r.rank)[:5]
    knocked_out = next(i for i, r in enumerate(results) if r.rank is None)
    index = compare.proxy.index(5, FIRST_OFFER_COL + knocked_out)
    compare.table.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    assert radar.emphasised[-1] == knocked_out and len(radar.emphasised) == 6
    compare.tabs.setCurrentIndex(0)
    assert not radar.grab().isNull()
    assert radar.others_text.format(count=4) == "4 others, in grey"
