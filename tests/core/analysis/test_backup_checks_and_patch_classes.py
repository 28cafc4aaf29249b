"""What a check of the backups is, and which class of patches a deadline belongs to.

Reading habits tested here, each in sentences of our own, French and English:

1. A patch deadline whose sentence is about another class of patches (the others, the
   non-critical, the low or medium ones) is that class's deadline, not the critical one the
   criterion asks for.
2. A "contrôleur de domaine" is a machine, not a check: a server inventory naming a domain
   controller next to a backup server says nothing about monitoring the backups.
3. Monitoring whose object is something else (the servers' availability), in a list of
   services where the backups are an item of their own ("..., et la sauvegarde quotidienne"),
   is no check of the backups, unless a check word governs the backups themselves ("le
   contrôle des sauvegardes"); backups among the objects of the monitoring ("monitoring of
   disk space, antivirus status and backup job results") are checked.
4. A look at the backups, even only when the technician comes by, is a check.
5. Checking every backup run is checking at the backups' own rhythm: with a same-day fix it
   is a daily check with a deadline ("every backup that fails" is not every backup).
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

# --- 1. The deadline of the other patches ---------------------------------------------------


@pytest.mark.parametrize(
    ("critical", "other", "days"),
    [
        (
            "Critical security patches are applied within 7 days of release.",
            "Other security patches are applied within 30 days of release.",
            7,
        ),
        (
            "Les correctifs critiques sont appliqués sous 10 jours.",
            "Les autres correctifs de sécurité sont installés dans un délai de 30 jours.",
            10,
        ),
        (
            "Critical patches: 5 days.",
            "- Non-critical patches: within 30 days.",
            5,
        ),
        (
            "Les vulnérabilités critiques sont corrigées sous 15 jours.",
            "Pour les vulnérabilités de criticité moyenne, le correctif est appliqué "
            "sous 60 jours.",
            15,
        ),
        (
            "3.1 Patches the vendor rates critical are deployed within 14 days.",
            "3.2 All remaining updates are deployed within 45 days.",
            14,
        ),
    ],
)
def test_the_other_patches_deadline_is_not_the_critical_one(
    catalogue: Catalogue, critical: str, other: str, days: int
) -> None:
    report = analyse(catalogue, critical, other)
    assert values(report, "security.patch_deadline") == [days]


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Security patches are applied within 14 days.", 14),
        (
            "4.2 Les correctifs de sécurité critiques sont installés sous 7 jours ; les autres "
            "mises à jour passent une fois par mois.",
            7,
        ),
        (
            "Les correctifs de sécurité sont appliqués sous 14 jours, les autres mises à jour "
            "chaque mois.",
            14,
        ),
    ],
)
def test_a_patch_deadline_naming_others_later_still_counts(
    catalogue: Catalogue, sentence: str, days: int
) -> None:
    assert values(analyse(catalogue, sentence), "security.patch_deadline") == [days]


# --- 2 and 3. What is no check of the backups -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        # 2. a domain controller is a machine
        "Le parc comprend 6 serveurs (contrôleur de domaine, serveur de sauvegarde, "
        "serveur d'impression).",
        "The estate includes a domain controller, a backup server and two file servers.",
        # 3. the monitoring is of something else
        "Le forfait comprend la supervision 24h/24 de la disponibilité des serveurs, "
        "l'application des correctifs et la sauvegarde quotidienne.",
        "Included: round-the-clock monitoring of the network links, patching, and the nightly "
        "backups.",
        "Sont inclus : la surveillance du réseau local, la télémaintenance, les sauvegardes.",
        "Our plan covers supervision of the firewall, the helpdesk, and our backups.",
    ],
)
def test_no_check_of_the_backups(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.monitoring") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("La surveillance de la sauvegarde, décrite à l'article 6, est incluse.", "monitored"),
        ("Backup health is monitored by our platform.", "monitored"),
        ("Nous contrôlons les sauvegardes chaque semaine.", "monitored"),
        # backups among the objects of the monitoring
        (
            "The plan covers monitoring of disk space, antivirus status and backup job results.",
            "monitored",
        ),
        # a look when the technician comes by is a check
        ("Je vérifie les sauvegardes quand je passe au cabinet.", "monitored"),
        ("We check the backups when we visit your office.", "monitored"),
        # backups among the objects of the monitoring
        (
            "The plan covers monitoring of disk space, antivirus status and backup job results.",
            "monitored",
        ),
        # a look when the technician comes by is a check
        ("Je vérifie les sauvegardes quand je passe au cabinet.", "monitored"),
        ("We check the backups when we visit your office.", "monitored"),
        ("Le technicien contrôle les sauvegardes lors de ses passages mensuels.", "monitored"),
        ("Backups are checked every week and whenever we visit the office.", "monitored"),
        # a check word that governs the backups, beside monitoring of something else
        (
            "Le forfait comprend la supervision 24h/24 des serveurs et le contrôle des "
            "sauvegardes, les correctifs et le support.",
            "monitored",
        ),
        (
            "Le Prestataire vérifie les sauvegardes et alerte le client quand une sauvegarde "
            "échoue.",
            "monitored",
        ),
    ],
)
def test_a_check_of_the_backups_is_still_read(
    catalogue: Catalogue, sentence: str, value: str
) -> None:
    assert values(analyse(catalogue, sentence), "backup.monitoring") == [value]


# --- 5. Every backup run checked, with a same-day fix ----------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Chaque sauvegarde est contrôlée automatiquement ; tout échec est traité le jour ouvré "
        "même.",
        "Le contrôle de chaque sauvegarde est automatique ; un échec est corrigé dans la journée.",
        "Every backup job is checked by our tooling; any failed job is rerun the same business "
        "day.",
        "Each backup run is verified automatically and a failure raises a P2 incident.",
    ],
)
def test_every_backup_checked_with_a_same_day_fix(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.monitoring") == ["daily_with_sla"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les sauvegardes hebdomadaires sont vérifiées ; chaque sauvegarde en échec est relancée "
        "dans la journée.",
        "Backups are checked weekly: every backup that fails is rerun the same day.",
    ],
)
def test_every_failed_backup_is_not_every_backup_checked(
    catalogue: Catalogue, sentence: str
) -> None:
    assert "daily_with_sla" not in values(analyse(catalogue, sentence), "backup.monitoring")


def test_every_backup_kept_is_no_check(catalogue: Catalogue) -> None:
    assert (
        values(analyse(catalogue, "Chaque sauvegarde est conservée 30 jours."), "backup.monitoring")
        == []
    )


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Low and medium patches go in monthly; critical security patches within 5 days.", 5),
        (
            "Les correctifs mineurs passent chaque mois, les correctifs de sécurité critiques "
            "sous 10 jours.",
            10,
        ),
    ],
)
def test_the_critical_deadline_after_the_others_counts(
    catalogue: Catalogue, sentence: str, days: int
) -> None:
    assert values(analyse(catalogue, sentence), "security.patch_deadline") == [days]


# --- 6. A RACI role is no check; an EDR offered as an option is none ---------------------------
# Reading habits: "Consulted" in a responsibility matrix is a role, not a look at the backups;
# an EDR the client did not order ("not ordered", "non souscrite") is not provided, while one
# only offered as an option may still be bought: no answer.


@pytest.mark.parametrize(
    "row",
    [
        "Activity : Restore systems from backup | Provider : Consulted | Customer : Responsible",
        "Activity : Backup restore requests | Supplier : Informed | Client : Consulted",
    ],
)
def test_a_raci_role_is_no_backup_check(catalogue: Catalogue, row: str) -> None:
    assert values(analyse(catalogue, row), "backup.monitoring") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Les journaux de sauvegarde sont consultés chaque matin par le technicien.",
        "The backup logs are consulted every morning by the duty engineer.",
    ],
)
def test_backup_logs_consulted_are_a_check(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.monitoring") == ["monitored"]


@pytest.mark.parametrize(
    "sentence",
    [
        "La détection et réponse sur les terminaux (EDR) n'est pas souscrite par le Client.",
        "The EDR service is not ordered under this agreement.",
        "Endpoint detection and response (EDR) is not part of the Services.",
        "Le service EDR n'est pas commandé au titre du présent bon de commande.",
    ],
)
def test_an_edr_not_ordered_is_none(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.edr") == [False]


@pytest.mark.parametrize(
    "sentence",
    [
        "An EDR agent is available as an option at EUR 6 per device per month.",
        "La solution EDR n'est pas incluse dans l'offre de base.",
    ],
)
def test_an_edr_offered_as_an_option_gives_no_answer(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.edr") == []


def test_an_edr_deployed_is_one(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Every workstation runs an EDR agent monitored 24/7.")
    assert values(report, "security.edr") == [True]
