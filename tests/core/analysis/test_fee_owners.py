"""Which monthly sum is the fee: the label a sum belongs to, the unit price of a rate row, the
lines of a stated total, an offer the client declined, a price "if you add" something.

Each test writes its own sentences, French and English, in the ways price schedules phrase
them, and checks the fee the client pays is kept while the other sums are set aside.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


def _with_table(catalogue: Catalogue, before: str, rows: list[str], after: str) -> AnalysisReport:
    blocks = [Block(before, "§ 1")]
    blocks += [Block(row, f"tab. 1, l. {n}", table_row=True) for n, row in enumerate(rows, 2)]
    blocks.append(Block(after, "§ 2"))
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt")
    return analyze_text(document, catalogue)


def _fees(report: AnalysisReport) -> list[object]:
    return values(report, "costs.pricing_model", "monthly_fee")


# --- 1. Lines of a stated total -------------------------------------------------------------


def test_the_lines_that_add_up_to_the_stated_total_are_its_parts(catalogue: Catalogue) -> None:
    report = _with_table(
        catalogue,
        "Les frais mensuels se composent comme suit :",
        [
            "Élément : Ordinateur géré | Prix unitaire : 60,00 € | Quantité : 20 | "
            "Montant mensuel : 1 200,00 €",
            "Élément : Pare-feu géré | Prix unitaire : 150,00 € | Quantité : 2 | "
            "Montant mensuel : 300,00 €",
        ],
        "Les frais mensuels du Client s'élèvent donc à 1 500,00 € HT.",
    )
    assert _fees(report) == [1500.0]


def test_lines_that_do_not_add_up_to_the_fee_are_kept(catalogue: Catalogue) -> None:
    # two lines of 1 200 and 300 beside a fee of 1 900: no sum, nothing is set aside
    report = _with_table(
        catalogue,
        "Monthly charges:",
        [
            "Item : Managed laptop | Quantity : 20 | Amount per month : EUR 1,200.00",
            "Item : Managed firewall | Quantity : 2 | Amount per month : EUR 300.00",
        ],
        "The monthly fee for the hosting is EUR 1,900.00.",
    )
    assert sorted(_fees(report)) == [300.0, 1200.0, 1900.0]  # type: ignore[type-var]


# --- 2. A row labelled by its unit or as outside the fee ------------------------------------


def test_a_row_labelled_per_user_gives_a_unit_price_not_the_fee(catalogue: Catalogue) -> None:
    report = _with_table(
        catalogue,
        "Our rates are set per tier.",
        ["Item : Price per user per month | Standard : EUR 45 | Premium : EUR 60"],
        "The Customer has 30 users, so the monthly fee is EUR 1,350.",
    )
    assert _fees(report) == [1350.0]


def test_a_row_outside_the_fee_is_no_fee(catalogue: Catalogue) -> None:
    report = _with_table(
        catalogue,
        "La redevance mensuelle est fixée à 900,00 EUR HT.",
        ["Prestation hors forfait : Poste supplémentaire | Prix HT : 25,00 EUR par mois"],
        "Les prestations hors forfait sont facturées au mois.",
    )
    assert _fees(report) == [900.0]


def test_a_row_of_the_fee_itself_is_kept(catalogue: Catalogue) -> None:
    report = _with_table(
        catalogue,
        "Prix :",
        ["Formule : Infogérance complète | Redevance mensuelle : 2 400,00 € HT"],
        "Le prix est révisable chaque année.",
    )
    assert _fees(report) == [2400.0]


# --- 3. A sum that belongs to another label -------------------------------------------------


def test_a_sum_after_another_fees_label_is_not_the_monthly_fee(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Total Monthly Charges 5,100.00 One-off onboarding fee: EUR 3,800.00, invoiced at the "
        "start of the services.",
    )
    assert 3800.0 not in _fees(report)
    assert values(report, "costs.pricing_model", "setup_fee") == [3800.0]


def test_a_label_gives_the_sum_after_its_colon_not_the_one_before(catalogue: Catalogue) -> None:
    # a table flattened into text: the last cell of the line above comes just before the label
    report = analyse(
        catalogue,
        "Hébergement du serveur 1 180,00 € 180,00 € Redevance mensuelle forfaitaire : "
        "1.960,00 EUR HTVA.",
    )
    assert _fees(report) == [1960.0]


def test_a_sum_with_its_unit_after_it_keeps_its_anchor(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Prix de l'abonnement : 640,00 € HT par mois, payable d'avance.")
    assert _fees(report) == [640.0]


# --- 4. An offer declined, a price under a condition ----------------------------------------


def test_an_option_the_next_sentence_declines_has_no_fee(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "La redevance mensuelle est de 480 € HT. Une supervision renforcée (option « Vigie », "
        "35 € HT par mois) a été proposée au Client. Le Client a choisi de ne pas la souscrire.",
    )
    assert _fees(report) == [480.0]


def test_a_plan_the_customer_did_not_take_has_no_fee(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The monthly fee is EUR 720. A Premium plan is also available at EUR 990 per month. "
        "The Customer declined it at signature.",
    )
    assert _fees(report) == [720.0]


def test_an_offer_followed_by_an_unrelated_sentence_is_kept(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The Premium plan is offered at EUR 990 per month. It is invoiced in advance.",
    )
    assert _fees(report) == [990.0]


def test_a_price_if_something_is_added_is_a_what_if(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le forfait est de 180 € HT par mois. Si vous ajoutez le poste de l'accueil, le forfait "
        "passerait à 205 € HT par mois.",
    )
    assert _fees(report) == [180.0]


# --- 5. The pricing model ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Team plan: EUR 29 per agent seat per month.", "unit_prices"),
        ("Cloud Hosting is billed EUR 140 per virtual machine per month.", "unit_prices"),
        ("Le forfait mensuel est de mille deux cents euros hors taxes (1 200 € HT), payable le "
         "5 de chaque mois.", "bundle_with_inclusions"),
        ("La redevance mensuelle des services couverts par la présente annexe est fixée à "
         "980,00 EUR HT.", "bundle_with_inclusions"),
    ],
)  # fmt: skip
def test_the_pricing_model_in_other_words(catalogue: Catalogue, text: str, expected: str) -> None:
    assert answer(analyse(catalogue, text), "costs.pricing_model").value == expected
