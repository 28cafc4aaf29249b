"""Liability read as a careful reader does: a carve-out that points at a clause by its number
takes that clause's subject, a separate cap for one kind of claim is a super-cap and not the
general cap, data loss said not to be an indirect loss is covered.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values

_DATA_CLAUSE_EN = ("6. Data protection", "6.1 Each party shall comply with the GDPR.")
_DATA_CLAUSE_FR = (
    "Article 6 – Confidentialité",
    "6.1 Chaque partie garde confidentielles les informations de l'autre.",
)


@pytest.mark.parametrize(
    ("clause", "cap", "carve_out"),
    [
        (
            _DATA_CLAUSE_EN,
            "9.1 Each party's total liability in any contract year shall not exceed the Charges "
            "paid in the preceding twelve months.",
            "9.2 Nothing in this Agreement limits liability for death or personal injury, for "
            "fraud, or for breach of clause 6.",
        ),
        (
            _DATA_CLAUSE_FR,
            "9.1 La responsabilité totale du Prestataire est plafonnée aux sommes versées au "
            "cours des douze derniers mois.",
            "9.2 Ce plafond ne s'applique pas aux dommages corporels ni aux manquements à "
            "l'article 6.",
        ),
    ],
)
def test_a_carve_out_naming_a_clause_takes_that_clauses_subject(
    catalogue: Catalogue, clause: tuple[str, str], cap: str, carve_out: str
) -> None:
    report = analyse(catalogue, *clause, cap, carve_out)
    assert answer(report, "liability.carve_outs").value == "uncapped_or_supercap"


def test_a_carve_out_naming_a_clause_about_something_else_stays_some(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "6. Invoicing",
        "6.1 Invoices are issued monthly in advance.",
        "9.1 Each party's total liability in any contract year shall not exceed the Charges "
        "paid in the preceding twelve months.",
        "9.2 Nothing in this Agreement limits liability for death or personal injury, for "
        "fraud, or for breach of clause 6.",
    )
    assert answer(report, "liability.carve_outs").value == "some"


def test_a_separate_cap_for_data_protection_is_a_super_cap(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "11.1 The Supplier's aggregate liability shall not exceed the fees paid in the twelve "
        "months before the claim.",
        "11.2 The Supplier's liability for breach of the data protection schedule is subject to "
        "a separate aggregate cap of EUR 600,000.",
    )
    assert answer(report, "liability.carve_outs").value == "uncapped_or_supercap"
    assert values(report, "liability.cap", "cap_amount") == []
    assert values(report, "liability.cap") == [12.0]


@pytest.mark.parametrize(
    "text",
    [
        "La perte de données ne constitue pas un préjudice indirect lorsqu'elle résulte d'une "
        "faute du Prestataire ; le coût de leur reconstitution est indemnisable.",
        "Loss of Customer data caused by the Supplier's failure to run the backups does not "
        "constitute an indirect loss.",
    ],
)
def test_data_loss_said_not_to_be_indirect_is_covered(catalogue: Catalogue, text: str) -> None:
    assert answer(analyse(catalogue, text), "liability.data_loss").value == "covered"


@pytest.mark.parametrize(
    ("text", "months", "amount"),
    [
        (
            "Our total liability under this Agreement is limited to the greater of (a) the "
            "Charges paid in the 12 months before the claim and (b) EUR 75,000.",
            12.0,
            75000.0,
        ),
        (
            "La responsabilité totale du Prestataire est limitée au plus élevé des deux montants "
            "suivants : 40 000 € ou les sommes versées au cours des douze derniers mois.",
            12.0,
            40000.0,
        ),
    ],
)
def test_a_cap_that_is_the_greater_of_a_sum_and_months_of_fees_gives_both(
    catalogue: Catalogue, text: str, months: float, amount: float
) -> None:
    report = analyse(catalogue, text)
    assert values(report, "liability.cap") == [months]
    assert values(report, "liability.cap", "cap_amount") == [amount]


def test_a_cap_of_the_yearly_flat_fee_is_twelve_months(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "La responsabilité du Prestataire est limitée au montant du forfait annuel payé par le "
        "Client pour l'année en cours.",
    )
    assert values(report, "liability.cap") == [12.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("La perte ou l'altération des données du Client imputable au Prestataire constitue un "
         "préjudice direct et réparable.", "covered"),
        ("Loss or corruption of Customer Data caused by the Supplier's failure to run the "
         "backups is treated as a direct loss.", "covered"),
        ("The Supplier is liable for the loss of Client Data caused by its failure to perform "
         "the Service.", "covered"),
        ("Neither party is liable for loss of profits or loss or corruption of data, whether "
         "direct or indirect.", "excluded"),
        ("Neither party shall be liable for indirect damages, which include loss of profit and "
         "loss of or damage to data.", "excluded"),
        ("Le Prestataire ne saurait être tenu pour responsable des pertes ou altérations de "
         "données, quelle qu'en soit la cause.", "excluded"),
    ],
)  # fmt: skip
def test_data_loss_covered_or_excluded(catalogue: Catalogue, text: str, expected: str) -> None:
    assert answer(analyse(catalogue, text), "liability.data_loss").value == expected


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Our total liability under these Terms is limited to the fees paid in the three "
                "months before the claim.",
                "Nothing in these Terms limits liability for fraud or for death or personal "
                "injury caused by negligence.",
            ),
            "some",
        ),
        (
            (
                "La responsabilité totale du Prestataire est limitée aux redevances des douze "
                "derniers mois.",
                "Ce plafond ne s'applique ni en cas de faute lourde, ni en cas de violation de "
                "données à caractère personnel.",
            ),
            "uncapped_or_supercap",
        ),
        (
            (
                "The Supplier's total liability shall not exceed the Charges paid in the twelve "
                "months before the claim.",
                "The Supplier's liability for breach of the data protection clause is subject to "
                "a separate aggregate limit of EUR 900,000.",
            ),
            "uncapped_or_supercap",
        ),
    ],
)
def test_carve_outs_in_other_words(
    catalogue: Catalogue, paragraphs: tuple[str, str], expected: str
) -> None:
    assert answer(analyse(catalogue, *paragraphs), "liability.carve_outs").value == expected
