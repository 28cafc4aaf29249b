"""Clauses whose subject is in their heading or whose meaning turns on a denial (issue 6,
round 5): section titles give the subject of the sentences under them; a place outside the EU
named only to deny it; best efforts backed by credits; remedies that are not exclusive.

Every sentence is written for the test, in several styles and both languages; none is copied
from a sample document.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText, sentences_of
from slaeval.analysis.sections import sections_of
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values


def test_title_blocks_and_run_in_titles_are_headings() -> None:
    paragraphs = (
        "Article 14 – Sauvegardes",
        "Les copies sont conservées trente jours.",
        "14.2 Tests. Un test est fait chaque année. Il fait l'objet d'un rapport.",
        "SECURITY",
        "Access is logged.",
        "Le Client paie la redevance.",  # a sentence, not a title: no number, not in capitals
    )
    blocks = [Block(text, f"§ {n}") for n, text in enumerate(paragraphs, start=1)]
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt")
    sentences = sentences_of(document)
    sections = sections_of(sentences)
    texts = [s.text for s in sentences]
    assert sorted(texts[i] for i in sections.headings) == sorted(
        ["Article 14 – Sauvegardes", "14.2 Tests.", "SECURITY"]
    )
    under_backups = sections.governed_by([texts.index("Article 14 – Sauvegardes")])
    assert {texts[i] for i in under_backups} == {
        "Les copies sont conservées trente jours.",
        "14.2 Tests.",
        "Un test est fait chaque année.",
        "Il fait l'objet d'un rapport.",
    }
    assert {texts[i] for i in sections.governed_by([texts.index("14.2 Tests.")])} == {
        "Un test est fait chaque année.",
        "Il fait l'objet d'un rapport.",
    }
    assert {texts[i] for i in sections.governed_by([texts.index("SECURITY")])} == {
        "Access is logged.",
        "Le Client paie la redevance.",
    }


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("9.4 Transfert de compétences. Le prestataire y consacre trois journées.",),
        ("Article 9 – Transfert de connaissances", "Trois jours sont consacrés au successeur."),
        ("12. KNOWLEDGE TRANSFER", "Up to five days of workshops are given to the new team."),
    ],
)
def test_the_heading_gives_the_subject(catalogue: Catalogue, paragraphs: tuple[str]) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, "reversibility.knowledge_transfer") == ["named_days"]


def test_a_heading_does_not_lend_its_subject_past_the_next_title(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Article 9 – Transfert de connaissances",
        "Le plan est présenté au Client.",
        "Article 10 – Prix",
        "Cinq jours de formation sont facturés au tarif en vigueur.",
    )
    assert "named_days" not in values(report, "reversibility.knowledge_transfer")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les serveurs sont situés à Nantes et aucune donnée ne sort de l'Union européenne.",
         "eu_named"),
        ("Backups are kept in Brussels; no customer data is transferred outside the European "
         "Union without the Client's prior consent.", "eu_named"),
        ("Nos centres de données sont à Lyon. Rien n'est stocké hors de l'UE.", "eu_named"),
        ("Customer content may be processed in the United States by our affiliates.",
         "unknown_or_non_eu"),
        ("Les données peuvent être hébergées hors de l'Union européenne.", "unknown_or_non_eu"),
    ],
)  # fmt: skip
def test_outside_the_eu_named_only_to_deny_it(
    catalogue: Catalogue, text: str, expected: str
) -> None:
    assert values(analyse(catalogue, text), "data.location") == [expected]


_LADDER = "Si la disponibilité est inférieure à 99,5 %, un avoir de 5 % est dû."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Provider uses reasonable endeavours to meet these targets; service credits apply "
         "as set out below.", "means_with_penalties"),
        ("Le prestataire fera ses meilleurs efforts pour tenir ces délais. Les pénalités de "
         "l'article 8 s'appliquent.", "means_with_penalties"),
        ("The Provider uses reasonable endeavours to meet these targets, and no service credits "
         "apply to them.", "best_effort"),
        ("Les délais ci-dessous sont des engagements fermes du prestataire.", "result"),
        ("These restoration times are guarantees, not targets.", "result"),
        # the firmest delay decides (reading conventions; test_commitment_decided_by_the_delays)
        ("Response times are firm commitments; restoration times are targets only.",
         "result"),
    ],
)  # fmt: skip
def test_best_efforts_judged_with_their_credits(
    catalogue: Catalogue, text: str, expected: str
) -> None:
    report = analyse(catalogue, text, _LADDER)
    assert values(report, "liability.commitment_nature") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Service credits are not the Customer's sole remedy; it may also claim damages.",
        "Les pénalités ne constituent pas le seul recours du Client, qui conserve le droit de "
        "demander réparation de son préjudice.",
        "Beyond the credits, the client may also claim damages for any proven loss.",
    ],
)
def test_credits_that_are_not_the_only_remedy(catalogue: Catalogue, text: str) -> None:
    assert values(analyse(catalogue, text), "liability.sole_remedy") == ["penalties_plus_damages"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pour chaque incident critique non résolu dans le délai de rétablissement, une pénalité "
         "de 150 euros est due.", "per_breach"),
        ("A credit of EUR 100 applies for each critical ticket where the engineer does not "
         "respond within 2 hours.", "per_breach"),
        # a document that gives no credit and says so: no credits_on_response, and none_or_token
        # under the credit ladder (CONVENTIONS.md)
        ("No service credit is payable for late resolution of incidents.", ""),
        ("Aucune pénalité n'est prévue au titre des délais d'intervention.", ""),
    ],
)  # fmt: skip
def test_credits_on_late_responses(catalogue: Catalogue, text: str, expected: str) -> None:
    report = analyse(catalogue, text)
    assert values(report, "availability.credits_on_response") == ([expected] if expected else [])
    if not expected:
        assert values(report, "availability.credit_ladder") == ["none_or_token"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Une copie reste sur le serveur local ; une deuxième copie est envoyée chaque soir vers "
         "notre site de Rennes.", "three_two_one"),
        ("Backups are written to two locations: the on-premises appliance and a cloud bucket in "
         "Dublin.", "three_two_one"),
        ("A second copy of every backup is stored in our Paris facility; it is immutable for 30 "
         "days.", "three_two_one_immutable"),
    ],
)  # fmt: skip
def test_a_second_copy_kept_elsewhere(catalogue: Catalogue, text: str, expected: str) -> None:
    assert values(analyse(catalogue, text), "backup.copies") == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charges are adjusted each year in line with the wage index, provided that no "
         "increase exceeds 3%.", "capped_index"),
        ("Les redevances sont adaptées chaque année selon l'échelle mobile des salaires.",
         "index_no_cap"),
    ],
)  # fmt: skip
def test_indexation_in_other_words(catalogue: Catalogue, text: str, expected: str) -> None:
    assert values(analyse(catalogue, text), "costs.indexation") == [expected]


def test_a_transition_in_charge_is_a_set_up_fee_not_an_exit_price(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "A one-time onboarding and transition-in charge of EUR 4,200 applies.",
        "Le démarrage du service (inventaire et installation) est facturé 900 € HT une seule fois.",
    )
    assert values(report, "costs.pricing_model", "setup_fee") == [4200.0, 900.0]
    assert values(report, "reversibility.exit_price", "exit_fee") == []
    assert values(report, "reversibility.exit_price") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Transition assistance is charged at the price list rates, up to a maximum of EUR "
         "8,000.", "capped_time_materials"),
        ("Exit services are billed on a time-and-materials basis; the estimate is not a cap.",
         "unpriced"),
    ],
)  # fmt: skip
def test_exit_price_at_rates(catalogue: Catalogue, text: str, expected: str) -> None:
    assert values(analyse(catalogue, text), "reversibility.exit_price") == [expected]


def test_liability_cap_of_a_contract_years_fees(catalogue: Catalogue) -> None:
    text = "Each party's aggregate liability shall not exceed the fees paid for that contract year."
    assert values(analyse(catalogue, text), "liability.cap") == [12.0]


def test_the_total_monthly_fee_before_tax_is_the_fee(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "- Licences : 12 comptes × 20 € HT = 240 € HT par mois\n"
        "- Supervision : 90 € HT par mois\n"
        "- Total mensuel : 330 € HT par mois (396 € TTC)",
    )
    assert values(report, "costs.pricing_model", "monthly_fee") == [330.0]
    assert values(report, "costs.pricing_model") == ["unit_prices"]


@pytest.mark.parametrize(
    ("text", "months"),
    [
        ("Le forfait est mensuel et se renouvelle tout seul chaque mois.", 1.0),
        ("The subscription renews automatically from month to month unless cancelled.", 1.0),
        ("Le contrat est reconduit tacitement chaque trimestre.", 3.0),
    ],
)
def test_renewal_written_as_a_recurrence(catalogue: Catalogue, text: str, months: float) -> None:
    assert values(analyse(catalogue, text), "costs.tacit_renewal", "renewal_period") == [months]


def test_measure_rules_take_their_subject_from_the_heading(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Article 6 – Sauvegardes",
        "Nous gardons quarante-cinq jours d'historique.",
        "7. BACKUPS",
        "History is retained for thirty days.",
    )
    assert values(report, "backup.retention_days") == [45.0, 30.0]


def test_an_estimate_that_is_neither_a_fixed_price_nor_a_cap(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Exit assistance is billed at the rates of the price list. Our indicative estimate is "
        "EUR 6,000; it is neither a fixed price nor a cap.",
    )
    assert values(report, "reversibility.exit_price") == ["unpriced"]
    assert values(report, "reversibility.exit_price", "exit_fee") == []


@pytest.mark.parametrize(
    ("text", "criterion", "expected"),
    [
        ("Nous vous adressons un bilan chaque trimestre (interventions, mises à jour) et faisons "
         "un point ensemble une fois par an.", "governance.committees", "yearly_review"),
        ("Nous vous adressons un bilan chaque trimestre (interventions, mises à jour).",
         "governance.sla_report", "quarterly"),
        ("The network documentation is kept in a SharePoint library to which the customer has "
         "access at all times.", "governance.documentation", "live_client_space"),
        ("Les identifiants sont rangés dans le gestionnaire de mots de passe du client, dont il "
         "est le seul propriétaire.", "reversibility.credentials", "client_vault"),
        ("At the end, we spend two days with your new provider to walk them through the setup.",
         "reversibility.knowledge_transfer", "named_days"),
        ("Un test est réalisé une fois par an : nous restaurons un dossier au hasard.",
         "backup.restore_tests", "yearly"),
        ("Our engineer looks at the backup reports every morning and fixes a failed job within "
         "4 hours.", "backup.monitoring", "daily_with_sla"),
    ],
)  # fmt: skip
def test_plain_spoken_clauses(
    catalogue: Catalogue, text: str, criterion: str, expected: str
) -> None:
    assert values(analyse(catalogue, text), criterion) == [expected]


def test_data_handed_back_by_a_small_provider(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Nous vous remettons une copie de vos données sous 10 jours.")
    assert values(report, "reversibility.data_return_days") == [10.0]


def test_an_aside_after_the_paragraphs_own_statement_is_not_read(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "8. JOURNALISATION",
        "Les journaux d'administration sont conservés douze mois. La télémétrie brute des postes "
        "est gardée trente jours seulement.",
    )
    assert values(report, "security.log_retention") == [12.0]


def test_availability_commitments_and_figures_that_are_none(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Our data centres are built for 99.99% power availability; this is a design value, not "
        "a commitment to the Customer.",
        "La disponibilité du tenant Microsoft 365 (99,9 % selon les conditions de Microsoft) "
        "relève des seuls engagements de l'éditeur.",
        "The provider shall make the platform, hosted in its own data centres, available at "
        "least 99.5% of the time.",
    )
    assert values(report, "availability.commitment") == [99.5]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (("Article 12 – Réversibilité",
          "Pendant cette période, le prestataire continue d'assurer les services aux conditions "
          "du contrat."), "full_sla"),
        (("9. EXIT",
          "The Provider keeps the services running for up to three months at the fees and "
          "service levels in force."), "full_sla"),
        (("Annexe C – Plan de sortie",
          "Au-delà de la date de fin, les délais de l'annexe SLA ne s'appliquent plus ; les "
          "demandes sont traitées au mieux."), "reduced"),
    ],
)  # fmt: skip
def test_service_during_the_exit(
    catalogue: Catalogue, paragraphs: tuple[str, ...], expected: str
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, "reversibility.service_during_exit") == [expected]


@pytest.mark.parametrize(
    ("text", "criterion", "expected"),
    [
        ("Après la réversibilité, nous supprimons vos données et fournissons un certificat sur "
         "simple demande.", "reversibility.deletion_certificate", "on_request"),
        ("Le plan détaillé de sortie est établi d'un commun accord au moment de la résiliation.",
         "reversibility.plan", "at_the_end"),
        ("The supplier may engage subcontractors of its own choosing.", "scope.subcontracting",
         "unrestricted"),
        ("If availability falls below 99% in three consecutive months, the customer may "
         "terminate without paying the early termination fee.",
         "availability.chronic_failure_exit", "exit_no_fee"),
    ],
)  # fmt: skip
def test_exit_clauses_in_other_words(
    catalogue: Catalogue, text: str, criterion: str, expected: str
) -> None:
    assert values(analyse(catalogue, text), criterion) == [expected]


_TIERS = "Monthly availability below 99.9%: credit of 5%; below 99.5%: credit of 10%."


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # a cap of 10 % is no token credit (CONVENTIONS.md): claimed credits are claim_based
        ("Credits are capped at 10% of the monthly fee and must be requested in writing within "
         "30 days.", ["claim_based"]),
        ("Credits are capped at 10% of the monthly fee. They are deducted from the next invoice "
         "without the Customer having to ask.", ["automatic"]),
    ],
)  # fmt: skip
def test_a_low_cap_makes_claimed_credits_token_not_automatic_ones(
    catalogue: Catalogue, extra: str, expected: list[str]
) -> None:
    report = analyse(catalogue, _TIERS, extra)
    assert values(report, "availability.credit_ladder") == expected


def test_penalties_for_late_restorations_only_are_the_ladders_answer(
    catalogue: Catalogue,
) -> None:
    """The credit ladder's answer is recorded for any credit or penalty, on delays too
    (CONVENTIONS.md): deducted d'office, automatic."""
    report = analyse(
        catalogue,
        "Pour chaque incident critique rétabli hors délai, une pénalité de 2 % de la redevance "
        "mensuelle est due.",
        "Le total des pénalités d'un mois est plafonné à 10 % de la redevance.",
        "Les pénalités sont déduites d'office de la facture suivante.",
        "Aucune pénalité n'est due pour les demandes de service.",
    )
    assert values(report, "availability.credit_ladder") == ["automatic"]
    assert values(report, "availability.credits_on_response") == ["per_breach"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Our technicians use individual named accounts.",
         "Access rights are reviewed with the customer twice a year."),
        ("Les intervenants utilisent des comptes nominatifs.",
         "Une revue des droits d'accès est menée chaque trimestre avec le Client."),
    ],
)  # fmt: skip
def test_named_accounts_with_access_reviews_elsewhere(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, "security.least_privilege") == ["named_reviewed"]


def test_access_reviews_without_named_accounts_are_not_enough(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Access rights are reviewed with the customer twice a year.")
    assert values(report, "security.least_privilege") == []


def test_a_gateway_that_records_every_session(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support staff connect through a jump host.",
        "The jump host records all sessions.",
    )
    # recorded, nobody said to check the records: described (remote_access_audit.py)
    assert values(report, "security.remote_access") == ["described"]


@pytest.mark.parametrize(
    "option",
    [
        "La sauvegarde des boîtes Microsoft 365 relève de l'option « Sauvegarde 365 », facturée "
        "2 € HT par utilisateur et par mois.",
        "Microsoft 365 mailboxes are backed up only if ordered, at EUR 3 per user per month.",
    ],
)
def test_an_option_is_not_the_backup_scope(catalogue: Catalogue, option: str) -> None:
    report = analyse(
        catalogue, "Le service de sauvegarde porte sur les serveurs physiques et virtuels.", option
    )
    assert values(report, "backup.scope") == ["servers_only"]
    assert values(report, "costs.pricing_model") == []


@pytest.mark.parametrize(
    ("paragraphs", "criterion", "expected"),
    [
        (("The RTO is 2 hours for the ERP and 8 hours for all other services.",),
         "continuity.per_service", ["per_service"]),
        (("Les copies sont transférées chaque nuit vers le second site.",
          "Les serveurs sont sauvegardés toutes les six heures."), "backup.frequency", [360.0]),
        (("Les enregistrements des sessions d'administration sont conservés un an.",
          "Les journaux de sauvegarde sont gardés 7 jours."), "security.log_retention", [12.0]),
        (("The provider has its own business continuity plan; a summary of its annual test is "
          "presented to the customer.",), "continuity.provider_resilience", ["evidence"]),
        (("Le prestataire est une société de droit français ; aucun de ses sous-traitants soumis "
          "à une loi extraterritoriale n'accède aux données.",), "data.non_eu_law",
         ["eu_entity_immune"]),
        (("At exit the provider returns the databases as SQL and CSV exports together with the "
          "operating documentation.",), "reversibility.open_formats", ["full_export_docs"]),
        (("Des tests de restauration sont réalisés chaque semestre.",), "backup.restore_tests",
         ["yearly"]),
        (("After the return, Acme deletes all copies of the data within 60 days.",),
         "reversibility.data_return_days", []),
    ],
)  # fmt: skip
def test_backup_continuity_and_exit_details(
    catalogue: Catalogue, paragraphs: tuple[str, ...], criterion: str, expected: list[object]
) -> None:
    assert values(analyse(catalogue, *paragraphs), criterion) == expected


@pytest.mark.parametrize(
    ("text", "criterion", "expected"),
    [
        ("We do not subcontract any part of the services.", "scope.subcontracting",
         "named_consent"),
        ("Le prestataire ne sous-traite aucune prestation.", "scope.subcontracting",
         "named_consent"),
        ("During our engineer's holidays, a colleague from our partner firm covers for him.",
         "continuity.provider_resilience", "statement"),
        ("En cas d'absence du technicien, un suppléant formé prend le relais.",
         "continuity.provider_resilience", "statement"),
        ("The engineer checks the backups every day; a failed job is fixed within one business "
         "day.", "backup.monitoring", "daily_with_sla"),
        ("Every year we run a full restore test of the main server based on a ransomware "
         "scenario.", "continuity.plan_tested", "yearly_full_test"),
        ("Planned maintenance does not count as downtime, up to 4 hours per calendar month.",
         "availability.exclusions", "capped"),
        ("The following services are provided, as the customer orders them:",
         "scope.service_catalogue", "list_only"),
        # an inventory only pointed at, not in the document (CONVENTIONS.md): a list
        ("Support covers the configuration items listed in Appendix 2.",
         "scope.service_catalogue", "list_only"),
    ],
)  # fmt: skip
def test_small_provider_and_scope_wordings(
    catalogue: Catalogue, text: str, criterion: str, expected: str
) -> None:
    assert values(analyse(catalogue, text), criterion) == [expected]


@pytest.mark.parametrize(
    ("general", "special"),
    [
        ("The total liability of each party shall not exceed the fees paid in the preceding "
         "twelve months.",
         "For breaches of the data protection clause, each party's liability is limited to two "
         "times the fees paid in that year."),
        ("La responsabilité du Prestataire est plafonnée aux sommes versées au cours des douze "
         "derniers mois.",
         "En cas de violation de données personnelles, la responsabilité est plafonnée à trois "
         "fois ce montant."),
    ],
)  # fmt: skip
def test_a_cap_for_one_kind_of_claim_is_a_super_cap(
    catalogue: Catalogue, general: str, special: str
) -> None:
    report = analyse(catalogue, general, special)
    assert values(report, "liability.cap") == [12.0]
    assert values(report, "liability.carve_outs") == ["uncapped_or_supercap"]


def test_a_title_reaches_the_first_forty_sentences_under_it() -> None:
    paragraphs = ["12. SAUVEGARDES", *(f"Phrase numéro {n}." for n in range(1, 61))]
    blocks = [Block(text, f"§ {n}") for n, text in enumerate(paragraphs, start=1)]
    sentences = sentences_of(DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt"))
    governed = sections_of(sentences).governed_by([0])
    assert min(governed) == 1
    assert max(governed) == 40


def _paragraphs(*texts: str) -> list[Block]:
    return [Block(text, f"§ {n}") for n, text in enumerate(texts, start=1)]


def _rows(*texts: str) -> list[Block]:
    return [Block(text, f"tab. 1, l. {n}", table_row=True) for n, text in enumerate(texts, 2)]


@pytest.mark.parametrize(
    ("blocks", "criterion", "expected"),
    [
        (_paragraphs("6. Sauvegardes")
         + _rows("Périmètre : Serveurs | Fréquence : quotidienne | Rétention : 30 jours"),
         "backup.retention_days", [30.0]),
        (_paragraphs("7. BACKUPS")
         + _rows("Scope : Virtual machines | Frequency : Daily | Retention : 30 days"),
         "backup.frequency", [1440.0]),
        (_rows("Service : Managed workstation | Unit : device | Quantity : 40 | Monthly unit "
               "price : EUR 35"), "costs.pricing_model", ["unit_prices"]),
        (_paragraphs("Security incidents affecting the customer are reported within 12 hours."),
         "security.incident_notification", [720.0]),
        (_paragraphs("14. EXIT MANAGEMENT",
                     "14.3 Charges. Exit services are provided at no additional charge."),
         "reversibility.exit_price", ["included_or_fixed"]),
    ],
)  # fmt: skip
def test_tables_and_run_in_titles_under_a_heading(
    catalogue: Catalogue, blocks: list[Block], criterion: str, expected: list[object]
) -> None:
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt")
    report = analyze_text(document, catalogue)
    assert values(report, criterion) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("9. End of service",
         "One full data export is included in the fees; further exports are charged at EUR 120 "
         "per hour."),
        ("Article 11 – Fin du contrat", "L'accompagnement est facturé au forfait de 3 000 € HT."),
    ],
)  # fmt: skip
def test_an_end_of_contract_heading_is_an_exit_section(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    report = analyse(catalogue, *paragraphs)
    assert values(report, "reversibility.exit_price") == ["included_or_fixed"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("The provider keeps the last fourteen (14) daily backups and the last eight (8) weekly "
         "backups of each server.", 56.0),
        ("Les 12 dernières sauvegardes mensuelles sont conservées sur bande.", 360.0),
        ("We retain the latest 30 nightly snapshots.", 30.0),
    ],
)  # fmt: skip
def test_retention_written_as_a_rotation(catalogue: Catalogue, text: str, days: float) -> None:
    assert values(analyse(catalogue, text), "backup.retention_days") == [days]


def test_a_rotation_does_not_override_a_stated_retention(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Backups are kept for 30 days; the last 4 weekly ones too.")
    assert values(report, "backup.retention_days") == [30.0]


@pytest.mark.parametrize(
    ("label", "value", "criterion", "expected"),
    [
        ("Perte de données maximale admissible (RPO) :", "deux (2) heures pour tous les services.",
         "continuity.rpo", [120.0]),
        ("Recovery point objective:", "one hour for every system.", "continuity.rpo", [60.0]),
        ("Les sauvegardes sont conservées :", "trente jours sur le site principal.",
         "backup.retention_days", [30.0]),
    ],
)  # fmt: skip
def test_a_label_cut_from_its_value_at_the_end_of_a_line(
    catalogue: Catalogue, label: str, value: str, criterion: str, expected: list[float]
) -> None:
    assert values(analyse(catalogue, label, value), criterion) == expected


def test_unnumbered_titles_and_lines_cut_in_two() -> None:
    paragraphs = (
        "Sauvegardes",
        "Nous gardons trente jours de versions.",
        "Plan d'assurance qualité – Hébergement et",
        "infogérance de la plateforme",
        "Data location:",
        "Customer data stays in Paris.",
    )
    blocks = [Block(text, f"§ {n}") for n, text in enumerate(paragraphs, start=1)]
    sentences = sentences_of(DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt"))
    texts = [s.text for s in sentences]
    assert [texts[i] for i in sorted(sections_of(sentences).headings)] == ["Sauvegardes"]


@pytest.mark.parametrize(
    ("paragraphs", "criterion", "expected"),
    [
        (("Sauvegardes", "Nous gardons trente jours de versions."), "backup.retention_days",
         [30.0]),
        (("Votre serveur est sauvegardé chaque soir vers notre cloud à Strasbourg.",),
         "backup.frequency", [1440.0]),
        (("Votre serveur est sauvegardé chaque soir vers notre cloud à Strasbourg.",),
         "data.location", ["eu_named"]),
        (("Deux fois par an, nous restaurons un fichier au hasard avec vous pour nous assurer "
          "que tout fonctionne.",), "backup.restore_tests", ["yearly"]),
        (("Remote sessions are protected by a second factor.",), "security.mfa",
         ["remote_tools_only"]),
        (("À la fin du contrat, quelle qu'en soit la raison, nous vous remettons vos données "
          "et tous les mots de passe sous 10 jours, sans frais.",), "reversibility.exit_price",
         ["included_or_fixed"]),
        (("À la fin du contrat, quelle qu'en soit la raison, nous vous remettons vos données "
          "et tous les mots de passe sous 10 jours, sans frais.",), "reversibility.credentials",
         ["handover_fixed_time"]),
        (("Nous vérifions chaque matin les sauvegardes de la nuit et relançons le travail en cas "
          "d'échec avant midi.",), "backup.monitoring", ["daily_with_sla"]),
    ],
)  # fmt: skip
def test_a_small_providers_proposal(
    catalogue: Catalogue, paragraphs: tuple[str, ...], criterion: str, expected: list[object]
) -> None:
    assert values(analyse(catalogue, *paragraphs), criterion) == expected
