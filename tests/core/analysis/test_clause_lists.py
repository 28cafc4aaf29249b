"""Clauses named only as items of a list of services, and options the client has not taken.

A sentence that lists what the contract covers ("service desk, patching, backup management
and hosting") names backups without saying what is backed up or how it is checked; a backup of
Microsoft 365 sold as an option, or said not to be part of the backup, does not put it in the
backup's scope. Each test writes its own sentences.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    "listing",
    [
        "The contract covers user support, Microsoft 365 administration, backup management, "
        "monitoring and network care.",
        "Le contrat couvre l'assistance, la gestion de Microsoft 365, les sauvegardes et la "
        "supervision.",
        "Inventaire : 12 postes, un serveur, le NAS de sauvegarde, les comptes Microsoft 365 et "
        "le pare-feu.",
    ],
)
def test_a_list_of_services_says_neither_scope_nor_monitoring(
    catalogue: Catalogue, listing: str
) -> None:
    report = analyse(catalogue, listing, "The file server is backed up every night.")
    assert values(report, "backup.scope") == ["servers_only"]
    assert values(report, "backup.monitoring") == []


@pytest.mark.parametrize(
    "option",
    [
        "Backing up the Microsoft 365 mailboxes is an optional service the client has not ordered.",
        "Une sauvegarde des boîtes Microsoft 365 est proposée en option.",
        "Les données Microsoft 365 ne sont pas comprises dans cette sauvegarde.",
        "Backups of SharePoint and OneDrive are not covered by this agreement.",
    ],
)
def test_a_saas_backup_sold_as_an_option_or_left_out_is_not_in_scope(
    catalogue: Catalogue, option: str
) -> None:
    report = analyse(catalogue, "Les serveurs sont sauvegardés toutes les nuits.", option)
    assert values(report, "backup.scope") == ["servers_only"]


def test_servers_and_saas_backed_up_together_are_all_systems(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Servers, laptops and the Microsoft 365 mailboxes, OneDrive and Teams are backed up "
        "every four hours.",
    )
    assert values(report, "backup.scope") == ["all_systems_and_saas"]


def test_backups_monitored_in_a_sentence_of_their_own_are_monitored(
    catalogue: Catalogue,
) -> None:
    report = analyse(catalogue, "Every backup job is monitored and its result is recorded.")
    assert values(report, "backup.monitoring") == ["monitored"]


@pytest.mark.parametrize(
    "breakdown",
    [
        "Le forfait de 1 900 € HT par mois correspond à 30 postes de travail à 50 € HT et à "
        "2 serveurs à 200 € HT.",
        "The monthly charge of EUR 2,100 is made up of 35 laptops at EUR 60.",
        "- ordinateurs portables : 25 × 48 € HT, soit 1 200 € HT ;",
    ],
)
def test_a_fee_broken_down_by_quantity_and_unit_price_is_unit_pricing(
    catalogue: Catalogue, breakdown: str
) -> None:
    report = analyse(catalogue, breakdown)
    assert values(report, "costs.pricing_model") == ["unit_prices"]


def test_users_beyond_those_a_plan_includes_are_an_overage_not_unit_pricing(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "The Business subscription includes up to 25 users and 100 GB of storage.",
        "The fee is EUR 300 per month. Users beyond the 25 included are billed EUR 9 per "
        "user per month.",
    )
    assert values(report, "costs.pricing_model") == ["bundle_with_inclusions"]
    assert values(report, "costs.pricing_model", "monthly_fee") == [300]


@pytest.mark.parametrize(
    "sentence",
    [
        "La mise en place (audit du parc, pose des agents, inventaire et documentation "
        "initiale) est facturée 1 800 € HT, une seule fois.",
        "Onboarding (discovery workshops, agent roll-out and documentation of the estate) "
        "costs EUR 2,250, payable once only.",
    ],
)
def test_a_one_off_set_up_price_far_from_its_name_is_read(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "costs.pricing_model", "setup_fee") in ([1800], [2250])


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        (
            "La présente convention démarre le 1er mars 2026 pour une première période de 18 mois.",
            18,
        ),
        ("Le marché est conclu pour une durée ferme de trente-six (36) mois.", 36),
        ("Le service prend effet à la date de livraison, pour une durée de vingt-quatre mois.", 24),
        ("The Agreement has a first term of 12 months from the Start Date.", 12),
    ],
)
def test_initial_terms_in_other_words(catalogue: Catalogue, sentence: str, months: int) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "costs.initial_term") == [months]


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        (
            "Si le Client résilie pendant la période ferme, il paie une indemnité égale à "
            "quatre mois de redevance.",
            4,
        ),
        (
            "Should the Customer terminate during the initial term, the months left are payable, "
            "limited to two months of fees.",
            2,
        ),
    ],
)
def test_a_fee_for_leaving_during_the_firm_period_is_a_termination_fee(
    catalogue: Catalogue, sentence: str, months: int
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "costs.termination_fee") == [months]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Provider may revise its fees at each anniversary on ninety (90) days' notice.",
        "Le Client peut résilier à tout moment moyennant un préavis de deux mois.",
        "If availability falls below 98% twice in a quarter, the Customer may terminate on "
        "15 days' notice.",
    ],
)
def test_notices_that_are_not_about_renewal(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "costs.renewal_notice") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Le transfert vers votre futur prestataire est facturé au temps passé.", "unpriced"),
        ("Cette passation n'est pas facturée au Client.", "included_or_fixed"),
        (
            "L'assistance de réversibilité est facturée au forfait, soit 1 900 € HT.",
            "included_or_fixed",
        ),
        (
            "Exit assistance is charged at the rates of the price schedule, up to a maximum of "
            "EUR 4,000.",
            "capped_time_materials",
        ),
    ],
)
def test_exit_prices_in_other_words(catalogue: Catalogue, sentence: str, value: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "reversibility.exit_price") == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Quelle que soit la raison de la fin du contrat, nous vous remettons vos données et "
        "la documentation sous dix jours.",
        "Whatever the reason for the end of the agreement, Customer Data is returned within "
        "20 days.",
    ],
)
def test_an_exit_for_whatever_reason_in_other_words(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "reversibility.any_cause") == ["any_time"]


def test_the_credentials_delay_is_the_one_next_to_the_credentials(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "En fin de contrat, nous remettons au Client tous les mots de passe d'administration "
        "sous trois jours ouvrés, et ses données lui sont restituées sous vingt jours.",
    )
    assert values(report, "reversibility.credentials_days") == [3]


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous sommes assurés en responsabilité civile professionnelle auprès d'un assureur "
        "de premier rang.",
        "La société est assurée en responsabilité civile professionnelle.",
    ],
)
def test_insured_in_the_plural_or_feminine(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "liability.insurance") == ["rc_pro_only"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each month the Provider sends a service report setting out tickets, backup results "
        "and patches applied.",
        "Le compte rendu mensuel (tickets, sauvegardes, correctifs installés) est envoyé "
        "chaque mois au Client.",
    ],
)
def test_patches_named_among_a_reports_contents_set_no_patch_deadline(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "security.patch_deadline") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "L'astreinte de nuit n'est pas comprise dans la redevance ; elle coûte 200 € HT par mois.",
        "The optional weekend cover (EUR 150 per month) is not included unless ordered.",
        "Planned maintenance windows are excluded from the availability calculation.",
    ],
)
def test_an_option_or_an_availability_exclusion_is_no_scope_exclusion(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "scope.exclusions") == []


def test_services_left_out_with_their_rates_are_still_exclusions(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Ne sont pas compris : la formation, les déménagements et les projets. Ils sont "
        "facturés au taux horaire de 95 € HT.",
    )
    assert values(report, "scope.exclusions") == ["list_with_rates"]


def test_credits_the_client_need_not_claim_said_in_the_next_sentence_are_automatic(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Below 99.9% availability a credit of 5% of the monthly fee applies. Credits are worked "
        "out by the Provider and set against the next invoice. The Client need not claim them.",
    )
    assert values(report, "availability.credit_ladder") == ["automatic"]


def test_a_deduction_per_missed_delay_is_a_credit_per_breach(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Pour chaque dépassement du délai de rétablissement d'un P1, nous déduisons 4 % de la "
        "redevance du mois, dans la limite de 12 % de la redevance mensuelle.",
    )
    assert values(report, "availability.credits_on_response") == ["per_breach"]
    assert values(report, "availability.credit_ladder", "credit_cap") == [12]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a document that gives no credit and says so of its target: none_or_token
        # (CONVENTIONS.md)
        ("This figure is a target only and no credits are payable against it.",
         ["none_or_token"]),
        ("No credits are payable for the telephone lines or for the printers.", []),
    ],
)  # fmt: skip
def test_credits_denied_for_one_measure_or_service_only_are_not_denied_overall(
    catalogue: Catalogue, sentence: str, expected: list[str]
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "availability.credit_ladder") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Aucune pénalité n'est due au titre de la disponibilité des serveurs.",
        "No credits are payable for any failure to meet the availability target.",
    ],
)
def test_credits_denied_for_availability_are_denied(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "availability.credit_ladder") == ["none_or_token"]


def test_a_contract_that_renews_by_itself_unless_ended_by_mail(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le contrat se renouvelle tout seul d'année en année, sauf si vous y mettez fin par "
        "simple mail deux mois avant son terme.",
    )
    assert values(report, "costs.tacit_renewal") == ["none_or_yearly_email"]
    assert values(report, "costs.tacit_renewal", "renewal_period") == [12]


def test_a_recycle_bin_that_is_not_a_backup_sets_no_retention(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "L'éditeur garde les fichiers effacés 30 jours dans sa corbeille, ce qui ne constitue "
        "pas une sauvegarde.",
    )
    assert values(report, "backup.retention_days") == []


def test_the_monthly_price_of_an_option_not_taken_is_no_monthly_fee(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "L'option Nuit coûte 120 € HT par mois ; vous n'avez pas souscrit cette option.",
    )
    assert values(report, "costs.pricing_model", "monthly_fee") == []


def test_a_vault_opened_in_the_clients_name_is_the_clients(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les mots de passe sont rangés dans un coffre-fort ouvert au nom de votre société, "
        "auquel votre directeur a accès.",
    )
    assert values(report, "reversibility.credentials") == ["client_vault"]


def test_an_english_copy_in_a_second_site_is_a_three_two_one_copy(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Backups are kept 30 days. They follow the 3-2-1 rule, with one immutable copy stored "
        "in a secondary data center.",
    )
    assert values(report, "backup.copies") == ["three_two_one_immutable"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each January the charges are adjusted in line with the national wage index.",
        "Les prix sont révisés chaque année en fonction de l'indice de référence des salaires.",
    ],
)
def test_a_named_index_with_no_cap(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "costs.indexation") == ["index_no_cap"]


def test_months_of_fees_after_the_initial_term_are_no_initial_term(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The Agreement runs for an initial term of 24 months.",
        "Leaving during the initial term costs the fees left, up to four (4) months of fees.",
    )
    assert values(report, "costs.initial_term") == [24]


def test_a_deletion_counted_from_the_return_of_data_is_no_return_delay(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "The Provider returns all Customer Data within 15 days after the end of the contract.",
        "Within ninety (90) days after returning the data, the Provider erases every copy.",
    )
    assert values(report, "reversibility.data_return_days") == [15]


def test_a_full_test_restore_once_a_year(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Une restauration partielle de contrôle est faite une fois par an.")
    assert values(report, "backup.restore_tests") == ["yearly"]


def test_an_activity_report_each_quarter_and_a_yearly_review(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Un compte rendu d'activité vous parvient chaque trimestre.",
        "Une fois par an, nous faisons le point avec vous lors d'une réunion annuelle.",
    )
    assert values(report, "governance.sla_report") == ["quarterly"]
    assert values(report, "governance.committees") == ["yearly_review"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "Pour le câblage, nous pouvons faire appel à des partenaires de notre choix.",
            "unrestricted",
        ),
        ("The Provider may use third parties of its choosing for on-site work.", "unrestricted"),
    ],
)
def test_partners_of_the_providers_choice_are_unrestricted_subcontracting(
    catalogue: Catalogue, sentence: str, value: str
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "scope.subcontracting") == [value]


def test_we_take_care_of_everything_is_a_vague_scope(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "With this plan, we take care of everything for you.")
    assert values(report, "scope.service_catalogue") == ["vague"]


def test_extra_users_billed_per_user_are_a_unit_price_change(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Each additional workstation is billed EUR 40 per workstation per month.",
    )
    assert values(report, "scope.change_procedure") == ["unit_prices"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The account owner can require two-factor authentication for all users.",
        "L'administrateur du Client peut activer la double authentification pour tous les comptes.",
    ],
)
def test_mfa_the_client_may_switch_on_is_not_enforced(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "security.mfa") == []


def test_certificates_on_request_with_on_site_audits_refused(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "On written request, no more than once a year, the Supplier provides its ISO 27001 "
        "certificate and its latest penetration test summary. On-site audits are not permitted.",
    )
    assert values(report, "governance.audit_right") == ["on_notice_certificates"]


def test_maintenance_whenever_the_provider_deems_it_necessary_is_open_ended(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Uptime excludes urgent maintenance, which the provider may perform whenever it deems "
        "it necessary.",
    )
    assert values(report, "availability.exclusions") == ["open_ended"]


def test_a_credit_for_each_incident_whose_response_is_missed(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "If the response time of a P1 ticket is missed, a service credit of 3% of the monthly "
        "fee is due for each ticket concerned.",
    )
    assert values(report, "availability.credits_on_response") == ["per_breach"]


def test_equipment_listed_in_an_annex_not_reproduced_is_a_list(catalogue: Catalogue) -> None:
    # the conventions ask for the inventory (or a count) in this document
    report = analyse(
        catalogue,
        "The Provider supports the equipment listed in Appendix 2 (laptops, servers, printers).",
    )
    assert values(report, "scope.service_catalogue") == ["list_only"]


def test_out_of_scope_work_at_an_hourly_rate_is_no_list_of_exclusions(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Any work requested outside the scope of this contract is billed EUR 95 per hour.",
    )
    assert values(report, "scope.exclusions") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Notre console surveille vos serveurs, vos switchs et vos sauvegardes jour et nuit.",
        "The firewalls, servers and backups are monitored around the clock by our tool.",
    ],
)
def test_backups_among_supervised_equipment_are_monitored(
    catalogue: Catalogue, sentence: str
) -> None:
    # the monitoring watches the backups too: checked without a delay (CONVENTIONS.md)
    report = analyse(catalogue, sentence)
    assert values(report, "backup.monitoring") == ["monitored"]


def test_a_backup_report_read_each_morning_and_fixed_the_same_day(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Every morning an engineer reviews the backup report; a failed backup is rerun the "
        "same day.",
    )
    assert values(report, "backup.monitoring") == ["daily_with_sla"]


@pytest.mark.parametrize(
    "sentence",
    [
        "E-mail is hosted by Microsoft, whose own service level (99.9%) applies; it is not "
        "covered by this agreement.",
        "La messagerie est hébergée par un éditeur dont le contrat d'abonnement prévoit une "
        "disponibilité de 99,9 %.",
    ],
)
def test_a_third_partys_own_availability_is_no_commitment(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "availability.commitment") == []


def test_monthly_service_review_calls_and_a_steering_meeting(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Service review calls take place monthly, and a steering meeting is held every six "
        "months with the Client's board.",
    )
    assert values(report, "governance.committees") == ["operational_and_steering"]


def test_a_ladder_whose_second_rung_turns_the_order_round(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "When availability is below 99.7%, a credit of 5% of the hosting fee applies; it rises "
        "to 12% if availability is below 98.5%.",
    )
    tiers = sorted(
        (f.threshold, f.value)
        for f in report.findings
        if f.criterion == "availability.credit_ladder" and f.kind == "credit_tier"
    )
    assert tiers == [(98.5, 12), (99.7, 5)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Une copie part chaque nuit dans notre salle serveur de Rennes : vos données ne quittent "
        "jamais la France.",
        "Your data never leaves Ireland.",
    ],
)
def test_data_that_never_leaves_a_named_country(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "data.location") == ["eu_named"]


def test_an_export_with_no_format_named_is_no_standard_format(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "À la fin du contrat, nous vous remettons l'export de vos données et la documentation.",
    )
    assert values(report, "reversibility.open_formats") == []


def test_an_export_in_a_named_format_is_a_standard_export(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "On exit, the Provider returns an export in CSV of all records.")
    assert values(report, "reversibility.open_formats") == ["standard_exports"]


def test_penalties_for_late_restorations_deducted_d_office_are_automatic(
    catalogue: Catalogue,
) -> None:
    """Any credit or penalty gives the ladder's answer, on delays too (CONVENTIONS.md)."""
    report = analyse(
        catalogue,
        "Chaque dépassement du délai de rétablissement d'un incident critique entraîne une "
        "pénalité de 4 % de la redevance, déduite d'office de la facture suivante.",
        "Le total des pénalités d'un mois est plafonné à 20 % de la redevance mensuelle.",
    )
    assert values(report, "availability.credit_ladder") == ["automatic"]
    assert values(report, "availability.credit_ladder", "credit_cap") == [20]


@pytest.mark.parametrize(
    ("paragraphs", "criterion", "expected"),
    [
        (
            ("Servers are backed up nightly.", "A Microsoft 365 backup is available as an add-on."),
            "backup.scope",
            ["servers_only"],
        ),
        (
            ("The monthly fee is EUR 1,800 (30 seats x EUR 60).",),
            "costs.pricing_model",
            ["unit_prices"],
        ),
        (
            ("The monthly report includes tickets, patches installed and backup results.",),
            "security.patch_deadline",
            [],
        ),
        (
            ("Le présent accord-cadre est conclu pour une période ferme de 24 mois.",),
            "costs.initial_term",
            [24],
        ),
        (
            ("On termination for whatever reason, the Provider returns all data within 30 days.",),
            "reversibility.any_cause",
            ["any_time"],
        ),
    ],
)
def test_more_ways_of_writing_the_same_clauses(
    catalogue: Catalogue, paragraphs: tuple[str, ...], criterion: str, expected: list[object]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, criterion) == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Prices are reviewed every January in line with the CPI, capped at 3%.", "capped_index"),
        ("Les tarifs sont revus chaque année selon l'indice Syntec.", "index_no_cap"),
    ],
)
def test_prices_reviewed_or_revus_by_an_index(
    catalogue: Catalogue, sentence: str, value: str
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "costs.indexation") == [value]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each late P1 response gives rise to a credit of 1% of the monthly fee.",
        "Tout retard de rétablissement donne lieu à une pénalité de 2 % par jour de retard.",
    ],
)
def test_credits_for_each_late_response_or_restoration(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "availability.credits_on_response") == ["per_breach"]
