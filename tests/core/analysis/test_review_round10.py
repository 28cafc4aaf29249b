"""Review of the tenth tuning round: near misses of the habits the round taught the analysis.

Each test writes its own sentences, French and English, that sit next to a new habit without
being its case (a breach of the contract itself, another subject in the next sentence, a range
of levels, a notice said with another verb, the other class of patches named first, a weekly
check beside an occasional one...), and checks the habit neither fires there nor silences a
real finding.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.analysis.reading_text import text_blocks
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, support_times, values


def _markdown(catalogue: Catalogue, *paragraphs: str) -> AnalysisReport:
    """Paragraphs read as a Markdown file (pipe tables become table rows)."""
    blocks = text_blocks("\n\n".join(paragraphs))
    return analyze_text(DocumentText(blocks=blocks, pages=1, kind="text", name="t.md"), catalogue)


def _with_rows(catalogue: Catalogue, before: str, rows: list[str]) -> AnalysisReport:
    blocks = [Block(before, "§ 1")]
    blocks += [Block(row, f"tab. 1, l. {n}", table_row=True) for n, row in enumerate(rows, 2)]
    return analyze_text(DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt"), catalogue)


# --- 1. A cap "for breach of contract" is the general cap, not a cap for one kind of breach -----


@pytest.mark.parametrize(
    ("paragraph", "kind", "cap"),
    [
        (
            "The Provider's total liability for breach of contract, tort (including negligence) "
            "or otherwise shall not exceed EUR 80,000.",
            "cap_amount",
            80000,
        ),
        (
            "The Provider's total liability for breach of any of its obligations shall not "
            "exceed the fees paid in the previous 12 months.",
            "answer",
            12,
        ),
        (
            "La responsabilité du Prestataire pour manquement à ses obligations est limitée à "
            "80 000 euros.",
            "cap_amount",
            80000,
        ),
        (
            "La responsabilité totale du Prestataire au titre d'un manquement au présent contrat "
            "est limitée à 80 000 euros.",
            "cap_amount",
            80000,
        ),
    ],
)
def test_a_cap_for_breach_of_contract_or_of_its_obligations_is_the_general_cap(
    catalogue: Catalogue, paragraph: str, kind: str, cap: int
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "liability.cap", kind) == [cap]
    # no super-cap read from it (a cap on every claim may carve nothing out: "none")
    assert "uncapped_or_supercap" not in values(report, "liability.carve_outs")


# --- 2. A next sentence that denies a time commitment for another subject -----------------------


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        (
            "Les incidents P1 sont rétablis sous 4 heures. Les demandes de service ne font "
            "l'objet d'aucun engagement de délai.",
            "p1_restoration",
        ),
        (
            "Priority 1 incidents are resolved within 4 hours. For service requests, we make no "
            "commitment as to resolution times.",
            "p1_restoration",
        ),
        (
            "P1 incidents are restored within 4 hours. For P4 incidents, no restoration time is "
            "guaranteed.",
            "p1_restoration",
        ),
        (
            "Les incidents P1 sont rétablis sous 4 heures. Pour les incidents P4, aucun délai de "
            "rétablissement n'est garanti.",
            "p1_restoration",
        ),
    ],
)
def test_a_denial_said_of_another_subject_leaves_the_delay(
    catalogue: Catalogue, paragraph: str, kept: str
) -> None:
    assert kept in support_times(analyse(catalogue, paragraph))


# --- 3. A response time said with a verb, before a denied restoration time ---------------------


@pytest.mark.parametrize(
    ("paragraph", "minutes"),
    [
        (
            "Le Prestataire prend en charge tout incident P1 sous 1 heure. Il ne s'engage sur "
            "aucun délai de rétablissement.",
            60.0,
        ),
        (
            "Pour les incidents P1, le Prestataire intervient sous 4 heures mais ne garantit "
            "aucun délai de rétablissement.",
            240.0,
        ),
        (
            "For P1 incidents an engineer calls back within 30 minutes, but we do not commit to "
            "any resolution time.",
            30.0,
        ),
    ],
)
def test_a_response_said_with_its_verb_survives_a_denied_restoration(
    catalogue: Catalogue, paragraph: str, minutes: float
) -> None:
    assert support_times(analyse(catalogue, paragraph)).get("p1_response") == [minutes]


# --- 4. Targets, not guarantees, for a range of levels or levels written "P3", "SEV3" ----------

_SEVERITY_TABLE = (
    "| Severity | Response time | Resolution target |\n"
    "|---|---|---|\n"
    "| {0}1 | 30 minutes | 4 hours |\n"
    "| {0}2 | 1 hour | 8 hours |\n"
    "| {0}3 | 4 hours | 3 days |\n"
    "| {0}4 | 1 day | 10 days |"
)


@pytest.mark.parametrize(
    ("label", "clause"),
    [
        (
            "Severity ",
            "The resolution targets for Severity 2 to Severity 4 are targets and not guarantees, "
            "and no service credit applies to them.",
        ),
        (
            "Severity ",
            "The resolution targets for Severity 2 to 4 are targets and not guarantees, and no "
            "service credit applies to them.",
        ),
        (
            "P",
            "The resolution targets for P2, P3 and P4 are targets and not guarantees, and no "
            "service credit applies to them.",
        ),
        (
            "SEV",
            "The resolution targets for SEV2 to SEV4 are targets and not guarantees, and no "
            "service credit applies to them.",
        ),
        (
            "Severity ",
            "The resolution targets for Severity 2 - 4 are targets and not guarantees, and no "
            "service credit applies to them.",
        ),
    ],
)
def test_targets_for_named_levels_cover_a_range_and_short_level_names(
    catalogue: Catalogue, label: str, clause: str
) -> None:
    found = support_times(_markdown(catalogue, _SEVERITY_TABLE.format(label), clause))
    restorations = {k for k in found if k.endswith("_restoration")}
    assert restorations == {"p1_restoration"}, found
    assert {"p1_response", "p2_response", "p3_response", "p4_response"} <= set(found), found


# --- 5. An incident notice said with "alert", "signale ... au", "let you know" ----------------


@pytest.mark.parametrize(
    ("paragraph", "minutes"),
    [
        (
            "The Provider alerts the Client within 4 hours of any security incident and isolates "
            "the affected systems.",
            240,
        ),
        (
            "Le Prestataire signale tout incident de sécurité au Client sous 24 heures et isole "
            "le poste concerné.",
            1440,
        ),
        (
            "We will let you know of any security breach within 24 hours and contain it.",
            1440,
        ),
    ],
)
def test_a_notice_said_with_another_verb_beside_a_containment_is_a_notice(
    catalogue: Catalogue, paragraph: str, minutes: int
) -> None:
    assert values(analyse(catalogue, paragraph), "security.incident_notification") == [minutes]


# --- 6. The other patches named first, the critical ones after --------------------------------


@pytest.mark.parametrize(
    ("paragraph", "days"),
    [
        (
            "Low and medium patches are applied monthly; critical security patches within 48 "
            "hours.",
            2,
        ),
        ("Minor updates are installed monthly, critical security patches within 72 hours.", 3),
        (
            "Les correctifs mineurs sont appliqués chaque mois, les correctifs de sécurité "
            "critiques sous 72 heures.",
            3,
        ),
    ],
)
def test_a_critical_patch_deadline_after_the_other_patches_counts(
    catalogue: Catalogue, paragraph: str, days: int
) -> None:
    assert values(analyse(catalogue, paragraph), "security.patch_deadline") == [days]


# --- 7. "At most once a year" bounds how often, not how much -----------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Prices are revised each year in line with the Syntec index. Revisions take place at "
        "most once a year.",
        "Prices are revised each year in line with the Syntec index. The revision applies at the "
        "most once per contract year.",
    ],
)
def test_a_revision_at_most_once_a_year_is_no_cap(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.indexation") == ["index_no_cap"]


# --- 8. Backup checks: a real check beside a list, an occasional look, a failed backup ---------


@pytest.mark.parametrize(
    "paragraph",
    [
        "La supervision de l'infrastructure, assurée 24 h/24, comprend la vérification "
        "quotidienne des sauvegardes.",
        "Les sauvegardes sont contrôlées chaque semaine et à l'occasion de chaque intervention.",
        "Backups are checked every week and when a technician is on site.",
    ],
)
def test_a_regular_backup_check_beside_another_object_or_a_visit_is_monitoring(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "backup.monitoring") != []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les sauvegardes hebdomadaires sont vérifiées : chaque sauvegarde en échec est relancée "
        "le jour même.",
        "Weekly backups are checked: every backup that fails is run again the same day.",
    ],
)
def test_each_failed_backup_is_not_every_backup_checked(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "backup.monitoring") == ["monitored"]


# --- 9. A set-up fee said "non-recurring" is a set-up fee -------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Set-up charge, non-recurring: EUR 1,500.",
        "Frais de mise en service, non récurrents : 1 500 € HT.",
    ],
)
def test_a_non_recurring_setup_fee_is_kept(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "costs.pricing_model", "setup_fee") == [1500]


# --- 10. Sole remedy: a hardware delay, a termination right "which is" the sole remedy ---------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Customer's sole remedy for delays in the delivery of hardware is a refund of the "
        "delivery charge.",
        "Si le Prestataire manque trois fois le délai d'intervention, le Client peut résilier le "
        "contrat, ce qui est son seul recours.",
    ],
)
def test_a_sole_remedy_that_is_no_service_level_credit_is_not_recorded(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "liability.sole_remedy") == []


def test_a_word_starting_with_except_excepts_no_clause(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Service credits are the Customer's sole and exclusive remedy for missed service "
        "levels; exceptional credits are described in clause 9.",
        "9. Termination for convenience",
        "The Customer may terminate the Agreement for convenience on giving 90 days' written "
        "notice.",
    )
    assert values(report, "liability.sole_remedy") == ["sole_remedy"]


# --- 11. A column "amount per device" is a unit price, not the line's total --------------------


def test_an_amount_per_unit_column_is_no_line_total(catalogue: Catalogue) -> None:
    report = _with_rows(
        catalogue,
        "Monthly charges:",
        ["Service : Managed laptops | Amount per device : EUR 45 | Monthly total : EUR 2,160"],
    )
    assert values(report, "costs.pricing_model", "monthly_fee") == [2160]


# --- 12. A carve-out named before the cap is not the cap's subject ----------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Except for breaches of confidentiality, the Provider's total liability for breach of "
        "any of its obligations shall not exceed EUR 80,000.",
        "Hors manquement à la confidentialité, la responsabilité du Prestataire pour manquement "
        "à ses obligations est limitée à 80 000 euros.",
    ],
)
def test_a_carve_out_before_the_general_cap_leaves_the_cap(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "liability.cap", "cap_amount") == [80000]


# --- 13. A processing agreement in an annex the copy lacks: "Annex 3", another clause after ------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Our processing of personal data is governed by the Data Processing Addendum in "
            "Annex 3.",
            "Annex 1 - Services",
            "Annex 2 - Charges",
        ),
        (
            "Our processing of personal data is governed by the Data Processing Addendum in "
            "Schedule 3.",
            "Each party shall respect the confidentiality of the other party's information.",
            "Schedule 1 - Services",
            "Schedule 2 - Charges",
        ),
    ],
)
def test_an_agreement_in_a_missing_english_annex_or_beside_another_clause_is_unseen(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "data.gdpr_dpa") == []


# --- 14. Data hosted in the EU beside a team abroad, or a place outside the EU denied ----------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les données sont hébergées en France, avec une équipe de support basée à Montréal.",
        "Customer data is stored in the EU only; the Provider does not use data centres in Texas "
        "or Oregon.",
    ],
)
def test_a_place_outside_the_eu_that_hosts_no_data_is_no_location(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "unknown_or_non_eu" not in values(analyse(catalogue, paragraph), "data.location")


# --- 15. An intrusion test is no security incident ----------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Un test d'intrusion annuel est réalisé ; le rapport est communiqué au Client sous 15 "
        "jours.",
        "The Provider runs an annual intrusion test and informs the Client of its results within "
        "30 days.",
    ],
)
def test_the_report_of_an_intrusion_test_is_no_incident_notice(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "security.incident_notification") == []


# --- 16. A stand-in "under this Agreement" has no consent ---------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "During holidays, a backup technician covers for our engineer under the terms of this "
        "Agreement.",
        "Pendant mes congés, un confrère me remplace, selon les modalités du contrat conclu d'un "
        "commun accord.",
    ],
)
def test_a_stand_in_under_the_agreement_is_no_named_consent(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "named_consent" not in values(analyse(catalogue, paragraph), "scope.subcontracting")


# --- 17. "RTO:" opens a clause: a restore in the next clause is not the objective --------------


@pytest.mark.parametrize(
    ("paragraph", "rto"),
    [
        ("RTO: to be agreed with the Client; a lost file is restored within 2 days.", []),
        (
            "Recovery Time Objective: 4 hours; individual files are restored within 2 business "
            "days.",
            [240],
        ),
        ("RTO: the ERP is restored within 8 hours.", [480]),
    ],
)
def test_the_restore_read_after_an_rto_label_is_in_the_labelled_clause(
    catalogue: Catalogue, paragraph: str, rto: list[int]
) -> None:
    assert values(analyse(catalogue, paragraph), "continuity.rto") == rto


# --- 18. Laptops synchronised beside servers backed up: the servers' backup stands -------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The servers are backed up every night. Laptops are not backed up; users' files are "
        "synced to OneDrive.",
        "Les serveurs sont sauvegardés chaque nuit. Les postes de travail ne sont pas "
        "sauvegardés ; les documents des utilisateurs sont synchronisés avec OneDrive.",
    ],
)
def test_devices_synchronised_leave_the_servers_backed_up(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "backup.scope") == ["servers_only"]


# --- 19. "Customers who have subscribed" describes the option, not this client's choice ---------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Option Astreinte (nuits et week-ends) : 300 € par mois. Le Client n'a pas souscrit "
            "cette option.",
            "Les clients qui ont souscrit l'option Astreinte bénéficient d'une prise en charge "
            "sous 1 heure la nuit.",
        ),
        (
            "On-call option (nights and weekends): EUR 300 per month. The Customer has not "
            "subscribed to this option.",
            "Customers who have subscribed to the On-Call option get a P1 response within 1 hour "
            "at night.",
        ),
    ],
)
def test_customers_who_took_an_option_are_not_this_client(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "oncall.p1_out_of_hours") == ["none"]


# --- 20. "If you wish" about an extra leaves the commitment beside it ---------------------------


@pytest.mark.parametrize(
    ("criterion", "paragraph", "value"),
    [
        (
            "reversibility.deletion_certificate",
            "Within 30 days of the end of the contract the Provider deletes the data and issues a "
            "certificate of destruction; if you wish, it can also return the disks.",
            "certificate_3_months",
        ),
        (
            "reversibility.deletion_certificate",
            "Dans les 30 jours suivant la fin du contrat, le Prestataire détruit les données et "
            "remet un certificat de destruction ; si vous le souhaitez, il restitue aussi les "
            "disques.",
            "certificate_3_months",
        ),
        (
            "backup.copies",
            "Backups are kept on the NAS with an encrypted copy off-site in our second data "
            "centre; if you wish, we can also keep a copy on tape.",
            "three_two_one",
        ),
    ],
)
def test_a_wish_about_an_extra_leaves_the_commitment(
    catalogue: Catalogue, criterion: str, paragraph: str, value: str
) -> None:
    assert values(analyse(catalogue, paragraph), criterion) == [value]


# --- 21. Credentials given to new users are no handover at the exit ----------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Within 5 business days of onboarding the Provider sends users their portal passwords.",
        "When a new employee joins, the Provider gives them their credentials within 2 business "
        "days.",
        "Le Prestataire fournit à chaque nouvel utilisateur ses identifiants du portail sous 5 "
        "jours ouvrés après son arrivée.",
        "The Provider sends new end users their passwords within 2 business days.",
        "Passwords expire every 90 days; the Provider sends users new passwords within 1 "
        "business day.",
        "Les mots de passe expirent tous les 90 jours ; le Prestataire envoie les nouveaux "
        "identifiants sous 1 jour ouvré.",
    ],
)
def test_credentials_given_to_new_users_are_no_exit_handover(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "reversibility.credentials") == []
    assert values(report, "reversibility.credentials_days") == []


# --- 22. "Tier 2" of a support team is no class of systems -------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "In a disaster, our Tier 2 support team restores the service within 4 hours.",
        "After a disaster, the service is restored by our Tier 2 engineers within 4 hours.",
    ],
)
def test_a_support_tier_restoring_the_service_is_no_per_service_target(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "per_service" not in values(analyse(catalogue, paragraph), "continuity.per_service")


# --- 23. A pack the client has taken gives its hours; only a pack on sale is an offer ----------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Customer has subscribed to the Premium Pack, which gives 24/7 support.",
        "Le Client a souscrit le Pack Sérénité : support 24 h/24, 7 j/7.",
        "Le Pack Sérénité souscrit par le Client comprend un support 24 h/24, 7 j/7.",
    ],
)
def test_round_the_clock_support_of_a_pack_taken_is_the_support_hours(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "support.hours_defined") == ["extended_p1_247"]


def test_round_the_clock_support_of_a_pack_on_sale_is_an_offer(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "A 24/7 support pack is available at EUR 300 per month.")
    assert values(report, "support.hours_defined") == []


# --- 24. "The same delays" of another clause are not the on-call's ------------------------------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Le Client a souscrit l'option Astreinte (nuits et week-ends) : intervention sur site "
            "sous 8 heures pour les incidents P1.",
            "Article 6 – Demandes de service",
            "Les demandes de modification sont traitées dans les mêmes délais que les incidents "
            "mineurs.",
        ),
        (
            "The Customer has ordered the On-Call add-on (nights and weekends): an engineer is on "
            "site within 8 hours for P1 incidents.",
            "6. Service requests",
            "Change requests are handled with the same targets as P4 incidents.",
        ),
    ],
)
def test_the_same_delays_said_of_another_clause_leave_the_on_call_option(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    found = values(analyse(catalogue, *paragraphs), "oncall.p1_out_of_hours")
    assert "included_same_sla" not in found, found


# --- 25. A price change that needs the client's agreement is not unilateral ---------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The fees may change only by a written amendment signed by both parties.",
        "Toute modification tarifaire est notifiée 30 jours avant et n'entre en vigueur qu'après "
        "acceptation écrite du Client.",
    ],
)
def test_a_price_change_agreed_by_both_parties_is_not_unilateral(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "unilateral" not in values(analyse(catalogue, paragraph), "costs.indexation")


# --- 26. "Before the end of the month" is no end of the contract --------------------------------


def test_credentials_sent_before_the_end_of_the_month_are_no_exit_handover(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "The Provider sends new users their passwords within 2 business days, before the end of "
        "the month.",
    )
    assert values(report, "reversibility.credentials") == []
    assert values(report, "reversibility.credentials_days") == []


# --- 27. Logs of another system made available do not audit the remote sessions ---------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Remote access uses our encrypted VPN gateway; server event logs are made available to "
        "the Customer each month.",
        "L'accès à distance passe par notre passerelle VPN chiffrée ; les journaux antivirus "
        "sont mis à disposition du Client chaque mois.",
    ],
)
def test_logs_of_another_system_do_not_audit_remote_access(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "security.remote_access") == ["described"]


# --- 28. "Beyond this" after an exit already charged by the day leaves it unpriced --------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "All exit assistance is charged at EUR 900 per day; exit work beyond this is quoted and "
        "charged separately.",
        "Toute prestation de réversibilité est facturée 900 € HT par jour ; les prestations de "
        "sortie au-delà de ces prestations sont facturées sur devis.",
    ],
)
def test_exit_work_beyond_an_exit_charged_by_the_day_includes_nothing(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.exit_price") == ["unpriced"]


def test_exit_work_beyond_what_is_free_leaves_the_free_part_included(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "The Provider returns the data in CSV free of charge; exit assistance beyond that is "
        "charged at EUR 900 per day.",
    )
    assert values(report, "reversibility.exit_price") == ["included_or_fixed"]


# --- 29. The clause after a rolling term: a notice of another thing is no renewal notice --------


@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "After the first year the Agreement runs from month to month.",
            "7.2 The Provider may change its prices by giving 30 days' notice by e-mail.",
        ),
        (
            "Après la première année, le contrat se poursuit de mois en mois.",
            "7.2 Le Prestataire peut modifier ses tarifs moyennant un préavis de 30 jours notifié "
            "par e-mail.",
        ),
    ],
)
def test_a_price_change_notice_after_a_rolling_term_is_no_renewal_notice(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), "costs.renewal_notice") == []


def test_a_rolling_term_after_the_first_year_is_no_one_month_term(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "After the first year the Agreement runs from month to month.",
        "7.2 Either party may terminate it by giving 30 days' notice.",
    )
    assert 1 not in values(report, "costs.initial_term")
    assert values(report, "costs.renewal_notice") == [30]


# --- 31. "After 4 hours without restoration" that triggers a credit is the target --------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Priority 1: after 4 hours without restoration, the Client is entitled to a service "
        "credit of 5% of the monthly fee.",
        "Priorité 1 : au bout de 4 heures sans rétablissement, le Client a droit à une pénalité "
        "de 5 % de la redevance mensuelle.",
    ],
)
def test_a_credit_after_hours_without_restoration_keeps_the_target(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert support_times(analyse(catalogue, paragraph)).get("p1_restoration") == [240.0]


# --- 32. A price "per month" does not make a quarterly report monthly ---------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le reporting trimestriel des niveaux de service est facturé 50 € par mois.",
        "A quarterly service level report is included; extra reports cost EUR 50 per month.",
    ],
)
def test_a_report_priced_per_month_keeps_its_rhythm(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "governance.sla_report") == ["quarterly"]


# --- 33. "The total fees" is the cap's amount, not a cap on every claim -------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Provider's liability is limited to the total fees paid in the previous 12 months.",
        "La responsabilité du Prestataire est limitée au montant total des sommes versées au "
        "cours des 12 derniers mois.",
    ],
)
def test_a_cap_of_the_total_fees_says_nothing_of_every_claim(
    catalogue: Catalogue, paragraph: str
) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "liability.cap") == [12]
    # the reading conventions record the carve-outs whenever a cap is read: this clause
    # names no exception, so "none" (test_carve_outs_of_a_plain_cap.py), whatever "total"
    # is said of
    assert values(report, "liability.carve_outs") == ["none"]


# --- 34. A subsidiary of a foreign group the provider refuses to use is no exposure -------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Prestataire s'interdit de confier les données du Client à une filiale d'un groupe "
        "américain.",
        "The Provider will never host Customer data with a subsidiary of a US corporation.",
    ],
)
def test_a_foreign_parent_named_only_to_be_refused_is_no_non_eu_law(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "data.non_eu_law") == []


# --- 35. A notice of three months is no chronic failure -----------------------------------------


def test_a_termination_for_breach_on_three_months_notice_leaves_the_remedy_sole(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Les pénalités constituent le seul et unique recours du Client au titre des niveaux de "
        "service.",
        "En cas de manquement grave de l'une des parties à ses obligations, l'autre partie peut "
        "résilier le contrat moyennant un préavis de trois mois.",
    )
    assert values(report, "liability.sole_remedy") == ["sole_remedy"]


def test_a_termination_for_three_consecutive_months_below_target_keeps_the_way_out(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Service credits are the Customer's sole and exclusive remedy for any failure to meet "
        "the Service Levels.",
        "If availability falls below 99% in three consecutive months, the Customer may terminate "
        "this Agreement.",
    )
    assert values(report, "liability.sole_remedy") == ["credits_plus_termination"]
