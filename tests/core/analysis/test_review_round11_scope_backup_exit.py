"""Review of round 11 (scope, backup, governance, security, reversibility): near misses of the
new derived answers, in both languages. A denial, an option only offered, another tier, an
example, the past, the client's own act or the provider's own means give no finding
(CONVENTIONS.md G1, G2); the few readings that must stay are checked beside them.
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, values

_SILVER = "The Customer has ordered the Silver service tier."
_ESSENTIEL = "Le Client a souscrit la formule Essentiel."


# --- governance.sla_report read from its rhythm (report_rhythm.py) ---------------------------

REPORT = "governance.sla_report"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("A monthly report is available as an option.",),
        ("Un rapport mensuel est proposé en option.",),
        ("Un rapport mensuel peut être fourni à la demande du Client.",),
        ("No monthly report is provided.",),
        ("Aucun rapport mensuel n'est fourni.",),
        ("The Client sends the Provider a monthly report of its headcount.",),
        ("Le Client adresse chaque mois au Prestataire un rapport de ses effectifs.",),
        ("Our annual report shows our growth.",),
        ("Notre rapport annuel présente nos résultats.",),
        ("The Gold tier includes a monthly report.", _SILVER),
        ("La formule Premium comprend un rapport mensuel.", _ESSENTIEL),
    ],
)
def test_reports_not_given_to_this_client_give_no_rhythm(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), REPORT) == []


def test_a_report_of_the_month_gone_by_is_still_monthly(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Le Prestataire remet chaque mois au Client un rapport couvrant le mois écoulé."
    )
    assert values(report, REPORT) == ["monthly_dashboard"]


# --- security.remote_access audited only when someone checks it (remote_access_audit.py) ---

REMOTE = "security.remote_access"
_BASTION_EN = "Our engineers connect through a bastion host that records every session."
_BASTION_FR = "Les techniciens passent par un bastion qui enregistre chaque session."


@pytest.mark.parametrize(
    "following",
    [
        (_BASTION_EN, "The recordings are not reviewed."),
        (_BASTION_FR, "Les enregistrements ne sont pas examinés."),
        (_BASTION_EN, "Session recordings are not available to the Client."),
        (_BASTION_FR, "Les enregistrements ne sont pas communiqués au Client."),
        (_BASTION_EN, "A penetration test of the bastion is available as an option."),
        (_BASTION_FR, "Un test d'intrusion du bastion est proposé en option."),
        (_BASTION_EN, "Tickets are reviewed weekly."),
        (_BASTION_FR, "Les factures sont transmises au Client chaque mois."),
    ],
)
def test_a_check_denied_offered_or_of_something_else_leaves_it_described(
    catalogue: Catalogue, following: tuple[str, str]
) -> None:
    assert values(analyse(catalogue, " ".join(following)), REMOTE) == ["described"]


def test_the_platform_penetration_tested_is_a_check_of_the_access(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Remote access goes through the agent of our management platform, which records each "
        "session. The platform is penetration-tested every year by an outside firm.",
    )
    assert values(report, REMOTE) == ["described_audited"]


# --- reversibility: the handover owed at the end (exit_trigger.py, exit_core_price.py) -------

TRIGGER = "reversibility.any_cause"
EXIT = "reversibility.exit_price"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Upon termination, the Customer shall return the Provider's equipment and documentation.",
        "En fin de contrat, le Client restitue au Prestataire le matériel et la documentation.",
        "Upon termination, the Provider does not return the Customer Data.",
        "En fin de contrat, le Prestataire ne restitue pas les données du Client.",
        "La restitution des données en fin de contrat est proposée en option, sans frais.",
        "For example, upon termination we return the data free of charge.",
        "Par exemple, en fin de contrat nous restituons les données sans frais.",
    ],
)
def test_a_handover_denied_the_clients_offered_or_an_example_is_no_any_time(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "any_time" not in values(analyse(catalogue, paragraph), TRIGGER)


def test_another_tiers_free_handover_gives_no_exit_answer(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "In the Gold tier, upon termination we return the Customer Data free of charge.",
        _SILVER,
    )
    assert values(report, EXIT) == []
    assert values(report, TRIGGER) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "Au terme du contrat, la restitution des données et l'accompagnement sont facturés sur "
        "devis.",
        "À la fin du contrat, la restitution des données et toute autre prestation de "
        "réversibilité sont facturées en régie.",
    ],
)
def test_a_handover_priced_in_its_own_clause_is_not_included(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "included_or_fixed" not in values(analyse(catalogue, paragraph), EXIT)


# --- backup.copies (backup_copy_count.py) ----------------------------------------------------

COPIES = "backup.copies"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Backups are sent to our data centre in Leeds, with no second copy.",),
        ("Les sauvegardes partent vers notre centre de données de Lille, sans seconde copie.",),
        ("Backups go to our data centre in Leeds. We do not replicate them to a second site.",),
        (
            "Les sauvegardes sont envoyées vers notre centre de données de Lille. Elles ne sont "
            "pas répliquées vers un second site.",
        ),
        (
            "Backups are sent to our data centre in Leeds.",
            "The Gold tier adds a second copy in Dublin.",
            _SILVER,
        ),
        (
            "Les sauvegardes partent vers notre centre de données de Lille.",
            "La formule Premium ajoute une seconde copie à Paris.",
            _ESSENTIEL,
        ),
    ],
)
def test_a_second_copy_denied_or_of_another_tier_leaves_one(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), COPIES) == ["single_copy"]


def test_copies_of_the_contract_are_no_backup_copies(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Backups are kept on the NAS. The Client keeps two copies of the contract."
    )
    assert "three_two_one" not in values(report, COPIES)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Backups are kept on a NAS in the office and copied to cloud storage every night. "
        "Immutable storage is available on request.",
        "Les sauvegardes sont conservées sur le NAS du bureau et copiées chaque nuit vers le "
        "cloud. Une copie immuable peut être ajoutée sur demande.",
    ],
)
def test_an_immutable_copy_on_request_is_not_taken(catalogue: Catalogue, paragraph: str) -> None:
    assert values(analyse(catalogue, paragraph), COPIES) == ["three_two_one"]


# --- scope.service_catalogue from a count (catalogue_counts.py) ------------------------------

CATALOGUE = "scope.service_catalogue"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Le service couvre le support. Le Prestataire dispose de 3 serveurs de supervision.",),
        (
            "The service covers helpdesk and patching. The Provider operates 2 data centres "
            "with 400 servers.",
        ),
        ("The service covers helpdesk and patching. Last year we handled tickets for 300 users.",),
        ("Le service couvre le support. L'an dernier, 300 utilisateurs ont été accompagnés.",),
        ("The service covers helpdesk. We recommend 2 firewalls for resilience.",),
        ("Le service couvre le support. Nous recommandons 2 pare-feux pour la redondance.",),
        ("The service covers helpdesk and patching.", "The Gold tier covers 50 users.", _SILVER),
        ("Le service couvre le support.", "La formule Premium couvre 50 postes.", _ESSENTIEL),
        ("The service covers helpdesk. 20 spare laptops are kept in our stock for loan.",),
        ("Le service couvre le support. 20 ordinateurs de prêt sont tenus en stock.",),
        ("The service covers helpdesk. The hosting platform runs on 6 servers.",),
        ("Le service couvre le support. La plateforme d'hébergement repose sur 6 serveurs.",),
    ],
)
def test_counts_that_are_not_the_clients_estate_are_no_inventory(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "full_inventory" not in values(analyse(catalogue, *paragraphs), CATALOGUE)


# --- scope.change_procedure: the provider's prices changed alone (price_change_alone.py) -----

CHANGE = "scope.change_procedure"


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Le Prestataire peut réviser ses tarifs une fois par an, sans dépasser 3 %.",),
        ("The Provider may increase its prices annually by up to 3%.",),
        ("Le Prestataire peut augmenter ses prix jusqu'à 3 % par an.",),
        ("Le Prestataire ne peut modifier ses tarifs pendant la durée initiale.",),
        ("Le Prestataire ne pourra modifier ses tarifs qu'avec l'accord écrit du Client.",),
        ("The Provider may change its prices only with the Client's written consent.",),
        ("The Provider may adjust the fee if the Client adds users.",),
        ("Le Prestataire peut ajuster la redevance si le Client ajoute des postes.",),
        ("The Provider may change its prices. Such changes require a signed amendment.",),
        ("Le Prestataire peut modifier ses tarifs. Toute modification fait l'objet d'un avenant.",),
        ("For example, the Provider may change its prices on 30 days notice.",),
        ("In the Gold tier the Provider may change its prices at any time.", _SILVER),
    ],
)
def test_a_bounded_agreed_denied_or_other_change_is_not_unilateral(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert "unilateral" not in values(analyse(catalogue, *paragraphs), CHANGE)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Provider may change its prices at any time; if the Customer disagrees, it may "
        "terminate the contract.",
        "Le Prestataire peut modifier ses tarifs à tout moment ; si le Client refuse, il peut "
        "résilier.",
    ],
)
def test_the_clients_right_to_leave_keeps_the_change_unilateral(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), CHANGE) == ["unilateral"]


# --- scope.exclusions priced elsewhere (exclusion_rates.py) ----------------------------------

EXCLUSIONS = "scope.exclusions"
_LIST_EN = (
    "The following are not included in the monthly fee: office moves, new projects and training."
)
_LIST_FR = "Sont exclus du forfait : les déménagements, les projets de migration et la formation."


@pytest.mark.parametrize(
    "paragraphs",
    [
        (_LIST_EN, "Late payment interest accrues at EUR 40 per day."),
        (_LIST_EN, "Remote backup storage is charged EUR 5 per day of retention."),
        (_LIST_FR, "Location de matériel : 2 € par jour et par poste."),
        (_LIST_EN, "Work in the evening at the Client's request is billed at EUR 60 per hour."),
        (_LIST_FR, "Les travaux en soirée, à la demande du Client, sont facturés 60 € de l'heure."),
        (
            _LIST_EN,
            "The Premium plan, not taken by the Client, adds engineer time at EUR 80 per hour.",
        ),
        (
            _LIST_FR,
            "L'offre Premium, non souscrite, ajoute des heures de technicien à 80 € de l'heure.",
        ),
        (_LIST_FR, "Par exemple, une intervention facturée 90 € de l'heure coûterait 360 €."),
    ],
)
def test_prices_that_are_not_of_work_left_out_leave_the_list_alone(
    catalogue: Catalogue, paragraphs: tuple[str, ...]
) -> None:
    assert values(analyse(catalogue, *paragraphs), EXCLUSIONS) == ["list_only"]


def test_hours_beyond_a_bank_keep_their_rate(catalogue: Catalogue) -> None:
    report = analyse(catalogue, _LIST_EN, "Hours beyond the bank are charged at £72 an hour.")
    assert values(report, EXCLUSIONS) == ["list_with_rates"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Prices may be changed by the Provider at any time.",
        "Les prix peuvent être modifiés à tout moment par le Prestataire.",
    ],
)
def test_a_change_said_in_the_passive_is_unilateral_in_both_languages(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), CHANGE) == ["unilateral"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le nombre de postes peut être ajusté chaque mois sur simple demande ; le prix suit.",
        "The number of users can be adjusted on request; the fee follows.",
    ],
)
def test_the_clients_quantities_changed_on_request_are_not_unilateral(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "unilateral" not in values(analyse(catalogue, paragraph), CHANGE)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Les serveurs sont sauvegardés chaque nuit sur une baie située dans notre centre de "
        "données de Rennes.",
        "The servers are backed up every night to a NAS located in our data centre in Leeds.",
    ],
)
def test_an_appliance_placed_in_the_data_centre_is_one_place(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), COPIES) == ["single_copy"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "En fin de contrat, sur simple demande adressée au Prestataire, celui-ci restitue au "
        "Client toutes ses données.",
        "Upon termination, on written notice to the Provider, the Provider returns all Customer "
        "Data.",
    ],
)
def test_a_request_sent_to_the_provider_keeps_its_handover_owed_at_any_end(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), TRIGGER) == ["any_time"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Supplier may increase the charges each April by RPI.",
        "Le Prestataire peut réviser ses tarifs chaque année en fonction de l'IPC publié par "
        "l'INSEE.",
        "Le Prestataire peut réviser ses prix chaque année selon la formule P1 = P0 × (S1/S0).",
        "The Provider may revise its prices each year using the formula P1 = P0 x (S1/S0).",
    ],
)
def test_a_revision_by_a_named_index_or_formula_is_indexation(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert "unilateral" not in values(analyse(catalogue, paragraph), CHANGE)


def test_a_tier_named_formule_is_no_revision_formula(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Le Prestataire peut modifier à tout moment les tarifs de la formule Essentiel."
    )
    assert values(report, CHANGE) == ["unilateral"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Provider reports monthly to the Client on the service.",
        "Le Prestataire rend compte chaque mois au Client du service rendu.",
    ],
)
def test_the_verb_of_reporting_gives_the_rhythm_in_both_languages(
    catalogue: Catalogue, paragraph: str
) -> None:
    assert values(analyse(catalogue, paragraph), REPORT) == ["monthly_dashboard"]
