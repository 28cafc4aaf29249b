"""The negotiation checklist: every offer's asks in order of importance, with a box, the
current answer, the demand, the fallback, why, and the state saved in the project."""

from __future__ import annotations

from datetime import date

import pytest

from slaeval.errors import InputError
from slaeval.exports import build_checklist
from slaeval.project import Negotiation, Project
from slaeval.project_evaluation import evaluate_project
from tests.core.exports.helpers import norm, pdf_pages, reader

TODAY = date(2026, 11, 24)


def _flat(data: bytes) -> str:
    return " ".join(norm("\n".join(pdf_pages(data))).split())


def test_asks_in_priority_order_with_their_texts(demo: Project, checklist_en: bytes) -> None:
    pe = evaluate_project(demo)
    text = _flat(checklist_en)
    for result in pe.evaluation.offers:
        start = text.index(f"{result.name} — ")
        positions = []
        for number, ask in enumerate(result.asks[:6], start=1):
            criterion = pe.catalogue.criterion(ask.criterion_id)
            question = " ".join(criterion.question.en.split())
            at = text.index(f"{number}. " + ("[K.O.] " if ask.knockout else "") + question, start)
            positions.append(at)
            for part in (criterion.ask.en, criterion.fallback.en, criterion.help.en):
                assert " ".join(part.split()) in text[at : at + 3000], part
        assert positions == sorted(positions)


def test_every_page_is_landscape_and_boxes_are_printed(checklist_en: bytes) -> None:
    pdf = reader(checklist_en)
    assert all(p.mediabox.width > p.mediabox.height for p in pdf.pages)
    assert "☐" in pdf.pages[0].extract_text()
    assert "Meeting notes — Fortis Infogérance" in _flat(checklist_en)


def test_states_from_the_file(demo: Project) -> None:
    pe = evaluate_project(demo)
    econet = pe.evaluation.result("econet")
    first, second = econet.asks[0].criterion_id, econet.asks[1].criterion_id
    negotiation = {
        "econet": {
            first: Negotiation(state="obtained", reply="OK for MFA everywhere"),
            second: Negotiation(state="refused", note="Will not budge"),
        }
    }
    project = demo.model_copy(update={"negotiation": negotiation})
    text = _flat(build_checklist(project, "en", "econet", today=TODAY))
    assert "☑ obtained Reply: OK for MFA everywhere" in text
    assert "☒ refused Note: Will not budge" in text
    assert (
        f"{len(econet.asks)} point(s): {len(econet.asks) - 2} pending, 1 obtained, 1 refused"
        in text
    )
    assert "Fortis" not in text  # only the offer asked for


def test_french_checklist(demo: Project) -> None:
    text = _flat(build_checklist(demo, "fr", "Fortis Infogérance", today=TODAY))
    assert "Liste de négociation" in text
    assert "Fortis Infogérance — #1, 99,9/100" in text
    assert "☐ en attente" in text


def test_unknown_offer_is_refused(demo: Project) -> None:
    with pytest.raises(InputError) as caught:
        build_checklist(demo, "en", "Nobody Ltd", today=TODAY)
    message = caught.value.text("en")
    assert "Nobody Ltd" in message and "\n" not in message
