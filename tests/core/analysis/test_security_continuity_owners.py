"""Whose figure it is, for backups, continuity, security and data: an illustration of a
definition, the client's own deadline towards the authority, an option left unticked, a denial
said far from its word, the review of access rights said apart from the named accounts, the
processor's duties listed in the clause itself.

Each test writes its own sentences, French and English, in the ways contracts phrase them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values

# --- 1. An illustration of a definition is no commitment ----------------------------------


@pytest.mark.parametrize(
    ("definition", "illustration", "commitment", "rpo"),
    [
        (
            "The recovery point objective (RPO) is the maximum period of data that may be lost.",
            "For instance, an RPO of 30 minutes means that at most half an hour of changes "
            "could be lost.",
            "For the Customer's platform the RPO is 6 hours.",
            360,
        ),
        (
            "La perte de données maximale admissible (PDMA) se mesure en heures.",
            "À titre d'exemple, une PDMA de 48 heures signifierait deux jours de saisie à "
            "refaire.",
            "Pour la plateforme du Client, la PDMA est de 12 heures.",
            720,
        ),
    ],
)
def test_an_illustrated_recovery_point_is_not_the_clients(
    catalogue: Catalogue, definition: str, illustration: str, commitment: str, rpo: int
) -> None:
    report = analyse(catalogue, definition, illustration, commitment)
    assert values(report, "continuity.rpo") == [rpo]


def test_an_illustration_alone_gives_no_recovery_figure(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "By way of example, an RTO of 2 hours would mean the service is back within two hours.",
    )
    assert values(report, "continuity.rto") == []
    assert values(report, "continuity.rpo") == []


# --- 2. The client's own deadline towards the authority -----------------------------------


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        (
            "Le Prestataire avise le Client de toute violation de données dans les 12 heures, "
            "afin que le Client puisse respecter son propre délai de notification de 72 heures "
            "auprès de la CNIL.",
            720,
        ),
        (
            "The Supplier shall notify the Customer of any personal data breach within 36 hours, "
            "so that the Customer can notify the Data Protection Commission within 72 hours.",
            2160,
        ),
    ],
)
def test_the_authoritys_deadline_is_not_the_providers_notice(
    catalogue: Catalogue, sentence: str, minutes: int
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "security.incident_notification") == [minutes]


def test_a_notice_given_with_aviser_is_read(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "En cas d'incident de sécurité sur le système du Client, le Prestataire l'avise dans les "
        "6 heures suivant sa détection.",
    )
    assert values(report, "security.incident_notification") == [360]


# --- 3. EDR: said not provided, or left unticked ------------------------------------------
# (an EDR only offered as an option, or "not part of the service", is read as no answer at all:
# ``test_clause_probes.py``)


@pytest.mark.parametrize(
    "sentence",
    [
        "Aucun outil de détection et de réponse de type EDR n'est fourni au titre du contrat.",
        "L'antivirus installé est un antivirus classique : ce n'est pas un EDR.",
        "Endpoint detection and response (EDR) with a round-the-clock SOC is not provided to "
        "the Customer.",
    ],
)
def test_edr_said_absent_is_false(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "security.edr").value is False


@pytest.mark.parametrize(
    "line",
    [
        "[ ] Managed EDR - EUR 7.00 per device per month - NOT SELECTED",
        "Item : EDR agent | Quantity : 0 | Unit price : 5.00 | Monthly : 0.00",
    ],
)
def test_an_unticked_edr_line_provides_no_edr(catalogue: Catalogue, line: str) -> None:
    report = analyse(catalogue, line)
    assert True not in values(report, "security.edr")


def test_an_edr_deployed_is_still_true(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Une solution EDR est déployée sur tous les postes ; ses alertes sont suivies."
    )
    assert answer(report, "security.edr").value is True


# --- 4. Named accounts, and their rights reviewed in another sentence ----------------------


@pytest.mark.parametrize(
    ("accounts", "review"),
    [
        (
            "Tous les comptes du Prestataire utilisés pour administrer les serveurs du Client "
            "sont nominatifs.",
            "Les droits sont revus chaque semestre avec le Client.",
        ),
        (
            "Each of our technicians works with a named account.",
            "Access is reviewed with the Customer every quarter.",
        ),
        (
            "Les techniciens disposent de comptes nominatifs ; le Prestataire revoit ces droits "
            "chaque trimestre.",
            "Les mots de passe sont conservés dans un coffre-fort numérique.",
        ),
    ],
)
def test_named_accounts_with_a_review_are_named_reviewed(
    catalogue: Catalogue, accounts: str, review: str
) -> None:
    report = analyse(catalogue, f"{accounts} {review}")
    assert answer(report, "security.least_privilege").value == "named_reviewed"


def test_named_accounts_without_a_review_stay_named_accounts(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Every engineer uses a named account.")
    assert answer(report, "security.least_privilege").value == "named_accounts"


# --- 5. The processor's duties listed in the clause itself --------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "When it processes personal data for the Client, the Provider acts only on the Client's "
        "documented instructions, keeps its staff bound by confidentiality and allows audits.",
        "L'accord de sous-traitance précise l'objet, la durée et les finalités des traitements, "
        "les mesures de sécurité et la liste des sous-traitants ultérieurs.",
    ],
)
def test_a_clause_listing_the_processors_duties_is_a_complete_agreement(
    catalogue: Catalogue, clause: str
) -> None:
    report = analyse(catalogue, clause)
    assert answer(report, "data.gdpr_dpa").value == "complete"


def test_a_processor_clause_without_its_duties_is_no_agreement(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "The Provider keeps the Client's personal data confidential at all times."
    )
    assert values(report, "data.gdpr_dpa") == []
