"""How contracts are written, read as a careful reader reads them: each test writes its own
sentences (none is copied from a sample document), one writing habit at a time.

Priorities named in one sentence and delays in the next; the deciding detail in the next
sentence; what a sentence prohibits is not what it provides; near variants of the usual words;
prices and options that are not commitments.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


def _support(report: AnalysisReport) -> dict[str, float]:
    """The response and restoration times per priority (support.p1_response...)."""
    return {
        f.criterion.removeprefix("support."): float(f.value)
        for f in report.answers()
        if f.criterion.startswith(("support.p1_", "support.p2_", "support.p3_", "support.p4_"))
    }


# --- 1. A priority and its delays in different sentences -------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "P3 – gêne limitée. Prise en charge sous deux heures ; résolution sous deux jours.",
        "Niveau P3 : un poste isolé est concerné. Le technicien intervient sous deux heures. "
        "Il résout l'incident sous deux jours.",
        "Severity 3 (minor issue). The service desk engages within two hours and resolves the "
        "issue within two days.",
        "Priority 3: a single user is affected. We will respond within 2 hours. A fix is "
        "delivered within 2 days.",
    ],
)
def test_delays_take_the_priority_named_before_them_in_the_paragraph(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert _support(report) == {"p3_response": 120, "p3_restoration": 2880}


def test_a_new_priority_in_the_paragraph_takes_over(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Urgent incidents: the whole office is down. Response within 15 minutes. "
        "Low-priority requests: cosmetic issues. Response within 3 days.",
    )
    assert _support(report) == {"p1_response": 15, "p4_response": 4320}


def test_a_sentence_naming_two_priorities_heads_nothing(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Incidents P1 and P2 are handled by the NOC. Response in 1 hour.")
    assert _support(report) == {}


def test_a_priority_heading_leads_the_paragraph_below_it(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Priorité 2 (majeure)",
        "Le ticket est pris en charge sous 45 minutes.",
        "Priorité 3 (mineure)",
        "Le Prestataire prend en compte la demande sous 4 heures.",
    )
    assert _support(report) == {"p2_response": 45, "p3_response": 240}


def test_a_priority_does_not_cross_into_the_next_paragraph_unless_it_is_a_heading(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Les incidents de priorité 1 sont ceux qui arrêtent toute la production du Client.",
        "Le Prestataire intervient sous 30 minutes.",
    )
    assert _support(report) == {}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pour un incident P1, le Prestataire prend en charge le ticket sous 20 minutes.",
         {"p1_response": 20}),
        ("Un incident P1 est pris en charge sous 20 minutes.", {"p1_response": 20}),
        ("En P1, un ingénieur intervient sous 20 minutes.", {"p1_response": 20}),
        ("For a P1 incident, an engineer engages within 20 minutes.", {"p1_response": 20}),
        ("For P1 the Provider will respond within 20 minutes.", {"p1_response": 20}),
        ("P1: time to engage 20 minutes, time to restore 3 hours.",
         {"p1_response": 20, "p1_restoration": 180}),
    ],
)  # fmt: skip
def test_conjugated_response_words(
    catalogue: Catalogue, sentence: str, expected: dict[str, float]
) -> None:
    assert _support(analyse(catalogue, sentence)) == expected


def test_a_measure_after_a_conjunction_belongs_to_the_next_delay(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Pour la priorité 1, le Prestataire prend en charge l'appel en quinze minutes et "
        "rétablit le service en trois heures.",
    )
    assert _support(report) == {"p1_response": 15, "p1_restoration": 180}


def test_a_later_delay_for_the_same_measure_is_a_comment(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P2 : rétablissement sous six heures, ce qui peut en pratique repousser le "
        "rétablissement au jour ouvré suivant.",
    )
    assert _support(report) == {"p2_restoration": 360}


def test_a_service_request_is_fulfilled_not_restored(catalogue: Catalogue) -> None:
    # "traitement" is the restoration of a level; a level for requests only is no priority
    # level (CONVENTIONS.md, "Priority levels"): its delays give no P4
    report = analyse(catalogue, "P4 (faible) : prise en compte sous 8 heures ; traitement sous "
                                "10 jours.")  # fmt: skip
    assert _support(report) == {"p4_response": 480, "p4_restoration": 14400}
    report = analyse(catalogue, "P4 (demande) : prise en compte sous 8 heures ; traitement sous "
                                "10 jours.")  # fmt: skip
    assert _support(report) == {}


# --- 5. Options and measurement windows are not commitments -----------------------------------


def test_a_paid_on_call_option_outranks_no_on_call(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est ouvert du lundi au vendredi de 9h à 17h. Aucune astreinte n'est "
        "assurée la nuit. Le Client peut commander une astreinte pour 500 € par mois ; les "
        "délais s'appliquent alors jour et nuit. Le Client a commandé cette astreinte.",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "paid_option"
    assert answer(report, "support.hours_defined").value == "business_defined"


def test_an_on_call_option_for_a_fee_is_paid(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The helpdesk works Monday to Friday, 8:00 to 17:00. Customers may subscribe to "
        "on-call cover for a monthly fee, in which case P1 incidents are handled 24/7.",
    )
    # an option offered that the document does not show as taken is no cover (CONVENTIONS.md G2)
    assert answer(report, "oncall.p1_out_of_hours").value == "none"
    assert answer(report, "support.hours_defined").value == "business_defined"


def test_round_the_clock_monitoring_that_waits_for_business_hours(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "L'assistance répond du lundi au vendredi de 8h à 18h.",
        "Nos sondes surveillent les serveurs 24h/24. Hors de ces horaires, les alertes sont "
        "traitées le lendemain matin.",
    )
    assert answer(report, "oncall.monitoring_vs_action").value == "monitoring_only_written"
    assert answer(report, "oncall.p1_out_of_hours").value == "none"


def test_after_hours_calls_left_for_the_next_morning_mean_no_on_call(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "The service desk is staffed 9 am to 5 pm on weekdays. Tickets logged outside these "
        "hours go to an answering machine and are picked up on the following working day.",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "none"


def test_availability_measured_round_the_clock_is_not_support_cover(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Les horaires du support sont du lundi au vendredi de 9h à 18h.",
        "La disponibilité de 99,9 % est calculée sur la plage 24h/24, 7j/7.",
    )
    assert answer(report, "support.hours_defined").value == "business_defined"


def test_the_price_of_an_option_is_not_the_pricing_model(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Le Client peut ajouter une option de sauvegarde moyennant un "
                                "supplément de 5 € par utilisateur.")  # fmt: skip
    assert values(report, "costs.pricing_model") == []


def _table(catalogue: Catalogue, *rows: str) -> AnalysisReport:
    blocks = [Block(row, f"tab. 1, l. {n}", table_row=True) for n, row in enumerate(rows, 2)]
    document = DocumentText(blocks=blocks, pages=1, kind="docx", name="t.docx")
    return analyze_text(document, catalogue)


def test_a_price_list_line_is_not_a_commitment(catalogue: Catalogue) -> None:
    report = _table(
        catalogue,
        "Prestation : Sauvegarde des boîtes Microsoft 365 | Quantité : 40 | Prix : 3,20 €",
        "Prestation : Sauvegarde externalisée hors site | Quantité : 1 | Prix : 90 €",
    )
    assert values(report, "backup.scope") == []
    assert values(report, "backup.copies") == []


def test_a_table_row_without_a_price_is_still_read(catalogue: Catalogue) -> None:
    # one off-site copy, the original not counted (CONVENTIONS.md): a single copy
    report = _table(catalogue, "Élément : Sauvegardes | Engagement : copie hors site chaque nuit")
    assert answer(report, "backup.copies").value == "single_copy"


# --- 2. The deciding detail in the next sentence ----------------------------------------------


def test_an_immutable_copy_named_in_the_next_sentence(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les sauvegardes sont répliquées chaque nuit vers un site distant à Lille. Une copie "
        "mensuelle est en outre conservée sur un support hors ligne.",
    )
    assert answer(report, "backup.copies").value == "three_two_one_immutable"


def test_the_next_sentence_must_be_in_the_same_paragraph(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les sauvegardes sont répliquées chaque nuit vers un site distant à Lille.",
        "Une copie mensuelle est en outre conservée sur un support hors ligne.",
    )
    assert answer(report, "backup.copies").value == "three_two_one"


def test_a_fix_deadline_for_failed_backups_in_the_next_sentence(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Backup logs are verified every working day. Any job that failed is rerun within 4 hours.",
    )
    assert answer(report, "backup.monitoring").value == "daily_with_sla"


def test_recovery_objectives_named_after_their_figures(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Après un sinistre, le Prestataire remet en service les applications du Client en "
        "six heures, avec une perte de données limitée à une heure. Ces objectifs de reprise "
        "sont indicatifs.",
    )
    assert values(report, "continuity.rto") == [360]
    assert values(report, "continuity.rpo") == [60]
    assert answer(report, "continuity.per_service").value == "global"
    assert answer(report, "liability.commitment_nature").value == "best_effort"


def test_figures_without_a_back_reference_are_not_recovery_objectives(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "A restore of a single file is done within 4 hours. Recovery planning is reviewed "
        "each year.",
    )
    assert values(report, "continuity.rto") == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Les prix évoluent chaque année selon l'indice Syntec. Cette hausse ne saurait en "
         "aucun cas dépasser 4 % par an.", "capped_index"),
        ("Charges are adjusted each January by the consumer price index. The increase will "
         "never exceed 3%.", "capped_index"),
        ("Charges are adjusted each January by the consumer price index. Invoices are sent "
         "monthly.", "index_no_cap"),
    ],
)  # fmt: skip
def test_an_index_cap_in_the_next_sentence(
    catalogue: Catalogue, paragraph: str, expected: str
) -> None:
    assert answer(analyse(catalogue, paragraph), "costs.indexation").value == expected


def test_exclusions_priced_in_the_next_sentence(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Ne sont pas inclus dans le forfait : le câblage et les déménagements. Ils sont "
        "facturés au taux horaire de 80 € HT.",
    )
    assert answer(report, "scope.exclusions").value == "list_with_rates"


def test_account_review_and_hardware_keys_in_the_next_sentence(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Each engineer works with a personal admin account. Those rights are reviewed twice "
        "a year.",
        "Multi-factor authentication is required for all engineer accounts. It relies on "
        "hardware security keys.",
    )
    assert answer(report, "security.least_privilege").value == "named_reviewed"
    assert answer(report, "security.mfa").value == "enforced_phishing_resistant"


# --- 3. What a sentence denies or prohibits ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Shared administrator logins are strictly forbidden; each technician has a named account.",
        "Les comptes génériques sont interdits : chaque intervenant dispose d'un compte nominatif.",
        "No generic accounts are used: every engineer has a personal account.",
    ],
)
def test_prohibited_shared_accounts_are_not_shared_accounts(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "security.least_privilege").value == "named_accounts"
    assert values(report, "security.mfa") == []


def test_shared_accounts_in_use_are_still_read(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Technicians connect with a shared admin account.")
    assert answer(report, "security.least_privilege").value == "shared_accounts"
    assert answer(report, "security.mfa").value == "none_or_shared"


def test_no_credits_for_recovery_objectives_is_not_the_availability_ladder(
    catalogue: Catalogue,
) -> None:
    # a document that gives no credit and says so, of any level: none_or_token (CONVENTIONS.md)
    report = analyse(
        catalogue,
        "The recovery time objective is 8 hours; no service credits are payable if it is missed.",
    )
    assert values(report, "availability.credit_ladder") == ["none_or_token"]
    report = analyse(catalogue, "No service credits are payable under this agreement.")
    assert answer(report, "availability.credit_ladder").value == "none_or_token"


def test_not_undertaking_restore_tests_is_no_test(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The Provider does not commit to any periodic backup testing.")
    assert answer(report, "backup.restore_tests").value == "never"


# --- 5. Reading too much ------------------------------------------------------------------------


def test_an_audit_of_the_providers_own_tools_is_not_the_clients_audit_right(
    catalogue: Catalogue,
) -> None:
    report = analyse(catalogue, "An external firm audits our firewall cluster once a year.")
    assert values(report, "governance.audit_right") == []
    report = analyse(
        catalogue,
        "Once each contract year, the Client may appoint an independent firm to audit the "
        "Provider.",
    )
    assert answer(report, "governance.audit_right").value == "yearly_third_party"


# --- 4. Wording one step away from the usual words ---------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "months", "judgement"),
    [
        ("When the first term ends, and when any renewal term ends, the agreement renews "
         "automatically for a further period of one (1) year unless notice is served by "
         "registered letter three months before. Notice given by e-mail shall not be valid.",
         12, "yearly_strict_channel"),
        ("The agreement then continues for successive two-year terms unless the Customer "
         "gives notice.", 24, "multi_year"),
        ("Le contrat se poursuit ensuite par périodes annuelles, sauf dénonciation par courrier "
         "électronique avec un préavis de deux mois.", 12, "none_or_yearly_email"),
        ("The contract continues for successive 12-month terms unless either party serves "
         "notice by recorded delivery.", 12, "yearly_strict_channel"),
    ],
)  # fmt: skip
def test_renewal_in_other_words(
    catalogue: Catalogue, paragraph: str, months: float, judgement: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "costs.tacit_renewal", "renewal_period") == [months]
    assert answer(report, "costs.tacit_renewal").value == judgement


def test_a_notice_before_the_renewal_date_counts_for_successive_terms(
    catalogue: Catalogue,
) -> None:
    report = analyse(catalogue, "The service continues for successive annual terms unless the "
                                "Client gives 4 months' notice.")  # fmt: skip
    assert values(report, "costs.renewal_notice") == [120]


@pytest.mark.parametrize(
    ("sentence", "criterion", "expected"),
    [
        ("Should the Supplier be acquired by another company, the Customer may terminate "
         "without incurring any termination fee.", "costs.change_of_control",
         "exit_without_penalty"),
        ("The Supplier may raise its fees on sixty days' notice.", "costs.indexation",
         "unilateral"),
        ("Le Prestataire peut augmenter ses tarifs chaque année en informant le Client un mois "
         "avant.", "costs.indexation", "unilateral"),
        ("The Supplier may revise its fees each year in line with the consumer price index.",
         "costs.indexation", "index_no_cap"),
        ("The Provider acts as processor under Article 28, processes the data only on the "
         "Customer's documented instructions and binds its staff to confidentiality.",
         "data.gdpr_dpa", "template_with_gaps"),
        ("Once in each contract year, the Customer may have its own auditors audit the "
         "Supplier's premises.", "governance.audit_right", "yearly_third_party"),
        ("The cap above does not apply to breaches of confidentiality.", "liability.carve_outs",
         "uncapped_or_supercap"),
        ("The costs of re-creating or reloading lost customer data are recoverable as direct "
         "losses.", "liability.data_loss", "covered"),
        ("Credits are without prejudice to any other right or remedy the Customer may have.",
         "liability.sole_remedy", "penalties_plus_damages"),
        ("Les pénalités sont dues sans que leur versement prive le Client de son droit à "
         "réparation intégrale.", "liability.sole_remedy", "penalties_plus_damages"),
        ("Root passwords are kept in a password manager owned and administered by the "
         "Customer.", "reversibility.credentials", "client_vault"),
        ("Exit assistance is included in the monthly charges; no transition fee is payable.",
         "reversibility.exit_price", "included_or_fixed"),
        ("The Supplier provides five (5) person-days of knowledge transfer.",
         "reversibility.knowledge_transfer", "named_days"),
        ("The Supplier delivers an exit plan within sixty (60) days of signature and will "
         "update it every year.", "reversibility.plan", "early_updated"),
        ("On expiry, or on termination for the Supplier's breach, the Supplier will help the "
         "incoming provider take over.", "reversibility.any_cause", "expiry_and_cause"),
        ("Transition assistance is billed at the Supplier's usual daily rates.",
         "reversibility.exit_price", "unpriced"),
        ("Snapshots of the file server are taken three times a day.", "backup.frequency", 480),
        ("Les sauvegardes des bases sont faites deux fois par jour.", "backup.frequency", 720),
        ("All customer data is hosted in our Frankfurt data centre.", "data.location",
         "eu_named"),
        ("Each ticket gets an incident class from 1 to 3 when it is opened.",
         "support.priority_definitions", "written"),
        ("Nos techniciens passent par un VPN et toutes les connexions sont tracées.",
         "security.remote_access", "described"),  # nobody said to check them
        # the list is in an annex not reproduced (CONVENTIONS.md): no inventory in the document
        ("Le Prestataire exploite les équipements du Client dont la liste figure en annexe 2.",
         "scope.service_catalogue", "list_only"),
    ],
)  # fmt: skip
def test_wording_variants(
    catalogue: Catalogue, sentence: str, criterion: str, expected: object
) -> None:
    assert answer(analyse(catalogue, sentence), criterion).value == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Within twenty (20) days of expiry, the Supplier will return all customer data.",
        "Dans un délai de vingt jours suivant la fin du contrat, le Prestataire restitue les "
        "données du Client.",
        "Customer data is returned in CSV format within 20 days of expiry.",
    ],
)
def test_a_return_deadline_before_or_after_the_verb(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "reversibility.data_return_days") == [20]


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("The Customer may terminate for convenience on two (2) months' notice, subject to an "
         "early termination charge equal to four (4) months of fees.", 4),
        ("En cas de résiliation anticipée avec un préavis de trois mois, le Client paie les "
         "redevances restant dues, dans la limite de cinq (5) mois.", 5),
        ("If the Client ends the contract before its term, it owes the remaining fees up to "
         "a maximum of 9 months.", 9),
    ],
)  # fmt: skip
def test_a_termination_fee_next_to_a_notice_period(
    catalogue: Catalogue, sentence: str, months: float
) -> None:
    assert values(analyse(catalogue, sentence), "costs.termination_fee") == [months]


def test_an_order_form_states_its_own_initial_term(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Le présent bon de commande prend effet à sa signature pour une "
                                "période initiale de trente-six (36) mois.")  # fmt: skip
    assert values(report, "costs.initial_term") == [36]


def test_a_security_flaw_notified_within_a_delay(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Le Prestataire informe le Client de toute faille de sécurité "
                                "le concernant sous 48 heures.")  # fmt: skip
    assert values(report, "security.incident_notification") == [2880]


def test_a_table_of_ordered_services_is_a_list(catalogue: Catalogue) -> None:
    report = _table(
        catalogue,
        "Prestation : Supervision du réseau | Quantité : 3 sites | Prix mensuel : 120 €",
        "Prestation : Support des postes | Quantité : 18 | Prix mensuel : 25 €",
    )
    assert answer(report, "scope.service_catalogue").value == "list_only"


# --- More writing habits: US-style agreements, SLA schedules, French special conditions --------


@pytest.mark.parametrize(
    ("sentence", "criterion", "expected"),
    [
        ("Upon Customer's written request, and no more than once per calendar year, Vendor "
         "shall allow Customer's independent auditor to audit its compliance.",
         "governance.audit_right", "yearly_third_party"),
        ("EXCEPT FOR BREACH OF SECTION 9 (CONFIDENTIALITY), IN NO EVENT SHALL VENDOR'S "
         "AGGREGATE LIABILITY EXCEED THE FEES PAID IN THE PRIOR TWELVE MONTHS.",
         "liability.carve_outs", "uncapped_or_supercap"),
        ("Ce plafond ne joue pas en cas de faute lourde ou de dol du Prestataire.",
         "liability.carve_outs", "some"),
        ("Upon any termination of this Agreement, Vendor shall provide transition assistance "
         "at its then-current professional services rates.", "reversibility.exit_price",
         "unpriced"),
        ("Upon any termination of this Agreement, Vendor shall provide transition assistance "
         "at its then-current professional services rates.", "reversibility.any_cause",
         "any_time"),
        ("The Hosted Services will be available 99.9% of each month, excluding scheduled "
         "maintenance.", "availability.exclusions", "listed"),
        ("Les prix sont révisés chaque année selon l'indice Syntec, sans plafond.",
         "costs.indexation", "index_no_cap"),
    ],
)  # fmt: skip
def test_more_wording_variants(
    catalogue: Catalogue, sentence: str, criterion: str, expected: object
) -> None:
    assert answer(analyse(catalogue, sentence), criterion).value == expected


def test_exclusive_is_not_an_exclusion(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Service credits are the exclusive remedy for any failure to "
                                "meet the availability target.")  # fmt: skip
    assert values(report, "availability.exclusions") == []


def test_a_breach_termination_is_not_a_chronic_failure_exit(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Either party may terminate if the other commits a material "
                                "breach and fails to cure it within 30 days.")  # fmt: skip
    assert values(report, "availability.chronic_failure_exit") == []
    assert values(report, "costs.renewal_notice") == []


def test_data_made_available_then_deleted(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Within 45 days after termination, Vendor shall make Customer Data available for "
        "export, after which Vendor may delete it.",
        "Within 90 days after the data is returned, Vendor shall delete all copies.",
    )
    assert values(report, "reversibility.data_return_days") == [45]


def test_service_hours_are_business_hours(catalogue: Catalogue) -> None:
    report = _table(
        catalogue,
        "Priority : P2 | Response : 2 Service Hours | Resolution : 12 support hours",
    )
    assert _support(report) == {"p2_response": 120, "p2_restoration": 720}
    assert {f.clock for f in report.answers() if f.criterion.startswith("support.")} == {"business"}


def test_an_out_of_hours_p1_line_is_on_call_not_the_response_time(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support is provided Monday to Friday from 8:00 to 17:00. P1 incidents: response "
        "within 30 minutes.",
        "Outside business hours, P1 incidents are handled by the on-call engineer within two "
        "hours. All other tickets raised outside business hours are handled on the next "
        "business day.",
    )
    assert _support(report) == {"p1_response": 30}
    assert answer(report, "oncall.p1_out_of_hours").value == "included_same_sla"


def test_a_clock_declared_with_another_verb(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support fonctionne du lundi au vendredi de 9h à 17h. Criticité 1 : intervention "
        "sous deux heures. L'ensemble de ces délais s'apprécie en heures ouvrées.",
    )
    assert answer(report, "support.p1_response").clock == "business"


def test_requests_left_for_the_reopening_mean_no_on_call(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "En dehors de ces horaires, les appels sont enregistrés ; ils "
                                "sont traités à la réouverture du support.")  # fmt: skip
    assert answer(report, "oncall.p1_out_of_hours").value == "none"


def test_credits_claimed_without_a_ladder(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "En cas de manquement, une pénalité de 3 % de la redevance est due sur demande écrite "
        "du Client, dans la limite de 15 % de la redevance.",
    )
    assert answer(report, "availability.credit_ladder").value == "claim_based"


@pytest.mark.parametrize(
    ("sentence", "criterion", "expected"),
    [
        ("La solution EDR n'est pas incluse dans l'offre de base.", "security.edr", None),
        ("Le Prestataire est une société de droit français, non soumise au Cloud Act.",
         "data.non_eu_law", "eu_entity_immune"),
        ("L'accès aux consoles requiert une double authentification pour tous les comptes.",
         "security.mfa", "enforced_phishing_resistant"),
        ("Les comptes sont nominatifs et font l'objet d'une revue trimestrielle.",
         "security.least_privilege", "named_reviewed"),
        ("Les comptes d'administration sont partagés entre les techniciens.",
         "security.least_privilege", "shared_accounts"),
        ("Customer data never leaves the European Economic Area.", "data.location", "eu"),
        ("Un poste compromis est isolé du réseau dans l'heure qui suit l'alerte.",
         "support.security_isolation", 60),
        ("Les serveurs sont sauvegardés chaque nuit ; les boîtes Microsoft 365 ne font pas "
         "l'objet de sauvegarde.", "backup.scope", "servers_only"),
        ("La durée maximale d'interruption admissible est de 8 heures pour l'ensemble des "
         "services.", "continuity.per_service", "global"),
        ("Le PRA n'a jamais fait l'objet d'un exercice.", "continuity.plan_tested", "never"),
        ("Service Levels are targets and do not constitute guarantees.",
         "liability.commitment_nature", "best_effort"),
        ("Maintenance may happen at any time at Vendor's discretion and is excluded from "
         "Downtime.", "availability.exclusions", "open_ended"),
        ("Vendor may modify the Services from time to time at its sole discretion.",
         "scope.change_procedure", "unilateral"),
        ("Liability for breaches of data protection obligations is subject to a separate cap "
         "of twice the annual fees.", "liability.carve_outs", "uncapped_or_supercap"),
        ("Vendor shall maintain an exit plan and update it at least annually.",
         "reversibility.plan", "early_updated"),
        ("Runbooks are confidential information of Vendor and will not be delivered to "
         "Customer.", "governance.documentation", "provider_only"),
        ("Tickets are classified by Vendor in its sole discretion.",
         "support.priority_definitions", "provider_decides"),
        ("Vendor's monthly fees are listed in the Order Form and include all licences, "
         "monitoring and support.", "costs.pricing_model", "bundle_with_inclusions"),
        ("The Customer's IT contact shall give Vendor timely access to its premises and "
         "systems.", "scope.client_obligations", "reasonable"),
        ("Availability is computed from Vendor's monitoring probes, whose records shall be "
         "conclusive for all service levels.", "support.sla_measurement", "self_declared"),
        ("The platform is built for 99.99% availability, but no availability commitment is "
         "made.", "availability.commitment", None),
        ("Severity 1 incidents are acknowledged by an engineer within 15 minutes.",
         "support.p1_response", 15),
    ],
)  # fmt: skip
def test_security_plans_and_schedules_in_other_words(
    catalogue: Catalogue, sentence: str, criterion: str, expected: object
) -> None:
    found = values(analyse(catalogue, sentence), criterion)
    assert found == ([] if expected is None else [expected])


@pytest.mark.parametrize(
    ("words", "days"),
    [
        ("vingt-deux jours", 22),
        ("soixante et onze jours", 71),
        ("quatre-vingt-douze jours", 92),
        ("soixante-dix-huit jours", 78),
        ("forty-five days", 45),
        ("sixty one days", 61),
        ("trente et un jours", 31),
    ],
)
def test_compound_numbers_in_words(catalogue: Catalogue, words: str, days: float) -> None:
    report = analyse(catalogue, f"Les données sont restituées au Client sous {words}.")
    assert values(report, "reversibility.data_return_days") == [days]


def test_an_article_is_not_part_of_a_number(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "For P1 an engineer responds within an hour, twenty-four hours "
                                "a day.")  # fmt: skip
    assert values(report, "support.p1_response") == [60]


def test_a_certification_stated_apart_from_the_security_plan(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le présent plan d'assurance sécurité décrit les mesures du Titulaire.",
        "Le Titulaire est certifié ISO 27001 pour son centre de services.",
    )
    assert answer(report, "security.security_plan").value == "pas_and_certification"
    report = analyse(catalogue, "Le Titulaire est certifié ISO 27001 pour son centre de services.")
    assert values(report, "security.security_plan") == []


@pytest.mark.parametrize(
    ("sentence", "criterion", "expected"),
    [
        ("Des restaurations de contrôle sont réalisées chaque mois sur quelques fichiers.",
         "backup.restore_tests", "quarterly_or_better"),
        ("Test restores of a sample of files are run every quarter.", "backup.restore_tests",
         "quarterly_or_better"),
        ("Un exercice de bascule vers le site de secours est conduit une fois par an.",
         "continuity.plan_tested", "yearly_full_test"),
        ("A full failover exercise is carried out every year.", "continuity.plan_tested",
         "yearly_full_test"),
        ("Aucun compte générique n'est autorisé sur les serveurs du Client.",
         "security.least_privilege", "named_accounts"),
        ("Les intervenants passent par une passerelle d'administration qui enregistre chaque "
         "session.", "security.remote_access", "described"),  # nobody said to check them
        ("Les données sont sauvegardées toutes les six heures, et chaque nuit de manière "
         "complète.", "backup.frequency", 360),
    ],
)  # fmt: skip
def test_security_practice_in_other_words(
    catalogue: Catalogue, sentence: str, criterion: str, expected: object
) -> None:
    assert answer(analyse(catalogue, sentence), criterion).value == expected


def test_a_table_of_recovery_objectives_per_service(catalogue: Catalogue) -> None:
    report = _table(
        catalogue,
        "Application : Messagerie | RTO : 4 heures | RPO : 1 heure",
        "Application : Comptabilité | RTO : 8 heures | RPO : 4 heures",
    )
    assert answer(report, "continuity.per_service").value == "per_service"


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Priority : 1 | Description : Total outage | Response : 30 minutes | Resolution : 4 "
         "hours", {"p1_response": 30, "p1_restoration": 240}),
        ("Priorité : 3 | Description : gêne | Délai de prise en charge : 4 h | Délai de "
         "résolution : 2 jours", {"p3_response": 240, "p3_restoration": 2880}),
        ("Level : Critical | Target response : 15 min | Target fix : 2 h",
         {"p1_response": 15, "p1_restoration": 120}),
    ],
)  # fmt: skip
def test_a_priority_column_with_a_bare_level(
    catalogue: Catalogue, row: str, expected: dict[str, float]
) -> None:
    assert _support(_table(catalogue, row)) == expected


@pytest.mark.parametrize(
    ("sentence", "criterion", "expected"),
    [
        ("Les prix sont indexés chaque année sur l'indice Syntec ; la hausse est limitée à 4 %.",
         "costs.indexation", "capped_index"),
        ("À l'expiration du contrat ou en cas de résiliation pour manquement du Prestataire, "
         "celui-ci restitue au Client l'ensemble des données.", "reversibility.any_cause",
         "expiry_and_cause"),
        ("L'accompagnement à la réversibilité est facturé au temps passé.",
         "reversibility.exit_price", "unpriced"),
    ],
)  # fmt: skip
def test_special_conditions_in_other_words(
    catalogue: Catalogue, sentence: str, criterion: str, expected: object
) -> None:
    assert answer(analyse(catalogue, sentence), criterion).value == expected


@pytest.mark.parametrize(
    ("sentence", "criterion", "expected"),
    [
        ("This Agreement begins on the Effective Date and continues for a period of three (3) "
         "years (the \"Initial Term\").", "costs.initial_term", 36),
        ("IN NO EVENT WILL VENDOR'S TOTAL LIABILITY EXCEED THE AMOUNTS PAID BY CUSTOMER DURING "
         "THE NINE (9) MONTHS BEFORE THE CLAIM.", "liability.cap", 9),
        ("Vendor shall carry Technology Errors and Omissions insurance, including network "
         "security and privacy liability coverage.", "liability.insurance", "rc_pro_and_cyber"),
        ("Customer shall have the right, on thirty (30) days' notice and no more than once "
         "annually, to audit Vendor's records.", "governance.audit_right",
         "yearly_third_party"),
    ],
)  # fmt: skip
def test_us_style_clauses(
    catalogue: Catalogue, sentence: str, criterion: str, expected: object
) -> None:
    assert values(analyse(catalogue, sentence), criterion) == [expected]


def test_the_provider_is_not_a_verb(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The Provider holds an ISO 27001 certificate and is audited "
                                "every quarter by its internal audit team.")  # fmt: skip
    assert values(report, "governance.audit_right") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Information security incidents are handled by the security team within 4 hours.",
        "L'assurance responsabilité civile du Prestataire couvre 99,9 % des sinistres.",
        "Un compte rendu reprenant les données de l'incident est diffusé sous 5 jours.",
    ],
)
def test_a_word_stem_does_not_reach_another_word(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "security.incident_notification") == []
    assert values(report, "availability.commitment") == []
    assert values(report, "reversibility.data_return_days") == []


def test_round_the_clock_monitoring_with_action_in_business_hours_only(
    catalogue: Catalogue,
) -> None:
    report = analyse(catalogue, "La supervision est assurée 24h/24, mais les interventions n'ont "
                                "lieu qu'aux heures ouvrées.")  # fmt: skip
    assert answer(report, "oncall.monitoring_vs_action").value == "monitoring_only_written"
    assert answer(report, "oncall.p1_out_of_hours").value == "none"
    assert values(report, "support.hours_defined") == []


def test_third_party_coordination_in_french(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Le Prestataire coordonne les interventions des fournisseurs tiers "
                                "du Client sans surcoût.")  # fmt: skip
    assert answer(report, "scope.vendor_coordination").value == "included"
