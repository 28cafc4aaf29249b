"""Wordings the held-out documents brought up, each read the way a careful reader reads it.

The rules were first written on the tuning documents; these sentences, in other words, were
misread (negations, French forms of tacit renewal, a priced exit, MFA on every account...).
"""

from __future__ import annotations

import pytest

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Provider may not subcontract without the Customer's prior written consent.",
         "named_consent"),
        ("The Provider shall not subcontract any part of the Services without the Customer's "
         "consent.", "named_consent"),
        ("Vega ne peut sous-traiter tout ou partie des prestations sans l'accord préalable et "
         "écrit du Client.", "named_consent"),
        ("The Provider may subcontract any part of the Services without the Customer's consent.",
         "unrestricted"),
        ("The Provider may subcontract without the Customer's prior written consent.",
         "unrestricted"),
        ("Orion may engage subcontractors without prior notice to the Customer.", "unrestricted"),
        ("Le Prestataire peut recourir à des sous-traitants de son choix sans l'accord du Client.",
         "unrestricted"),
        ("Le Prestataire peut sous-traiter sans autorisation préalable du Client.",
         "unrestricted"),
    ],
)  # fmt: skip
def test_subcontracting_reads_the_negation(
    catalogue: Catalogue, sentence: str, expected: str
) -> None:
    assert answer(analyse(catalogue, sentence), "scope.subcontracting").value == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Le contrat est ensuite reconductible tacitement par périodes de douze mois.",
        "Le contrat se renouvelle tacitement pour des périodes successives de douze mois.",
        "Le contrat est ensuite renouvelé par tacite reconduction pour des périodes d'un an.",
        "Thereafter it rolls over automatically for successive periods of 12 months.",
    ],
)
def test_tacit_renewal_in_other_words(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence, "Le préavis de non-reconduction est envoyé par courriel.")
    assert values(report, "costs.tacit_renewal", "renewal_period") == [12]
    assert answer(report, "costs.tacit_renewal").value == "none_or_yearly_email"


def test_an_explicit_refusal_of_renewal_is_still_no_renewal(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Le contrat n'est pas reconductible tacitement.")
    assert answer(report, "costs.tacit_renewal").value == "none_or_yearly_email"
    assert values(report, "costs.tacit_renewal", "renewal_period") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "L'assistance à la réversibilité est facturée 5 000 € HT.",
        "On termination, exit assistance is charged at EUR 5,000.",
        "Exit assistance is billed at a fixed fee of EUR 5,000.",
    ],
)
def test_a_priced_exit_is_a_known_price(catalogue: Catalogue, sentence: str) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "reversibility.exit_price").value == "included_or_fixed"
    assert values(report, "reversibility.exit_price", "exit_fee") == [5000]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("L'assistance à la réversibilité est facturée en régie au tarif journalier de 650 € HT.",
         "unpriced"),
        ("Exit assistance is charged at the Provider's then-current rates.", "unpriced"),
        ("Exit assistance is charged at the standard daily rate, with a cap of EUR 6,000.",
         "capped_time_materials"),
        ("Exit assistance is billed at EUR 900 per day.", "unpriced"),
    ],
)  # fmt: skip
def test_a_rate_is_not_a_price(catalogue: Catalogue, sentence: str, expected: str) -> None:
    report = analyse(catalogue, sentence)
    assert answer(report, "reversibility.exit_price").value == expected
    assert values(report, "reversibility.exit_price", "exit_fee") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MFA is enforced on all administrative accounts.", "enforced_phishing_resistant"),
        ("Multi-factor authentication is mandatory for every account the Provider uses.",
         "enforced_phishing_resistant"),
        ("L'authentification multifacteur est obligatoire pour tous les comptes "
         "d'administration.", "enforced_phishing_resistant"),
        ("MFA is required for remote access tools.", "remote_tools_only"),
        ("MFA is enforced on all remote access tools.", "remote_tools_only"),
        ("MFA is not enforced on all accounts.", "none_or_shared"),
    ],
)  # fmt: skip
def test_mfa_on_every_account_is_not_remote_only(
    catalogue: Catalogue, sentence: str, expected: str
) -> None:
    assert answer(analyse(catalogue, sentence), "security.mfa").value == expected


def test_on_call_at_no_additional_charge_is_included(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Urgent incidents raised outside these hours are picked up by an on-call engineer at "
        "no additional charge.",
    )
    assert answer(report, "oncall.p1_out_of_hours").value == "included_same_sla"
    assert answer(report, "oncall.pricing").value == "flat_or_included"


def test_a_clock_declared_for_some_priorities_leaves_the_others_alone(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Priority 1: response 15 minutes. Priority 2: response 1 hour.",
        "Priority 2 targets are counted in business hours; Priority 1 targets run around the "
        "clock.",
    )
    assert answer(report, "support.p1_response").clock == "calendar"
    assert answer(report, "support.p2_response").clock == "business"
    everything = analyse(
        catalogue,
        "Priority 1: response 15 minutes. Priority 2: response 1 hour.",
        "Response targets are counted in business hours.",
    )
    assert answer(everything, "support.p1_response").clock == "business"


def test_french_clock_declaration_in_other_words(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Incident bloquant : prise en charge en 30 minutes.",
        "Ces délais courent pendant les heures de service uniquement.",
    )
    assert answer(report, "support.p1_response").clock == "business"


def test_support_hours_spelt_out_in_words(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Le support est joignable de 9 heures à 17 heures, du lundi au vendredi."
    )
    assert values(report, "support.hours_defined", "support_window") == ["Mon-Fri 09:00-17:00"]


@pytest.mark.parametrize(
    ("sentence", "criterion", "expected"),
    [
        ("Ces avoirs constituent l'unique indemnisation due par le Prestataire.",
         "liability.sole_remedy", "sole_remedy"),
        ("Hors de cette plage, aucune intervention n'est assurée.", "oncall.p1_out_of_hours",
         "none"),
        ("Vega détruit toutes les copies et en remet une attestation dans un délai de deux mois.",
         "reversibility.deletion_certificate", "certificate_3_months"),
        ("Les prix suivent l'indice Syntec, la hausse annuelle ne pouvant dépasser 3 %.",
         "costs.indexation", "capped_index"),
        ("Le plan de reprise d'activité n'a jamais été testé.", "continuity.plan_tested", "never"),
        ("No service credits are payable under this addendum.", "availability.credit_ladder",
         "none_or_token"),
        ("Le périmètre couvre les serveurs et les postes, sans inventaire joint.",
         "scope.service_catalogue", "list_only"),
        ("Backups are kept on immutable storage in a second region.", "backup.copies",
         "three_two_one_immutable"),
    ],
)  # fmt: skip
def test_other_wordings(catalogue: Catalogue, sentence: str, criterion: str, expected: str) -> None:
    assert answer(analyse(catalogue, sentence), criterion).value == expected


def test_a_deadline_after_the_end_is_not_a_notice_period(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les données sont rendues au plus tard 20 jours après la fin du contrat.",
        "Le contrat peut être dénoncé au plus tard trois mois avant son échéance.",
    )
    assert values(report, "costs.renewal_notice") == [90]
    assert values(report, "reversibility.data_return_days") == [20]


def test_replicating_backups_nightly_is_not_the_backup_frequency(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les serveurs sont sauvegardés toutes les quatre heures.",
        "Une copie des sauvegardes est répliquée chaque nuit sur un second site.",
    )
    assert values(report, "backup.frequency") == [240]


def test_credits_due_without_a_request_are_automatic(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Si la disponibilité est inférieure à 99,5 %, un avoir de 10 % est appliqué.",
        "Les avoirs sont déduits de la facture suivante, sans que le Client ait à en faire la "
        "demande.",
    )
    assert answer(report, "availability.credit_ladder").value == "automatic"


def test_means_with_no_credit_due_is_best_effort(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le Prestataire est tenu à une obligation de moyens.",
        "No service credits are payable under this agreement.",
    )
    assert answer(report, "liability.commitment_nature").value == "best_effort"
