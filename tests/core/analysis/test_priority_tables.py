"""Priority tables read by their structure: lettered levels, levels by row position, a
measure given by the sentence that introduces the table, tables flattened into lines.

Every sentence here is written for the test, in several wordings and both languages.
"""

from __future__ import annotations

import pytest

from slaeval.analysis import analyze_text
from slaeval.analysis.document import Block, DocumentText
from slaeval.analysis.model import AnalysisReport
from slaeval.criteria import Catalogue
from tests.core.analysis.helpers import support_times, values


def _document(catalogue: Catalogue, *lines: str | tuple[str], pdf: bool = False) -> AnalysisReport:
    """Paragraphs, and table rows given as 1-tuples (one table: "tab. 1, l. n"; ``pdf``:
    every block located by its page only, as a PDF's are)."""
    blocks: list[Block] = []
    row = 1
    for number, line in enumerate(lines, start=1):
        if isinstance(line, tuple):
            row += 1
            location = "p. 1" if pdf else f"tab. 1, l. {row}"
            blocks.append(Block(line[0], location, table_row=True))
        else:
            blocks.append(Block(line, "p. 1" if pdf else f"§ {number}"))
    document = DocumentText(blocks=blocks, pages=1, kind="text", name="t.txt")
    return analyze_text(document, catalogue)


# --- 1. Levels named by a letter -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Sev A incidents are answered within 20 minutes and resolved within 3 hours.",
            {"p1_response": [20], "p1_restoration": [180]},
        ),
        (
            "Priorité B : prise en charge sous 2 heures, rétablissement sous 6 heures.",
            {"p2_response": [120], "p2_restoration": [360]},
        ),
        (
            "Niveau C – gêne mineure : intervention sous 8 heures.",
            {"p3_response": [480]},
        ),
    ],
)
def test_a_lettered_level_is_a_priority(
    catalogue: Catalogue, sentence: str, expected: dict[str, list[object]]
) -> None:
    assert support_times(_document(catalogue, sentence)) == expected


def test_a_letter_after_priority_that_is_a_word_is_no_level(catalogue: Catalogue) -> None:
    report = _document(
        catalogue, "La priorité a la main sur le planning : intervention sous 4 heures."
    )
    assert support_times(report) == {}


# --- 2. Levels by row position ---------------------------------------------------------------


def test_an_unknown_level_name_follows_the_row_above(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        ("Niveau d'impact : Critique | Délai d'intervention : 30 minutes | Rétablissement : 4 h",),
        ("Niveau d'impact : Important | Délai d'intervention : 2 h | Rétablissement : 8 h",),
        ("Niveau d'impact : Gêne | Délai d'intervention : 4 h | Rétablissement : 16 h",),
    )
    assert support_times(report)["p3_response"] == [240]
    assert support_times(report)["p3_restoration"] == [960]


def test_levels_no_rule_knows_are_read_in_row_order(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        ("Impact : Whole site down | Time to respond : 15 minutes | Time to restore : 2 hours",),
        ("Impact : Team blocked | Time to respond : 1 hour | Time to restore : 6 hours",),
        ("Impact : One user | Time to respond : 4 hours | Time to restore : 24 hours",),
    )
    assert support_times(report) == {
        "p1_response": [15],
        "p1_restoration": [120],
        "p2_response": [60],
        "p2_restoration": [360],
        "p3_response": [240],
        "p3_restoration": [1440],
    }


def test_a_service_tier_column_gives_no_level(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        ("Niveau de service : Or | Délai d'intervention : 1 h | Rétablissement : 4 h",),
        ("Niveau de service : Argent | Délai d'intervention : 4 h | Rétablissement : 8 h",),
    )
    assert support_times(report) == {}


# --- 3. The measure named by the sentence before the table -----------------------------------


@pytest.mark.parametrize(
    ("lead_in", "metric"),
    [
        ("The provider commits to the following response times:", "response"),
        ("Délais de rétablissement garantis :", "restoration"),
        ("Les délais de prise en charge sont les suivants :", "response"),
    ],
)
def test_a_table_takes_the_measure_its_lead_in_names(
    catalogue: Catalogue, lead_in: str, metric: str
) -> None:
    report = _document(
        catalogue,
        lead_in,
        ("Priorité : P1 | Contrat de base : 2 h | Contrat étendu : 1 h",),
        ("Priorité : P2 | Contrat de base : 8 h | Contrat étendu : 4 h",),
    )
    assert support_times(report) == {f"p1_{metric}": [120], f"p2_{metric}": [480]}


def test_a_lead_in_naming_both_measures_gives_none(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Response and restoration times:",
        ("Priority : P1 | Standard : 2 h | Extended : 1 h",),
    )
    assert support_times(report) == {}


# --- 4. Tables flattened into lines or one paragraph -----------------------------------------


def test_a_table_split_into_one_line_per_cell(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Severity",
        "What it means",
        "Time to respond",
        "Time to fix",
        "Sev 1 – Outage",
        "Nobody can work and no workaround exists 30 minutes",
        "4 hours",
        "Sev 2 – Degraded",
        "A critical function is slow 2 hours",
        "1 day",
        "3. Reporting",
    )
    assert support_times(report) == {
        "p1_response": [30],
        "p1_restoration": [240],
        "p2_response": [120],
        "p2_restoration": [1440],
    }


@pytest.mark.parametrize(
    "paragraph",
    [
        "Niveau Description Délai d'intervention Délai de résolution P1 Urgent Production "
        "arrêtée sans contournement 1 heure 6 heures P2 Important Service dégradé 4 heures "
        "12 heures",
        "Priority Impact Engagement time Restore time P1 Critical site down, no workaround "
        "1 hour 6 hours P2 High degraded service 4 hours 12 hours",
    ],
)
def test_a_table_joined_into_one_paragraph(catalogue: Catalogue, paragraph: str) -> None:
    assert support_times(_document(catalogue, paragraph)) == {
        "p1_response": [60],
        "p1_restoration": [360],
        "p2_response": [240],
        "p2_restoration": [720],
    }


def test_prose_after_a_heading_is_not_a_table(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Priority levels, response and restoration:",
        "P1: we restore the service within 4 hours and respond within 30 minutes.",
        "P2: we respond within 2 hours.",
    )
    assert support_times(report) == {
        "p1_response": [30],
        "p1_restoration": [240],
        "p2_response": [120],
    }


# --- 5. A delay an option promises -----------------------------------------------------------


@pytest.mark.parametrize(
    ("base", "option", "criterion", "minutes"),
    [
        (
            "P2: restoration within 8 hours.",
            "Customer may order the optional Rapid Fix service, under which P2 incidents are "
            "restored within 2 hours.",
            "p2_restoration",
            [480],
        ),
        (
            "Priorité 1 : prise en charge sous 2 heures.",
            "Avec l'option Confort, la prise en charge des incidents de priorité 1 passe à "
            "30 minutes.",
            "p1_response",
            [120],
        ),
        (
            "P1: response within 1 hour.",
            "Fast Track is an add-on that brings the P1 response down to 15 minutes.",
            "p1_response",
            [60],
        ),
        (
            "P1 : intervention sous 1 heure ; le client peut souscrire une option de "
            "rétablissement accéléré.",
            "Le rapport mensuel détaille les tickets.",
            "p1_response",
            [60],
        ),
    ],
)
def test_a_delay_an_option_promises_is_not_the_contracts(
    catalogue: Catalogue, base: str, option: str, criterion: str, minutes: list[object]
) -> None:
    report = _document(catalogue, base, option)
    assert support_times(report)[criterion] == minutes


# --- 6. A delay after a failure condition is a threshold or a next step ----------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "P1 : rétablissement sous 4 heures.",
                "S'il n'est pas rétabli au bout de 8 heures, le directeur technique est prévenu.",
            ),
            {"p1_restoration": [240]},
        ),
        (
            (
                "Critical incidents are resolved within 6 hours; if a fix is not possible "
                "remotely, an engineer attends on site within 24 hours.",
            ),
            {"p1_restoration": [360]},
        ),
        (
            (
                "Incident urgent : je réponds sous 1 heure. Si je ne peux pas régler le "
                "problème à distance, intervention chez vous sous 2 jours.",
            ),
            {"p1_response": [60]},
        ),
    ],
)
def test_a_delay_after_a_failure_condition_is_no_target(
    catalogue: Catalogue, paragraphs: tuple[str, ...], expected: dict[str, list[object]]
) -> None:
    assert support_times(_document(catalogue, *paragraphs)) == expected


# --- 7. A lead-in that says the delays below count in support hours --------------------------


@pytest.mark.parametrize(
    "lead_in",
    [
        "Nos délais, calculés sur les heures d'ouverture du support :",
        "Mes délais se comptent sur mes horaires :",
        "All targets below are counted over business hours:",
    ],
)
def test_a_lead_in_declares_the_business_clock(catalogue: Catalogue, lead_in: str) -> None:
    report = _document(catalogue, lead_in, "P1: response within 2 hours.")
    found = [f for f in report.findings if f.criterion == "support.p1_response"]
    assert [(f.value, f.clock) for f in found] == [(120, "business")]


def test_a_french_problem_named_by_its_severity_is_a_level(catalogue: Catalogue) -> None:
    report = _document(catalogue, "Problème bloquant : prise en charge sous 1 heure.")
    assert support_times(report) == {"p1_response": [60]}


# --- 8. Round-the-clock cover an offer table sells -------------------------------------------


def _answers(report: AnalysisReport, criterion: str) -> list[object]:
    return values(report, criterion)


def test_a_priced_offer_line_for_24_7_is_a_paid_option(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Le support est joignable du lundi au vendredi de 9h à 18h.",
        ("Formule : Essentiel | Couverture : heures ouvrées | Prix : inclus",),
        ("Formule : Sérénité | Couverture : 24/7 pour les P1 | Prix : 300 € par mois",),
    )
    assert _answers(report, "oncall.p1_out_of_hours") == ["paid_option"]
    assert _answers(report, "oncall.pricing") == ["flat_or_included"]
    assert "extended_p1_247" not in _answers(report, "support.hours_defined")


def test_a_column_named_after_an_option_is_not_the_contracts_cover(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Our service desk is open Monday to Friday, 8:00 to 18:00.",
        "Night Watch is an add-on, charged separately.",
        ("Priority : P1 | Standard : 2 business hours | Night Watch : 1 hour, 24/7",),
    )
    assert _answers(report, "oncall.p1_out_of_hours") == ["paid_option"]
    assert "extended_p1_247" not in _answers(report, "support.hours_defined")


def test_a_24_7_row_with_no_price_and_no_option_is_the_contracts(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Le centre de support est ouvert du lundi au vendredi de 8h à 18h.",
        ("Priorité : P1 | Couverture : 24/7 | Intervention : 1 h",),
    )
    assert "extended_p1_247" in _answers(report, "support.hours_defined")


def test_office_hours_in_french_are_the_support_window(catalogue: Catalogue) -> None:
    report = _document(catalogue, "Heures de bureau : du lundi au vendredi de 8h30 à 17h30.")
    assert values(report, "support.hours_defined", "support_window") == ["Mon-Fri 08:30-17:30"]


# --- 9. Round-the-clock watching, spelled out or far from its subject ------------------------


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (
            (
                "Le support est joignable du lundi au vendredi de 8h à 18h.",
                "Nos équipes surveillent les serveurs, les routeurs, les baies de stockage et "
                "les pare-feu vingt-quatre heures sur vingt-quatre, sept jours sur sept. Les "
                "alertes reçues hors des heures ouvrées sont traitées le jour ouvré suivant.",
            ),
            "monitoring_only_written",
        ),
        (
            (
                "Our security operations centre monitors the endpoints, the mail gateway, the "
                "VPN concentrators and the firewalls twenty-four hours a day. Its analysts are "
                "on duty at all times and act on every alert.",
            ),
            "both_stated_247",
        ),
        (
            (
                "Le SOC supervise les postes, les serveurs, la messagerie et les accès distants "
                "24h/24 ; ses analystes interviennent à toute heure.",
            ),
            "both_stated_247",
        ),
    ],
)
def test_round_the_clock_watching_is_read_whatever_its_wording(
    catalogue: Catalogue, paragraphs: tuple[str, ...], expected: str
) -> None:
    report = _document(catalogue, *paragraphs)
    assert values(report, "oncall.monitoring_vs_action") == [expected]
    assert "extended_p1_247" not in values(report, "support.hours_defined")


# --- 10. Levels defined in words -------------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        (
            "- Incident critique (la production est arrêtée sur tout le site) : intervention "
            "sous 1 heure.",
            "- Incident mineur (un poste gêné, contournement possible) : intervention sous 1 jour.",
        ),
        (
            "P1 – the whole service is down for everyone.",
            "P2 – part of the service is slow or unreliable.",
        ),
        (
            (
                "Level : Sev 1 | Description : the platform cannot be reached at all "
                "| Response : 1 h",
            ),
            (
                "Level : Sev 2 | Description : some features fail for some customers "
                "| Response : 4 h",
            ),
        ),
    ],
)
def test_levels_defined_in_words_are_written_definitions(
    catalogue: Catalogue, lines: tuple[str | tuple[str], ...]
) -> None:
    report = _document(catalogue, *lines)
    assert values(report, "support.priority_definitions") == ["written"]


def test_levels_with_only_a_delay_are_not_defined(catalogue: Catalogue) -> None:
    report = _document(catalogue, "P1 : intervention sous 1 heure.", "P2 : intervention sous 4 h.")
    assert values(report, "support.priority_definitions") == []


# --- 11. Escalation by time to a named role, without the word "escalation" -------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Si un incident critique n'est pas résolu sous une journée, il est signalé au "
            "directeur technique.",
            ["time_based_named"],
        ),
        (
            "If a P1 is not restored within half a day, the duty manager is notified and "
            "takes charge.",
            ["time_based_named"],
        ),
        (
            "Lorsqu'une panne n'est pas réglée au bout d'un jour ouvré, le responsable "
            "d'exploitation en informe le client.",
            ["time_based_named"],
        ),
        (
            "Si le client n'est pas satisfait, il peut écrire au responsable commercial.",
            [],
        ),
    ],
)
def test_escalation_by_time_to_a_named_role(
    catalogue: Catalogue, sentence: str, expected: list[object]
) -> None:
    assert values(_document(catalogue, sentence), "support.escalation") == expected


# --- 12. What the client can see is a measurement only when it is about tickets or times -----


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Le client consulte à tout moment sur le portail l'horodatage de ses tickets.",
            ["tool_client_visible"],
        ),
        (
            "The customer can view every incident and its timestamps in the service desk portal.",
            ["tool_client_visible"],
        ),
        (
            "Les plans du réseau et l'inventaire sont accessibles au client sur le portail.",
            [],
        ),
        ("The customer can access the contract documents on the portal.", []),
    ],
)
def test_a_client_visible_portal_measures_only_tickets_andsupport_times(
    catalogue: Catalogue, sentence: str, expected: list[object]
) -> None:
    assert values(_document(catalogue, sentence), "support.sla_measurement") == expected


# --- 13. More ways of writing a priority table -----------------------------------------------


def test_two_delays_in_one_cell_split_by_a_slash(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Niveau : prise en charge / rétablissement",
        "Critique : 1 h / 4 h",
        "Majeur : 2 h / 8 h",
    )
    assert support_times(report) == {
        "p1_response": [60],
        "p1_restoration": [240],
        "p2_response": [120],
        "p2_restoration": [480],
    }


def test_round_the_clock_ratios_are_still_no_delays(catalogue: Catalogue) -> None:
    report = _document(catalogue, "P1 : support 24 h/24 et 7j/7, intervention sous 2 h.")
    assert support_times(report) == {"p1_response": [120]}


def test_a_flattened_table_with_two_columns_of_one_measure(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Severity",
        "Description",
        "Acknowledgement",
        "Workaround",
        "Final fix",
        "Sev 1",
        "Production down 15 min",
        "2 h",
        "8 h",
        "Sev 2",
        "Degraded 1 h",
        "8 h",
        "3 days",
    )
    assert support_times(report) == {
        "p1_response": [15],
        "p1_restoration": [120],
        "p2_response": [60],
        "p2_restoration": [480],
    }


def test_a_lettered_level_before_its_description_in_brackets(catalogue: Catalogue) -> None:
    report = _document(
        catalogue, "Severity B (degraded service): response 1 hour, restoration 6 hours."
    )
    assert support_times(report) == {"p2_response": [60], "p2_restoration": [360]}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ("Délais de résolution :", "- P1 : 4 heures", "- P2 : 8 heures"),
            {"p1_restoration": [240], "p2_restoration": [480]},
        ),
        (
            ("Our response times:", "• Sev 1 – 30 minutes", "• Sev 2 – 2 hours"),
            {"p1_response": [30], "p2_response": [120]},
        ),
        (
            (
                "Resolution times",
                ("Priority : P1 | Target : 4 hours",),
                ("Priority : P2 | Target : 8 hours",),
            ),
            {"p1_restoration": [240], "p2_restoration": [480]},
        ),
    ],
)
def test_list_items_take_the_measure_of_their_lead_in(
    catalogue: Catalogue, lines: tuple[str | tuple[str], ...], expected: dict[str, list[object]]
) -> None:
    assert support_times(_document(catalogue, *lines)) == expected


def test_list_items_after_a_lead_in_naming_no_measure_give_nothing(catalogue: Catalogue) -> None:
    report = _document(catalogue, "Nos engagements :", "- P1 : 4 heures", "- P2 : 8 heures")
    assert support_times(report) == {}


def test_a_first_person_plural_takes_charge(catalogue: Catalogue) -> None:
    report = _document(
        catalogue, "Nous prenons en charge les incidents critiques dans un délai de deux heures."
    )
    assert support_times(report) == {"p1_response": [120]}


# --- 14. More ways of naming a level ---------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "criterion"),
    [
        ("Incident de niveau 1 : intervention sous 1 heure.", "p1_response"),
        ("Level 3 incidents: response within 1 hour.", "p3_response"),
        ("Catégorie 2 : prise en charge sous 1 heure.", "p2_response"),
        ("Priority Two: response within 1 hour.", "p2_response"),
        ("Priorité III : prise en charge sous 1 heure.", "p3_response"),
        ("S1 incidents are answered within 1 hour.", "p1_response"),
    ],
)
def test_more_level_namings(catalogue: Catalogue, sentence: str, criterion: str) -> None:
    assert support_times(_document(catalogue, sentence)) == {criterion: [60]}


@pytest.mark.parametrize(
    "sentence",
    [
        "Le support de niveau 2 : un expert intervient sous 4 heures.",
        "Level 2 support engineers respond within 4 hours.",
        "Our niveau 3 engineers take over within 4 hours.",
    ],
)
def test_a_support_tier_is_no_priority_level(catalogue: Catalogue, sentence: str) -> None:
    assert support_times(_document(catalogue, sentence)) == {}


@pytest.mark.parametrize(
    "statement",
    [
        "Les délais sont suspendus en dehors des plages de support.",
        "Le décompte des délais ne court que pendant les heures d'ouverture du support.",
        "The SLA clock is paused outside support hours.",
    ],
)
def test_a_clock_that_stops_outside_support_hours_is_the_business_clock(
    catalogue: Catalogue, statement: str
) -> None:
    report = _document(
        catalogue,
        "Le support est ouvert du lundi au vendredi de 9h à 18h.",
        statement,
        "P1 : prise en charge sous 2 heures.",
    )
    found = [f for f in report.findings if f.criterion == "support.p1_response"]
    assert [(f.value, f.clock) for f in found] == [(120, "business")]


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Priority levels, response and resolution times are set out below.",
            "P1 incidents are restored within 4 hours and answered within 1 hour.",
            "P2 incidents are restored within 1 day and answered within 4 hours.",
        ),
        (
            "Priorité, délais de prise en charge et de rétablissement :",
            "P1 : rétablissement sous 4 h, prise en charge sous 1 h.",
            "P2 : rétablissement sous 1 jour, prise en charge sous 4 h.",
        ),
    ],
)
def test_prose_in_another_order_than_its_heading_is_read_as_prose(
    catalogue: Catalogue, lines: tuple[str, ...]
) -> None:
    assert support_times(_document(catalogue, *lines)) == {
        "p1_response": [60],
        "p1_restoration": [240],
        "p2_response": [240],
        "p2_restoration": [1440],
    }


def test_a_category_column_of_equipment_gives_no_level(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        ("Catégorie : Serveurs | Délai d'intervention : 4 h",),
        ("Catégorie : Postes de travail | Délai d'intervention : 8 h",),
        ("Catégorie : Imprimantes | Délai d'intervention : 2 jours",),
    )
    assert support_times(report) == {}


@pytest.mark.parametrize(
    "lines",
    [
        (
            "Criticité Description GTI GTR",
            "Critique Arrêt complet du site 1 h 4 h",
            "Majeure Service dégradé 2 h 8 h",
        ),
        ("Severity", "Example", "Response", "Fix", "Urgent", "Mail is down", "1 hour", "4 hours",
         "High", "One team is slowed", "2 hours", "8 hours"),
    ],
)  # fmt: skip
def test_flattened_rows_that_open_on_a_level_word(
    catalogue: Catalogue, lines: tuple[str, ...]
) -> None:
    times = support_times(_document(catalogue, *lines))
    assert times["p1_response"] == [60]
    assert times["p1_restoration"] == [240]
    assert times["p2_response"] == [120]
    assert times["p2_restoration"] == [480]


# --- 15. Rows in order, whatever their level words say; tables as a PDF reader gives them ----


def test_rows_in_order_when_two_level_words_rank_alike(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        ("Gravité : Bloquante | Délai d'intervention : 1 h | Délai de rétablissement : 4 h",),
        ("Gravité : Majeure | Délai d'intervention : 2 h | Délai de rétablissement : 8 h",),
        ("Gravité : Gênante | Délai d'intervention : 4 h | Délai de rétablissement : 16 h",),
        ("Gravité : Demande | Délai d'intervention : 8 h | Délai de rétablissement : 40 h",),
    )
    assert [support_times(report)[f"p{n}_response"] for n in (1, 2, 3)] == [[60], [120], [240]]
    # a last row for requests is no priority level (CONVENTIONS.md, "Priority levels")
    assert "p4_response" not in support_times(report)


def test_a_pdf_table_with_its_first_row_on_the_heading_line(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Gravité Exemples Délai d'intervention Délai de rétablissement Bloquante Plus rien "
        "ne fonctionne 1 heure 4 heures",
        ("Majeure | Un service ralenti | 2 heures | 8 heures",),
        ("Gênante | Un poste gêné | 4 heures | 16 heures",),
        pdf=True,
    )
    assert support_times(report) == {
        "p1_response": [60],
        "p1_restoration": [240],
        "p2_response": [120],
        "p2_restoration": [480],
        "p3_response": [240],
        "p3_restoration": [960],
    }


def test_pdf_rows_located_by_page_form_one_table(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        ("Impact : Whole site | Time to respond : 20 minutes | Time to restore : 3 hours",),
        ("Impact : One team | Time to respond : 1 hour | Time to restore : 8 hours",),
        pdf=True,
    )
    assert support_times(report) == {
        "p1_response": [20],
        "p1_restoration": [180],
        "p2_response": [60],
        "p2_restoration": [480],
    }


# --- 16. Delays written more ways ------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("P1: response within 4 (four) hours.", (240, "calendar")),
        ("P1 : prise en charge sous 2 heures (heures ouvrées).", (120, "business")),
        ("P1: response within 4 hours (business hours).", (240, "business")),
        ("P1 : intervention sous ½ journée ouvrée.", (270, "business")),
        ("P1: response NBD.", (540, "business")),
    ],
)
def test_delays_written_more_ways(
    catalogue: Catalogue, sentence: str, expected: tuple[int, str]
) -> None:
    found = [
        (f.value, f.clock)
        for f in _document(catalogue, sentence).findings
        if f.criterion == "support.p1_response"
    ]
    assert found == [expected]


# --- 17. On-call stated under its own title --------------------------------------------------


@pytest.mark.parametrize(
    ("title", "sentence", "expected"),
    [
        (
            "Article 7 – Astreinte",
            "Elle est incluse dans la redevance et couvre les incidents bloquants la nuit.",
            "included_same_sla",
        ),
        ("8. On-call", "This service is not provided.", "none"),
        (
            "8. Out-of-hours cover",
            "Available for P1 incidents at 250 EUR per call-out.",
            "paid_option",
        ),
    ],
)
def test_on_call_stated_under_its_own_title(
    catalogue: Catalogue, title: str, sentence: str, expected: str
) -> None:
    report = _document(
        catalogue, "Support hours are 9:00 to 17:00, Monday to Friday.", title, sentence
    )
    assert values(report, "oncall.p1_out_of_hours") == [expected]


def test_level_words_sharing_one_noun(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Les incidents critiques et majeurs sont pris en charge respectivement sous 1 heure et "
        "4 heures.",
    )
    assert support_times(report) == {"p1_response": [60], "p2_response": [240]}


@pytest.mark.parametrize(
    ("sentence", "criterion", "expected"),
    [
        (
            "Le client dispose d'un accès en lecture au tableau de bord des SLA.",
            "support.sla_measurement",
            ["tool_client_visible"],
        ),
        (
            "The provider sends a monthly report and gives the customer access to a live "
            "dashboard.",
            "support.sla_measurement",
            [],
        ),
        (
            "Au-delà de 2 heures sans rétablissement d'un incident P1, le directeur des "
            "opérations est informé.",
            "support.escalation",
            ["time_based_named"],
        ),
    ],
)
def test_measurement_and_escalation_wordings(
    catalogue: Catalogue, sentence: str, criterion: str, expected: list[object]
) -> None:
    assert values(_document(catalogue, sentence), criterion) == expected


def test_a_text_table_joined_into_one_paragraph_with_worded_rows(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Niveau Situation Délai d'intervention Délai de remise en service Urgent Serveur "
        "à l'arrêt 2 heures 6 heures Important Imprimante partagée en panne 4 heures 2 jours "
        "Normal Question ponctuelle 1 jour 5 jours",
        "Article 5 - Astreinte",
        "Aucune astreinte : les demandes du soir sont traitées le jour ouvré suivant.",
    )
    assert support_times(report) == {
        "p1_response": [120],
        "p1_restoration": [360],
        "p2_response": [240],
        "p2_restoration": [2880],
        "p3_response": [1440],
        "p3_restoration": [7200],
    }


@pytest.mark.parametrize(
    "statement",
    [
        "P1 targets apply 24/7; the other targets run in Support Hours only.",
        "Les délais P1 courent 24h/24 ; les autres délais se comptent en heures ouvrées.",
    ],
)
def test_the_other_levels_count_in_business_hours(catalogue: Catalogue, statement: str) -> None:
    report = _document(
        catalogue,
        "Support hours: Monday to Friday, 9:00 to 17:00.",
        statement,
        "P1: response within 1 hour. P2: response within 2 hours.",
    )
    clocks = {f.criterion: f.clock for f in report.findings if f.criterion.startswith("support.p")}
    assert clocks == {"support.p1_response": "calendar", "support.p2_response": "business"}


@pytest.mark.parametrize(
    "lines",
    [
        ("Severity 1 (Critical)", "The Provider responds within 15 minutes.",
         "It restores the service within 4 hours."),
        ("Incidents critiques", "Définition : arrêt complet de la production.",
         "Délai de prise en charge : 15 minutes. Délai de rétablissement : 4 heures."),
    ],
)  # fmt: skip
def test_a_heading_a_few_paragraphs_up_gives_the_level(
    catalogue: Catalogue, lines: tuple[str, ...]
) -> None:
    assert support_times(_document(catalogue, *lines)) == {
        "p1_response": [15],
        "p1_restoration": [240],
    }


def test_a_paragraph_naming_its_own_level_stops_the_heading(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Severity 1 (Critical)",
        "Severity 2 incidents, where a service is degraded for a group of users, are "
        "described in the annex to this schedule.",
        "The Provider responds within 15 minutes.",
    )
    assert support_times(report) == {}


def test_y_compris_under_an_on_call_title_is_no_price(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "2. Centre de services et astreinte",
        "Le centre de services est joignable 24 heures sur 24, y compris les jours fériés.",
    )
    # no price read in "y compris": at most what the round-the-clock cover implies
    # (oncall_implied.py, confidence 0.55), never a rule's flat fee
    found = [f for f in report.findings if f.criterion == "oncall.pricing"]
    assert all(f.confidence == 0.55 for f in found), found


@pytest.mark.parametrize(
    "watch",
    [
        "Vos serveurs sont supervisés en permanence par notre plateforme.",
        "Our platform monitors your servers continuously.",
        "La supervision fonctionne sans interruption.",
    ],
)
def test_continuous_watching_with_action_in_support_hours(catalogue: Catalogue, watch: str) -> None:
    report = _document(catalogue, "Le support est ouvert du lundi au vendredi de 9h à 18h.", watch)
    assert values(report, "oncall.monitoring_vs_action") == ["monitoring_only_written"]


def test_a_clock_named_for_one_delay_is_not_the_next_ones(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "P1 incidents: response 1 hour (within Business Hours), restoration 4 hours (24x7).",
    )
    clocks = {
        f.criterion: (f.value, f.clock) for f in report.findings if "support.p" in f.criterion
    }
    assert clocks == {
        "support.p1_response": (60, "business"),
        "support.p1_restoration": (240, "calendar"),
    }


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("En dehors des heures de bureau, le prestataire n'assure aucune permanence.", ["none"]),
        ("Il n'y a pas de permanence le soir ni le week-end.", ["none"]),
        ("Outside business hours there is no standby engineer.", ["none"]),
    ],
)
def test_no_standby_means_no_on_call(
    catalogue: Catalogue, sentence: str, expected: list[object]
) -> None:
    report = _document(
        catalogue, "Le support est ouvert du lundi au vendredi de 9h à 18h.", sentence
    )
    assert values(report, "oncall.p1_out_of_hours") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("If users cannot work, P1: the provider responds within 1 hour.", {"p1_response": [60]}),
        (
            "P1 : lorsque les utilisateurs ne peuvent plus travailler, le prestataire "
            "intervient sous 1 heure.",
            {"p1_response": [60]},
        ),
    ],
)
def test_a_condition_that_defines_the_level_is_no_failure(
    catalogue: Catalogue, sentence: str, expected: dict[str, list[object]]
) -> None:
    assert support_times(_document(catalogue, sentence)) == expected


def test_a_level_word_before_another_shares_its_noun(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "Critical and high incidents are answered within 1 hour and 4 hours respectively.",
    )
    assert support_times(report) == {"p1_response": [60], "p2_response": [240]}


@pytest.mark.parametrize(
    "sentence",
    [
        "High, Medium and Low tickets logged outside Business Hours are picked up at the start "
        "of the next Business Day.",
        "En dehors des heures ouvrées, les demandes de priorité moyenne et basse sont traitées "
        "le jour ouvré suivant.",
    ],
)
def test_the_wait_for_the_desk_to_reopen_is_no_response_time(
    catalogue: Catalogue, sentence: str
) -> None:
    assert support_times(_document(catalogue, sentence)) == {}


def test_a_24_7_after_a_p1_delay_is_p1_cover_not_the_desks(catalogue: Catalogue) -> None:
    report = _document(
        catalogue,
        "The service desk is open Monday to Friday, 8:00 to 18:00.",
        "P1 incidents are handled 24x7 by the duty engineer.",
        "Priority Definition Response Resolution P1 Site down 30 minutes (24x7) 4 hours (24x7) "
        "P2 Site degraded 2 hours 8 hours",
    )
    found = [
        (f.value, f.location)
        for f in report.findings
        if f.criterion == "support.hours_defined" and f.kind == "answer"
    ]
    assert found == [("extended_p1_247", "§ 2")]
    assert values(report, "support.hours_defined", "support_window") == ["Mon-Fri 08:00-18:00"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les indicateurs de niveau de service sont produits par le prestataire.",
        "Service level performance is reported by the Supplier from its own records.",
        "Les délais sont relevés par le prestataire dans son outil de supervision.",
    ],
)
def test_measures_the_provider_alone_produces(catalogue: Catalogue, sentence: str) -> None:
    assert values(_document(catalogue, sentence), "support.sla_measurement") == ["self_declared"]
