"""Sales promise against contract: "promised, not in the contract" becomes an ask."""

from __future__ import annotations

from pathlib import Path

from slaeval.analysis import analyze_document, promises_not_in_contract
from slaeval.criteria import Catalogue
from slaeval.offers import Answer, Offer
from tests.core.analysis.helpers import analyse


def _offer(offers_dir: Path, name: str) -> Offer:
    return Offer.model_validate_json((offers_dir / f"{name}.json").read_text(encoding="utf-8"))


def test_atlas_restore_tests_promised_not_in_contract(
    documents: Path, offers_dir: Path, catalogue: Catalogue
) -> None:
    offer = _offer(offers_dir, "atlas")
    assert offer.answer("backup.restore_tests").value == "quarterly_or_better"
    report = analyze_document(documents / "atlas.md", catalogue)
    gaps = promises_not_in_contract(offer, report, catalogue)
    [gap] = [g for g in gaps if g.criterion == "backup.restore_tests"]
    assert gap.kind == "not_in_contract"
    assert gap.promised == "quarterly_or_better" and gap.contract is None
    assert gap.message.en.startswith("Promised, not in the contract")
    assert gap.message.fr.startswith("Promis, non trouvé dans le contrat")
    assert "contract" in gap.ask.en and "contrat" in gap.ask.fr


def test_econet_reversibility_promised_but_absent_from_the_contract(
    documents: Path, offers_dir: Path, catalogue: Catalogue
) -> None:
    offer = _offer(offers_dir, "econet")
    report = analyze_document(documents / "econet.pdf", catalogue)
    gaps = {g.criterion: g for g in promises_not_in_contract(offer, report, catalogue)}
    assert gaps["reversibility.any_cause"].kind == "not_in_contract"
    assert gaps["support.p1_restoration"].kind == "not_in_contract"  # GTR promised in a meeting


def test_a_contract_that_holds_the_promise_raises_no_flag(
    documents: Path, offers_dir: Path, catalogue: Catalogue
) -> None:
    offer = _offer(offers_dir, "fortis")
    report = analyze_document(documents / "fortis.docx", catalogue)
    gaps = promises_not_in_contract(offer, report, catalogue)
    assert "backup.restore_tests" not in {g.criterion for g in gaps}
    # The other flags are the contract's real gaps under the reading conventions: the offer's
    # P4 is the contract's service-request row (no priority level); its processing agreement
    # is an annex not reproduced; its bastion records sessions but no audit of the access or
    # client view of the records is written; nothing on the provider's own resilience or on
    # regulatory flow-down.
    assert {(g.criterion, g.kind) for g in gaps} == {
        ("support.p4_response", "not_in_contract"),
        ("support.p4_restoration", "not_in_contract"),
        ("data.gdpr_dpa", "not_in_contract"),
        ("security.remote_access", "contract_differs"),
        ("continuity.provider_resilience", "not_in_contract"),
        ("data.regulatory_flowdown", "not_in_contract"),
    }


def test_contract_weaker_than_the_promise(
    documents: Path, offers_dir: Path, catalogue: Catalogue
) -> None:
    offer = _offer(offers_dir, "nordlys")
    report = analyze_document(documents / "nordlys.pdf", catalogue)
    gaps = {g.criterion: g for g in promises_not_in_contract(offer, report, catalogue)}
    copies = gaps["backup.copies"]
    assert copies.kind == "contract_differs"
    assert (copies.promised, copies.contract) == ("three_two_one", "single_copy")
    assert copies.location.startswith("p. ")


def test_business_hours_in_the_contract_against_clock_hours_promised(
    catalogue: Catalogue,
) -> None:
    report = analyse(catalogue, "Incidents P1 : GTI d'une heure ouvrée.")
    promised = Offer(name="EcoNet", answers={"support.p1_response": Answer(value=60.0)})
    [gap] = promises_not_in_contract(promised, report, catalogue)
    assert gap.kind == "contract_differs"
    same_clock = Offer(
        name="EcoNet", answers={"support.p1_response": Answer(value=60.0, clock="business")}
    )
    assert promises_not_in_contract(same_clock, report, catalogue) == []


def test_red_or_unknown_answers_are_not_promises(documents: Path, catalogue: Catalogue) -> None:
    report = analyze_document(documents / "atlas.md", catalogue)
    offer = Offer(
        name="Atlas",
        answers={
            "backup.restore_tests": Answer(value="never"),
            "security.mfa": Answer(value=None),
            "continuity.rto": Answer(value=240.0, source="contract"),
        },
    )
    assert promises_not_in_contract(offer, report, catalogue) == []
