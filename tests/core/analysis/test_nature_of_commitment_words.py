"""The nature of the commitment, read for the whole family of its wordings: the obligation of
result or of means in the singular or the plural ("les délais sont des obligations de
résultat"), and an obligation of result named only to deny it ("sans engagement de résultat",
"without any obligation to achieve a result"), which commits to nothing.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values

# --- 1. Obligations of result, singular or plural ------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les délais de prise en charge et de rétablissement ci-dessus constituent des "
        "obligations de résultat à la charge du Titulaire.",
        "Article 9 – Nature des engagements. Les niveaux de service du présent contrat sont "
        "des engagements de résultats.",
        "The response and restoration times in Schedule 2 are obligations of result of the "
        "Contractor.",
        "- Service levels: each of them is an obligation to achieve a result, not a target.",
    ],
)
def test_obligations_of_result_in_any_number_are_result(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert answer(analyse(catalogue, paragraph), "liability.commitment_nature").value == "result"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Prestataire n'est tenu que d'obligations de moyens ; aucune pénalité n'est prévue "
        "en cas de dépassement des délais.",
        "The Supplier's obligations under this schedule are obligations of means only, and no "
        "service credit is payable if a time is missed.",
    ],
)
def test_obligations_of_means_in_the_plural_are_best_effort_without_penalties(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert answer(report, "liability.commitment_nature").value == "best_effort"


# --- 2. An obligation of result named only to deny it ---------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Sur demande, le Prestataire relance le fournisseur d'accès du Client, dans la limite "
        "de ses moyens et sans engagement de résultat.",
        "Le Prestataire accompagne le Client auprès de l'éditeur du logiciel de paie, sans "
        "aucune obligation de résultat quant aux corrections apportées.",
        "We will chase your telephony supplier on your behalf, without any obligation to "
        "achieve a result.",
        "The Provider gives no guarantee of result for work on equipment it does not supply.",
    ],
)
def test_a_denied_obligation_of_result_is_no_result(catalogue: Catalogue, paragraph: str) -> None:
    assert "result" not in values(analyse(catalogue, paragraph), "liability.commitment_nature")


def test_a_denial_elsewhere_does_not_undo_the_result_of_the_service_levels(
    catalogue: Catalogue,
) -> None:
    # near-miss: the denial speaks of another subject, after the obligation of result
    report = analyse(
        catalogue,
        "Les délais d'intervention sont des obligations de résultat. Aucune pénalité "
        "forfaitaire ne limite la réparation du préjudice du Client.",
    )
    assert answer(report, "liability.commitment_nature").value == "result"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Titulaire souscrit, sans restriction, une obligation de résultat pour les délais "
        "d'intervention.",
        "The Supplier gives, without qualification, an obligation of result on the response times.",
    ],
)
def test_a_denial_of_something_else_before_the_obligation_leaves_it_result(
    catalogue: Catalogue, paragraph: str
) -> None:
    # near-miss: "sans" / "without" governs the reserve, not the obligation of result
    assert answer(analyse(catalogue, paragraph), "liability.commitment_nature").value == "result"
