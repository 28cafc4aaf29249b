"""What a check of the backups is, and which class of patches a deadline belongs to.

Reading habits tested here, each in sentences of our own, French and English:

1. A patch deadline whose sentence is about another class of patches (the others, the
   non-critical, the low or medium ones) is that class's deadline, not the critical one the
   criterion asks for.
2. A "contrôleur de domaine" is a machine, not a check: a server inventory naming a domain
   controller next to a backup server says nothing about monitoring the backups.
3. Monitoring whose object is something else (the servers' availability, disk space), in a
   list that also names the backups, is no check of the backups, unless a check word governs
   the backups themselves ("le contrôle des sauvegardes").
4. A look at the backups only "when I come by" or "from time to time" is no monitoring
   commitment (with a regular rhythm said too, it is one).
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


# --- 2 to 4. What is no check of the backups -------------------------------------------------


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
        "The plan covers monitoring of disk space, antivirus status and backup job results.",
        "Included: round-the-clock monitoring of the network links, patching, and nightly backups.",
        "Sont inclus : la surveillance du réseau local, la télémaintenance, les sauvegardes.",
        # 4. an occasional look
        "Je vérifie les sauvegardes quand je passe au cabinet.",
        "We check the backups when we visit your office.",
        "Le technicien contrôle les sauvegardes lors de ses passages sur site.",
        "Our engineer looks at the backup logs from time to time.",
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
        # an occasional look beside a regular rhythm is still a regular check
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
