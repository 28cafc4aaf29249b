"""Clause wordings of the sixth round: how providers write deadlines, prices and exits that the
earlier rules misread. Each sentence is written for the test, in both languages."""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("Le prestataire signale au client toute violation de données dans les 12 heures, pour "
         "que le client puisse prévenir la CNIL dans le délai légal de 72 heures.", 720),
        ("The provider notifies the customer of any personal data breach within 36 hours so "
         "that the customer can report it to the supervisory authority within 72 hours.", 2160),
        ("Supplier shall notify Customer of security incidents within 48 hours; Customer "
         "remains responsible for notifying the regulator within seventy-two hours.", 2880),
    ],
)  # fmt: skip
def test_the_regulators_deadline_is_not_the_providers(
    catalogue: Catalogue, sentence: str, minutes: int
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "security.incident_notification") == [minutes]


@pytest.mark.parametrize(
    ("sentence", "fee"),
    [
        ("The monthly hosting charge comes to EUR 2,400 (40 mailboxes at EUR 60 per mailbox "
         "per month).", 2400),
        ("La redevance mensuelle est de 1 300 € HT, soit 26 postes à 50 € HT par poste et par "
         "mois.", 1300),
        ("Monthly support total: EUR 870, that is EUR 29 per seat per month for 30 seats.", 870),
    ],
)  # fmt: skip
def test_a_price_per_user_is_not_the_monthly_fee(
    catalogue: Catalogue, sentence: str, fee: int
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "costs.pricing_model", "monthly_fee") == [fee]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our helpdesk costs EUR 12 per agent per month.",
        "Le support coûte 30 € HT par utilisateur et par mois.",
        "Endpoint protection is billed EUR 4 per device per month.",
    ],
)
def test_a_price_list_per_unit_gives_no_monthly_fee(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "costs.pricing_model", "monthly_fee") == []


@pytest.mark.parametrize(
    "lines",
    [
        ("- Licences : 3 × 40 € HT = 120 € HT par mois",
         "- Supervision : 2 × 65 € HT = 130 € HT par mois", "Total mensuel : 250 € HT."),
        ("- Backup: 2 x EUR 50 = EUR 100 per month", "- Hosting: 1 x EUR 150 = EUR 150 per month",
         "Monthly total: EUR 250."),
    ],
)  # fmt: skip
def test_the_monthly_total_is_the_fee(catalogue: Catalogue, lines: tuple[str, ...]) -> None:
    assert values(analyse(catalogue, *lines), "costs.pricing_model", "monthly_fee") == [250]


@pytest.mark.parametrize(
    ("sentence", "fee"),
    [
        ("La phase de transition initiale est facturée 5 100 € HT, payables à la signature du "
         "procès-verbal de fin de transition.", 5100),
        ("The initial transition is invoiced EUR 3,900 once the transition acceptance is "
         "signed.", 3900),
        ("Le projet de transition initiale est facturé 2 800 € HT.", 2800),
    ],
)  # fmt: skip
def test_the_initial_transition_is_a_setup_fee_not_an_exit(
    catalogue: Catalogue, sentence: str, fee: int
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "costs.pricing_model", "setup_fee") == [fee]
    assert values(report, "reversibility.exit_price", "exit_fee") == []
    assert values(report, "reversibility.exit_price") == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Option « Copie distante » : réplication chaque nuit vers un centre de données situé à "
        "Lille. Cette option n'est pas souscrite par le Client.",
        "Add-on option 'Remote copy': nightly replication to a second site in Dublin. This "
        "option has not been ordered.",
        "Option Sauvegarde déportée : copie quotidienne hors site, hébergée à Strasbourg. Ladite "
        "option n'a pas été retenue à la signature.",
    ],
)
def test_an_option_not_taken_provides_nothing(catalogue: Catalogue, paragraph: str) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "backup.copies") == []
    assert values(report, "data.location") == []


def test_an_option_taken_still_counts(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Option « Copie distante » : réplication chaque nuit des sauvegardes vers un second "
        "site situé à Lille. Cette option est souscrite par le Client.",
    )
    assert values(report, "backup.copies") != []


@pytest.mark.parametrize(
    ("sentence", "days"),
    [
        ("Les sauvegardes sont conservées sur le NAS, avec conservation de quatorze (14) "
         "versions quotidiennes.", 14),
        ("Backups are kept on site with a retention of 21 daily versions.", 21),
        ("Sauvegardes gardées avec conservation de 8 copies hebdomadaires.", 56),
    ],
)  # fmt: skip
def test_a_count_of_daily_versions_kept_is_the_retention(
    catalogue: Catalogue, sentence: str, days: int
) -> None:
    assert values(analyse(catalogue, sentence), "backup.retention_days") == [days]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les sauvegardes sont écrites sur le serveur de fichiers, seul support de sauvegarde du "
        "client.",
        "Nightly backups go to one appliance in the server room, which is the sole backup target.",
        "The on-site NAS holds the backups and is the only backup copy.",
    ],
)
def test_the_only_backup_medium_is_a_single_copy(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.copies") == ["single_copy"]


@pytest.mark.parametrize(
    "sentence",
    [
        "We store your files with a cloud provider in Amsterdam, Netherlands.",
        "Client data lives in the Google Cloud Madrid region.",
        "Les fichiers sont sauvegardés sur notre plateforme dans la région Azure France Centre "
        "(Paris).",
    ],
)
def test_a_named_region_or_store_in_the_eu(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "data.location") == ["eu_named"]


@pytest.mark.parametrize(
    "sentence",
    [
        "As a United States company, the Supplier may disclose Client data when the laws of the "
        "United States require it.",
        "Le Prestataire, société de droit des États-Unis, peut divulguer les données si les lois "
        "des États-Unis l'exigent.",
        "The Provider, a US company, may have to disclose hosted data under the CLOUD Act.",
    ],
)
def test_a_foreign_law_disclosure_is_no_data_location(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "data.location") == []


@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ("We may bring in new subcontractors after sixty days' notice to the Client. The "
         "Client may object to any of them.", "notice_objection"),
        ("Nous vous prévenons par e-mail un mois avant tout nouveau sous-traitant ; vous pouvez "
         "vous y opposer.", "notice_objection"),
        ("The Provider may use subcontractors in its absolute discretion.", "unrestricted"),
        ("Le Prestataire peut faire appel à des sous-traitants à sa seule discrétion.",
         "unrestricted"),
    ],
)  # fmt: skip
def test_subcontracting_notice_and_discretion(
    catalogue: Catalogue, paragraph: str, value: str
) -> None:
    assert values(analyse(catalogue, paragraph), "scope.subcontracting") == [value]


@pytest.mark.parametrize(
    "paragraph",
    [
        "After the first year, the contract carries on on a rolling month-to-month basis until "
        "either party terminates it with one month's notice by registered letter.",
        "À l'issue de la période initiale, le contrat se poursuit de mois en mois, tacitement, "
        "jusqu'à sa résiliation par l'une des parties moyennant un préavis d'un mois.",
        "Your plan renews automatically each month until you cancel it.",
    ],
)
def test_a_renewal_month_by_month_is_no_trap(catalogue: Catalogue, paragraph: str) -> None:
    report = analyse(catalogue, paragraph)
    assert values(report, "costs.tacit_renewal") == ["none_or_yearly_email"]
    assert values(report, "costs.tacit_renewal", "renewal_period") == [1]


@pytest.mark.parametrize(
    "sentence",
    [
        "Early termination costs the remaining fees, capped at a maximum of nine (9) months' fees.",
        "L'indemnité de résiliation anticipée est limitée au maximum à six mois de redevances.",
        "An early exit costs up to a maximum of 3 months' service fees.",
    ],
)
def test_months_of_fees_are_no_initial_term(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "costs.initial_term") == []


@pytest.mark.parametrize(
    ("paragraph", "fee"),
    [
        ("L'assistance à la réversibilité n'est pas comprise dans la redevance. Elle est "
         "facturée au forfait de 5 200 € HT.", 5200),
        ("Exit assistance is not part of the monthly fee. It is billed as a fixed fee of "
         "EUR 3,000.", 3000),
        ("Le plan de réversibilité est remis au Client sur demande. Il est facturé au prix "
         "forfaitaire de 1 800 € HT ; les jours supplémentaires sont facturés 700 € HT par "
         "jour.", 1800),
    ],
)  # fmt: skip
def test_a_pronoun_carries_the_subject_of_the_sentence_before(
    catalogue: Catalogue, paragraph: str, fee: int
) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.exit_price", "exit_fee") == [fee]


def test_a_pronoun_in_another_paragraph_carries_nothing(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "L'assistance à la réversibilité est décrite en annexe.",
        "Elle est facturée au forfait de 5 200 € HT.",
    )
    assert values(report, "reversibility.exit_price", "exit_fee") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Exit assistance is billed at EUR 800 per day.",
        "L'accompagnement de réversibilité est facturé 650 € HT par jour.",
        "Transition assistance at the end of the contract is charged EUR 95 per hour.",
    ],
)
def test_a_day_rate_is_no_fixed_exit_fee(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "reversibility.exit_price", "exit_fee") == []


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("We may review our fees every year on thirty days' notice.", "unilateral"),
        ("We can change our prices.", "unilateral"),
        ("Le Prestataire peut revoir ses tarifs chaque année.", "unilateral"),
    ],
)
def test_a_provider_who_may_change_its_prices(
    catalogue: Catalogue, sentence: str, value: str
) -> None:
    assert values(analyse(catalogue, sentence), "costs.indexation") == [value]


@pytest.mark.parametrize(
    "cells",
    [
        ("Crédits de service", "Disponibilité mensuelle", "Avoir",
         "Inférieure à 99,9 % et au moins 99,5 %", "5 %", "Inférieure à 99,5 %", "15 %"),
        ("Service credits", "Monthly uptime", "Credit", "Below 99.9% but at least 99.5%", "5%",
         "Below 99.5%", "15%"),
        ("Credit schedule:", "Less than 99.9%, at least 99.5%", "5%", "Less than 99.5%", "15%"),
    ],
)  # fmt: skip
def test_a_credit_table_read_one_cell_per_block(
    catalogue: Catalogue, cells: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *cells)
    tiers = {
        (f.threshold, f.value)
        for f in report.findings
        if f.criterion == "availability.credit_ladder" and f.kind == "credit_tier"
    }
    assert tiers == {(99.9, 5), (99.5, 15)}


def test_a_lone_percentage_far_from_any_credit_is_no_rung(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Availability below 99.5% is reported monthly.", "20%")
    assert values(report, "availability.credit_ladder", "credit_tier") == []


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("If a security incident touches your files, we'll tell you by email within 48 hours.",
         2880),
        ("We warn the customer of any data breach within 24 hours.", 1440),
        ("Should a security breach occur, we let you know within 12 hours.", 720),
    ],
)  # fmt: skip
def test_plain_words_for_notifying_a_breach(
    catalogue: Catalogue, sentence: str, minutes: int
) -> None:
    assert values(analyse(catalogue, sentence), "security.incident_notification") == [minutes]


@pytest.mark.parametrize(
    "sentence",
    [
        "The support plan doesn't cover printers or cabling; we quote those at EUR 80 per hour.",
        "Le forfait ne couvre pas le câblage ni les déménagements, facturés 75 € HT de l'heure.",
        "It does not include on-site work, which is billed at EUR 95 per hour.",
    ],
)
def test_what_the_service_does_not_cover_with_its_rate(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "scope.exclusions") == ["list_with_rates"]


def test_what_downtime_does_not_include_is_no_scope_exclusion(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Downtime does not include planned maintenance at EUR 0.")
    assert values(report, "scope.exclusions") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Uptime is a goal: there are no service credits for downtime.",
        "We don't pay credits when the platform is unavailable.",
        "La disponibilité est un objectif : il n'y a pas d'avoirs en cas d'indisponibilité.",
    ],
)
def test_no_credits_for_downtime(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "availability.credit_ladder") == ["none_or_token"]


@pytest.mark.parametrize(
    "sentence",
    [
        "These response times are aims, not promises.",
        "Fix times are goals and not commitments.",
        "We cannot guarantee response or fix times.",
    ],
)
def test_aims_not_promises_are_best_effort(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "liability.commitment_nature") == ["best_effort"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le contrat couvre la relation avec les éditeurs de logiciels du Client.",
        "We manage your internet service providers and chase line faults with the carrier.",
        "Le prestataire ouvre et suit les tickets auprès des constructeurs.",
    ],
)
def test_the_provider_deals_with_the_clients_vendors(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "scope.vendor_coordination") == ["included"]


@pytest.mark.parametrize(
    "sentence",
    [
        "These tasks are outside the Services and are billed at EUR 85 per hour or on a quote.",
        "Sont exclus et facturés sur devis : le câblage, les projets et la formation (390 € HT "
        "la demi-journée).",
        "Work outside our support is charged EUR 70 per hour, larger jobs on a quote.",
    ],
)
def test_exclusions_with_a_rate_and_a_quote(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "scope.exclusions") == ["list_with_rates"]


@pytest.mark.parametrize(
    "sentence",
    [
        "- SAV-M365 - Sauvegarde des boîtes Microsoft 365 et de OneDrive : option non retenue.",
        "- Cloud-to-cloud backup of Microsoft 365 mailboxes and OneDrive: add-on not ordered.",
        "Sauvegarde des postes de travail et de Microsoft 365 (non souscrite).",
    ],
)
def test_an_option_labelled_not_taken_provides_nothing(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "backup.scope") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Les avoirs constituent l'indemnisation forfaitaire et exclusive du Client pour "
        "l'indisponibilité.",
        "Service credits are the Customer's sole and exclusive compensation for downtime.",
        "Les pénalités valent réparation intégrale et exclusive du préjudice.",
    ],
)
def test_credits_as_the_only_compensation(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "liability.sole_remedy") == ["sole_remedy"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Availability excludes planned maintenance, not exceeding four (4) hours per month.",
        "La disponibilité exclut les maintenances planifiées. Celles-ci sont limitées à six (6) "
        "heures par mois.",
        "Uptime excludes scheduled maintenance. It is not to exceed 8 hours per month.",
    ],
)
def test_maintenance_capped_in_hours(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), "availability.exclusions") == ["capped"]


@pytest.mark.parametrize(
    ("sentence", "minutes"),
    [
        ("En cas de sinistre, la messagerie est rétablie sur le site de secours en deux (2) "
         "heures au plus (RTO).", 120),
        ("After a disaster, the ERP is back in service within 6 hours (RTO).", 360),
        ("Le service de paie est redémarré en huit heures maximum (DMIA).", 480),
    ],
)  # fmt: skip
def test_a_recovery_time_named_after_its_value(
    catalogue: Catalogue, sentence: str, minutes: int
) -> None:
    assert values(analyse(catalogue, sentence), "continuity.rto") == [minutes]


@pytest.mark.parametrize(
    "sentence",
    [
        "En cas de sinistre, le service essentiel du Client (ERP) est rétabli en 4 heures (RTO).",
        "The critical applications have an RTO of 2 hours.",
        "For business-critical systems the RTO is 4 hours and the RPO 1 hour.",
    ],
)
def test_recovery_objectives_for_the_essential_services(
    catalogue: Catalogue, sentence: str
) -> None:
    assert values(analyse(catalogue, sentence), "continuity.per_service") == ["per_service"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le Prestataire remet un plan de réversibilité dans les 60 jours suivant la signature. "
        "Ce plan est mis à jour chaque année.",
        "The Provider delivers an exit plan within 90 days of signature. This plan is updated "
        "every year.",
        "Un plan de réversibilité est remis au Client trois mois après la signature. Ledit plan "
        "est révisé tous les ans.",
    ],
)
def test_a_demonstrative_carries_the_subject_of_the_sentence_before(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), "reversibility.plan") == ["early_updated"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Si les délais de rétablissement ne sont pas respectés trois fois en six mois, le Client "
        "peut résilier sans indemnité, après une mise en demeure restée sans effet pendant "
        "quinze jours.",
        "If restoration times are missed three times in any six months, the Customer may "
        "terminate without penalty if the Provider fails to remedy within 30 days of notice.",
        "Lorsque la disponibilité est dépassée à la baisse deux mois consécutifs, le Client peut "
        "résilier sans frais après mise en demeure restée sans effet.",
    ],
)
def test_an_exit_for_chronic_failure_after_a_cure_period(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "availability.chronic_failure_exit") == ["cure_then_exit"]
    assert values(report, "costs.renewal_notice") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Les mots de passe sont rangés dans un coffre-fort numérique dont le Client est titulaire.",
        "Les identifiants sont conservés dans un coffre-fort dont vous êtes titulaire.",
        "Admin passwords live in a password vault owned by the Customer.",
    ],
)
def test_passwords_in_a_vault_the_client_holds(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "reversibility.credentials") == ["client_vault"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Service credits are the Customer's sole remedy for missed service levels, without "
        "prejudice to the Customer's right to terminate under clause 9.",
        "Les avoirs sont la seule réparation due au titre des niveaux de service, sans préjudice "
        "du droit du Client de résilier le contrat.",
        "Credits are the exclusive remedy for downtime, without prejudice to the right to "
        "terminate the Agreement for chronic failure.",
    ],
)
def test_sole_remedy_that_keeps_the_right_to_terminate(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "liability.sole_remedy") == ["credits_plus_termination"]


@pytest.mark.parametrize(
    "sentence",
    [
        "After termination of the Agreement, all Customer data is made available for export at "
        "no charge.",
        "À la résiliation du contrat, les données sont restituées au Client sans frais.",
        "Upon expiry, the Provider returns the data free of charge.",
    ],
)
def test_data_returned_at_no_charge_after_termination(catalogue: Catalogue, sentence: str) -> None:
    assert values(analyse(catalogue, sentence), "reversibility.exit_price") == ["included_or_fixed"]
