"""Exit formats, deletion proofs and the initial term, read for the whole family of their
wordings.

- Data returned in its native format ("export natif", "native files", "commonly used formats")
  is a standard export; with the runbooks or configurations too, a full export.
- A deletion confirmed in writing or certified "within a further 14 days" is a certificate
  within a stated delay.
- The initial term said as the time the service "runs for", the contract is "prolongé de", or
  "for a minimum of"; not an optional plan the client may not have ("not available to you
  unless your Order Form says so").

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "À la fin du contrat, le Prestataire restitue les données du Client en export natif de "
        "chaque logiciel dans un délai de quinze jours.",
        "Les fichiers sont rendus au Client dans leurs formats d'origine à l'issue du contrat.",
        "On termination the Supplier returns all mailboxes and files as native exports within "
        "ten days.",
        "At the end of the contract the data is handed back in commonly used formats (PST, "
        "native Office files).",
    ],
)
def test_native_formats_are_standard_exports(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.open_formats") == [
        "standard_exports"
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "On exit the Provider returns the backups in their native format with its runbooks and "
        "configuration exports.",
        "En fin de contrat, les données sont restituées en format natif, avec la documentation "
        "d'exploitation à jour.",
    ],
)
def test_native_formats_with_the_runbooks_are_a_full_export(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.open_formats") == [
        "full_export_docs"
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Remaining copies are destroyed within a further 30 days and a deletion certificate is "
        "sent to the Customer.",
        "Within 60 days after the return, the Supplier deletes every copy and confirms it in "
        "writing.",
        "Le Prestataire détruit les copies restantes dans un délai de 30 jours et remet au "
        "Client une attestation de destruction.",
    ],
)
def test_a_deletion_certified_within_a_delay(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.deletion_certificate") == [
        "certificate_3_months"
    ]


@pytest.mark.parametrize(
    ("paragraph", "months"),
    [
        ("The managed service starts on 1 March and runs for eighteen months.", 18),
        ("The support retainer is agreed for a minimum of six months.", 6),
        ("Par le présent avenant, la durée du contrat est prolongée de douze (12) mois.", 12),
        ("L'abonnement est souscrit pour une durée minimale de 24 mois.", 24),
    ],
)
def test_the_initial_term_in_other_words(catalogue: Catalogue, paragraph: str, months: int) -> None:
    assert values(analyse(catalogue, paragraph), "costs.initial_term") == [months]


def test_an_optional_plan_not_taken_sets_no_term(catalogue: Catalogue) -> None:
    # near-miss: a longer plan the client does not have
    report = analyse(
        catalogue,
        "Two-year plans are not available to you unless your Order Form says so; they run for "
        "24 months.",
    )
    assert values(report, "costs.initial_term") == []
