"""A detail named only to deny it provides nothing: "named accounts; they are not reviewed" has
named accounts, not reviewed ones, and "the following services are not included:" opens a list
of exclusions, not the list of services. Both were left by the review of round 9.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "Each administrator has a named account. Accounts are not reviewed.",
        "Named accounts are used; they are never reviewed.",
        "Les administrateurs ont des comptes nominatifs, qui ne sont jamais revus.",
        "Chaque technicien dispose d'un compte nominatif. Ces comptes ne sont pas revus.",
    ],
)
def test_named_accounts_whose_review_is_denied(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "security.least_privilege") == ["named_accounts"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Named accounts are used and reviewed every quarter.",
        "Each technician has a named account; access rights are reviewed twice a year.",
        "Les comptes sont nominatifs. Ils sont revus chaque trimestre.",
        "Les comptes d'administration sont nominatifs et font l'objet d'une revue annuelle.",
    ],
)
def test_named_accounts_that_are_reviewed(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "security.least_privilege") == ["named_reviewed"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The following services are not included:",
        "The following services are excluded from the package:",
        "Les prestations suivantes ne sont pas comprises :",
        "Les services suivants sont exclus du forfait :",
    ],
)
def test_a_list_of_what_is_not_included_is_no_service_list(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.service_catalogue") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The following services are included:",
        "Le forfait comprend les prestations suivantes :",
    ],
)
def test_a_list_of_services_is_still_read(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "scope.service_catalogue") == ["list_only"]
