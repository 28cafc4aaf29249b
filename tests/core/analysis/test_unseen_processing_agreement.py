"""A processing agreement named only by where it is, when the copy at hand does not show it.

Reading habit (``annex_unseen.py``, ``dpa_points.py``): "governed by the DPA in Schedule 3"
says where the terms are, not what they say. Without that annex in the document (or with an
annex that says it is not reproduced), with an agreement only published elsewhere or still to
be signed, no answer is recorded, however the clause describes it (reading conventions, G3).
An annex the document holds is graded by the Article 28 points it holds.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Our processing of personal data is governed by the Data Processing Addendum in "
            "Schedule 3.",
            "Schedule 1 - Services",
            "Schedule 2 - Charges",
        ),
        (
            "Le traitement des données personnelles est régi par l'accord de sous-traitance "
            "conforme à l'article 28 du RGPD joint en Annexe D.",
            "Annexe A – Inventaire",
        ),
        (
            "The Provider processes personal data as processor under the data processing "
            "agreement in Schedule E.",
            "Schedule E. Data processing agreement",
            "Schedule E is signed separately and is not reproduced in this copy.",
        ),
        (
            "Les parties concluront l'accord de traitement des données prévu à l'article 28 du "
            "RGPD, qui sera annexé au contrat.",
        ),
        (
            "Where we process personal data for you, our Data Processing Agreement, published at "
            "example.com/dpa, forms part of these Terms.",
        ),
    ],
)
def test_an_agreement_not_shown_gives_no_answer(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "data.gdpr_dpa") == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "The Provider processes personal data under the Data Processing Addendum in "
                "Schedule 4.",
                "Schedule 4 - Data Processing Addendum",
                "The Provider acts only on the Client's documented instructions, keeps its staff "
                "bound by confidentiality, applies the security measures of Schedule 2, lists its "
                "sub-processors, helps with data subject requests, deletes the data at the end "
                "and allows audits.",
            ),
            ["complete"],
        ),
        (
            (
                "L'accord de traitement conforme à l'article 28 du RGPD figure à l'annexe B.",
                "Annexe B — Accord de traitement des données",
                "Le Prestataire agit sur instruction documentée du Client et soumet son personnel "
                "à la confidentialité.",
            ),
            ["template_with_gaps"],
        ),
    ],
)
def test_an_agreement_shown_is_graded_by_its_points(
    catalogue: Catalogue, paragraphs: tuple[str, ...], expected: list[str]
) -> None:
    """By the reading conventions: all seven Article 28 points (or all but one) in the annex
    the copy holds make it complete; fewer, a template with gaps."""
    assert values(analyse(catalogue, *paragraphs), "data.gdpr_dpa") == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The data processing agreement in Annex C, drafted under Article 28 of the GDPR, "
            "applies and lists the Provider's sub-processors.",
        ),
        ("A processing agreement meeting Article 28 of the GDPR is attached as Appendix 2.",),
        ("L'accord de sous-traitance conforme à l'article 28 du RGPD figure en annexe 5.",),
        (
            "L'accord de traitement prévu à l'article 28 du RGPD figure en Annexe 7.",
            "La liste des sous-traitants ultérieurs autorisés figure en Annexe 7.",
        ),
    ],
)
def test_an_agreement_pointed_at_is_not_taken_at_its_word(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    """By the reading conventions (G3), a DPA in an annex the copy does not reproduce gives no
    finding, even said to meet Article 28 or described in a few words."""
    assert values(analyse(catalogue, *paragraphs), "data.gdpr_dpa") == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The Provider processes personal data as processor under the data processing "
            "agreement in Schedule E.",
            "Security measures and confidentiality duties of the staff are set out in Schedule 2.",
            "Schedule 1 - Services",
            "Schedule 2 - Charges",
        ),
        (
            "Le Prestataire traite les données personnelles en qualité de sous-traitant selon "
            "l'accord de traitement de l'Annexe E.",
            "Les mesures de sécurité et la confidentialité du personnel sont décrites en Annexe B.",
            "Annexe A - Services",
            "Annexe B - Prix",
        ),
    ],
)
def test_the_next_paragraph_says_nothing_of_the_unseen_agreement(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    """Only the sentence after the clause, in its own paragraph, can say what the agreement
    holds: security measures in the next paragraph, about another annex, are another clause."""
    assert values(analyse(catalogue, *paragraphs), "data.gdpr_dpa") == []
