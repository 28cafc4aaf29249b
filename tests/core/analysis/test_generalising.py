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
    return {
        f.criterion.removeprefix("support."): float(f.value)
        for f in report.answers()
        if f.criterion.startswith("support.p")
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
    report = analyse(catalogue, "P4 (demande) : prise en compte sous 8 heures ; traitement sous "
                                "10 jours.")  # fmt: skip
    assert _support(report) == {"p4_response": 480, "p4_restoration": 14400}


# --- 5. Options and measurement windows are not commitments -----------------------------------


def test_a_paid_on_call_option_outranks_no_on_call(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est ouvert du lundi au vendredi de 9h à 17h. Aucune astreinte n'est "
        "assurée la nuit. Le Client peut commander une astreinte pour 500 € par mois ; les "
        "délais s'appliquent alors jour et nuit.",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "paid_option"
    assert answer(report, "support.hours_defined").value == "business_defined"


def test_an_on_call_option_for_a_fee_is_paid(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The helpdesk works Monday to Friday, 8:00 to 17:00. Customers may subscribe to "
        "on-call cover for a monthly fee, in which case P1 incidents are handled 24/7.",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "paid_option"
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
    report = _table(catalogue, "Élément : Sauvegardes | Engagement : copie hors site chaque nuit")
    assert answer(report, "backup.copies").value == "three_two_one"


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
    report = analyse(
        catalogue,
        "The recovery time objective is 8 hours; no service credits are payable if it is missed.",
    )
    assert values(report, "availability.credit_ladder") == []
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
