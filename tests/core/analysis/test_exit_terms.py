"""Exit terms in other words: the end of the service or subscription as the end of the
contract, data downloaded in standard formats, a fixed exit charge, exit help at a day rate
with a ceiling, the return of the data on a separate quotation.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


def test_whatever_the_reason_the_service_ends_is_any_cause(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Whatever the reason the subscription ends, the Customer may download its files in "
        "standard formats (CSV and PST) for 45 days after the end date.",
    )
    assert answer(report, "reversibility.any_cause").value == "any_time"
    assert answer(report, "reversibility.open_formats").value == "standard_exports"
    assert values(report, "reversibility.data_return_days") == [45.0]


def test_a_fixed_exit_charge_is_a_fixed_price(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Exit Management Charge: a fixed charge of EUR 7,200.00 covers all the exit assistance, "
        "whatever the reason for termination.",
    )
    assert answer(report, "reversibility.exit_price").value == "included_or_fixed"
    assert values(report, "reversibility.exit_price", "exit_fee") == [7200.0]


@pytest.mark.parametrize(
    "text",
    [
        "Exit assistance is charged at the day rate in Schedule 3, capped at eight days.",
        "L'assistance à la réversibilité est facturée au taux de 95 € HT l'heure, sans pouvoir "
        "dépasser 30 heures au total.",
        "The Supplier provides up to six (6) person-days of transition assistance, charged at "
        "EUR 900 per day.",
    ],
)
def test_exit_help_at_a_rate_with_a_ceiling_is_capped_time_and_materials(
    catalogue: Catalogue, text: str
) -> None:
    assert answer(analyse(catalogue, text), "reversibility.exit_price").value == (
        "capped_time_materials"
    )


def test_the_return_of_the_data_on_a_separate_quotation_is_unpriced(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "La restitution des données et l'assistance au changement de prestataire font l'objet "
        "d'un devis séparé.",
    )
    assert answer(report, "reversibility.exit_price").value == "unpriced"


@pytest.mark.parametrize(
    "text",
    [
        "During a transition period of sixty days after the end of the Agreement, the Provider "
        "continues to provide the Services at the Service Levels of clause 6.",
        "During the Termination Assistance Period the Supplier shall continue to provide the "
        "Services at the Service Levels of Schedule 2.",
    ],
)
def test_service_levels_kept_during_a_transition_are_full_sla(
    catalogue: Catalogue, text: str
) -> None:
    assert answer(analyse(catalogue, text), "reversibility.service_during_exit").value == (
        "full_sla"
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Provider deletes Customer data within sixty days after termination and will "
        "confirm deletion in writing if you ask.",
        "Halvorsen deletes all Customer Data within sixty (60) days after the end date and "
        "provides a deletion certificate if Customer asks for one.",
    ],
)
def test_a_deletion_confirmed_if_asked_is_on_request(catalogue: Catalogue, text: str) -> None:
    assert answer(analyse(catalogue, text), "reversibility.deletion_certificate").value == (
        "on_request"
    )


def test_standard_formats_with_the_configuration_documentation_are_a_full_export(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Within ten Business Days of the end of this Agreement, the Supplier shall return all "
        "Customer data in industry-standard formats together with the configuration "
        "documentation.",
    )
    assert answer(report, "reversibility.open_formats").value == "full_export_docs"
