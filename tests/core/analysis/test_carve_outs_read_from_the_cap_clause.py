"""A cap on every claim with no exception around it carves nothing out (liability_scope.py).

A reader who finds "our total liability, for any cause, is limited to..." and no exception in
the liability clause records ``liability.carve_outs`` = ``none``; an exception named in the
clause, a cap written in another document or a cap on one kind of claim are not read so (a
bare "liability is limited" with no exception is read as ``none`` too, by the reading
conventions: test_carve_outs_of_a_plain_cap.py). Each test writes its own clauses, in French
and English.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "clause",
    [
        [
            "9. Responsabilité",
            "La responsabilité globale du Prestataire, tous chefs de préjudice confondus, ne "
            "pourra excéder le montant des redevances payées au cours des douze derniers mois.",
        ],
        [
            "Article 11 – Responsabilité",
            "Toutes causes confondues, la responsabilité du Titulaire est plafonnée à trois mois "
            "de redevance.",
            "Le Titulaire est assuré en responsabilité civile professionnelle.",
        ],
        [
            "14. LIABILITY",
            "The Supplier's aggregate liability under this contract shall not exceed the charges "
            "invoiced in the six months before the claim.",
            "The Supplier holds professional indemnity insurance of EUR 1,000,000.",
        ],
        [
            "7. Limitation of liability",
            "Our total liability to you for all claims in any year is limited to the fees you "
            "paid us in the twelve months before the claim.",
        ],
    ],
)
def test_a_cap_on_every_claim_with_no_exception_carves_nothing_out(
    catalogue: Catalogue, clause: list[str]
) -> None:
    assert values(analyse(catalogue, *clause), "liability.carve_outs") == ["none"]


@pytest.mark.parametrize(
    "clause",
    [
        # an exception named in the clause, before or after the cap
        [
            "9. Responsabilité",
            "La responsabilité totale du Prestataire est limitée à douze mois de redevance.",
            "Cette limite ne joue pas en cas de faute lourde ou dolosive.",
        ],
        [
            "14. LIABILITY",
            "Subject to clause 14.3, the Supplier's aggregate liability shall not exceed the "
            "charges paid in the twelve months before the claim.",
        ],
        [
            "7. Liability",
            "Our total liability is limited to the fees paid in the last six months, save for "
            "liability arising from a breach of our confidentiality obligations.",
        ],
        [
            "Article 8 – Responsabilité",
            "Hormis les dommages corporels, la responsabilité cumulée du Titulaire, toutes "
            "causes confondues, est plafonnée au montant annuel du forfait.",
        ],
        # the cap is a figure put into a cap written in another document
        [
            "11. Liability",
            "For this order, the aggregate liability cap in clause 12.2 of the Master Services "
            "Agreement equals the fees paid in the last twelve months.",
        ],
    ],
)
def test_an_exception_or_a_cap_written_elsewhere_is_not_none(
    catalogue: Catalogue, clause: list[str]
) -> None:
    assert "none" not in values(analyse(catalogue, *clause), "liability.carve_outs")


def test_a_carve_out_a_rule_reads_outranks_none(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "12. Liability",
        "Each party's total liability is limited to the fees paid in the last twelve months.",
        "13. Data protection",
        "Nothing in this Agreement limits either party's liability for fraud or for death "
        "caused by negligence.",
    )
    assert values(report, "liability.carve_outs") == ["some"]
