"""The sentence under the comparison: close call, no ranked offer, one ranked offer, a flip."""

import pytest

from slaeval.demo import demo_project
from slaeval.explain import sensitivity_sentence
from slaeval.project_evaluation import evaluate_project


def _sentence(offers: tuple[int, ...], lang: str, twin: bool = False) -> str:
    project = demo_project()
    chosen = tuple(project.offers[i] for i in offers)
    if twin:
        copy = chosen[0].model_copy(update={"id": "twin", "name": "Twin"})
        chosen = (chosen[0], copy)
    pe = evaluate_project(project.model_copy(update={"offers": chosen}))
    return sensitivity_sentence(pe.evaluation, pe.catalogue, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("lang", "start"),
    [("en", "Close call: no clear winner"), ("fr", "Match serré : pas de vainqueur net")],
)
def test_two_equal_offers_are_a_close_call(lang, start):
    assert _sentence((0,), lang, twin=True).startswith(start)


def test_a_clear_winner_is_not_a_close_call():
    for lang in ("en", "fr"):
        text = _sentence((0, 1), lang)
        assert "Close call" not in text and "Match serré" not in text


def test_one_ranked_offer_has_nothing_to_compare():
    # Nordlys fails a K.O. in the demo, so only EcoNet is ranked.
    assert _sentence((0, 2), "en") == "Only one offer is ranked: nothing to compare it with."
    assert _sentence((0, 2), "fr").startswith("Une seule offre est classée")


def test_no_ranked_offer_is_said_plainly():
    assert _sentence((2,), "en") == "No ranked offer: every offer is knocked out or missing."
    assert _sentence((2,), "fr").startswith("Aucune offre classée")
