"""Which act a delay or a test belongs to, for security notices and continuity.

Reading habits tested here, each in sentences of our own, French and English:

1. A delay to isolate, contain or disconnect a compromised machine, "on an alert", is the
   isolation's delay: no one is notified in that sentence, so it is no notice of incident.
2. The authority the client must notify may be called a commissioner (the Information
   Commissioner, "le commissaire à la protection des données"): its deadline is the client's
   own, not the provider's notice.
3. A full restore test of the backups is a backup test; a continuity plan is tested when a
   recovery, a failover, a plan or a disaster scenario is exercised.
4. A colleague who replaces (or may replace) the provider during holidays is a resilience
   statement.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

# --- 1. An isolation delay is no notice -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Sur alerte de compromission d'un serveur, le Prestataire isole la machine du réseau "
        "dans les 30 minutes, de jour comme de nuit.",
        "Dès qu'une intrusion est détectée, l'équipe confine le poste infecté sous 20 minutes.",
        "Upon a security alert, the Provider disconnects the compromised device from the "
        "network within 15 minutes.",
        "When a breach alert fires, the affected server is quarantined within 10 minutes.",
    ],
)
def test_an_isolation_delay_is_no_notice(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.incident_notification") == []


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        (
            "The Provider isolates the device and notifies the Customer of the security "
            "incident within 1 hour.",
            60,
        ),
        (
            "Le Prestataire isole le poste compromis puis informe le Client de l'incident de "
            "sécurité sous 2 heures.",
            120,
        ),
        (
            "The Supplier shall notify the Buyer of any security breach within 24 hours and "
            "shall isolate an affected device within 30 minutes.",
            1440,
        ),
    ],
)
def test_a_notice_beside_an_isolation_is_still_read(
    catalogue: Catalogue, sentence: str, minutes: int
) -> None:
    assert values(analyse(catalogue, sentence), "security.incident_notification") == [minutes]


# --- 2. The commissioner's deadline is the client's -------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        (
            "The Provider shall notify the Customer of any security incident affecting the "
            "hosted systems or Customer data without undue delay and in any event within 24 "
            "hours of becoming aware of it, so that the Customer can meet its own obligation "
            "to notify the Information Commissioner within 72 hours.",
            1440,
        ),
        (
            "Le Prestataire informe le Client de toute violation de données dans les 48 heures, "
            "afin qu'il puisse notifier le commissaire à la protection des données dans les 72 "
            "heures.",
            2880,
        ),
        (
            "We will tell you about any data breach within 12 hours; you remain responsible for "
            "reporting it to the Data Protection Commissioner within 72 hours.",
            720,
        ),
    ],
)
def test_the_commissioners_deadline_is_the_clients(
    catalogue: Catalogue, sentence: str, minutes: int
) -> None:
    assert values(analyse(catalogue, sentence), "security.incident_notification") == [minutes]


# --- 3. A restore test is no continuity test --------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The Provider shall carry out a full restore test once a year and give the Customer a "
        "written report of its results.",
        "Un test complet de restauration des sauvegardes est réalisé une fois par an.",
        "A complete restoration test of the file server is run every year.",
        "Chaque année, le Prestataire procède à un test intégral de restauration d'un poste.",
    ],
)
def test_a_restore_test_is_no_plan_test(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "continuity.plan_tested") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Once a year the Provider runs a full recovery test of the ERP server based on a "
        "ransomware scenario.",
        "Un test complet de bascule sur le site de secours est réalisé une fois par an.",
        "The disaster recovery plan is tested once a year by a full failover.",
        "Une fois par an, un exercice de reprise complète d'un serveur est conduit avec le Client.",
    ],
)
def test_a_recovery_exercise_is_a_plan_test(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "continuity.plan_tested") == ["yearly_full_test"]


# --- 4. A colleague who replaces the provider ------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pendant mes congés, c'est mon confrère Paul qui me remplace pour les pannes bloquantes.",
        "If I am ill or on holiday, my colleague Anna takes over and knows your setup.",
        "Pendant mes congés ou en cas de maladie, un confrère peut me remplacer.",
        "During my holidays a fellow technician may stand in for me.",
    ],
)
def test_a_replacement_undertaken_is_a_statement(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "continuity.provider_resilience") == ["statement"]


# --- 5. "On request" said of the report, not of the test --------------------------------------
# Reading habit: a restore test run every quarter whose report is sent "on request" is still a
# quarterly test; only a test itself run on request is no testing commitment.


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "The Provider performs a restore test of a sample of tenants every quarter and "
            "provides the Customer with a summary report on request.",
            "quarterly_or_better",
        ),
        (
            "Un test de restauration est réalisé chaque trimestre ; le compte rendu est transmis "
            "au Client sur simple demande.",
            "quarterly_or_better",
        ),
        ("A restore test is run once a year; the results are available upon request.", "yearly"),
        (
            "Une restauration de contrôle est effectuée une fois par an, le procès-verbal étant "
            "communiqué sur demande.",
            "yearly",
        ),
    ],
)
def test_a_report_on_request_keeps_the_test(
    catalogue: Catalogue, sentence: str, value: str
) -> None:
    assert values(analyse(catalogue, sentence), "backup.restore_tests") == [value]


def test_a_test_on_request_is_no_commitment(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Restore tests are carried out every quarter on request.")
    assert "quarterly_or_better" not in values(report, "backup.restore_tests")


# --- 6. The objective's label opens the clause of its delay -----------------------------------
# Reading habit: "Recovery Time Objective: the ERP is restored within 8 hours" gives the RTO
# in the delay to restore, however long the clause between the label and the figure.


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        (
            "Recovery Time Objective: the practice management system and file server shall be "
            "restored within 8 hours of the Practice declaring a disaster.",
            480,
        ),
        (
            "Durée maximale d'interruption admissible : l'ERP est remis en service dans un délai "
            "de 6 heures après la déclaration du sinistre.",
            360,
        ),
        (
            "4.2 RTO: the hosted platform will be up and running again within 12 hours of a "
            "declared disaster.",
            720,
        ),
        (
            "Délai de reprise : les serveurs sont redémarrés sur le site de secours sous 4 heures.",
            240,
        ),
    ],
)
def test_the_label_gives_the_objective(catalogue: Catalogue, sentence: str, minutes: int) -> None:
    assert values(analyse(catalogue, sentence), "continuity.rto") == [minutes]


def test_a_label_without_a_delay_gives_none(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Recovery Time Objective: as agreed in the project plan; backups are kept for 30 days.",
    )
    assert values(report, "continuity.rto") == []


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        (
            "The Provider alerts the Customer within 2 hours of any security incident and "
            "quarantines the affected laptop.",
            120,
        ),
        (
            "Le Prestataire signale toute violation de données au Client sous 12 heures et isole "
            "le serveur concerné.",
            720,
        ),
        ("We will let you know of any security breach within 6 hours and contain it.", 360),
    ],
)
def test_a_notice_in_other_words_beside_an_isolation(
    catalogue: Catalogue, sentence: str, minutes: int
) -> None:
    assert values(analyse(catalogue, sentence), "security.incident_notification") == [minutes]


# --- 7. The incident named by its kind; the law's own deadline ---------------------------------
# Reading habits: a ransomware attack, an intrusion, a data exfiltration or the compromise of an
# account is a security incident, and a notice of it is an incident notice; a deadline the
# law imposes ("which the GDPR requires within 72 hours") is the controller's, not the
# provider's commitment.


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("En cas d'intrusion, le Prestataire informe le Client dans un délai de 4 heures.", 240),
        (
            "Severity : SEV1 | Description : Active compromise of a privileged account | Triage "
            "Time : 10 minutes | Notification after Confirmation : 15 minutes, by telephone",
            15,
        ),
        ("Any ransomware activity is notified to the Customer within 30 minutes.", 30),
        (
            "Toute exfiltration de données est signalée au Client sous deux heures.",
            120,
        ),
    ],
)
def test_an_incident_named_by_its_kind(catalogue: Catalogue, sentence: str, minutes: int) -> None:
    assert values(analyse(catalogue, sentence), "security.incident_notification") == [minutes]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Provider gives the Customer the information it needs for its notification to the "
        "regulator, which under the GDPR must be made within 72 hours.",
        "Le Prestataire assiste le Client pour la notification de la violation, que le RGPD "
        "impose de faire dans les 72 heures.",
        "We help you with the breach report, which the law requires within 72 hours.",
        "Le Prestataire fournit au Client les éléments de la notification, que la loi exige "
        "dans les 72 heures.",
    ],
)
def test_the_laws_deadline_is_no_commitment(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.incident_notification") == []


def test_a_commitment_in_line_with_the_law_is_read(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The Provider notifies the Customer of any security incident in accordance with the "
        "GDPR within 24 hours.",
    )
    assert values(report, "security.incident_notification") == [1440]


# --- 8. An intrusion test; the clause an RTO label opens ---------------------------------------
# Reading habits: a penetration ("intrusion") test is no security incident, its report no
# incident notice; "RTO:" opens a clause that ends at the ";": a restore said after it belongs
# to another clause.


@pytest.mark.parametrize(
    "sentence",
    [
        "Un test d'intrusion annuel est réalisé ; le rapport est communiqué au Client sous 15 "
        "jours.",
        "The Provider runs an annual intrusion test and informs the Client of its results within "
        "30 days.",
    ],
)
def test_an_intrusion_test_is_no_incident(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.incident_notification") == []


@pytest.mark.parametrize(
    ("sentence", "rto"),
    [
        ("RTO: to be agreed with the Client; a lost file is restored within 2 days.", []),
        ("DMIA : à définir avec le Client ; un fichier perdu est restauré sous 3 jours.", []),
        (
            "Recovery Time Objective: 4 hours; individual files are restored within 2 business "
            "days.",
            [240],
        ),
        ("RTO: the ERP is restored within 8 hours.", [480]),
    ],
)
def test_an_rto_label_covers_its_own_clause(
    catalogue: Catalogue, sentence: str, rto: list[int]
) -> None:
    assert values(analyse(catalogue, sentence), "continuity.rto") == rto
