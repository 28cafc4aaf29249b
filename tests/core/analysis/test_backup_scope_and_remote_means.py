"""What is backed up, and how remote access is made.

Reading habits tested here, each in sentences of our own, French and English:

1. A backup server or appliance named in an inventory is a machine: it says nothing of what
   is backed up.
2. Devices said not to be backed up, their files only synchronised to an online store: the
   backup scope is a synchronisation, not a backup (whichever sentence comes first), unless
   the provider backs something up itself (the servers), which then gives the scope. A
   sentence that only synchronises is no backup of the online suite, even under a "Data and
   backup" heading.
3. Remote access is described by its means (a tool, a gateway, an agent, a named product),
   not by who performs it ("by a technician").
4. A priced line ("Set-up (agents, initial audit): EUR 900") names what is bought, not how
   remote access runs: neither a description nor an audit of the sessions.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slaeval.analysis.analyze import analyze_document
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

# --- 1. A backup server in an inventory -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Le parc comprend 6 serveurs (contrôleur de domaine, serveur de sauvegarde, serveur "
        "d'impression).",
        "- 4 servers (2 hypervisors, a file server, a backup appliance);",
        "Équipements couverts : deux serveurs, un NAS de sauvegarde et le pare-feu.",
        "Covered hardware: three servers, one backup server and the core switch.",
    ],
)
def test_a_backup_machine_in_an_inventory_is_no_scope(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.scope") == []


def test_servers_backed_up_to_an_appliance_are_still_read(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The servers are backed up nightly to the backup appliance.")
    assert values(report, "backup.scope") == ["servers_only"]


# --- 2. Devices not backed up, files synchronised ---------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les postes ne font l'objet d'aucune sauvegarde. Les documents des utilisateurs sont "
        "synchronisés avec OneDrive.",
        "Laptops are not backed up by the Provider. Users' Desktop and Documents folders are "
        "synced to OneDrive.",
        "Les fichiers des utilisateurs sont synchronisés sur SharePoint ; les postes eux-mêmes "
        "ne sont pas sauvegardés.",
        "User files sync to Google Drive. No backup is made of the devices themselves.",
    ],
)
def test_devices_only_synchronised(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "backup.scope") == ["sync_or_unspecified"]


def test_online_mail_not_backed_up_leaves_the_servers(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les serveurs sont sauvegardés chaque nuit.",
        "Les boîtes aux lettres et les fichiers synchronisés dans le stockage en ligne ne sont "
        "pas sauvegardés ; seule la synchronisation de l'éditeur s'applique.",
    )
    assert values(report, "backup.scope") == ["servers_only"]


def test_a_sync_under_a_backup_heading_is_no_backup_of_the_suite(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    document = tmp_path / "contrat.md"
    document.write_text(
        "# Contrat\n\n## Article 7 – Données et sauvegarde\n\n"
        "Les dossiers des utilisateurs sont synchronisés avec OneDrive, dans le locataire "
        "Microsoft 365 du Client.\n",
        encoding="utf-8",
    )
    report = analyze_document(document, catalogue)
    assert values(report, "backup.scope") == []


# --- 3 and 4. The means of remote access; a priced line ---------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Les sessions à distance se font par notre passerelle d'administration.",
        "Remote support is provided via our RMM agent.",
        "Our technicians connect with TeamViewer after the user accepts.",
        "Nos techniciens règlent la plupart des incidents par télémaintenance (AnyDesk).",
    ],
)
def test_remote_access_described_by_its_means(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.remote_access") == ["described"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le support est assuré par une équipe de techniciens en télémaintenance.",
        "Prise en charge par un technicien en télémaintenance dans un délai de 2 heures ouvrées.",
        "Frais de mise en service (audit initial, inventaire, installation des agents de "
        "télémaintenance) : 2 400 € HT, facturés à la signature.",
        "Set-up fee (deployment of the remote management agent, initial audit): EUR 900.",
        "- Installation de l'outil de prise en main à distance et audit du parc : 950 €",
    ],
)
def test_no_description_of_remote_access(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "security.remote_access") == []


def test_a_recording_gateway_with_a_price_is_still_read(catalogue: Catalogue) -> None:
    # sessions recorded, nobody said to check them: described (remote_access_audit.py)
    report = analyse(
        catalogue,
        "La télémaintenance passe par une passerelle d'accès qui enregistre chaque session ; "
        "le forfait est de 90 € par mois.",
    )
    assert values(report, "security.remote_access") == ["described"]


# --- 5. Systems and the online suite backed up -------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The servers and the Microsoft 365 tenant are backed up nightly.",
        "Les données hébergées ainsi que les boîtes aux lettres en ligne sont sauvegardées "
        "chaque jour.",
        "Le Prestataire sauvegarde chaque nuit le NAS et les boîtes aux lettres Microsoft 365.",
        "Laptops, the file shares and the Google Workspace accounts are backed up every night.",
    ],
)
def test_systems_and_the_online_suite(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.scope") == ["all_systems_and_saas"]


# --- 6. Backups left to the client; a sync that is no online store ---------------------------
# Reading habits: "backups are your responsibility", "le Client doit effectuer ses propres
# sauvegardes": the provider backs nothing up (sync_or_unspecified), unless it backs up
# something itself, which then gives the scope; laptops "not backed up" whose files go to the
# file server (synchronised to the provider's data centre, no online store) leave the servers'
# backup as the scope.


@pytest.mark.parametrize(
    "sentence",
    [
        "You must keep your own backups of your data unless you ask us in writing to manage them.",
        "Backups are your responsibility unless you order our Backup Add-on.",
        "Les sauvegardes restent sous la responsabilité du Client.",
        "Le Client doit effectuer ses propres sauvegardes.",
    ],
)
def test_backups_left_to_the_client(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.scope") == ["sync_or_unspecified"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "The servers are backed up nightly.",
            "The Customer remains responsible for its own backups of laptops.",
        ),
        (
            "The servers are backed up every night. Laptops are not backed up: users save their "
            "files on the file server, which is replicated and synchronised to our data centre.",
        ),
        (
            "Les serveurs sont sauvegardés chaque nuit. Les postes de travail ne sont pas "
            "sauvegardés ; les fichiers sont enregistrés sur le serveur, synchronisé avec notre "
            "centre de données.",
        ),
    ],
)
def test_the_providers_own_backup_gives_the_scope(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "backup.scope") == ["servers_only"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The servers are backed up every night. Laptops are not backed up; users' files are "
        "synced to OneDrive.",
        "Les serveurs sont sauvegardés chaque nuit. Les postes ne sont pas sauvegardés ; les "
        "documents des utilisateurs sont synchronisés avec SharePoint.",
    ],
)
def test_servers_backed_up_beside_synced_laptops(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "backup.scope") == ["servers_only"]


# --- 7. Session logs the client can consult or audit ------------------------------------------
# Reading habit: remote sessions whose logs the client may consult or have audited are audited
# access, even in a sentence of their own; logs only kept are a description, not an audit.


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "L'accès distant se fait par la passerelle d'accès, protégée par MFA.",
            "Les sessions sont journalisées et les journaux sont conservés six mois ; ils sont "
            "consultables par le Client et peuvent être audités.",
        ),
        (
            "Remote access goes through our RMM platform. Session logs are kept for a year and "
            "made available to the Customer on request.",
        ),
        ("Remote access uses our gateway; its logs are auditable by the Client.",),
        (
            "La télémaintenance passe par un outil dédié ; les traces des connexions sont mises "
            "à disposition du Client.",
        ),
    ],
)
def test_logs_the_client_can_consult_are_audited(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "security.remote_access") == [
        "described_audited"
    ]


def test_logs_only_kept_are_a_description(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les accès à distance passent par notre outil de prise en main, qui journalise chaque "
        "session ; les journaux sont conservés 6 mois.",
    )
    assert values(report, "security.remote_access") == ["described"]
