"""Detection on short French and English passages: values normalised, clocks, traps."""

from __future__ import annotations

from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import analyse, answer, values


def test_availability_french_and_english(catalogue: Catalogue) -> None:
    fr = analyse(catalogue, "Le Prestataire s'engage sur une disponibilité mensuelle de 99,9 %.")
    en = analyse(catalogue, "We commit to 99.95% monthly uptime for hosted servers.")
    assert answer(fr, "availability.commitment").value == 99.9
    assert answer(en, "availability.commitment").value == 99.95
    assert answer(en, "availability.commitment").unit == "percent"


def test_a_credit_threshold_is_not_the_commitment(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Si la disponibilité est inférieure à 99,5 %, le Client peut résilier le contrat.",
        "Les avoirs suivants s'appliquent :",
        "- entre 99,0 % et 99,9 % : avoir de 10 % de la redevance mensuelle ;",
        "- inférieure à 95 % : avoir de 50 % de la redevance mensuelle.",
    )
    assert values(report, "availability.commitment") == []
    tiers = [(f.threshold, f.value) for f in report.findings if f.kind == "credit_tier"]
    assert tiers == [(99.9, 10.0), (95.0, 50.0)]


def test_credit_first_ladder_and_cap(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "A service credit of 10% of the monthly fee applies if availability falls below 99.9%. "
        "Credits are applied automatically and capped at 50% of the monthly fee.",
    )
    assert [(f.threshold, f.value) for f in report.findings if f.kind == "credit_tier"] == [
        (99.9, 10.0)
    ]
    assert values(report, "availability.credit_ladder", "credit_cap") == [50.0]
    assert answer(report, "availability.credit_ladder").value == "automatic"


def test_gti_gtr_per_priority_in_business_hours(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est assuré du lundi au vendredi de 9h à 18h.",
        "Incidents P1 : GTI de 4 heures ouvrées, GTR de 8 heures ouvrées. "
        "Incidents P2 : GTI de 1 jour ouvré.",
    )
    p1 = answer(report, "support.p1_response")
    assert (p1.value, p1.unit, p1.clock) == (240, "minutes", "business")
    assert answer(report, "support.p1_restoration").value == 480
    assert answer(report, "support.p2_response").value == 540  # one 9-hour business day
    assert any("business hours" in w.en for w in report.warnings)


def test_english_severities_and_next_business_day(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support hours: Monday to Friday, 8:00 to 18:00.",
        "For SEV1 incidents we respond within 30 minutes and restore service within 4 hours.",
        "Low priority requests receive a response on a next business day basis.",
    )
    assert answer(report, "support.p1_response").value == 30
    assert answer(report, "support.p1_response").clock == "calendar"
    assert answer(report, "support.p1_restoration").value == 240
    p4 = answer(report, "support.p4_response")
    assert (p4.value, p4.clock) == (600, "business")


def test_delay_first_wording_and_j_plus_one(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Délai d'intervention : 2 heures pour la priorité 1 et J+1 pour la priorité 2."
    )
    assert answer(report, "support.p1_response").value == 120
    p2 = answer(report, "support.p2_response")
    assert (p2.value, p2.clock) == (1440, "calendar")


def test_times_of_day_are_not_delays(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Incidents P1 : intervention de 9h à 18h, du lundi au vendredi.")
    assert values(report, "support.p1_response") == []


def test_support_hours_8x5_and_24_7(catalogue: Catalogue) -> None:
    window = analyse(catalogue, "Our help desk is open 8x5 for all requests.")
    assert values(window, "support.hours_defined", "support_window") == ["Mon-Fri 09:00-17:00"]
    always = analyse(catalogue, "Le centre de support est joignable 24/7, jours fériés compris.")
    assert answer(always, "support.hours_defined").value == "extended_p1_247"
    assert answer(always, "oncall.p1_out_of_hours").value == "included_same_sla"


def test_monitoring_round_the_clock_is_not_support(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Our monitoring platform watches your servers 24/7.",
        "Support is available Monday to Friday, 9am to 5pm.",
    )
    assert answer(report, "support.hours_defined").value == "business_defined"
    assert answer(report, "oncall.monitoring_vs_action").value == "monitoring_only_written"


def test_no_on_call_is_an_explicit_finding(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Aucune astreinte n'est assurée en dehors des heures ouvrées.")
    assert answer(report, "oncall.p1_out_of_hours").value == "none"


def test_liability_cap_as_months_of_fees(catalogue: Catalogue) -> None:
    fr = analyse(
        catalogue,
        "La responsabilité du Prestataire est plafonnée au montant des sommes versées au cours "
        "des douze derniers mois.",
    )
    en = analyse(catalogue, "Liability shall not exceed twice the annual fees.")
    one = analyse(catalogue, "Our liability is limited to one month's fees.")
    assert answer(fr, "liability.cap").value == 12 and answer(fr, "liability.cap").unit == "months"
    assert answer(en, "liability.cap").value == 24
    assert answer(one, "liability.cap").value == 1


def test_sole_remedy_and_its_negation(catalogue: Catalogue) -> None:
    en = analyse(catalogue, "Service credits are the sole and exclusive remedy of Customer.")
    fr = analyse(catalogue, "Les pénalités ont un caractère forfaitaire et libératoire.")
    negated = analyse(catalogue, "Les pénalités ne sont pas libératoires.")
    assert answer(en, "liability.sole_remedy").value == "sole_remedy"
    assert answer(fr, "liability.sole_remedy").value == "sole_remedy"
    assert answer(negated, "liability.sole_remedy").value == "penalties_plus_damages"


def test_commitment_nature(catalogue: Catalogue) -> None:
    targets = analyse(catalogue, "These service levels are targets, not guarantees.")
    result = analyse(catalogue, "Le Prestataire est tenu à une obligation de résultat.")
    means = analyse(catalogue, "Le Prestataire est tenu à une obligation de moyens.")
    assert answer(targets, "liability.commitment_nature").value == "best_effort"
    assert any("targets" in w.en for w in targets.warnings)
    assert answer(result, "liability.commitment_nature").value == "result"
    assert answer(means, "liability.commitment_nature").value == "best_effort"  # no penalties


def test_term_tacit_renewal_and_notice(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le contrat est conclu pour une durée initiale de trente-six (36) mois. Il est reconduit "
        "tacitement par périodes successives de trente-six mois, sauf dénonciation par lettre "
        "recommandée avec un préavis de trois mois avant l'échéance.",
    )
    assert answer(report, "costs.initial_term").value == 36
    notice = answer(report, "costs.renewal_notice")
    assert (notice.value, notice.unit) == (90, "days")
    assert answer(report, "costs.tacit_renewal").value == "multi_year"
    assert values(report, "costs.tacit_renewal", "renewal_period") == [36]


def test_reversibility_data_return_and_exit(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "La réversibilité est assurée quelle que soit la cause de la fin du contrat.",
        "Les données sont restituées dans un délai de 30 jours dans des formats ouverts.",
        "Customer data will be returned within four (4) weeks.",
    )
    assert answer(report, "reversibility.any_cause").value == "any_time"
    assert sorted(values(report, "reversibility.data_return_days")) == [28, 30]
    assert any(c.criterion == "reversibility.data_return_days" for c in report.conflicts)


def test_security_backup_continuity_and_indexation(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Tous les accès sont protégés par une authentification multifacteur avec clés FIDO2.",
        "A restore test is performed every quarter.",
        "RTO de 4 heures et RPO d'une heure.",
        "Les prix sont indexés sur l'indice Syntec, dans la limite de 3 % par an.",
        "Nous pouvons sous-traiter librement tout ou partie des prestations.",
        "Customer data is hosted in the United States.",
    )
    assert answer(report, "security.mfa").value == "enforced_phishing_resistant"
    assert answer(report, "backup.restore_tests").value == "quarterly_or_better"
    assert answer(report, "continuity.rto").value == 240
    assert answer(report, "continuity.rpo").value == 60
    assert answer(report, "costs.indexation").value == "capped_index"
    assert answer(report, "scope.subcontracting").value == "unrestricted"
    assert answer(report, "data.location").value == "unknown_or_non_eu"


def test_two_different_p1_times_are_a_conflict(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Incidents P1 : GTI de 1 heure.",
        "Annexe : pour les incidents P1, la GTI est de 4 heures.",
    )
    [conflict] = [c for c in report.conflicts if c.criterion == "support.p1_response"]
    assert sorted(conflict.values) == [60, 240]  # type: ignore[type-var]
    assert conflict.locations == ("§ 1", "§ 2")


def test_silence_is_not_a_finding_but_listed_as_missing(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Le support est assuré du lundi au vendredi de 9h à 18h.")
    assert not report.has_finding("reversibility.any_cause")
    assert "reversibility.any_cause" in report.missing
    assert "security.mfa" in report.missing


def test_analysis_is_deterministic(catalogue: Catalogue) -> None:
    text = (
        "Incidents P1 : GTI de 4 heures ouvrées. Disponibilité garantie de 99,9 %. "
        "Responsabilité limitée à 3 mois de redevance."
    )
    assert analyse(catalogue, text) == analyse(catalogue, text)


def test_repeated_sentences_are_found_once(catalogue: Catalogue) -> None:
    clause = "Le Prestataire s'engage sur une disponibilité mensuelle de 99,5 %."
    report = analyse(catalogue, clause, clause, clause)
    assert [f.location for f in report.answers()] == ["§ 1"]
