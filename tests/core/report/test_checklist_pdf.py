"""The negotiation checklist: every ask of ``slaeval score --json`` in its order, with the
demand, the fallback, the current value and the state recorded in the project."""

from __future__ import annotations

import pytest

from slaeval.errors import InputError
from slaeval.offers import Answer
from slaeval.project import Negotiation
from slaeval.report import build_checklist
from slaeval.score_json import evaluation_to_dict
from tests.core.report.conftest import TODAY
from tests.core.report.helpers import page_sizes, pdf_pages, squeeze


@pytest.fixture(scope="module")
def negotiated(demo):
    talks = {
        "econet": {
            "reversibility.any_cause": Negotiation(
                state="obtained", reply="Yes, amendment <2> & annex", note="check the PDF"
            ),
            "security.mfa": Negotiation(state="refused", reply="No"),
        }
    }
    return demo.model_copy(update={"negotiation": talks})


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_ask_is_listed_in_order_with_demand_and_fallback(demo, demo_pe, lang):
    data = build_checklist(demo, lang, "EcoNet Services", today=TODAY, evaluation=demo_pe)
    text = squeeze("".join(pdf_pages(data)))
    offer = next(
        o
        for o in evaluation_to_dict(demo_pe.evaluation, demo_pe.catalogue, lang)["offers"]
        if o["name"] == "EcoNet Services"
    )
    assert len(offer["asks"]) > 10
    position = 0
    for ask in offer["asks"]:
        found = text.find(squeeze(ask["demand"]), position)
        assert found >= 0, ask["criterion"]
        assert squeeze(ask["fallback"]) in text
        position = found


def test_states_replies_and_boxes_come_from_the_file(negotiated):
    data = build_checklist(negotiated, "en", "econet", today=TODAY)
    text = "".join(pdf_pages(data))
    assert "☑" in text and "☒" in text and "☐" in text
    assert squeeze("Reply: Yes, amendment <2> & annex") in squeeze(text)
    assert squeeze("Note: check the PDF") in squeeze(text)
    assert "1 obtained, 1 refused" in text


def test_all_offers_each_get_their_section_on_landscape_pages(checklist_en, demo):
    pages = pdf_pages(checklist_en)
    text = "".join(pages)
    for offer in demo.offers:
        assert f"{offer.name} — Asks" in text
    assert all(width > height for width, height in page_sizes(checklist_en))
    for offer in demo.offers:
        assert f"Meeting notes — {offer.name}" in text


def test_one_offer_can_be_picked_by_name(demo, demo_pe):
    fortis = demo_pe.evaluation.result("fortis")
    data = build_checklist(demo, "en", "fortis infogérance", today=TODAY, evaluation=demo_pe)
    text = "".join(pdf_pages(data))
    assert "Fortis Infogérance" in text and "EcoNet Services" not in text
    assert len(fortis.asks) == 1 and "1 ask:" in text


def good_answer(criterion) -> Answer:
    if criterion.kind == "yesno":
        return Answer(value="yes")
    if criterion.kind == "choice":
        return Answer(value=next(c.id for c in criterion.choices if c.status == "good"))
    return Answer(value=criterion.thresholds.good)


def test_an_offer_with_nothing_to_ask_says_so(demo, demo_pe):
    fortis = demo.offer("fortis")
    answers = dict(fortis.answers)
    for ask in demo_pe.evaluation.result("fortis").asks:
        answers[ask.criterion_id] = good_answer(demo_pe.catalogue.criterion(ask.criterion_id))
    perfect = fortis.model_copy(update={"answers": answers})
    project = demo.model_copy(update={"offers": (perfect,)})
    text = "".join(pdf_pages(build_checklist(project, "fr", today=TODAY)))
    assert "Rien à négocier : chaque critère est au bon niveau." in text


def test_an_unknown_offer_name_lists_the_offers(demo):
    with pytest.raises(InputError) as caught:
        build_checklist(demo, "en", "Nobody")
    message = caught.value.text("en")
    assert "No offer named 'Nobody'" in message and "Atlas IT Partners" in message
