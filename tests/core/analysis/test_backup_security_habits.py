"""Reading habits for backups, continuity, security and data, each written for the family of
ways contracts say it: a failed backup fixed before the next run, a rotation counted after a
verb of keeping, a tabletop exercise of the plan named just before, data "held" in a place, a
notification delay that is the authority's, a row comparing tiers read in the column of the
tier the client bought (named in a sentence or an order table's row).

Each test writes its own sentences, two French and two English at least, with a near miss
that must not fire.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.analysis.tiers import bought_tier
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, context_of, values

# --- 1. A failed backup fixed before the next run is a daily check with a fix deadline ------


@pytest.mark.parametrize(
    "text",
    [
        "Les sauvegardes sont contrôlées tous les jours ; une sauvegarde en échec est relancée "
        "avant la prochaine sauvegarde planifiée.",
        "Nous vérifions quotidiennement le journal des sauvegardes. Tout travail échoué est "
        "repris et corrigé avant le passage suivant.",
        "Backup results are reviewed every morning; any failed job is fixed before the next "
        "scheduled run.",
        "- Daily check of backups: a failure is remedied ahead of the following nightly backup.",
    ],
)
def test_a_fix_before_the_next_run_is_a_deadline(catalogue: Catalogue, text: str) -> None:
    assert answer(analyse(catalogue, text), "backup.monitoring").value == "daily_with_sla"


@pytest.mark.parametrize(
    "text",
    [
        "Backup jobs are checked every business day and failures are looked into; the next "
        "scheduled run is at 22:00.",
        "Le titulaire vérifie chaque jour le bon déroulement des sauvegardes et signale tout "
        "échec dans le rapport mensuel.",
    ],
)
def test_a_check_with_no_fix_deadline_is_only_monitoring(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "backup.monitoring") == ["monitored"]


# --- 2. "keeps 90 daily restore points": the count after a verb of keeping ----------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The Provider backs up the servers every night and keeps 90 daily restore points.", 90),
        ("Our platform retains 12 monthly backups of each mailbox.", 360),
        ("Le prestataire sauvegarde le serveur chaque nuit et conserve 30 sauvegardes "
         "quotidiennes.", 30),
        ("La solution de sauvegarde garde 8 points de restauration hebdomadaires.", 56),
    ],
)  # fmt: skip
def test_a_count_kept_by_rotation_is_the_retention(
    catalogue: Catalogue, text: str, days: int
) -> None:
    assert values(analyse(catalogue, text), "backup.retention_days") == [days]


def test_a_count_of_runs_is_no_retention(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The Provider runs 2 daily backups of the file server.")
    assert values(report, "backup.retention_days") == []


# --- 3. A tabletop exercise of "that plan" or of a crisis scenario ---------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Client owns its continuity plan. Once a year the Provider joins a tabletop "
        "exercise of that plan.",
        "Each year the parties run a tabletop exercise built on a ransomware scenario.",
        "Le Client tient son plan de continuité. Chaque année, le Prestataire participe à un "
        "exercice sur table de ce plan.",
        "Un scénario de cyberattaque est joué chaque année lors d'un exercice sur table avec la "
        "direction.",
    ],
)
def test_a_tabletop_exercise_of_the_plan(catalogue: Catalogue, paragraph: str) -> None:
    assert answer(analyse(catalogue, paragraph), "continuity.plan_tested").value == "tabletop"


def test_a_walkthrough_of_another_document_is_no_continuity_test(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "At go-live the Provider gives a walk-through of the migration runbook."
    )
    assert values(report, "continuity.plan_tested") == []


# --- 4. Data "held in" or "residing in" a named European place -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Customer data is held in Frankfurt, Germany, on servers we own.",
        "All client data resides in Ireland and never moves elsewhere.",
        "Les données du Client résident en France, sur nos propres serveurs.",
        "Les copies de sauvegarde demeurent à Lyon, dans un second bâtiment.",
    ],
)
def test_data_held_in_a_named_place(catalogue: Catalogue, text: str) -> None:
    assert answer(analyse(catalogue, text), "data.location").value == "eu_named"


def test_a_meeting_held_in_a_city_says_nothing_of_data(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Steering meetings are held in Dublin every quarter.")
    assert values(report, "data.location") == []


# --- 5. The delay of a notification to the authority is not the provider's ------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        (
            "Le Prestataire informe le Client de toute violation de données au plus tard "
            "24 heures après en avoir eu connaissance, afin que le Client respecte le délai de "
            "notification de 72 heures à la CNIL.",
            1440,
        ),
        (
            "Le titulaire signale au Client toute faille de sécurité sous 12 heures, ce qui "
            "laisse le temps d'une notification sous 72 heures à l'autorité de contrôle.",
            720,
        ),
        (
            "The Supplier notifies the Customer of any security incident within 36 hours, "
            "ahead of the notification within 72 hours to the supervisory authority.",
            2160,
        ),
        (
            "We inform the client of a personal data breach within 8 hours; a notification in "
            "72 hours to its regulator follows.",
            480,
        ),
    ],
)
def test_the_authority_delay_is_not_the_notice(
    catalogue: Catalogue, text: str, minutes: int
) -> None:
    assert answer(analyse(catalogue, text), "security.incident_notification").value == minutes


def test_a_notice_to_the_client_alone_is_read(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Prestataire notifie au Client tout incident de sécurité dans un délai de 72 heures.",
    )
    assert values(report, "security.incident_notification") == [4320]


# --- 6. A row comparing tiers is read in the column of the tier the client bought -----------


def _analyse_rows(catalogue: Catalogue, *lines: str) -> AnalysisReport:
    """Paragraphs, and table rows for the lines written with " | " between their cells."""
    blocks = [
        Block(text, f"§ {n}", table_row=" | " in text) for n, text in enumerate(lines, start=1)
    ]
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt")
    return analyze_text(document, catalogue)


@pytest.mark.parametrize(
    ("lines", "criterion", "value"),
    [
        (
            ("The Customer has ordered the Silver tier.",
             "Service : Backup retention | Bronze : 14 days | Silver : 30 days | Gold : 90 days"),
            "backup.retention_days", 30,
        ),
        (
            ("Le Client retient la formule Confort.",
             "Prestation : Conservation des sauvegardes | Essentiel : 15 jours | Confort : 60 "
             "jours | Premium : 90 jours"),
            "backup.retention_days", 60,
        ),
        (
            ("Each client takes the Standard plan, the Enhanced plan or the Premier plan.",
             "Item : Plan | Selection : Enhanced",
             "Service Level : Critical patch window | Standard : 30 days | Enhanced : 14 days | "
             "Premier : 7 days"),
            "security.patch_deadline", 14,
        ),
        (
            ("Trois offres existent : la formule Essentielle, la formule Sérénité et la formule "
             "Intégrale.",
             "Élément : Formule | Choix : Sérénité",
             "Engagement : Perte de données maximale (RPO) | Essentielle : 24 heures | Sérénité : "
             "4 heures | Intégrale : 1 heure"),
            "continuity.rpo", 240,
        ),
    ],
)  # fmt: skip
def test_the_bought_column_gives_the_figure(
    catalogue: Catalogue, lines: tuple[str, ...], criterion: str, value: int
) -> None:
    assert values(_analyse_rows(catalogue, *lines), criterion) == [value]


@pytest.mark.parametrize(
    ("lines", "criterion"),
    [
        (
            ("Le cabinet a souscrit la formule Confort.",
             "Sauvegarde Microsoft 365 | Essentiel : — | Confort : — | Premium : incluse"),
            "backup.scope",
        ),
        (
            ("The Client has selected the Basic plan.",
             "Service : Endpoint protection | Basic : Antivirus | Plus : EDR, monitored 24x7"),
            "security.edr",
        ),
        (
            ("The Customer orders the Enhanced tier.",
             "Service : Disaster recovery | Enhanced : Not included | Premier : RTO 4 h, RPO 1 h"),
            "continuity.rto",
        ),
        (
            ("Le Client opte pour l'offre Essentiel.",
             "Option : Copie immuable des sauvegardes | Essentiel : non | Premium : oui, hors "
             "site"),
            "backup.copies",
        ),
    ],
)  # fmt: skip
def test_another_columns_feature_is_not_the_clients(
    catalogue: Catalogue, lines: tuple[str, ...], criterion: str
) -> None:
    assert values(_analyse_rows(catalogue, *lines), criterion) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "A customer who selects the Gold plan also receives a monthly tape copy.",
        "Le client qui choisit la formule Premium bénéficie d'une astreinte.",
    ],
)
def test_a_tier_in_a_relative_clause_is_not_bought(sentence: str) -> None:
    ctx = context_of(sentence, "The Silver plan and the Gold plan are both on sale.")
    assert bought_tier(ctx) is None


# --- 7. What protects the endpoints: an antivirus only, an EDR named by its product ---------


@pytest.mark.parametrize(
    "text",
    [
        "Le Prestataire déploie et maintient un antivirus sur tous les postes.",
        "Les serveurs sont protégés par une solution antivirale centralisée.",
        "The Provider installs and keeps up to date an antivirus on each workstation.",
        "- Antivirus software runs on every laptop and server.",
    ],
)
def test_an_antivirus_only_is_no_edr(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "security.edr") == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Microsoft Defender for Endpoint runs on every server.",
        "CrowdStrike Falcon est déployé sur tous les postes du Client.",
        "SentinelOne protège les serveurs et les portables.",
        "Each laptop runs Sophos Intercept X, watched by our security team.",
    ],
)
def test_an_edr_named_by_its_product(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "security.edr") == [True]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        # an antivirus beside an EDR: the EDR is what the endpoints have
        (("The Provider deploys an antivirus on each PC.",
          "Servers also run an EDR agent monitored by the Provider."), [True]),
        # an antivirus named in passing, as a tool of another duty, says nothing of EDR
        (("Thanks to our managed antivirus, an infected laptop is disconnected within the "
          "hour.",), []),
    ],
)  # fmt: skip
def test_antivirus_near_misses(
    catalogue: Catalogue, paragraphs: tuple[str, ...], expected: list[bool]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "security.edr") == expected


# --- 8. A delay the client keeps for its own act is not the provider's commitment ----------


@pytest.mark.parametrize(
    ("paragraphs", "criterion", "expected"),
    [
        (("The Provider applies critical patches to servers within 10 days of release.",
          "The Client IT Team applies critical patches to laptops within 7 days of release."),
         "security.patch_deadline", [10]),
        (("Le Prestataire installe les correctifs critiques des serveurs sous 15 jours ; le "
          "Client applique les correctifs critiques de ses postes sous 5 jours.",),
         "security.patch_deadline", [15]),
        (("The Supplier notifies the Customer of any security incident within 24 hours.",
          "The Customer's IT team must notify the Supplier of any security incident within 2 "
          "hours."),
         "security.incident_notification", [1440]),
        (("Le titulaire signale au Client tout incident de sécurité sous 4 heures.",
          "Le Client informe le titulaire de toute compromission d'un compte sous 1 heure."),
         "security.incident_notification", [240]),
    ],
)  # fmt: skip
def test_the_clients_own_act_is_not_the_providers_delay(
    catalogue: Catalogue, paragraphs: tuple[str, ...], criterion: str, expected: list[int]
) -> None:
    assert values(analyse(catalogue, *paragraphs), criterion) == expected


def test_the_client_told_is_still_the_providers_delay(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The Customer is notified of any security incident within 6 hours.")
    assert values(report, "security.incident_notification") == [360]


# --- 9. Named accounts whose list, or whose access, is reviewed -----------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("All engineers use named individual accounts.",
         "The Provider reviews the list of its accounts with access to the Client's systems "
         "every quarter."),
        ("Access is granted per named engineer and reviewed every six months.",),
        ("Chaque intervenant dispose d'un compte nominatif.",
         "Une revue des accès est faite chaque trimestre avec le Client."),
        ("Les accès des intervenants nommément désignés sont revus chaque année.",),
    ],
)  # fmt: skip
def test_named_accounts_reviewed(catalogue: Catalogue, paragraphs: tuple[str, ...]) -> None:
    assert values(analyse(catalogue, *paragraphs), "security.least_privilege") == ["named_reviewed"]


def test_a_review_of_tickets_is_no_access_review(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Open tickets are reviewed every month with the Client's named contacts."
    )
    assert values(report, "security.least_privilege") == []


# --- 10. A title heads the bulleted list under it ---------------------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Backups", "Backups run every night and are kept for 30 days.", "Security",
         "- Sign-in logs are kept for 12 months and the Client can query them."),
        ("Sauvegardes", "Les sauvegardes sont conservées 30 jours.", "Sécurité",
         "• Les journaux de connexion sont conservés 12 mois."),
        ("Backup service", "Restore points are retained for 30 days.", "Security controls",
         "* Administrator activity logs are kept for one year."),
        ("Sauvegarde", "Chaque sauvegarde est conservée 30 jours.", "Journalisation",
         "– Les traces des accès sont gardées douze mois."),
    ],
)  # fmt: skip
def test_a_title_over_bullets_ends_the_section_before(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, "backup.retention_days") == [30]
    assert values(report, "security.log_retention") == [12]


def test_bullets_under_their_own_title_keep_its_subject(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Backups", "- Kept for 45 days on a second site.")
    assert values(report, "backup.retention_days") == [45]


# --- 11. Remote access described: what the channel goes through, its sessions logged --------


@pytest.mark.parametrize(
    "text",
    [
        "Remote access uses the Provider's RMM platform, whose agent runs on each server.",
        "L'accès à distance passe par l'outil de télémaintenance du prestataire.",
        "Our remote support tool asks for a second factor, and every session is logged.",
        "Chaque intervention en télémaintenance est tracée : les connexions sont journalisées.",
    ],
)
def test_remote_access_described(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "security.remote_access") == ["described"]


@pytest.mark.parametrize(
    "text",
    [
        "Our technicians use multi-factor authentication on our remote access tools.",
        "The Provider shall provide the following Services: a service desk by telephone; remote "
        "support through the Provider's remote support tool; on-site support.",
    ],
)
def test_remote_access_named_in_passing(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "security.remote_access") == []


# --- 12. A sentence whose subject is an option gives the option's figures ------------------


@pytest.mark.parametrize(
    ("paragraphs", "criterion", "expected"),
    [
        (("La sauvegarde du serveur est conservée 14 jours.",
          "L'option « Sauvegarde externalisée » (copie hors site, rétention 90 jours) fait "
          "l'objet d'un abonnement distinct."),
         "backup.retention_days", [14]),
        (("Backups are kept for 30 days.",
          "The Archive add-on keeps monthly backups for 7 years."),
         "backup.retention_days", [30]),
        (("Les sauvegardes du serveur ont lieu toutes les 12 heures.",
          "Une option de sauvegarde horaire, toutes les heures, est proposée à 40 € par mois."),
         "backup.frequency", [720]),
        (("Backups run every 6 hours.",
          "An Off-site option replicates the backups every hour to our second site."),
         "backup.frequency", [360]),
        (("Backups are kept for 45 days, whatever options the client takes.",),
         "backup.retention_days", [45]),
    ],
)  # fmt: skip
def test_an_options_figures_are_not_the_services(
    catalogue: Catalogue, paragraphs: tuple[str, ...], criterion: str, expected: list[int]
) -> None:
    assert values(analyse(catalogue, *paragraphs), criterion) == expected


# --- 13. A copy sent elsewhere is an off-site copy; what the client keeps itself is no retention


@pytest.mark.parametrize(
    "text",
    [
        "The file server is backed up every night to a local NAS, and an encrypted copy goes to "
        "our cloud storage provider.",
        "Le serveur est sauvegardé chaque soir sur un disque du cabinet ; une copie chiffrée est "
        "envoyée chez notre hébergeur.",
        "Backups are written to the on-site appliance; a second copy is then pushed to Azure.",
        "La sauvegarde est faite sur le NAS, puis une seconde copie est transférée vers notre "
        "centre de Nantes.",
    ],
)
def test_a_copy_sent_elsewhere_is_off_site(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "backup.copies") == ["three_two_one"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("A copy of the backup report goes to the Client each month.",),
    ],
)  # fmt: skip
def test_no_second_copy_said(catalogue: Catalogue, paragraphs: tuple[str, ...]) -> None:
    assert values(analyse(catalogue, *paragraphs), "backup.copies") == []


@pytest.mark.parametrize(
    "text",
    [
        "Les sauvegardes sont conservées 90 jours. Le Client demeure seul responsable de la "
        "conservation de ses pièces comptables pendant dix ans.",
        "Backups are kept for 90 days. The Customer keeps its own archive copies for seven years.",
        "Backups are retained 90 days; the Client retains its invoices for ten years.",
        "Nous gardons les sauvegardes 90 jours ; le Client conserve lui-même ses archives "
        "pendant cinq ans.",
    ],
)
def test_what_the_client_keeps_itself_is_no_retention(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "backup.retention_days") == [90]


# --- 14. The processor's duties written out, with the instruction in the singular -----------


@pytest.mark.parametrize(
    "text",
    [
        "Le Prestataire agit uniquement sur instruction documentée du Client et soumet son "
        "personnel à la confidentialité.",
        "Le sous-traitant traite les données sur instructions écrites et documentées du "
        "responsable et met en œuvre les mesures de sécurité de l'annexe 3.",
        "The Provider processes personal data only on the documented instruction of the "
        "Customer and keeps a list of its sub-processors.",
        "Processing follows the Customer's documented instructions; all staff are bound by "
        "confidentiality and audits are allowed once a year.",
    ],
)
def test_the_processor_duties_written_out(catalogue: Catalogue, text: str) -> None:
    # two or three of the seven Article 28 points: a template with gaps by the conventions
    assert values(analyse(catalogue, text), "data.gdpr_dpa") == ["template_with_gaps"]


def test_an_instruction_without_processor_duties(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Changes are made only on the documented instruction of the Client."
    )
    assert values(report, "data.gdpr_dpa") == []


# --- 15. A geo-redundant store is a copy in another region; immutability said as a noun ------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nightly backups are written to a geo-redundant vault. Immutability is enabled on "
         "the vault.", "three_two_one_immutable"),
        ("Les sauvegardes sont envoyées vers un stockage géo-redondant ; l'immuabilité est "
         "activée pendant 30 jours.", "three_two_one_immutable"),
        ("Backups go to a geo-replicated storage account in a paired region.", "three_two_one"),
        ("Les sauvegardes sont écrites sur un stockage géoredondant de notre hébergeur.",
         "three_two_one"),
    ],
)  # fmt: skip
def test_geo_redundant_copies(catalogue: Catalogue, text: str, value: str) -> None:
    assert values(analyse(catalogue, text), "backup.copies") == [value]


def test_a_geo_redundant_network_is_no_backup_copy(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The office network uses geo-redundant internet links.")
    assert values(report, "backup.copies") == []


# --- 16. Near misses of the client-as-doer and option-as-subject habits ---------------------


@pytest.mark.parametrize(
    ("text", "criterion", "expected"),
    [
        ("Client servers are patched by the Provider within 72 hours of a critical release.",
         "security.patch_deadline", [3]),
        ("Les postes du Client reçoivent les correctifs critiques sous 10 jours.",
         "security.patch_deadline", [10]),
        ("Sans option, les sauvegardes sont conservées 30 jours.", "backup.retention_days", [30]),
        ("Without any add-on, backups are kept for 30 days.", "backup.retention_days", [30]),
    ],
)  # fmt: skip
def test_the_habits_leave_the_providers_figures(
    catalogue: Catalogue, text: str, criterion: str, expected: list[int]
) -> None:
    assert values(analyse(catalogue, text), criterion) == expected
