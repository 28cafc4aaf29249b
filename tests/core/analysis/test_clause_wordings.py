"""Contract clauses said in other words, French and English (issue 6, round 3): liability,
service credits, costs, reversibility, backups, continuity, security, governance and scope.

Every sentence here is written for the test, in the manner of contracts of several styles (US
master agreements, English SLA schedules, French conditions particulières and plans d'assurance
sécurité); none is copied from a sample document. Each test checks one writing habit, and most
check the near miss that must not be read the same way.
"""

from __future__ import annotations

import pytest

from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


def _answers(report: AnalysisReport, criterion: str) -> list[object]:
    return values(report, criterion)


# --- Liability ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Service Credits set out above are the Provider's entire liability and the "
        "Customer's only recourse for any failure to meet a service level.",
        "Les avoirs constituent l'indemnisation forfaitaire et définitive du Client au titre des "
        "retards.",
        "Le paiement des pénalités éteint toute autre demande d'indemnisation du Client pour le "
        "même manquement.",
        "Service credits are paid in full and final settlement of any claim arising from the "
        "missed service level.",
        "Les pénalités sont exclusives de toute autre indemnisation au titre des niveaux de "
        "service.",
        "Upon receiving the credit, Customer waives any other remedies for that outage.",
    ],
)
def test_credits_as_the_only_remedy_in_other_words(catalogue: Catalogue, text: str) -> None:
    assert _answers(analyse(catalogue, text), "liability.sole_remedy") == ["sole_remedy"]


@pytest.mark.parametrize(
    "text",
    [
        "Les pénalités ne sont pas exclusives de toute autre indemnisation du Client.",
        "Service credits are in addition to any other remedies available to Customer.",
        "Provider's entire liability under this Agreement shall not exceed the fees paid, "
        "service credits included.",
    ],
)
def test_credits_that_leave_other_remedies_open_are_no_sole_remedy(
    catalogue: Catalogue, text: str
) -> None:
    assert "sole_remedy" not in _answers(analyse(catalogue, text), "liability.sole_remedy")


@pytest.mark.parametrize(
    "text",
    [
        "Customer's remedies for a missed service level are limited to the service credits and "
        "to its termination right under clause 9.4.",
        "Les seuls recours du Client en cas de non-respect des niveaux de service sont les "
        "pénalités prévues à l'article 6 et le droit de résilier le contrat prévu à l'article 11.",
        "Service credits, together with the right to terminate for chronic failure, are "
        "Customer's sole and exclusive remedies for any breach of the SLA.",
    ],
)
def test_credits_plus_a_right_to_terminate(catalogue: Catalogue, text: str) -> None:
    report = analyse(catalogue, text)
    assert _answers(report, "liability.sole_remedy") == ["credits_plus_termination"]


@pytest.mark.parametrize(
    "text",
    [
        "Supplier's aggregate liability for breaches of the data protection clause shall not "
        "exceed three (3) times the amount set out in clause 14.2.",
        "Pour les manquements à la confidentialité, la responsabilité du Prestataire est limitée "
        "à deux fois le plafond général.",
        "For claims relating to personal data, the liability cap is doubled.",
        "La responsabilité du Prestataire au titre des violations de données est plafonnée au "
        "triple du montant prévu à l'article 12.1.",
    ],
)
def test_a_multiple_of_the_general_cap_is_a_super_cap(catalogue: Catalogue, text: str) -> None:
    report = analyse(catalogue, text)
    assert _answers(report, "liability.carve_outs") == ["uncapped_or_supercap"]
    assert _answers(report, "liability.cap") == []  # the super-cap is not the general cap


def test_twice_the_fees_is_the_general_cap_not_a_super_cap(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Each party's total liability shall not exceed twice the fees paid in the twelve months "
        "preceding the claim.",
    )
    assert _answers(report, "liability.cap") == [24]
    # a total cap with no exception: nothing is carved out (liability_scope.py), no super-cap
    assert _answers(report, "liability.carve_outs") == ["none"]


def test_carve_outs_named_by_a_defined_term(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "EXCEPT FOR UNCAPPED CLAIMS, NEITHER PARTY'S LIABILITY SHALL EXCEED THE FEES PAID IN THE "
        "PRIOR TWELVE MONTHS.",
        '"Uncapped Claims" means claims arising from fraud, wilful misconduct or a party\'s '
        "breach of its confidentiality obligations.",
    )
    assert _answers(report, "liability.carve_outs") == ["uncapped_or_supercap"]
    only_fraud = analyse(
        catalogue,
        "Except for Excluded Claims, aggregate liability shall not exceed EUR 100,000.",
        '"Excluded Claims" means claims for fraud or wilful misconduct.',
    )
    assert _answers(only_fraud, "liability.carve_outs") == ["some"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Prestataire ne répond pas des préjudices indirects tels que la perte d'exploitation, "
        "d'image ou de données.",
        "Neither party is liable for loss of revenue, goodwill or data.",
        "In no event shall Vendor be liable for lost profits, lost business or lost data.",
    ],
)
def test_data_loss_excluded_within_a_list_of_losses(catalogue: Catalogue, text: str) -> None:
    assert _answers(analyse(catalogue, text), "liability.data_loss") == ["excluded"]


# --- Service credits ---------------------------------------------------------------------------

_LADDER_EN = (
    "If monthly availability falls below 99.9 %, Customer receives a credit of 5 % of the "
    "monthly charge; below 99 %, a credit of 15 %."
)
_LADDER_FR = (
    "Si la disponibilité mensuelle est inférieure à 99,8 %, un avoir de 5 % de la redevance "
    "est dû ; en dessous de 99 %, un avoir de 10 %."
)


@pytest.mark.parametrize(
    ("ladder", "claim"),
    [
        (
            _LADDER_EN,
            "Credits are not issued automatically. Customer must ask for them by e-mail within "
            "fifteen days after month end.",
        ),
        (
            _LADDER_EN,
            "Service credits will not be applied automatically; Customer shall submit a claim "
            "within 30 days, failing which the credit is forfeited.",
        ),
        (
            _LADDER_FR,
            "Les avoirs ne sont pas appliqués automatiquement. Le Client doit les réclamer par "
            "écrit dans les trente jours suivant la fin du mois.",
        ),
    ],
)
def test_credits_that_are_not_automatic_are_claimed(
    catalogue: Catalogue, ladder: str, claim: str
) -> None:
    report = analyse(catalogue, ladder, claim)
    assert _answers(report, "availability.credit_ladder") == ["claim_based"]


def test_credits_granted_without_asking_stay_automatic(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        _LADDER_FR,
        "Les avoirs sont imputés sur la facture suivante sans que le Mandant ait à les demander.",
    )
    assert _answers(report, "availability.credit_ladder") == ["automatic"]


def test_a_cap_on_late_restoration_penalties_is_no_availability_ladder(
    catalogue: Catalogue,
) -> None:
    """Penalties on delays, imputed d'office, give the ladder's answer even when availability
    earns none (CONVENTIONS.md: the answer is recorded for any credit or penalty)."""
    report = analyse(
        catalogue,
        "Tout retard de rétablissement d'un incident de priorité 1 donne lieu à une pénalité de "
        "1 % de la redevance par heure de retard, dans la limite de 20 % de la redevance.",
        "Ces pénalités sont imputées d'office sur la facture suivante.",
        "Aucun avoir n'est dû au titre de la disponibilité.",
    )
    assert _answers(report, "availability.credit_ladder") == ["automatic"]
    assert values(report, "availability.credit_ladder", "credit_cap") == [20]


@pytest.mark.parametrize(
    "text",
    [
        "For every Priority 1 incident whose response target is missed, Customer earns a credit "
        "of 3 % of the monthly fee.",
        "Pour chaque demande de priorité 2 dont le délai de prise en compte est dépassé, une "
        "pénalité de 1 % de la redevance mensuelle est appliquée.",
        "A credit of 1 % of the monthly charge applies for each missed response time.",
    ],
)
def test_credits_for_each_late_ticket_are_per_breach(catalogue: Catalogue, text: str) -> None:
    report = analyse(catalogue, text)
    assert _answers(report, "availability.credits_on_response") == ["per_breach"]


@pytest.mark.parametrize(
    "text",
    [
        "Should availability fall below 99 % in two consecutive months, Customer may terminate "
        "the Service on written notice without any early termination charge.",
        "If the uptime commitment is missed three times in any twelve months, Client may "
        "terminate without payment of any termination fee.",
        "En cas de disponibilité inférieure à 98 % trois mois consécutifs, le Client peut "
        "résilier le service sans avoir à verser d'indemnité.",
    ],
)
def test_leaving_after_repeated_misses_without_a_fee(catalogue: Catalogue, text: str) -> None:
    report = analyse(catalogue, text)
    assert _answers(report, "availability.chronic_failure_exit") == ["exit_no_fee"]
    assert _answers(report, "costs.termination_fee") == []


# --- Costs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "Le Client qui résilie le contrat avant son terme verse une indemnité compensatrice "
            "égale à six (6) mois de redevance.",
            6,
        ),
        (
            "Should Customer terminate this Agreement before the end of the Initial Term, it "
            "shall pay an amount equal to three months of fees.",
            3,
        ),
    ],
)
def test_a_fee_for_leaving_before_the_term(catalogue: Catalogue, text: str, months: int) -> None:
    report = analyse(catalogue, text)
    assert _answers(report, "costs.termination_fee") == [months]
    assert _answers(report, "costs.renewal_notice") == []  # months of fees are no notice


def test_notice_given_before_the_term_is_no_termination_fee(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le contrat se renouvelle par tacite reconduction par périodes d'un an, sauf résiliation "
        "notifiée par lettre recommandée trois mois au moins avant l'échéance.",
    )
    assert _answers(report, "costs.termination_fee") == []
    assert _answers(report, "costs.renewal_notice") == [90]


@pytest.mark.parametrize(
    "text",
    [
        "Customer may end the Agreement at the close of the Initial Term without liability for "
        "any termination fee.",
        "Le Client peut résilier à l'échéance sans indemnité ni frais de résiliation.",
    ],
)
def test_a_termination_fee_named_only_to_deny_it(catalogue: Catalogue, text: str) -> None:
    assert _answers(analyse(catalogue, text), "costs.termination_fee") == []


def test_the_notice_of_an_exit_for_missed_availability_is_no_renewal_notice(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "If the availability commitment is missed in two consecutive months, Customer may "
        "terminate the Service on sixty days' notice.",
    )
    assert _answers(report, "costs.renewal_notice") == []


@pytest.mark.parametrize(
    "text",
    [
        "Pour 180 € HT par mois, le Prestataire prend en charge les incidents critiques les nuits "
        "et les week-ends.",
        "For EUR 250 per month, Priority 1 incidents are also handled outside business hours.",
    ],
)
def test_a_monthly_price_for_out_of_hours_incidents_is_no_monthly_fee(
    catalogue: Catalogue, text: str
) -> None:
    assert values(analyse(catalogue, text), "costs.pricing_model", "monthly_fee") == []


def test_the_monthly_fee_is_still_read(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "La redevance mensuelle s'élève à 2 400 € HT pour l'ensemble.")
    assert values(report, "costs.pricing_model", "monthly_fee") == [2400]


# --- Reversibility -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "No later than twenty (20) days after the end of the Agreement, Supplier will hand "
            "over all Customer Data in a structured format and will then erase every copy.",
            20,
        ),
        (
            "Dans un délai de trente jours, le Prestataire restitue les données du Client puis "
            "les supprime dans les quinze jours suivants.",
            30,
        ),
    ],
)
def test_a_return_deadline_with_a_deletion_afterwards(
    catalogue: Catalogue, text: str, days: int
) -> None:
    assert _answers(analyse(catalogue, text), "reversibility.data_return_days") == [days]


@pytest.mark.parametrize(
    "text",
    [
        "Within 45 days after Customer confirms receipt of the returned data, the Provider "
        "shall destroy all remaining copies.",
        "Le Prestataire supprime les données dans les quinze jours suivant leur restitution.",
    ],
)
def test_a_deletion_deadline_is_no_return_deadline(catalogue: Catalogue, text: str) -> None:
    assert _answers(analyse(catalogue, text), "reversibility.data_return_days") == []


@pytest.mark.parametrize(
    "text",
    [
        "Supplier shall then destroy all copies and shall certify the destruction in writing "
        "at Customer's request.",
        "Le Prestataire détruit ensuite toutes les copies et remet une attestation de "
        "destruction si le Client en fait la demande.",
    ],
)
def test_a_deletion_certified_only_when_asked(catalogue: Catalogue, text: str) -> None:
    report = analyse(catalogue, text)
    assert _answers(report, "reversibility.deletion_certificate") == ["on_request"]


@pytest.mark.parametrize(
    "text",
    [
        "Exit assistance is charged at the then-prevailing price list of the Supplier.",
        "L'accompagnement de sortie est facturé selon la grille tarifaire en vigueur au moment "
        "de la demande.",
    ],
)
def test_exit_help_at_a_future_rate_card_is_unpriced(catalogue: Catalogue, text: str) -> None:
    assert _answers(analyse(catalogue, text), "reversibility.exit_price") == ["unpriced"]


# --- Backups -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "second",
    [
        "No immutable copy is kept.",
        "Il n'existe pas de copie immuable.",
        "An immutable copy can be added as an option.",
        "Une copie immuable peut être commandée en option.",
    ],
)
def test_an_off_site_copy_without_an_immutable_one(catalogue: Catalogue, second: str) -> None:
    report = analyse(
        catalogue, f"Backups are replicated every night to a second data centre. {second}"
    )
    assert _answers(report, "backup.copies") == ["three_two_one"]


def test_an_off_site_copy_with_an_immutable_one(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les sauvegardes sont répliquées vers un site distant. Une copie est conservée sur un "
        "stockage immuable pendant trente jours.",
    )
    assert _answers(report, "backup.copies") == ["three_two_one_immutable"]


def test_a_daily_backup_check_with_a_deadline_written_d_un(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les sauvegardes sont contrôlées chaque jour ouvré ; toute sauvegarde en échec est "
        "relancée dans un délai d'une journée ouvrée, et au plus tard dans un délai de huit "
        "heures pour les serveurs critiques.",
    )
    assert _answers(report, "backup.monitoring") == ["daily_with_sla"]


@pytest.mark.parametrize(
    "text",
    [
        "Restore tests are carried out at the Customer's request.",
        "Des tests de restauration sont effectués si le Client en fait la demande.",
    ],
)
def test_restore_tests_only_when_asked_are_no_commitment(catalogue: Catalogue, text: str) -> None:
    assert _answers(analyse(catalogue, text), "backup.restore_tests") == ["never"]


@pytest.mark.parametrize(
    "text",
    [
        "Restore tests are performed every quarter, and at any other time upon request.",
        "Des tests de restauration peuvent être réalisés à la demande du Client ; ils sont "
        "facturés au temps passé.",
    ],
)
def test_scheduled_or_billed_restore_tests_are_not_read_as_never(
    catalogue: Catalogue, text: str
) -> None:
    assert "never" not in _answers(analyse(catalogue, text), "backup.restore_tests")


def test_a_yearly_test_elsewhere_outranks_tests_on_request(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Restore tests are also run upon request.",
        "A full restore test is carried out once a year with a written report.",
    )
    assert _answers(report, "backup.restore_tests") == ["yearly"]


# --- Continuity --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rto", "rpo"),
    [
        (
            "Après un sinistre, le Prestataire remet en production l'ERP et la messagerie en "
            "six heures au plus ; les autres applications sont redémarrées sous deux jours. La "
            "perte de données ne peut excéder quatre heures.",
            360,
            240,
        ),
        (
            "Following a disaster, the payroll system is brought back into service within "
            "8 hours and all other systems are restored within 48 hours. Data loss shall not "
            "exceed 12 hours.",
            480,
            720,
        ),
    ],
)
def test_recovery_times_for_some_services_and_the_others(
    catalogue: Catalogue, text: str, rto: int, rpo: int
) -> None:
    report = analyse(catalogue, text)
    assert _answers(report, "continuity.rto") == [rto]
    assert _answers(report, "continuity.rpo") == [rpo]
    assert _answers(report, "continuity.per_service") == ["per_service"]


def test_a_single_recovery_time_after_a_ransomware_attack(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "En cas d'attaque par rançongiciel, le système d'information est rétabli sous "
        "quarante-huit heures à partir de sauvegardes datant de moins de vingt-quatre heures.",
    )
    assert _answers(report, "continuity.rto") == [2880]
    assert _answers(report, "continuity.per_service") == []


def test_restoring_a_p1_incident_is_no_disaster_recovery_time(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Les incidents de priorité 1 sont rétablis sous quatre heures ouvrées."
    )
    assert _answers(report, "continuity.rto") == []


def test_data_loss_in_a_liability_clause_is_no_recovery_point(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "For data loss, the Provider's liability shall not exceed one month of fees.",
    )
    assert _answers(report, "continuity.rpo") == []


# --- Security ----------------------------------------------------------------------------------


def test_mfa_on_the_remote_tool_and_a_shared_account_without_it(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Technicians connect through the Provider's remote support tool, which requires "
        "multi-factor authentication.",
        "The database servers are administered with a shared account; no MFA is required on "
        "these servers.",
    )
    assert _answers(report, "security.mfa") == ["remote_tools_only"]
    assert _answers(report, "security.least_privilege") == ["shared_accounts"]


@pytest.mark.parametrize(
    "text",
    [
        "Les techniciens utilisent un compte d'administration commun.",
        "L'authentification à deux facteurs n'est pas mise en place.",
        "Remote access is provided without two-factor authentication.",
    ],
)
def test_no_mfa_at_all(catalogue: Catalogue, text: str) -> None:
    assert _answers(analyse(catalogue, text), "security.mfa") == ["none_or_shared"]


@pytest.mark.parametrize(
    "text",
    [
        "The split of security tasks between the parties is set out in the table below "
        "(R = responsible, A = accountable, C = consulted, I = informed).",
        "La répartition des responsabilités de sécurité figure dans le tableau de l'annexe 2.",
        "Un tableau « qui fait quoi » précise le rôle de chaque partie pour chaque mesure.",
    ],
)
def test_a_responsibility_matrix_in_other_words(catalogue: Catalogue, text: str) -> None:
    assert _answers(analyse(catalogue, text), "security.raci") == ["full_raci"]


@pytest.mark.parametrize(
    ("access", "recording", "expected"),
    [
        (
            "Engineers reach Customer systems only through a bastion host.",
            "All sessions are recorded and kept for one year.",
            "described",  # nobody said to check the records (remote_access_audit.py)
        ),
        (
            "Les techniciens se connectent par le VPN du Prestataire.",
            "Les connexions ne sont pas enregistrées.",
            "described",
        ),
    ],
)
def test_recorded_sessions_make_remote_access_audited(
    catalogue: Catalogue, access: str, recording: str, expected: str
) -> None:
    report = analyse(catalogue, access, recording)
    assert _answers(report, "security.remote_access") == [expected]


# --- Governance and scope ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chaque trimestre, le Prestataire remet un rapport listant les demandes traitées et les "
        "délais constatés.",
        "A quarterly report gives the number of requests per priority and the response times "
        "achieved.",
    ],
)
def test_a_quarterly_report_on_requests_and_delays(catalogue: Catalogue, text: str) -> None:
    assert _answers(analyse(catalogue, text), "governance.sla_report") == ["quarterly"]


def test_a_change_to_a_document_is_no_scope_change_procedure(catalogue: Catalogue) -> None:
    plan = analyse(
        catalogue,
        "Le présent plan engage le Prestataire ; toute modification requiert un "
        "accord écrit du Client.",
    )
    assert _answers(plan, "scope.change_procedure") == []
    scope = analyse(
        catalogue,
        "Any change in the number of users is made by a change order signed by both parties.",
    )
    assert _answers(scope, "scope.change_procedure") == ["signed_orders"]


# --- Beyond the second blind set: more wordings of the same commitments ------------------------


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "Les dommages et intérêts à la charge du Prestataire sont plafonnés à deux mois de "
            "redevance.",
            2,
        ),
        ("La responsabilité du Titulaire ne saurait dépasser trois années de redevances.", 36),
        (
            "La responsabilité du Prestataire est limitée à la moitié des sommes versées au cours "
            "de l'année précédente.",
            6,
        ),
        (
            "Provider's liability shall not exceed the fees paid in the preceding calendar "
            "quarter.",
            3,
        ),
    ],
)
def test_liability_caps_in_other_words(catalogue: Catalogue, text: str, months: int) -> None:
    assert _answers(analyse(catalogue, text), "liability.cap") == [months]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Le paiement des pénalités libère le Titulaire de toute autre responsabilité au titre "
            "des mêmes retards.",
            "sole_remedy",
        ),
        (
            "Credits are a price adjustment and do not limit Customer's right to claim damages.",
            "penalties_plus_damages",
        ),
        (
            "As its sole remedies, Customer may receive credits and, after a chronic failure, "
            "terminate the affected Service.",
            "credits_plus_termination",
        ),
        (
            "Sous réserve de la faculté de résilier prévue à l'article 14, les avoirs "
            "constituent la seule indemnisation due au titre des niveaux de service.",
            "credits_plus_termination",
        ),
    ],
)
def test_remedies_in_other_words(catalogue: Catalogue, text: str, value: str) -> None:
    assert _answers(analyse(catalogue, text), "liability.sole_remedy") == [value]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Nothing in this Agreement limits liability for fraud, for death or personal injury, "
            "or for a breach of the data protection clause.",
            "uncapped_or_supercap",
        ),
        (
            "Nothing in this Agreement excludes either party's liability for fraud or wilful "
            "misconduct.",
            "some",
        ),
        (
            "Pour les violations de données personnelles, la responsabilité du Prestataire est "
            "plafonnée à 300 000 euros, en sus du plafond général.",
            "uncapped_or_supercap",
        ),
    ],
)
def test_carve_outs_in_other_words(catalogue: Catalogue, text: str, value: str) -> None:
    report = analyse(catalogue, text)
    assert _answers(report, "liability.carve_outs") == [value]
    assert values(report, "liability.cap", "cap_amount") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Vendor shall not be liable for any loss of Customer Data.", "excluded"),
        (
            "If data is lost through the Supplier's fault, the Supplier bears the cost of "
            "reloading it from the last backup.",
            "covered",
        ),
        (
            "Toute perte de données imputable au Prestataire est réparée : il prend à sa charge "
            "la reconstitution des données.",
            "covered",
        ),
    ],
)
def test_data_loss_in_other_words(catalogue: Catalogue, text: str, value: str) -> None:
    assert _answers(analyse(catalogue, text), "liability.data_loss") == [value]


def test_data_restored_at_the_customer_s_cost_is_not_covered(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "The Customer bears the cost of restoring its own data.")
    assert _answers(report, "liability.data_loss") == []


def test_delays_given_for_guidance_only_are_best_effort(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Les délais de rétablissement sont communiqués à titre indicatif.")
    assert _answers(report, "liability.commitment_nature") == ["best_effort"]
    listing = analyse(catalogue, "Sont inclus, à titre indicatif, les postes et les serveurs.")
    assert _answers(listing, "liability.commitment_nature") == []


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        (
            (_LADDER_EN, "To obtain a credit, Customer must raise a ticket within 30 days."),
            "claim_based",
        ),
        (("The availability target carries no service credits.",), "none_or_token"),
    ],
)
def test_credit_ladders_in_other_words(
    catalogue: Catalogue, texts: tuple[str, ...], value: str
) -> None:
    assert _answers(analyse(catalogue, *texts), "availability.credit_ladder") == [value]


def test_a_credit_for_every_hour_late_is_per_breach(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "For every hour by which a Severity 1 restoration target is exceeded, a credit of 1 % "
        "of the monthly charges applies.",
    )
    assert _answers(report, "availability.credits_on_response") == ["per_breach"]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("The Subscription Term is thirty-six (36) months from the Start Date.", 36),
        ("This Order Form carries a minimum commitment period of 12 months.", 12),
        (
            "Le contrat prend effet à sa signature et prend fin au terme d'une période de "
            "vingt-quatre mois.",
            24,
        ),
    ],
)
def test_initial_terms_in_other_words(catalogue: Catalogue, text: str, months: int) -> None:
    assert _answers(analyse(catalogue, text), "costs.initial_term") == [months]


def test_a_duration_after_the_contract_is_no_initial_term(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les informations restent confidentielles pendant la durée du contrat et trois ans après.",
    )
    assert _answers(report, "costs.initial_term") == []


def test_a_yearly_tacit_renewal_written_pour_un_an(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le contrat se renouvelle par tacite reconduction pour un an, sauf dénonciation par "
        "courriel deux mois avant son échéance.",
    )
    assert _answers(report, "costs.tacit_renewal") == ["none_or_yearly_email"]
    assert _answers(report, "costs.renewal_notice") == [60]


def test_a_price_for_each_additional_user_is_a_unit_price(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Each additional workstation is billed EUR 40 per month.")
    assert _answers(report, "costs.pricing_model") == ["unit_prices"]


@pytest.mark.parametrize(
    ("text", "criterion", "value"),
    [
        (
            "On expiry or termination for whatever reason, the Supplier shall provide exit "
            "assistance.",
            "reversibility.any_cause",
            "any_time",
        ),
        (
            "Les prestations de réversibilité feront l'objet d'un devis au moment de la sortie.",
            "reversibility.exit_price",
            "unpriced",
        ),
        (
            "Transition services will be quoted separately when requested.",
            "reversibility.exit_price",
            "unpriced",
        ),
        (
            "Exit assistance is billed on a time and materials basis, up to a maximum of "
            "EUR 8,000.",
            "reversibility.exit_price",
            "capped_time_materials",
        ),
        (
            "Les mots de passe sont conservés dans un coffre-fort numérique appartenant au Client.",
            "reversibility.credentials",
            "client_vault",
        ),
    ],
)
def test_reversibility_in_other_words(
    catalogue: Catalogue, text: str, criterion: str, value: str
) -> None:
    assert _answers(analyse(catalogue, text), criterion) == [value]


@pytest.mark.parametrize(
    ("text", "criterion", "value"),
    [
        (
            "Backups are replicated to a secondary site.",
            "backup.copies",
            "three_two_one",
        ),
        (
            "Restore testing is not included in the Services.",
            "backup.restore_tests",
            "never",
        ),
        (
            "In a disaster, at most one day of data may be lost.",
            "continuity.rpo",
            1440,
        ),
        (
            "Multi-factor authentication is available on request.",
            "security.mfa",
            "none_or_shared",
        ),
        (
            "Les techniciens se connectent avec des identifiants partagés.",
            "security.least_privilege",
            "shared_accounts",
        ),
        (
            "Remote support is delivered using AnyDesk.",
            "security.remote_access",
            "described",
        ),
    ],
)
def test_security_and_backups_in_other_words(
    catalogue: Catalogue, text: str, criterion: str, value: object
) -> None:
    assert _answers(analyse(catalogue, text), criterion) == [value]


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        (
            "Le contrat est ensuite prorogé tacitement d'année en année, à défaut de dénonciation "
            "par lettre recommandée trois mois avant son terme.",
            90,
        ),
        (
            "This Agreement renews each year unless cancelled by e-mail at least 45 days before "
            "the anniversary date.",
            45,
        ),
    ],
)
def test_renewals_in_other_words(catalogue: Catalogue, text: str, notice: int) -> None:
    report = analyse(catalogue, text)
    assert values(report, "costs.tacit_renewal", "renewal_period") == [12]
    assert _answers(report, "costs.renewal_notice") == [notice]


def test_out_of_scope_work_with_a_rate(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Out-of-scope work is billed at EUR 95 per hour.")
    assert _answers(report, "scope.exclusions") == ["list_with_rates"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The Supplier maintains its own business continuity plan for its service desk.",
            "statement",
        ),
        (
            "Le Prestataire dispose de son propre plan de continuité d'activité, certifié "
            "ISO 22301, dont une synthèse est remise au Client chaque année.",
            "evidence",
        ),
        (
            "Au moins deux techniciens connaissent l'environnement du Client, de sorte qu'une "
            "absence ne bloque pas le service.",
            "statement",
        ),
    ],
)
def test_the_provider_s_own_resilience(catalogue: Catalogue, text: str, value: str) -> None:
    assert _answers(analyse(catalogue, text), "continuity.provider_resilience") == [value]


def test_the_client_s_recovery_plan_is_not_the_provider_s_resilience(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue, "Le plan de reprise du Client est testé une fois par an par une bascule réelle."
    )
    assert _answers(report, "continuity.provider_resilience") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Le Prestataire s'engage à respecter les exigences de la directive NIS 2 applicables "
            "à ses fournisseurs.",
            "partial",
        ),
        (
            "Annex 6 is a compliance matrix that maps each DORA requirement to the clause of this "
            "Agreement that meets it.",
            "mapped",
        ),
    ],
)
def test_nis2_and_dora_clauses(catalogue: Catalogue, text: str, value: str) -> None:
    assert _answers(analyse(catalogue, text), "data.regulatory_flowdown") == [value]


def test_a_ladder_in_a_list_gives_no_commitment_from_its_rungs(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "The Provider commits to 99.95 % monthly availability. Service credits apply as follows:",
        "- availability between 99.5% and 99.95%: 5% of the monthly fee;",
        "- availability between 99.0% and 99.5%: 10%.",
    )
    assert _answers(report, "availability.commitment") == [99.95]
    assert values(report, "availability.credit_ladder", "credit_tier") == [5, 10]


def test_one_credit_for_missing_the_commitment_is_one_rung(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Uptime Commitment: 99.9 % in each calendar month.",
        "If we fail to meet the Uptime Commitment, you will receive a Service Credit of 10 % of "
        "that month's fees.",
    )
    tiers = [f for f in report.findings if f.kind == "credit_tier"]
    assert [(f.value, f.threshold) for f in tiers] == [(10, 99.9)]


def test_a_rate_per_step_is_no_ladder(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "La disponibilité garantie est de 99,9 %.",
        "Pour chaque tranche de 0,1 % sous 99,9 %, une pénalité de 2 % de la redevance est due, "
        "dans la limite de 20 %.",
    )
    assert values(report, "availability.credit_ladder", "credit_tier") == []
    assert values(report, "availability.credit_ladder", "credit_cap") == [20]


@pytest.mark.parametrize(
    ("texts", "value"),
    [
        (("Le PAS figurant en annexe 4 s'applique à toutes les prestations.",), "pas_only"),
        (
            (
                "The Supplier holds ISO/IEC 27001 certification and complies with the "
                "Security Schedule.",
            ),
            "pas_and_certification",
        ),
        (
            (
                "Le plan d'assurance sécurité est joint en annexe.",
                "Le Prestataire n'est pas certifié ISO 27001 à ce jour.",
            ),
            "pas_only",
        ),
    ],
)
def test_security_plans_in_other_words(
    catalogue: Catalogue, texts: tuple[str, ...], value: str
) -> None:
    assert _answers(analyse(catalogue, *texts), "security.security_plan") == [value]


def test_the_word_pas_of_a_negation_is_no_security_plan(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Le Prestataire n'est pas certifié ISO 27001.")
    assert _answers(report, "security.security_plan") == []


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "Supplier's liability in each Contract Year is limited to 100% of the Charges paid or "
            "payable in that Contract Year.",
            12,
        ),
        (
            "Le montant total des réparations dues par le Prestataire est plafonné au montant "
            "annuel du contrat.",
            12,
        ),
    ],
)
def test_yearly_caps_in_other_words(catalogue: Catalogue, text: str, months: int) -> None:
    assert _answers(analyse(catalogue, text), "liability.cap") == [months]


# --- The client under other names (public procurement, English purchasing terms) ---------------


@pytest.mark.parametrize(
    ("text", "criterion", "value"),
    [
        (
            "Une fois par an, l'acheteur peut faire réaliser un audit de sécurité par un "
            "organisme tiers indépendant.",
            "governance.audit_right",
            "yearly_third_party",
        ),
        (
            "Once a year, the Buyer may appoint an independent auditor to audit the Supplier.",
            "governance.audit_right",
            "yearly_third_party",
        ),
        (
            "L'application des pénalités ne prive pas le pouvoir adjudicateur de son droit à "
            "réparation.",
            "liability.sole_remedy",
            "penalties_plus_damages",
        ),
        (
            "Les mots de passe sont stockés dans un gestionnaire de mots de passe détenu par "
            "l'acheteur.",
            "reversibility.credentials",
            "client_vault",
        ),
        (
            "Le titulaire ne peut sous-traiter sans l'acceptation préalable de l'acheteur.",
            "scope.subcontracting",
            "named_consent",
        ),
    ],
)
def test_the_client_under_other_names(
    catalogue: Catalogue, text: str, criterion: str, value: str
) -> None:
    assert _answers(analyse(catalogue, text), criterion) == [value]


def test_penalties_applied_without_formal_notice_are_automatic(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, _LADDER_FR, "Les pénalités sont appliquées sans mise en demeure préalable."
    )
    assert _answers(report, "availability.credit_ladder") == ["automatic"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "For 30 days after termination, Customer may retrieve its data through the portal, "
            "after which it is deleted.",
            30,
        ),
        (
            "Le Client dispose de soixante jours après la fin du contrat pour récupérer ses "
            "données ; au-delà, elles sont supprimées.",
            60,
        ),
    ],
)
def test_a_window_to_retrieve_the_data_after_the_end(
    catalogue: Catalogue, text: str, days: int
) -> None:
    assert _answers(analyse(catalogue, text), "reversibility.data_return_days") == [days]


def test_downloading_reports_is_no_data_return(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Customer may download monthly reports for twelve months.")
    assert _answers(report, "reversibility.data_return_days") == []


@pytest.mark.parametrize(
    ("text", "criterion", "value"),
    [
        (
            "The Supplier shall keep providing the Services for up to six months after "
            "termination to allow migration to a successor supplier.",
            "reversibility.transition_months",
            6,
        ),
        (
            "Reversibility applies in all cases of termination, including termination for the "
            "Customer's breach.",
            "reversibility.any_cause",
            "any_time",
        ),
        (
            "Every three months the Provider restores a sample of files and reports the result "
            "to the Customer.",
            "backup.restore_tests",
            "quarterly_or_better",
        ),
    ],
)
def test_exit_and_restore_habits(
    catalogue: Catalogue, text: str, criterion: str, value: object
) -> None:
    assert _answers(analyse(catalogue, text), criterion) == [value]
