"""The processing terms graded by the Article 28 points the document holds (dpa_points.py).

By the reading conventions, ``data.gdpr_dpa`` is ``complete`` when a clause or annex presented
as the data-processing terms holds all seven points (or all but one), ``template_with_gaps``
with fewer, and nothing when the terms are only pointed at (an annex this copy lacks, a web
page, an agreement to be signed) or when the document only names its DPA to say something
else of it. Every clause is written for these tests.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


def _dpa(catalogue: Catalogue, *paragraphs: str) -> list[object]:
    return values(analyse(catalogue, *paragraphs), "data.gdpr_dpa")


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Le Prestataire agit en qualité de sous-traitant au sens de l'article 28 du RGPD. Il "
            "ne traite les données que sur instruction documentée du Client, astreint son "
            "personnel à la confidentialité et applique des mesures techniques et "
            "organisationnelles appropriées. Il aide le Client à répondre aux demandes des "
            "personnes concernées et lui notifie toute violation de données. Il restitue puis "
            "supprime les données en fin de contrat et se soumet aux audits du Client."
        ],
        [
            "We act as your processor and only on your documented instructions. Our staff are "
            "bound by confidentiality and we apply appropriate security measures. We help you "
            "answer data subject requests and tell you of any breach. We delete or return all "
            "personal data at the end of the service and allow audits. Our sub-processors are "
            "listed on the order form."
        ],
    ],
)
def test_a_clause_with_every_point_is_complete(catalogue: Catalogue, paragraphs: list[str]) -> None:
    assert _dpa(catalogue, *paragraphs) == ["complete"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        [
            "Le Prestataire intervient comme sous-traitant au sens de l'article 28 du RGPD, sur "
            "instruction du Client et dans le respect de la confidentialité. La liste de ses "
            "sous-traitants ultérieurs est communiquée sur demande."
        ],
        [
            "The Provider acts as a processor under Article 28 GDPR, on the Customer's "
            "instructions only, and deletes the data when the contract ends."
        ],
    ],
)
def test_a_processing_clause_with_a_few_points_has_gaps(
    catalogue: Catalogue, paragraphs: list[str]
) -> None:
    assert _dpa(catalogue, *paragraphs) == ["template_with_gaps"]


def test_an_annex_held_by_the_copy_is_read_for_its_points(catalogue: Catalogue) -> None:
    found = _dpa(
        catalogue,
        "9.1 The data processing agreement in Annex 3 applies to the Services.",
        "Annex 3 – Data processing agreement",
        "The Provider processes personal data only on the documented instructions of the "
        "Customer. Its personnel are bound by confidentiality. It applies the security "
        "measures of Annex 2. It uses the sub-processors listed below and assists the Customer "
        "with data subject requests. It deletes the data at the end and allows audits.",
    )
    assert found == ["complete"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # an annex this copy does not hold, however it is described
        [
            "6.2 The data processing agreement under Article 28 of the GDPR in Schedule 4 sets "
            "out the documented instructions, the security measures, the sub-processors, the "
            "help with data subject requests and the deletion of data at the end."
        ],
        ["L'accord de traitement prévu à l'article 28 du RGPD figure en annexe 6, non reproduite."],
        # published elsewhere; still to be signed
        ["Our data processing addendum at example.com/dpa meets Article 28 of the GDPR."],
        ["Les parties signeront un accord de traitement conforme à l'article 28 du RGPD."],
        # an instruction about changes, then security and backups: no processing clause
        [
            "Changes to the firewall are made only on the documented instruction of the Client. "
            "Security patches are applied monthly. Backups are deleted after 90 days and audits "
            "of the backup jobs are run each quarter."
        ],
        [
            "Les modifications ne sont faites que sur instruction documentée du Client. Les "
            "correctifs de sécurité sont appliqués chaque mois et les sauvegardes supprimées "
            "après 90 jours."
        ],
        # processed or restored on documented instructions, no personal data named (the
        # French « traitées » was not read either)
        [
            "Firewall changes are processed only on the documented instructions of the Client. "
            "Security patches are applied monthly. Backups of the data are deleted after 90 days "
            "and audits of the backup jobs are run each quarter."
        ],
        [
            "Restores of data are done only on the documented instructions of the Client. "
            "Backups are deleted after 90 days and audits of the backup jobs are run each quarter."
        ],
        # another company's processing terms, then ordinary clauses on the data
        [
            "For Microsoft 365, Microsoft acts as processor under the Microsoft Products and "
            "Services Data Protection Addendum.",
            "Your data is backed up nightly and deleted 30 days after the end of the contract.",
            "Our staff are bound by confidentiality.",
        ],
        [
            "Pour Microsoft 365, Microsoft agit en qualité de sous-traitant selon son propre "
            "accord de traitement.",
            "Vos données sont sauvegardées chaque nuit et supprimées 30 jours après la fin du "
            "contrat.",
            "Notre personnel est tenu à la confidentialité.",
        ],
        # the agreement named only for its liability cap
        [
            "The cap does not apply to a breach of the data processing agreement, of "
            "confidentiality or of security obligations, or to audits costs."
        ],
    ],
)
def test_terms_the_reader_has_not_seen_give_nothing(
    catalogue: Catalogue, paragraphs: list[str]
) -> None:
    assert _dpa(catalogue, *paragraphs) == []


@pytest.mark.parametrize(
    "paragraphs",
    [
        # an agreement still to be signed, said in the passive or in the French future
        [
            "Where the Provider acts as processor, a data processing agreement will be signed "
            "separately. It will cover instructions, confidentiality, security measures, "
            "sub-processors, data subjects' rights, deletion and audits."
        ],
        [
            "Les parties concluront un accord de traitement conforme à l'article 28 du RGPD. Il "
            "couvrira les instructions, la confidentialité, la sécurité des données, les "
            "sous-traitants ultérieurs, les droits des personnes concernées, la suppression des "
            "données et les audits."
        ],
    ],
)
def test_an_agreement_to_come_gives_nothing_in_either_language(
    catalogue: Catalogue, paragraphs: list[str]
) -> None:
    assert _dpa(catalogue, *paragraphs) == []


def test_a_material_breach_of_the_contract_is_no_data_breach_point(catalogue: Catalogue) -> None:
    # five points (no sub-processors, no help with rights or data breaches): a contract's
    # "material breach" does not make it six
    found = _dpa(
        catalogue,
        "The Provider acts as processor under Article 28 GDPR. It processes personal data on "
        "documented instructions, binds its staff to confidentiality, applies security "
        "measures, deletes the data at the end and allows audits. A material breach of this "
        "Agreement by either party allows termination.",
    )
    assert found == ["template_with_gaps"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a processing clause opened by the processor's capacity, in either language
        [
            "In its capacity as processor, the Provider acts only on the Customer's "
            "instructions, binds its staff to confidentiality and applies appropriate security "
            "measures. It helps the Customer answer data subject requests and notifies any "
            "personal data breach. It deletes or returns the data at the end and allows audits."
        ],
        [
            "En sa qualité de sous-traitant, le Prestataire agit sur les seules instructions du "
            "Client, astreint son personnel à la confidentialité et applique des mesures "
            "techniques et organisationnelles. Il aide le Client à répondre aux personnes "
            "concernées et notifie toute violation de données. Il restitue puis supprime les "
            "données en fin de contrat et se soumet aux audits."
        ],
    ],
)
def test_the_capacity_of_processor_opens_the_clause(
    catalogue: Catalogue, paragraphs: list[str]
) -> None:
    assert _dpa(catalogue, *paragraphs) == ["complete"]
