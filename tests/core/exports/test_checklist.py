"""The negotiation checklist: every offer's asks in order of importance, with a box, the
current answer, the demand, the fallback, why, and the state saved in the project."""

from __future__ import annotations

import re
from datetime import date

import pytest

from slaeval.criteria import Criterion
from slaeval.errors import InputError
from slaeval.exports import build_checklist
from slaeval.localized import Lang
from slaeval.offers import Answer
from slaeval.project import Negotiation, Project
from slaeval.project_evaluation import evaluate_project
from slaeval.score_json import evaluation_to_dict
from tests.core.exports.helpers import demo_offer, norm, pdf_pages, reader, with_offers

TODAY = date(2026, 11, 24)


def _flat(data: bytes) -> str:
    return " ".join(norm("\n".join(pdf_pages(data))).split())


def _squeezed(data: bytes) -> str:
    """The text with every space gone: a cell's wrapped lines compare equal to the source."""
    return re.sub(r"\s+", "", "".join(pdf_pages(data)))


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


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_ask_of_score_json_in_its_order_with_demand_and_fallback(
    demo: Project, lang: Lang
) -> None:
    pe = evaluate_project(demo)
    scored = evaluation_to_dict(pe.evaluation, pe.catalogue, lang)
    offer = next(o for o in scored["offers"] if o["name"] == "EcoNet Services")
    assert len(offer["asks"]) > 10
    text = _squeezed(build_checklist(demo, lang, "EcoNet Services", today=TODAY))
    position = 0
    for ask in offer["asks"]:
        found = text.find(re.sub(r"\s+", "", ask["demand"]), position)
        assert found >= 0, ask["criterion"]
        assert re.sub(r"\s+", "", ask["fallback"]) in text[found:], ask["criterion"]
        position = found


def test_all_offers_each_get_their_section_and_notes_box(
    demo: Project, checklist_en: bytes
) -> None:
    text = _flat(checklist_en)
    pe = evaluate_project(demo)
    starts = []
    for result in pe.evaluation.offers:
        heading = f"{result.name} — "
        assert text.count(f"Meeting notes — {result.name}") == 1, result.name
        starts.append((text.index(heading), result.rank or 99, result.name))
    assert [name for _, _, name in sorted(starts)] == [
        name for _, _, name in sorted(starts, key=lambda s: s[1])
    ]  # best ranked first, knocked-out last


def test_one_offer_is_picked_by_name_whatever_the_case(demo: Project) -> None:
    text = _flat(build_checklist(demo, "en", "  fortis INFOGÉRANCE ", today=TODAY))
    assert "Fortis Infogérance — #1, 99.9/100" in text
    assert "1 point(s): 1 pending, 0 obtained, 0 refused." in text
    for other in ("EcoNet Services", "Nordlys Managed IT", "Atlas IT Partners"):
        assert other not in text
    by_id = _flat(build_checklist(demo, "en", "fortis", today=TODAY))
    assert by_id.replace(" ", "") == text.replace(" ", "")


def _good_answer(criterion: Criterion) -> Answer:
    if criterion.kind == "yesno":
        return Answer(value="yes")
    if criterion.kind == "choice":
        return Answer(value=next(c.id for c in criterion.choices if c.status == "good"))
    return Answer(value=criterion.thresholds.good)


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("fr", "Rien à négocier : toutes les réponses atteignent le niveau attendu."),
        ("en", "Nothing to negotiate: every answer meets the expected level."),
    ],
)
def test_an_offer_with_nothing_to_ask_says_so(demo: Project, lang: Lang, says: str) -> None:
    pe = evaluate_project(demo)
    fortis = demo_offer("fortis")
    answers = dict(fortis.answers)
    for ask in pe.evaluation.result("fortis").asks:
        answers[ask.criterion_id] = _good_answer(pe.catalogue.criterion(ask.criterion_id))
    perfect = fortis.model_copy(update={"answers": answers})
    project = with_offers([perfect])  # one offer: its heading is the outline's first entry
    assert not evaluate_project(project).evaluation.result("fortis").asks
    data = build_checklist(project, lang, today=TODAY)
    assert says in _flat(data)
    outline = [entry.title for entry in reader(data).outline]  # type: ignore[union-attr]
    assert outline == ["Fortis Infogérance — #1, 100/100"]


def test_an_unknown_name_lists_the_offers_in_both_languages(demo: Project) -> None:
    with pytest.raises(InputError) as caught:
        build_checklist(demo, "en", "Nobody Ltd", today=TODAY)
    names = ("EcoNet Services", "Fortis Infogérance", "Nordlys Managed IT", "Atlas IT Partners")
    english, french = caught.value.text("en"), caught.value.text("fr")
    assert english.startswith("Unknown offer: Nobody Ltd")
    assert french.startswith("Offre inconnue : Nobody Ltd")
    assert all(name in english and name in french for name in names)


def test_replies_and_notes_with_markup_print_literally(demo: Project) -> None:
    talks = {
        "econet": {
            "security.mfa": Negotiation(
                state="obtained", reply="Yes, amendment <2> & annex", note="check <b>p. 3</b>"
            )
        }
    }
    project = demo.model_copy(update={"negotiation": talks})
    text = _flat(build_checklist(project, "en", "econet", today=TODAY))
    assert "☑ obtained Reply: Yes, amendment <2> & annex Note: check <b>p. 3</b>" in text
