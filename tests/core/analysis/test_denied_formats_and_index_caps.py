"""Exit formats and price-revision caps read as a careful reader reads them.

- "non-proprietary formats" denies the proprietary format, it does not name one: neither the
  exit formats nor the provider's documentation are proprietary because of it.
- "un format ouvert et documenté", "documented formats": data returned with the description
  of its structure is a full export with documentation.
- A revision "dans la limite d'une hausse de 3 %", "à concurrence de", "at most 4 %", "subject
  to a ceiling of" is capped.

Each test writes its own sentences, French and English, and near misses.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "On expiry the Supplier returns all Customer data in open, non-proprietary formats "
        "(CSV, XML), with documentation describing each file.",
        "At the end of the contract we hand back the data in non proprietary formats such as CSV "
        "and JSON, together with a data dictionary.",
        "À la fin du contrat, le Prestataire restitue les données au format CSV, format non "
        "propriétaire, accompagné d'une documentation des tables.",
        "En fin de contrat, les données sont restituées en formats ouverts, non-proprietary "
        "au sens de l'annexe, avec leur documentation.",
    ],
)
def test_non_proprietary_formats_are_no_proprietary_format(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "reversibility.open_formats") == ["full_export_docs"]
    assert "provider_only" not in values(report, "governance.documentation")


def test_a_proprietary_format_is_still_read(catalogue: Catalogue) -> None:
    # near miss: the format really is the provider's own
    report = analyse(
        catalogue,
        "On termination the data is exported in the Provider's proprietary backup format only.",
    )
    assert values(report, "reversibility.open_formats") == ["proprietary"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "En fin de contrat, le Prestataire restitue les données dans un format ouvert et "
        "documenté.",
        "À l'issue du contrat, les données sont rendues au Client dans des formats standards "
        "documentés, sous 30 jours.",
        "On exit, the Provider returns the data in open formats, documented so that a new "
        "supplier can load them.",
        "Upon termination all data is returned in standard formats and documented.",
    ],
)
def test_a_documented_open_format_is_a_full_export(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.open_formats") == [
        "full_export_docs"
    ]


def test_an_open_format_without_documentation_is_a_standard_export(catalogue: Catalogue) -> None:
    # near miss: nothing says the structure is described
    report = analyse(catalogue, "En fin de contrat, les données sont restituées en format ouvert.")
    assert values(report, "reversibility.open_formats") == ["standard_exports"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les prix sont révisés chaque année selon l'indice Syntec, dans la limite d'une hausse "
        "de 3 % par an.",
        "La redevance est indexée sur l'indice INSEE des services, à concurrence de 4 % l'an.",
        "Charges are adjusted each January by the CPI, at most 5 % in any year.",
        "Fees may be reviewed annually in line with the HICP index, subject to a ceiling of 4%.",
    ],
)
def test_a_bounded_revision_is_a_capped_index(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.indexation") == ["capped_index"]


def test_a_revision_without_bound_is_not_capped(catalogue: Catalogue) -> None:
    # near miss: the index alone, no limit
    report = analyse(
        catalogue, "Les prix sont révisés au 1er janvier de chaque année selon l'indice Syntec."
    )
    assert values(report, "costs.indexation") == ["index_no_cap"]


def test_a_denied_ceiling_caps_nothing(catalogue: Catalogue) -> None:
    # near miss: the next sentence names a ceiling only to deny it
    report = analyse(
        catalogue,
        "Each January the fees are adjusted in line with the Agoria index. No ceiling applies "
        "to this adjustment.",
    )
    assert values(report, "costs.indexation") == ["index_no_cap"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Toute autre modification tarifaire est notifiée au Client au moins 30 jours avant son "
        "entrée en vigueur.",
        "Mes tarifs peuvent évoluer ; je vous préviendrai deux mois avant toute hausse.",
        "Our rates may change from one year to the next; we tell you a month ahead.",
        "Les prix pourront être modifiés par le Prestataire moyennant un préavis d'un mois.",
    ],
)
def test_prices_that_may_change_on_notice_are_unilateral(
    catalogue: Catalogue, paragraph: str
) -> None:
    # a right to change the prices with nothing but notice: the provider decides
    assert values(analyse(catalogue, paragraph), "costs.indexation") == ["unilateral"]


def test_prices_that_may_change_with_the_index_only_are_not_unilateral(
    catalogue: Catalogue,
) -> None:
    # near miss: the change follows an index
    report = analyse(catalogue, "Les prix peuvent évoluer chaque année selon l'indice Syntec.")
    assert "unilateral" not in values(report, "costs.indexation")
