"""A sum's unit and its label say which fee it is.

- A column named per unit ("Price per user per month", "Prix par poste") prices one unit in
  every row under it: the fee is the total read elsewhere, not the row's unit price.
- A sum labelled monthly ("Forfait mensuel total 1 770 €", "Monthly total EUR 2,100") is a
  recurring charge, never the one-off set-up fee, even when a set-up sentence follows it.
- A set-up price per unit followed by its total ("40 € par poste, soit 880 €", "EUR 25 per
  device, i.e. EUR 750") gives the total.
- "Montant mensuel HT :" is a monthly fee's label as "Montant mensuel :" is.

Each test writes its own sentences, French and English, and a near miss that must keep its sum.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


def _with_table(catalogue: Catalogue, rows: list[str], after: str) -> AnalysisReport:
    blocks = [Block("Price schedule / Grille tarifaire", "§ 1")]
    blocks += [Block(row, f"tab. 1, l. {n}", table_row=True) for n, row in enumerate(rows, 2)]
    blocks.append(Block(after, "§ 2"))
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt")
    return analyze_text(document, catalogue)


@pytest.mark.parametrize(
    ("rows", "after", "fee"),
    [
        (
            ["Plan : Advanced | Price per user per month : EUR 58 | Includes : EDR, backup"],
            "The Client has chosen the Advanced plan for 25 users, EUR 1,450 per month.",
            1450,
        ),
        (
            ["Service tier : Gold | Monthly price per device : EUR 40 | Response : 1 hour"],
            "Monthly fee for the 50 devices covered: EUR 2,000.",
            2000,
        ),
        (
            ["Formule : Sérénité | Prix par poste et par mois : 42 € HT | Contenu : supervision"],
            "Pour 30 postes, la redevance mensuelle s'élève à 1 260 € HT.",
            1260,
        ),
        (
            ["Offre : Pro | Tarif mensuel par utilisateur : 35 € | Horaires : 8h-18h"],
            "Le Client règle un forfait mensuel de 700 € HT pour ses 20 utilisateurs.",
            700,
        ),
    ],
)
def test_a_column_priced_per_unit_gives_no_fee_when_the_total_is_read(
    catalogue: Catalogue, rows: list[str], after: str, fee: int
) -> None:
    assert values(_with_table(catalogue, rows, after), "costs.pricing_model", "monthly_fee") == [
        fee
    ]


def test_a_unit_price_alone_stays_the_fee(catalogue: Catalogue) -> None:
    # near miss: nothing else gives the fee, the per-site price of a single site is kept
    report = _with_table(
        catalogue,
        ["Plan : Monitoring | Price per site per month : EUR 45 | Set-up : EUR 150"],
        "Invoices are due in 30 days.",
    )
    assert 45 in values(report, "costs.pricing_model", "monthly_fee")


@pytest.mark.parametrize(
    ("paragraph", "setup"),
    [
        (
            "Forfait mensuel total 1 770 € Les frais de mise en service, comprenant l'audit, "
            "s'élèvent à 2 400 € HT.",
            2400,
        ),
        (
            "Redevance mensuelle HT : 980 € ; frais d'installation facturés à la signature : "
            "1 500 € HT.",
            1500,
        ),
        (
            "Monthly total EUR 2,100 The set-up fee, covering the audit and the rollout, is "
            "EUR 3,300.",
            3300,
        ),
        (
            "Recurring charge: EUR 640. One-off onboarding fee: EUR 900.",
            900,
        ),
    ],
)
def test_a_sum_labelled_monthly_is_no_setup_fee(
    catalogue: Catalogue, paragraph: str, setup: int
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model", "setup_fee") == [setup]


@pytest.mark.parametrize(
    ("paragraph", "setup"),
    [
        ("Des frais de mise en service de 40 € HT par poste, soit 880 € HT, sont facturés.", 880),
        ("Les frais d'installation sont de 60 € par utilisateur, au total 1 200 € HT.", 1200),
        ("A set-up fee of EUR 25 per device, making EUR 750, is invoiced on delivery.", 750),
        ("The onboarding fee is EUR 90 per user, that is EUR 1,800 for the 20 users.", 1800),
    ],
)
def test_a_setup_price_per_unit_followed_by_its_total_gives_the_total(
    catalogue: Catalogue, paragraph: str, setup: int
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model", "setup_fee") == [setup]


def test_a_setup_price_per_unit_alone_is_kept(catalogue: Catalogue) -> None:
    # near miss: no total follows, the per-site set-up price is all the contract says
    report = analyse(catalogue, "A set-up fee of EUR 150 per site is charged on the first invoice.")
    assert values(report, "costs.pricing_model", "setup_fee") == [150]


@pytest.mark.parametrize(
    "rows",
    [
        [
            "Élément : Supervision | Montant mensuel HT : 1.250,00 EUR",
            "Élément : Total mensuel | Montant mensuel HT : 1.250,00 EUR",
        ],
        ["Poste : Total | Coût mensuel hors taxes : 1 250 €"],
    ],
)
def test_a_monthly_amount_before_tax_is_a_monthly_fee(
    catalogue: Catalogue, rows: list[str]
) -> None:
    report = _with_table(catalogue, rows, "Les prix sont fermes pour la durée initiale.")
    assert values(report, "costs.pricing_model", "monthly_fee") == [1250]


@pytest.mark.parametrize(
    ("paragraph", "fee"),
    [
        ("La partie forfaitaire est rémunérée par un prix mensuel global de 2 340,00 € HT.", 2340),
        ("Le Client verse un montant mensuel forfaitaire de 1 180 € HT.", 1180),
        ("The monthly flat charge is EUR 1,180, invoiced in advance.", 1180),
        ("Charges: a monthly total of EUR 2,340 excluding VAT.", 2340),
    ],
)
def test_a_global_or_flat_monthly_price_is_the_fee(
    catalogue: Catalogue, paragraph: str, fee: int
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model", "monthly_fee") == [fee]


def test_a_table_line_total_beats_its_unit_price(catalogue: Catalogue) -> None:
    # the lines of a stated total are read by their "Total" cells, not their unit prices,
    # and set aside as parts of the fee stated below them
    report = _with_table(
        catalogue,
        [
            "Élément : Poste | Quantité : 40 | Prix unitaire mensuel HT : 30,00 € | "
            "Total mensuel HT : 1 200,00 €",
            "Élément : Serveur | Quantité : 2 | Prix unitaire mensuel HT : 150,00 € | "
            "Total mensuel HT : 300,00 €",
        ],
        "La redevance mensuelle s'élève donc à 1 500,00 € HT.",
    )
    assert values(report, "costs.pricing_model", "monthly_fee") == [1500]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Toute modification du périmètre fait l'objet d'un bon de commande signé, valorisé aux "
        "prix unitaires de l'article 7.",
        "Les évolutions du parc sont facturées sur bon de commande aux tarifs unitaires de "
        "l'annexe 2.",
        "Changes to the scope are made by signed change order, priced at the unit prices of "
        "Schedule 4.",
        "Each change request is valued at the unit prices in the rate card.",
    ],
)
def test_unit_prices_that_value_changes_are_no_pricing_model(
    catalogue: Catalogue, paragraph: str
) -> None:
    # the price of a change of scope belongs to the change procedure, not to how the service
    # itself is priced
    assert "unit_prices" not in values(analyse(catalogue, paragraph), "costs.pricing_model")


def test_a_service_priced_per_unit_is_unit_pricing(catalogue: Catalogue) -> None:
    # near miss: the service itself is charged per device
    report = analyse(catalogue, "The service is charged at EUR 35 per device per month.")
    assert values(report, "costs.pricing_model") == ["unit_prices"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Chaque poste supplémentaire est facturé 58 € HT par mois.",
        "Tout nouvel utilisateur coûte 12 € HT par mois.",
        "Each additional server is charged at EUR 145 a month.",
        "Every extra mailbox costs EUR 4 per month.",
    ],
)
def test_the_price_of_one_more_unit_prices_the_changes(
    catalogue: Catalogue, paragraph: str
) -> None:
    # a sum stated for one more unit tells the client what a change of scope will cost
    assert values(analyse(catalogue, paragraph), "scope.change_procedure") == ["unit_prices"]


def test_one_more_unit_without_a_price_prices_no_change(catalogue: Catalogue) -> None:
    # near miss: the extra unit is mentioned, no price is stated
    report = analyse(catalogue, "Each additional server is added to the monitoring on request.")
    assert values(report, "scope.change_procedure") == []


@pytest.mark.parametrize(
    ("paragraph", "setup"),
    [
        ("La phase de transition entrante est facturée une fois 4 800 € HT.", 4800),
        ("La transition entrante est facturée 3 100 € HT à la signature.", 3100),
        ("La prise en main initiale du système d'information est facturée 950 € HT.", 950),
        ("Les frais de la phase d'entrée s'élèvent à 2 000 € HT.", 2000),
    ],
)
def test_the_incoming_transition_is_the_setup_fee(
    catalogue: Catalogue, paragraph: str, setup: int
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model", "setup_fee") == [setup]


def test_the_outgoing_transition_is_no_setup_fee(catalogue: Catalogue) -> None:
    # near miss: the transition at the end of the contract
    report = analyse(catalogue, "La transition sortante est facturée 1 500 € HT.")
    assert values(report, "costs.pricing_model", "setup_fee") == []
