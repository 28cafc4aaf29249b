"""The Qt models behind Compare and Negotiate pass Qt's model checks, with real evaluations;
weight shares turn into raw weights that give exactly the share asked for."""

import pytest

from slaeval.demo import demo_project
from slaeval.formatting import format_money
from slaeval.project_evaluation import evaluate_project
from slaeval.ui.models.asks_filter import AsksFilter
from slaeval.ui.models.asks_model import AsksModel
from slaeval.ui.models.compare_filter import CompareFilter
from slaeval.ui.models.compare_model import CompareModel
from slaeval.ui.models.cost_model import MEASURES, CostModel
from slaeval.ui.models.weights import shares, weights_for_share


@pytest.fixture
def demo():
    project = demo_project()
    return project, evaluate_project(project)


def test_compare_model_and_its_filters(qtmodeltester, demo):
    project, pe = demo
    model = CompareModel()
    model.set_evaluation(pe, project.offers, "fr")
    qtmodeltester.check(model)
    proxy = CompareFilter()
    proxy.setSourceModel(model)
    proxy.sort(0)
    proxy.set_filters(differences_only=True, problems_only=True, by_weight=True)
    proxy.toggle_fold("security")
    qtmodeltester.check(proxy)
    model.set_evaluation(pe, project.offers[:2], "en")  # fewer offers: a reset
    qtmodeltester.check(proxy)
    model.set_evaluation(None, (), "en")
    assert model.rowCount() == 0 and model.columnCount() == 0


def test_cost_and_asks_models(qtmodeltester, demo):
    project, pe = demo
    costs = CostModel()
    costs.set_results(pe.evaluation.offers, "fr")
    qtmodeltester.check(costs)
    annual = costs.index(MEASURES.index("annual"), 0).data()
    first = pe.evaluation.offers[0].costs
    assert annual == format_money(first.total_cost / first.term_months * 12, "fr")
    asks = AsksModel()
    asks.set_offer(pe, project, project.offers[0].id, "fr")
    qtmodeltester.check(asks)
    assert asks.rowCount() == len(pe.evaluation.offers[0].asks)
    shown = AsksFilter()
    shown.setSourceModel(asks)
    shown.set_shown("knockout")
    qtmodeltester.check(shown)
    assert 0 < shown.rowCount() < asks.rowCount()


@pytest.mark.parametrize("share", [0.0, 12.5, 50.0, 90.0])
def test_weights_for_share_gives_the_share_asked_for(share):
    raw = {"a": 10.0, "b": 20.0, "c": 70.0}
    new = {**raw, **weights_for_share(raw, "b", share, ceiling=100.0)}
    assert shares(new)["b"] == pytest.approx(share, abs=0.01)
    assert max(new.values()) <= 100.0
    others = {k: v for k, v in shares(new).items() if k != "b"}
    assert others["c"] / others["a"] == pytest.approx(7.0, rel=1e-3)  # the others keep their ratio
