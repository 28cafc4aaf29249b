"""Whether recovery objectives are set for the whole or service by service.

Reading habits tested here, each in sentences of our own, French and English:

1. Recovery objectives stated with no service named are global, one figure or a set, in a
   sentence or in the row of the tier bought (a tier not bought is left to the tier reading).
2. A table whose rows are keyed by component, module or environment gives its figures one
   component at a time (per service); the criterion then takes the most demanding figures.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "sentence",
    [
        "Recovery objectives: RTO 8 hours, RPO 6 hours.",
        "Objectifs de reprise : DMIA de 12 heures et PDMA de 4 heures pour l'ensemble du "
        "système d'information.",
        "Le RTO est de 4 heures et le RPO de 24 heures.",
        "The recovery time objective is 12 hours and the recovery point objective 2 hours.",
        # one figure, said of the whole
        "La durée maximale d'interruption admissible est de 6 heures pour toutes les applications.",
        "The RPO is 4 hours across all the Customer's systems.",
        "Tier : Gold | RPO : 1 hour | RTO : 4 hours | Retention : 35 days",
        "Un RPO global de 24 heures s'applique.",
        # one figure, no service named
        "The Recovery Point Objective is 24 hours.",
        "La perte de données maximale admissible est donc de 24 heures.",
    ],
)
def test_a_set_of_objectives_is_global(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "continuity.per_service") == ["global"]


@pytest.mark.parametrize(
    "row",
    [
        "Component : Database | RPO : 15 minutes | RTO : 8 hours",
        "Composant : Messagerie | DMIA : 8 heures | PDMA : 24 heures",
        "Environnement : Production | RTO : 4 heures | RPO : 1 heure",
        "Module : Paie | RTO : 24 heures | RPO : 24 heures",
    ],
)
def test_a_row_keyed_by_component_is_per_service(catalogue: Catalogue, row: str) -> None:
    assert values(analyse(catalogue, row), "continuity.per_service") == ["per_service"]


def test_the_most_demanding_component_gives_the_objectives(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Component : Order platform (database) | RPO : 30 minutes | RTO : 6 hours",
        "Component : Archive of scanned invoices | RPO : 24 hours | RTO : 48 hours",
    )
    assert values(report, "continuity.per_service") == ["per_service"]
    assert values(report, "continuity.rpo") == [30]
    assert values(report, "continuity.rto") == [360]


# --- 4. Lesser services, and servers classed by tier or priority --------------------------------
# Reading habit: recovery times given by class of system (Tier A / Tier B workloads, servers
# marked Priority B, "the other services") are set service by service, whether the lesser
# class comes in the same sentence or one of its own; a support priority ("Priorité 2") is
# no class of systems.


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "After a disaster in the primary region, the Provider restores Tier A workloads "
            "within 6 hours and Tier B workloads within 48 hours.",
        ),
        (
            "In a disaster the RTO is 4 hours for Priority A servers; servers marked Priority B "
            "are recovered within twice the RTO.",
        ),
        (
            "En cas de sinistre, le Prestataire rétablit l'ERP sous 8 heures.",
            "Les autres services (archives, intranet) sont rétablis dans un délai de cinq jours "
            "ouvrés.",
        ),
        (
            "En cas de sinistre, les serveurs du groupe B sont redémarrés sous 24 heures, après "
            "ceux du groupe A (4 heures).",
        ),
    ],
)
def test_recovery_by_class_of_system_is_per_service(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "continuity.per_service") == ["per_service"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "En cas de sinistre, le Prestataire rétablit le service sous 8 heures.",
            "- Priorité 2 – un service ou un groupe d'utilisateurs gêné : prise en charge sous "
            "2h, rétablissement sous 8 heures ouvrées ;",
        ),
        ("Les autres incidents sont rétablis sous 5 jours ouvrés.",),
        ("In a disaster, our Tier 2 support team restores the service within 4 hours.",),
        (
            "Après un sinistre, le service est rétabli par nos techniciens de niveau 2 sous 4 "
            "heures.",
        ),
    ],
)
def test_a_support_priority_is_no_class_of_systems(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "per_service" not in values(analyse(catalogue, *paragraphs), "continuity.per_service")
