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
            "À titre d'exemple, une PDMA de 48 heures signifierait deux jours de saisie à refaire.",
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
    # two or three of the seven Article 28 points: a template with gaps by the conventions
    report = analyse(catalogue, clause)
    assert answer(report, "data.gdpr_dpa").value == "template_with_gaps"


def test_a_processor_clause_without_its_duties_is_no_agreement(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "The Provider keeps the Client's personal data confidential at all times."
    )
    assert values(report, "data.gdpr_dpa") == []


# --- 6. Backups: watched round the clock, reported on, restored to test ---------------------


def test_backups_watched_round_the_clock_with_a_fix_deadline_are_daily_with_sla(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Backup jobs are monitored around the clock. A failed job is retried; if it fails "
        "again, the Provider opens a Priority 2 ticket and fixes it within one business day.",
    )
    assert answer(report, "backup.monitoring").value == "daily_with_sla"


@pytest.mark.parametrize(
    "sentence",
    [
        "Every quarter the Provider sends a report listing tickets, patch levels and backup "
        "results, and reviews it with the Client.",
        "Le compte rendu trimestriel, examiné avec le Client, présente les tickets traités et "
        "les résultats des sauvegardes.",
    ],
)
def test_a_report_that_lists_backup_results_is_no_monitoring(
    catalogue: Catalogue, sentence: str
) -> None:
    assert values(analyse(catalogue, sentence), "backup.monitoring") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Each week the Provider boots every protected server from its latest restore point in "
        "an isolated network and records the result.",
        "Chaque trimestre, le Prestataire restaure la dernière sauvegarde dans un environnement "
        "isolé et en vérifie l'intégrité.",
    ],
)
def test_a_restore_into_an_isolated_network_is_a_restore_test(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "backup.restore_tests").value == "quarterly_or_better"
    assert values(report, "backup.monitoring") == []


# --- 7. An option not taken -----------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "[ ] Microsoft 365 backup - daily backup of mailboxes - EUR 3.00 per user - NOT SELECTED",
        "Option Sauvegarde Microsoft 365 (sauvegarde quotidienne des boîtes aux lettres) : non "
        "souscrite.",
    ],
)
def test_a_backup_option_not_selected_gives_no_backup_finding(
    catalogue: Catalogue, line: str
) -> None:
    report = analyse(catalogue, line)
    assert values(report, "backup.frequency") == []
    assert values(report, "backup.scope") == []


def test_an_off_site_copy_offered_to_the_client_is_not_a_copy_kept(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Une copie externalisée des sauvegardes dans un second centre de données a été proposée "
        "au Client pour 15 € HT par mois.",
    )
    assert values(report, "backup.copies") == []


# --- 8. The client's deputy, the provider's owner, a tool hosted somewhere ------------------


def test_a_deputy_named_by_the_client_is_not_the_providers_resilience(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Le Client désigne un correspondant informatique et son suppléant, et donne accès à ses "
        "locaux pendant les heures ouvrées.",
    )
    assert values(report, "continuity.provider_resilience") == []


def test_a_provider_owned_from_the_united_states_is_about_law_not_location(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "The Client's data are hosted in our data centre in Lyon, France.",
        "The Provider is a wholly owned subsidiary of Example Data Holdings Inc., a company "
        "incorporated in Delaware, United States.",
    )
    assert values(report, "data.location") == ["eu_named"]
    assert values(report, "data.non_eu_law") == ["non_eu_unmitigated"]


def test_a_tool_hosted_in_france_does_not_place_the_data(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "La prise en main à distance passe par un outil hébergé en France.")
    assert values(report, "data.location") == []


# --- 9. Figures of another subject ------------------------------------------------------------


def test_an_availability_probe_interval_is_no_backup_frequency(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Hébergement et sauvegarde",
        "La disponibilité du serveur est mesurée par une sonde toutes les cinq minutes.",
    )
    assert values(report, "backup.frequency") == []


def test_a_monthly_allowance_for_emergency_patching_is_no_patch_deadline(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Downtime excludes emergency maintenance to patch a critical security vulnerability, "
        "limited to three hours per month.",
    )
    assert values(report, "security.patch_deadline") == []


# --- 10. A backup kept beside what it protects; an order line; recovery figures in plain words


@pytest.mark.parametrize(
    "sentence",
    [
        "Le serveur est sauvegardé chaque nuit sur un disque externe branché en permanence au "
        "serveur.",
        "The servers are backed up every night to an appliance installed next to the servers.",
        "The hosting platform and its backups are located in the Example data centre in Cork.",
    ],
)
def test_a_backup_kept_beside_what_it_protects_is_a_single_copy(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "backup.copies").value == "single_copy"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le serveur est sauvegardé chaque nuit sur deux supports : un disque branché au serveur "
        "et un stockage en ligne à Lille.",
        "Les serveurs et leurs sauvegardes sont hébergés dans les centres de données de Lyon et "
        "de Marseille.",
    ],
)
def test_a_second_place_or_medium_is_no_single_copy(catalogue: Catalogue, sentence: str) -> None:
    assert "single_copy" not in values(analyse(catalogue, sentence), "backup.copies")


def test_an_order_line_for_an_off_site_backup_describes_no_copy(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Ligne 2 – Sauvegarde externalisée du serveur : 1 x 39,00 € HT / mois"
    )
    assert values(report, "backup.copies") == []


def test_a_response_time_in_a_disaster_sentence_is_no_recovery_time(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Severity 1 (invocation of disaster recovery): response within 20 minutes, at any time.",
    )
    assert values(report, "continuity.rto") == []


def test_a_data_loss_that_does_not_exceed_a_delay_is_the_recovery_point(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "En cas de sinistre, la plateforme est redémarrée sur le site de secours dans un délai "
        "de 6 heures ; la perte de données ne dépasse pas 12 heures.",
    )
    assert values(report, "continuity.rpo") == [720]


def test_a_plan_in_an_annex_not_attached_describes_no_remote_access(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "L'outil d'accès à distance et ses mesures de sécurité sont décrits dans le plan "
        "d'assurance sécurité figurant en annexe D, non jointe au présent exemplaire.",
    )
    assert values(report, "security.remote_access") == []


# --- 11. Security plans, hardware keys, a stand-in, a remote tool, a daily backup, a US provider


@pytest.mark.parametrize(
    "sentence",
    [
        "The Provider is ISO/IEC 27001 certified; its Security Assurance Statement is Appendix 3.",
        "The Supplier holds ISO/IEC 27001 certification and shall deliver a Security Management "
        "Plan within twenty Working Days.",
    ],
)
def test_a_security_statement_with_a_certification_is_a_plan_and_a_certification(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "security.security_plan").value == "pas_and_certification"


def test_hardware_security_keys_are_phishing_resistant_mfa(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Our engineers reach production only through named accounts with single sign-on and "
        "FIDO2 hardware security keys.",
    )
    assert answer(report, "security.mfa").value == "enforced_phishing_resistant"


def test_keys_recommended_to_the_clients_users_are_not_the_providers_mfa(
    catalogue: Catalogue,
) -> None:
    report = analyse(catalogue, "We recommend that your users adopt FIDO2 hardware security keys.")
    assert values(report, "security.mfa") == []


def test_a_named_stand_in_when_the_provider_is_ill_is_a_resilience_statement(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Si je suis malade ou en congés, c'est ma consœur Anne Martin qui prend le relais ; elle "
        "connaît votre réseau.",
    )
    assert answer(report, "continuity.provider_resilience").value == "statement"


def test_a_remote_tool_named_with_avec_is_described(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Je me connecte à distance avec TeamViewer, seulement avec votre accord."
    )
    assert answer(report, "security.remote_access").value == "described"


def test_a_daily_backup_followed_by_a_replication_is_daily(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le titulaire réalise une sauvegarde quotidienne des serveurs sur un stockage local, avec "
        "une réplication chiffrée vers son centre de données.",
    )
    assert values(report, "backup.frequency") == [1440]


def test_a_provider_given_as_a_us_corporation_is_under_us_law(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "This Order Form is made between Example Support, Inc., a Delaware corporation with "
        'offices in Boston, MA, USA ("Provider"), and Example Clinic Ltd ("Customer").',
    )
    assert values(report, "data.non_eu_law") == ["non_eu_unmitigated"]


# --- 12. Off site in two words, an immutability lock, exit formats, a shared admin account, a
# split of security tasks told in prose


def test_one_copy_kept_off_site_in_an_immutable_store(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The Supplier backs up the servers every night and keeps one copy off site in an "
        "immutable store.",
    )
    assert answer(report, "backup.copies").value == "three_two_one_immutable"


def test_the_lock_period_of_an_immutable_copy_is_no_retention(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les sauvegardes sont conservées 60 jours.",
        "Une copie est envoyée vers un second centre de données, où elle reste immuable et "
        "verrouillée 14 jours.",
    )
    assert values(report, "backup.retention_days") == [60]


def test_data_returned_in_formats_at_exit_is_no_backup_scope(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "At the end of the services the Provider returns the Client Data in standard formats "
        "(databases as native backups, mailboxes in PST format, files as they are).",
    )
    assert values(report, "backup.scope") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Pour le reste, nos techniciens utilisent le compte administrateur du cabinet.",
        "Our engineers use the administrator account of the practice for every intervention.",
    ],
)
def test_technicians_using_the_clients_admin_account_share_it(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "security.least_privilege").value == "shared_accounts"


def test_a_split_of_security_tasks_in_prose_is_a_partial_raci(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "La répartition des tâches de sécurité est la suivante : le Prestataire assure les "
        "correctifs et les sauvegardes ; le Client gère les comptes de ses utilisateurs.",
    )
    assert answer(report, "security.raci").value == "partial"


def test_restore_points_kept_daily_give_no_backup_frequency(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Backups are kept daily for 30 days and monthly for 6 months.",
    )
    assert values(report, "backup.frequency") == []


def test_an_unticked_box_opens_a_line_not_taken(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "[ ] Sauvegarde quotidienne des postes de travail")
    assert values(report, "backup.frequency") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Aucun frais supplémentaire n'est facturé pour la solution EDR déployée sur les postes.",
        "There is no extra charge for the managed EDR agent installed on every laptop.",
    ],
)
def test_no_charge_for_an_edr_is_no_absence_of_edr(catalogue: Catalogue, sentence: str) -> None:
    assert False not in values(analyse(catalogue, sentence), "security.edr")


def test_a_monitoring_sentence_that_also_names_restore_tests_is_still_monitoring(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Les sauvegardes sont contrôlées par le Prestataire, qui restaure aussi un fichier de "
        "test une fois par an.",
    )
    assert "monitored" in values(report, "backup.monitoring")


def test_the_physical_keys_of_a_server_room_are_no_mfa(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les clés physiques de la salle des serveurs sont détenues par le Client; the physical "
        "keys to the server room stay with the Customer.",
    )
    assert values(report, "security.mfa") == []


def test_a_machine_restored_and_isolated_after_an_attack_is_no_restore_test(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Chaque trimestre, le Prestataire restaure les postes infectés et les isole du réseau "
        "si nécessaire.",
    )
    assert values(report, "backup.restore_tests") == []


def test_a_remote_tool_listed_among_accounts_protected_by_mfa_is_an_aside(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Les comptes du Prestataire (outil de télémaintenance, console du pare-feu, serveurs) "
        "sont protégés par une authentification multifacteur.",
    )
    assert values(report, "security.remote_access") == []


def test_servers_replicated_to_a_second_site_under_a_backup_heading_are_no_backup_copy(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Sauvegarde et hébergement",
        "Les serveurs du Client sont hébergés dans le centre de données de Lyon et répliqués "
        "dans un second centre à Grenoble.",
    )
    assert values(report, "backup.copies") == []
    assert values(report, "backup.scope") == []


def test_a_table_pairing_nis2_articles_with_the_providers_measures_is_a_mapping(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "NIS2 Article 21(2) measure : (e) security in acquisition | Provider contribution : "
        "hardened builds and patch reports",
    )
    assert answer(report, "data.regulatory_flowdown").value == "mapped"


def test_other_services_given_their_own_recovery_figures_are_per_service(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "For the order system the Provider restores service within 4 hours of invoking the "
        "disaster recovery plan, with a maximum data loss of 30 minutes.",
        "For all other services these figures are 12 hours and 12 hours.",
    )
    assert answer(report, "continuity.per_service").value == "per_service"


def test_other_services_figures_without_any_recovery_target_are_no_per_service(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Priority 1 calls are answered within 1 hour.",
        "For all other services these times are 4 hours.",
    )
    assert values(report, "continuity.per_service") == []


def test_engineers_signing_in_to_the_remote_tool_with_mfa_is_remote_tools_only(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Remote support is given through a hosted remote-control product. They sign in to that "
        "tool with two-factor authentication.",
    )
    assert answer(report, "security.mfa").value == "remote_tools_only"


def test_the_clients_users_signing_in_with_mfa_is_not_the_providers(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Users sign in to their laptops with multi-factor authentication via Entra ID."
    )
    assert values(report, "security.mfa") == []


@pytest.mark.parametrize(
    "line",
    [
        "Daily backup of the laptops to the cloud: add-on not ordered by the Customer.",
        "La sauvegarde quotidienne des postes, proposée en option, n'a pas été souscrite.",
    ],
)
def test_more_ways_of_saying_an_option_was_not_taken(catalogue: Catalogue, line: str) -> None:
    assert values(analyse(catalogue, line), "backup.frequency") == []


def test_to_illustrate_opens_an_illustration(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "To illustrate, an RTO of 3 hours means the service is back within three hours."
    )
    assert values(report, "continuity.rto") == []


def test_the_belgian_authoritys_deadline_is_the_clients(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Prestataire informe le Client de toute violation de données dans les 12 heures ; le "
        "Client notifie l'APD dans les 72 heures.",
    )
    assert values(report, "security.incident_notification") == [720]


def test_data_accessed_from_abroad_is_no_backup_monitoring(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Sauvegardes et données",
        "Aucune donnée du Client n'est hébergée, traitée ou consultée hors de l'Union européenne.",
    )
    assert values(report, "backup.monitoring") == []
