"""The weight change that flips the winner, on a case solvable by hand."""

import pytest

from slaeval.sensitivity import analyse_sensitivity


def test_flip_point_of_a_two_area_example():
    # A: support 100, security 0. B: support 0, security 100. Weights 60/40 -> A wins 60-40.
    # B wins once security passes 50 % of the weight.
    scores = {"a": {"support": 100.0, "security": 0.0}, "b": {"support": 0.0, "security": 100.0}}
    result = analyse_sensitivity(
        ["a", "b"], {"a": 60.0, "b": 40.0}, scores, {"support": 60.0, "security": 40.0}
    )
    flips = {f.area: f for f in result.flips}
    assert flips["security"].flip_share == pytest.approx(50)
    assert flips["security"].winner == "b"
    assert flips["support"].flip_share == pytest.approx(50)
    assert not result.close_call
    assert result.margin == pytest.approx(20)


def test_dominant_offer_cannot_be_flipped_and_close_call_is_flagged():
    scores = {"a": {"support": 80.0, "security": 80.0}, "b": {"support": 78.0, "security": 77.0}}
    result = analyse_sensitivity(
        ["a", "b"], {"a": 80.0, "b": 77.6}, scores, {"support": 60.0, "security": 40.0}
    )
    assert result.flips == ()
    assert set(result.stable_areas) == {"support", "security"}
    assert result.close_call


def test_single_offer_has_nothing_to_flip():
    result = analyse_sensitivity(["a"], {"a": 50.0}, {"a": {"support": 50.0}}, {"support": 1.0})
    assert result.flips == () and not result.close_call
