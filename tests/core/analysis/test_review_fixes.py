"""Three readings a reviewer found wrong: a tier table whose header's first cell is empty, a
termination right the provider holds after a sole remedy, and a renewal "tous les six mois".

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.analysis.reading_text import text_blocks
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


def analyse_markdown(catalogue: Catalogue, *paragraphs: str) -> AnalysisReport:
    """Analyse paragraphs read as a Markdown file (pipe tables become table rows)."""
    blocks = text_blocks("\n\n".join(paragraphs))
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.md")
    return analyze_text(document, catalogue)


# --- 1. Tiers side by side under a header whose first cell is empty ---------------------------

_TIER_TABLE_EN = (
    "|  | Basic | Plus | Premium |\n"
    "|---|---|---|---|\n"
    "| Support hours | Mon-Fri 09:00-17:00 | Mon-Fri 08:00-19:00 | 24x7 |\n"
    "| P1 response | 8 business hours | 2 business hours | 30 minutes |\n"
    "| P2 response | 2 business days | 6 business hours | 2 hours |\n"
)
_TIER_TABLE_FR = (
    "|  | Essentiel | Confort | Sérénité |\n"
    "|---|---|---|---|\n"
    "| Délai d'intervention P1 | 8 heures ouvrées | 2 heures ouvrées | 30 minutes |\n"
)


@pytest.mark.parametrize(
    ("order", "p1", "p2"),
    [
        ("The Client has subscribed to the Plus tier.", 120, 360),
        ("Service Tier: PLUS", 120, 360),
        ("Service Tier: PREMIUM", 30, 120),
    ],
)
def test_a_tier_row_without_a_label_heading_is_read_in_the_bought_column(
    catalogue: Catalogue, order: str, p1: int, p2: int
) -> None:
    report = analyse_markdown(catalogue, order, _TIER_TABLE_EN)
    assert answer(report, "support.p1_response").value == p1
    assert answer(report, "support.p2_response").value == p2


def test_the_first_tier_column_is_the_clients_only_when_bought(catalogue: Catalogue) -> None:
    report = analyse_markdown(catalogue, "Service Tier: BASIC", _TIER_TABLE_EN)
    assert answer(report, "support.p1_response").value == 480
    assert answer(report, "support.hours_defined").value == "business_defined"


def test_a_french_tier_row_without_a_label_heading(catalogue: Catalogue) -> None:
    report = analyse_markdown(catalogue, "Le Client a souscrit la formule Confort.", _TIER_TABLE_FR)
    assert answer(report, "support.p1_response").value == 120


# --- 2. A termination right after a sole remedy: whose right ----------------------------------

_SOLE_EN = "Service credits are the Customer's sole and exclusive remedy. "
_SOLE_FR = "Les pénalités sont libératoires et constituent le seul recours du Client. "


@pytest.mark.parametrize(
    ("providers", "clients"),
    [
        (
            _SOLE_EN + "However, the Provider may terminate the Agreement if the Customer fails "
            "to pay.",
            _SOLE_EN + "However, the Customer may terminate the Agreement if availability falls "
            "below 99 % for three consecutive months.",
        ),
        (
            _SOLE_EN + "However, if the Customer fails to pay, the Agreement may be terminated by "
            "the Provider.",
            _SOLE_EN + "However, if the Provider misses the availability target three months "
            "running, the Customer may terminate the Agreement.",
        ),
        (
            _SOLE_EN + "However, the Provider's right to terminate the Agreement for non-payment "
            "is not affected.",
            _SOLE_EN + "However, the Customer's right to terminate the Agreement for chronic "
            "failure is not affected.",
        ),
        (
            _SOLE_FR + "Toutefois, le Prestataire pourra résilier le contrat en cas de défaut de "
            "paiement du Client.",
            _SOLE_FR + "Toutefois, le Client pourra résilier le contrat si la disponibilité est "
            "inférieure à 99 % trois mois de suite.",
        ),
        (
            _SOLE_FR + "Toutefois, le contrat pourra être résilié par le Prestataire en cas de "
            "défaut de paiement.",
            _SOLE_FR + "Toutefois, le contrat pourra être résilié par le Client si la "
            "disponibilité est inférieure à 99 % trois mois de suite.",
        ),
    ],
)
def test_only_the_clients_right_to_terminate_qualifies_a_sole_remedy(
    catalogue: Catalogue, providers: str, clients: str
) -> None:
    """The provider's right to end the contract is no way out for the client: the remedy
    stays sole; the client's own right, in the same words, still qualifies it."""
    assert values(analyse(catalogue, providers), "liability.sole_remedy") == ["sole_remedy"]
    report = analyse(catalogue, clients)
    assert values(report, "liability.sole_remedy") == ["credits_plus_termination"]


# --- 3. A renewal every n months --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "Le contrat est conclu pour une durée initiale de douze mois. Il se renouvelle par "
            "tacite reconduction tous les six mois.",
            6,
        ),
        ("Le contrat se renouvelle par tacite reconduction tous les trois mois.", 3),
        (
            "The Agreement is tacitly renewed each six month period unless either party gives "
            "notice by registered letter.",
            6,
        ),
        ("This Agreement shall automatically renew every six months unless terminated.", 6),
    ],
)
def test_a_renewal_every_n_months_is_n_months_long(
    catalogue: Catalogue, text: str, months: int
) -> None:
    report = analyse(catalogue, text)
    assert values(report, "costs.tacit_renewal", "renewal_period") == [months]
    assert "none_or_yearly_email" not in values(report, "costs.tacit_renewal")


@pytest.mark.parametrize(
    "text",
    [
        "Le contrat est reconduit tacitement tous les six mois, sauf dénonciation par lettre "
        "recommandée avec accusé de réception.",
        "The Agreement is tacitly renewed each six month period unless either party gives "
        "notice by registered letter.",
    ],
)
def test_a_six_month_renewal_with_notice_by_registered_letter_only(
    catalogue: Catalogue, text: str
) -> None:
    report = analyse(catalogue, text)
    assert values(report, "costs.tacit_renewal") == ["yearly_strict_channel"]


def test_a_renewal_each_month_is_still_one_month(catalogue: Catalogue) -> None:
    """A word that only qualifies the month ("each calendar month") still reads one month,
    while a number of months in the same place counts them."""
    for text, months in [
        ("Le contrat se renouvelle par tacite reconduction chaque mois.", 1),
        ("Le contrat se renouvelle par tacite reconduction tous les six mois.", 6),
        ("The subscription renews automatically each calendar month.", 1),
        ("The subscription renews automatically at the start of each billing month.", 1),
        ("The subscription renews automatically each six month period.", 6),
    ]:
        report = analyse(catalogue, text)
        assert values(report, "costs.tacit_renewal", "renewal_period") == [months], text
