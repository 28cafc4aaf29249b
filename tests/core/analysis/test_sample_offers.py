"""The salesperson offers of the demo differ on purpose and use catalogue ids."""

from __future__ import annotations

from pathlib import Path

from slaeval.criteria import Catalogue
from slaeval.offers import Offer


def _offers(offers_dir: Path) -> dict[str, Offer]:
    return {
        p.stem: Offer.model_validate_json(p.read_text(encoding="utf-8"))
        for p in sorted(offers_dir.glob("*.json"))
    }


def test_four_offers_with_valid_answers(offers_dir: Path, catalogue: Catalogue) -> None:
    offers = _offers(offers_dir)
    assert set(offers) >= {"econet", "fortis", "nordlys", "atlas"}
    for offer in offers.values():
        for criterion_id, answer in offer.answers.items():
            criterion = catalogue.criterion(criterion_id)
            if criterion.kind == "choice":
                assert criterion.choice(str(answer.value)) is not None, criterion_id
            if answer.clock == "business":
                assert criterion.kind == "duration", criterion_id


def test_offers_differ_instructively(offers_dir: Path, catalogue: Catalogue) -> None:
    offers = _offers(offers_dir)
    econet, fortis, nordlys, atlas = (offers[n] for n in ("econet", "fortis", "nordlys", "atlas"))
    assert econet.prices.monthly < nordlys.prices.monthly < fortis.prices.monthly
    assert econet.answer("reversibility.exit_price").value == "unpriced"
    assert econet.answer("reversibility.plan").value == "at_the_end"
    assert fortis.answer("reversibility.any_cause").value == "any_time"
    assert nordlys.answer("security.mfa").value == "none_or_shared"
    assert len(atlas.answers) < len(catalogue.criteria) / 2
    assert len(fortis.answers) >= len(catalogue.criteria) - 5
    assert atlas.answer("backup.restore_tests").value == "quarterly_or_better"
