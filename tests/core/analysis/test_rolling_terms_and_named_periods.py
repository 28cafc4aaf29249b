"""Terms and notices read for the whole family of their wordings.

- A period of the calendar named by one word is a length: "one quarter's notice", "au moins
  un trimestre avant l'échéance" (3 months), "un semestre" (6 months), "a fortnight" (14 days);
  not "a quarter of the fee" nor "quarterly".
- A length introduced as the renewal period ("renews for periods of twelve months") is that
  period, not the notice.
- A contract that carries on month to month, or rolls on with no fixed period until one party
  gives notice, sets no renewal trap; its notice is the one its paragraph gives.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.analysis.rules import load_rules
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

# --- 1. Named periods -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("either party may end it on one quarter's notice", 90),
        ("notice must reach us a full quarter before the renewal date", 90),
        ("le préavis est d'un trimestre avant l'échéance", 90),
        ("résiliable avec un préavis d'un semestre", 180),
        ("on a fortnight's written notice", 14),
        ("moyennant une quinzaine de jours de préavis", 15),
    ],
)
def test_a_period_named_by_one_word_is_a_length(text: str, days: int) -> None:
    from slaeval.analysis.document import fold

    found = load_rules().quantities.durations(fold(text))
    assert [round(d.in_days()) for d in found] == [days]


@pytest.mark.parametrize(
    "text",
    ["a quarter of the monthly fee is credited", "quarterly service reviews", "un quart du prix"],
)
def test_a_share_or_a_rhythm_is_no_length(text: str) -> None:
    from slaeval.analysis.document import fold

    assert load_rules().quantities.durations(fold(text)) == []


# --- 2. The renewal period is not the notice ---------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "days"),
    [
        (
            "The Agreement renews automatically for periods of twelve months unless either party "
            "gives notice of at least a quarter before the end of the current term.",
            90,
        ),
        (
            "Le contrat est reconduit tacitement par périodes de douze mois, sauf dénonciation "
            "notifiée au moins un trimestre avant l'échéance.",
            90,
        ),
        (
            "It then renews for further terms of 24 months unless notice of non-renewal is served "
            "60 days before expiry.",
            60,
        ),
        (
            "À l'issue, il se renouvelle par périodes successives d'un an, sauf préavis de deux "
            "mois avant l'échéance.",
            60,
        ),
    ],
)
def test_the_renewal_period_is_not_the_notice(
    catalogue: Catalogue, paragraph: str, days: int
) -> None:
    assert values(analyse(catalogue, paragraph), "costs.renewal_notice") == [days]


# --- 3. Month to month, rolling ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "days"),
    [
        (
            "The support plan runs for an initial six months and then carries on month to month. "
            "Either of us may stop it with one month's notice by e-mail.",
            30,
        ),
        (
            "Après la période initiale, l'abonnement se poursuit de mois en mois, tacitement ; "
            "chaque partie peut y mettre fin avec un préavis de quinze jours.",
            15,
        ),
    ],
)
def test_month_to_month_is_no_renewal_trap(catalogue: Catalogue, paragraph: str, days: int) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "costs.tacit_renewal") == ["none_or_yearly_email"]
    assert values(report, "costs.tacit_renewal", "renewal_period") == [1]
    assert values(report, "costs.renewal_notice") == [days]


@pytest.mark.parametrize(
    "paragraph",
    [
        "After the first year the contract continues on a rolling basis until either party gives "
        "one quarter's notice.",
        "À l'issue de la première année, le contrat se poursuit de façon glissante, sauf préavis "
        "d'un trimestre notifié par l'une des parties.",
    ],
)
def test_a_rolling_contract_is_no_renewal_trap(catalogue: Catalogue, paragraph: str) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "costs.tacit_renewal") == ["none_or_yearly_email"]
    assert values(report, "costs.renewal_notice") == [90]
