"""What a list introduced by a denial is, and what "not covered by the response times" says.

- "The plan does not include: a, b, c", "Le forfait ne comprend pas : ..." is a list of
  exclusions, not the catalogue of the services provided.
- "Out-of-hours work is not covered by the response times" says how far a service level
  reaches, not that the work is out of scope.
- Excluded work "charged per incident under clause 5.1", "facturé selon l'article 9.2" comes
  with the rates that clause sets.

Each test writes its own sentences, French and English, and a near miss.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Support Plan does not include: hardware repairs, new projects, training or "
        "third-party licences.",
        "Our retainer doesn't cover: cabling, printer supplies, website changes.",
        "Le forfait ne comprend pas : les réparations matérielles, les formations et les "
        "licences tierces.",
        "L'abonnement ne couvre pas : le câblage, les consommables, les développements.",
    ],
)
def test_a_list_introduced_by_a_denial_is_no_service_catalogue(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "scope.service_catalogue") == []
    assert values(report, "scope.exclusions") == ["list_only"]


def test_a_list_of_what_the_plan_includes_is_a_catalogue(catalogue: Catalogue) -> None:
    # near miss: the same list said positively is what the plan provides
    report = analyse(
        catalogue,
        "The Support Plan includes: helpdesk, patching, monitoring and backup of the servers.",
    )
    assert values(report, "scope.service_catalogue") == ["list_only"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Weekend work is available on request and is not covered by the response times below.",
        "Requests logged at night are not covered by the service levels in Schedule 2.",
        "Les interventions du samedi ne sont pas couvertes par les délais de la section 4.",
        "Les demandes hors heures ouvrées ne sont pas couvertes par les engagements de GTI.",
    ],
)
def test_what_a_service_level_does_not_reach_is_no_exclusion(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.exclusions") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "The plan does not include hardware repair or training. Such work is charged per "
        "incident under clause 6.1.",
        "Projects are not included; they are billed as set out in section 9.",
        "Le forfait ne comprend pas les projets. Ils sont facturés selon l'article 8.2.",
        "Sont exclus du forfait : les formations et le câblage, facturés conformément à "
        "l'annexe 3.",
    ],
)
def test_excluded_work_charged_under_a_numbered_clause_has_rates(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.exclusions") == ["list_with_rates"]


def test_excluded_work_charged_without_a_rate_has_none(catalogue: Catalogue) -> None:
    # near miss: charged, but neither a sum nor the clause that prices it
    report = analyse(
        catalogue, "The plan does not include training. Such work is charged separately."
    )
    assert values(report, "scope.exclusions") == ["list_only"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Work outside the scope of Schedule 1, including new equipment and projects, is "
        "chargeable at the day rates in Schedule 3.",
        "Services beyond the scope, such as training or cabling, are billed at EUR 85 per hour.",
        "Les prestations hors périmètre, notamment les déménagements et la formation, sont "
        "facturées 90 € HT de l'heure.",
        "Les travaux hors du périmètre, tels que le câblage, sont facturés selon l'article 9.2.",
    ],
)
def test_out_of_scope_work_with_named_examples_is_a_list(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.exclusions") == ["list_with_rates"]


def test_out_of_scope_work_named_by_no_example_is_no_list(catalogue: Catalogue) -> None:
    # near miss: a generic statement, nothing is listed
    report = analyse(catalogue, "Work outside the scope is chargeable at the Provider's rates.")
    assert values(report, "scope.exclusions") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "You must give our engineers safe access to your premises and tell us about any fault.",
        "You agree to provide a named contact at each site and remote access to your systems.",
        "Le Client désigne deux contacts joignables pendant l'astreinte.",
        "Vous devez fournir un accès à vos locaux et un interlocuteur unique.",
    ],
)
def test_the_clients_duties_said_to_you_are_client_obligations(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.client_obligations") == ["reasonable"]


def test_a_duty_of_the_provider_to_you_is_no_client_obligation(catalogue: Catalogue) -> None:
    # near miss: the provider gives the client a contact, the client owes nothing
    report = analyse(catalogue, "We give you a named contact and access to our portal.")
    assert values(report, "scope.client_obligations") == []
