"""A new offer from a contract: answers with evidence, prices and the support window."""

from __future__ import annotations

from pathlib import Path

import pytest

from slaeval.analysis import (
    analyze_document,
    offer_from_document,
    offer_from_report,
    proposed_answers,
)
from slaeval.criteria import Catalogue
from slaeval.errors import InputError
from slaeval.offers import Answer, Offer
from tests.core.analysis.helpers import analyse


def test_offer_from_a_docx_contract(documents: Path, catalogue: Catalogue) -> None:
    offer = offer_from_document(documents / "fortis.docx", "Fortis Infogérance", catalogue)
    assert Offer.model_validate(offer.model_dump()) == offer
    assert offer.name == "Fortis Infogérance"
    assert all(a.source == "contract" and a.evidence for a in offer.answers.values())
    p2 = offer.answer("support.p2_restoration")
    assert (p2.value, p2.clock) == (480.0, "business")
    assert p2.evidence is not None and p2.evidence.location == "tab. 1, l. 3"
    assert offer.answer("security.edr").value == "yes"
    assert offer.answer("reversibility.any_cause").value == "any_time"
    prices = offer.prices
    assert (prices.monthly, prices.setup, prices.term_months) == (3450, 6500, 12)
    assert [(t.below, t.credit_percent) for t in prices.credit_tiers] == [
        (99.9, 10),
        (99.0, 25),
        (95.0, 50),
    ]
    assert prices.credit_cap_percent == 50
    window = offer.support_window
    assert (window.days, window.start_minute, window.end_minute) == ((0, 1, 2, 3, 4), 480, 1140)


def test_every_answer_fits_its_criterion(documents: Path, catalogue: Catalogue) -> None:
    for name in ("econet.pdf", "nordlys.pdf", "atlas.md"):
        offer = offer_from_document(documents / name, name, catalogue)
        for criterion_id, answer in offer.answers.items():
            criterion = catalogue.criterion(criterion_id)
            if criterion.kind == "choice":
                assert criterion.choice(str(answer.value)) is not None
            elif criterion.kind == "yesno":
                assert answer.value in ("yes", "partly", "no")
            else:
                assert isinstance(answer.value, float)


def test_conflicting_values_propose_the_least_favourable(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Incidents P1 : GTI de 1 heure.",
        "Pour les incidents P1, la GTI est de 4 heures.",
        "La disponibilité garantie est de 99,9 %.",
        "Annexe : le Prestataire s'engage sur une disponibilité de 99,5 %.",
    )
    answers = proposed_answers(report, catalogue)
    assert answers["support.p1_response"].value == 240
    assert answers["availability.commitment"].value == 99.5
    assert "least favourable" in answers["support.p1_response"].note


def test_user_kept_answers_replace_the_proposals(documents: Path, catalogue: Catalogue) -> None:
    report = analyze_document(documents / "atlas.md", catalogue)
    kept = {"liability.cap": Answer(value=3.0, note="corrected by hand", source="contract")}
    offer = offer_from_report(report, "Atlas", catalogue, answers=kept)
    assert offer.answers == kept
    assert offer.prices.monthly == 1150


def test_provider_name_is_required(documents: Path, catalogue: Catalogue) -> None:
    report = analyze_document(documents / "atlas.md", catalogue)
    with pytest.raises(InputError):
        offer_from_report(report, "   ", catalogue)


def test_an_answer_an_import_would_refuse_never_reaches_the_offer(
    documents: Path, catalogue: Catalogue
) -> None:
    report = analyze_document(documents / "fortis.docx", catalogue)
    answers = dict(proposed_answers(report, catalogue))
    answers["availability.commitment"] = Answer(value=120.0)  # a corrected value gone wrong
    with pytest.raises(InputError) as refused:
        offer_from_report(report, "Fortis", catalogue, answers=answers)
    assert "availability.commitment" in refused.value.text("fr")
    assert "Critère" in refused.value.text("fr")
    answers = {"nowhere.nothing": Answer(value="yes")}
    with pytest.raises(InputError, match=r"Unknown criterion: nowhere\.nothing"):
        offer_from_report(report, "Fortis", catalogue, answers=answers)


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [
        (
            "Le support est assuré du lundi au vendredi de 8h à 12h et de 14h à 18h.",
            (480, 1080, 720, 840),
        ),
        (
            "Our service desk is open Monday to Friday, 8:30 to 17:30, closed from 12:30 to 13:30.",
            (510, 1050, 750, 810),
        ),
        (
            "Horaires : du lundi au vendredi de 8h30 à 12h et de 13h30 à 17h30.",
            (510, 1050, 720, 810),
        ),
        ("Le support est assuré du lundi au vendredi de 9h à 18h.", (540, 1080, None, None)),
    ],
)
def test_a_lunch_break_in_the_contract_becomes_the_offers_break(
    catalogue: Catalogue, sentence: str, hours: tuple[int, int, int | None, int | None]
) -> None:
    window = offer_from_report(analyse(catalogue, sentence), "Atelier", catalogue).support_window
    assert (
        window.start_minute,
        window.end_minute,
        window.break_start_minute,
        window.break_end_minute,
    ) == hours
