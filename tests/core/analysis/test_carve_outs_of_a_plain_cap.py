"""A cap whose clause names no exception leaves nothing outside it
(``liability.carve_outs`` = ``none``, ``liability_scope.py``; CONVENTIONS.md).

The reader records the carve-outs whenever the document caps the provider's liability: a
plain cap ("our liability is limited to the fees of the last six months") with no exception
in its clause gives ``none``, "toutes causes confondues" or not. An "unless" or a "sauf" in
the renewal clause just above, or the title of the next annex, is no exception to the cap.
Near misses: a cap with gross negligence or data protection left out of it.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

CRITERION = "liability.carve_outs"


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Le contrat est reconduit tacitement par périodes d'un an, sauf dénonciation par "
            "lettre recommandée trois mois avant l'échéance.",
            "La responsabilité du Prestataire est limitée au montant de la redevance des six "
            "derniers mois.",
        ),
        (
            "La responsabilité du Prestataire est plafonnée à 20 000 € par année.",
            "Annexe 2 - Protection des données personnelles",
        ),
        (
            "This Agreement renews for further 12-month terms unless either party gives 90 "
            "days' notice.",
            "The Supplier's liability is limited to the fees paid in the 12 months before the "
            "claim.",
        ),
        ("My liability to you is limited to the fees you paid me in the previous 6 months.",),
    ],
)
def test_a_cap_whose_clause_names_no_exception_has_none(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), CRITERION) == ["none"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "La responsabilité du Prestataire est limitée au montant de la redevance annuelle, "
            "sauf en cas de faute lourde ou dolosive.",
        ),
        (
            "La responsabilité du Prestataire est limitée au montant de la redevance annuelle.",
            "Ce plafond ne s'applique pas aux manquements à la protection des données "
            "personnelles.",
        ),
        (
            "The Supplier's liability is limited to the fees paid in the 12 months before the "
            "claim. This limit does not apply to:",
            "- death or personal injury;",
            "- fraud.",
        ),
        (
            "The Supplier's liability is limited to EUR 50,000 except for breach of "
            "confidentiality.",
        ),
    ],
)
def test_a_cap_with_an_exception_is_not_none(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "none" not in values(analyse(catalogue, *paragraphs), CRITERION)


def test_no_cap_gives_no_carve_out_answer(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The contract renews for 12 months unless either party gives notice.",
        "Le Prestataire assure la maintenance des postes du Client.",
    )
    assert values(report, CRITERION) == []
