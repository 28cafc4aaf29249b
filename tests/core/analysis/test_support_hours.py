"""Support windows and the business day they make, written the ways providers write them.

Every sentence here is made up for the test: times with "a.m." and dots, windows split by a
lunch break, a day length the document states, and business days counted with that day.
"""

from __future__ import annotations

import pytest

from slaeval.analysis.context import DEFAULT_BUSINESS_DAY_MINUTES
from slaeval.analysis.support_window import time_span
from slaeval.criteria import Catalogue
from slaeval.offers import SupportWindow
from tests.core.analysis.helpers import analyse, answer, values


def _window(catalogue: Catalogue, *paragraphs: str) -> list[object]:
    return values(analyse(catalogue, *paragraphs), "support.hours_defined", "support_window")


# --- 1. Times of day ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("8:00 a.m. to 6:00 p.m.", (480, 1080)),
        ("from 8.30am to 6pm", (510, 1080)),
        ("08.30-17.30", (510, 1050)),
        ("de 8 h 30 a 12 h 30", (510, 750)),
        ("de 9h a midi", (540, 720)),
        ("de 9 heures a 17 heures 30", (540, 1050)),
        ("12 pm to 4 pm", (720, 960)),
    ],
)
def test_a_range_of_times_is_read_in_every_usual_form(text: str, span: tuple[int, int]) -> None:
    assert time_span(text) == span


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        ("Support hours run from 8.30am to 6pm, Monday to Friday.", "Mon-Fri 08:30-18:00"),
        (
            '"Office hours" means 7:30 a.m. to 5:00 p.m., Monday through Friday.',
            "Mon-Fri 07:30-17:00",
        ),
        ("Heures ouvrables : 8h30-18h, du lundi au vendredi.", "Mon-Fri 08:30-18:00"),
        ("The service desk is staffed on weekdays, 08.00-17.30.", "Mon-Fri 08:00-17:30"),
        ("Business Hours: 09:00 to 17:00 on a Business Day.", "Mon-Fri 09:00-17:00"),
        ("Support hours: Mon-Fri 0800-1800 GMT.", "Mon-Fri 08:00-18:00"),
        ("Support hours: 8AM-5PM CST, M-F.", "Mon-Fri 08:00-17:00"),
    ],
)
def test_support_windows_in_other_notations(
    catalogue: Catalogue, sentence: str, window: str
) -> None:
    assert _window(catalogue, sentence) == [window]


def test_years_are_no_times_of_day(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "Support is provided Monday to Friday for the years 2024-2026.")
    assert values(report, "support.hours_defined", "support_window") == []


def test_the_days_may_follow_the_hours_in_the_next_sentence(catalogue: Catalogue) -> None:
    # "p.m." followed by a capital ends the sentence: the days are in the next one
    assert _window(
        catalogue,
        '"Support Hours" means 7:00 a.m. to 7:00 p.m. Eastern Time, Monday to Saturday.',
    ) == ["Mon-Sat 07:00-19:00"]


# --- 2. Split windows and breaks ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "L'assistance répond du lundi au vendredi de 8h à 12h et de 14h à 18h.",
        "Service desk hours: 08:00-12:00 and 14:00-18:00, Monday to Friday.",
        "Le helpdesk est ouvert le matin de 8h à 12h et l'après-midi de 14h à 18h, "
        "du lundi au vendredi.",
        "Support : du lundi au vendredi, 8h-12h / 14h-18h.",
    ],
)
def test_a_window_split_in_two_spans_the_day_but_counts_its_open_hours(
    catalogue: Catalogue, sentence: str
) -> None:
    report = analyse(catalogue, sentence, "P4 : prise en charge sous 2 jours ouvrés.")
    assert values(report, "support.hours_defined", "support_window") == ["Mon-Fri 08:00-18:00"]
    assert answer(report, "support.p4_response").value == 2 * 8 * 60


@pytest.mark.parametrize(
    "paragraph",
    [
        "Le support est joignable du lundi au vendredi de 9h à 18h, avec une pause déjeuner "
        "de 12h30 à 13h30.",
        "The help desk is open Monday to Friday, 9:00 to 18:00 (closed for lunch between "
        "12:30 and 13:30).",
        "The help desk is open Monday to Friday, 9:00 to 18:00. It is closed from 12:30 to 13:30.",
    ],
)
def test_a_lunch_break_is_taken_off_the_business_day(catalogue: Catalogue, paragraph: str) -> None:
    report = analyse(catalogue, paragraph, "Severity 3: resolution within 3 business days.")
    assert values(report, "support.hours_defined", "support_window") == ["Mon-Fri 09:00-18:00"]
    assert answer(report, "support.p3_restoration").value == 3 * 8 * 60


def test_another_days_hours_are_not_joined_to_the_weekday_window(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est ouvert du lundi au vendredi de 8h à 18h, et le samedi de 9h à 12h.",
        "P3 : résolution sous 1 jour ouvré.",
    )
    assert values(report, "support.hours_defined", "support_window") == ["Mon-Fri 08:00-18:00"]
    assert answer(report, "support.p3_restoration").value == 600


# --- 3. How long a business day is ----------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "minutes"),
    [
        ("Each Working Day counts as seven and a half hours; see below.", None),
        ("A Working Day is equal to 7 Business Hours.", 420),
        ("Un jour ouvré équivaut à huit heures ouvrées.", 480),
        ("Pour le calcul des délais, une journée ouvrée correspond à 7 heures.", 420),
        ("1 jour ouvré = 10 heures ouvrées.", 600),
    ],
)
def test_a_business_day_length_the_document_states_wins(
    catalogue: Catalogue, statement: str, minutes: int | None
) -> None:
    report = analyse(
        catalogue,
        "The support desk is open Monday to Friday from 8:00 to 18:00.",
        statement,
        "P3 incidents: resolution within 2 business days.",
    )
    expected = 2 * (minutes if minutes is not None else 600)  # else the window's 10 hours
    assert answer(report, "support.p3_restoration").value == expected


def test_two_business_days_worth_sixteen_hours_is_no_day_length(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Le support est ouvert du lundi au vendredi de 8h à 18h.",
        "P3 : résolution sous 2 jours ouvrés, soit 16 heures ouvrées.",
    )
    assert answer(report, "support.p3_restoration").value == 2 * 600


def test_the_default_business_day_is_the_default_support_window(catalogue: Catalogue) -> None:
    default = SupportWindow()
    assert default.end_minute - default.start_minute == DEFAULT_BUSINESS_DAY_MINUTES
    report = analyse(catalogue, "Priority 3: resolution within 2 business days.")
    assert answer(report, "support.p3_restoration").value == 2 * DEFAULT_BUSINESS_DAY_MINUTES
    assert any("business day is counted as 9 hours" in w.en for w in report.warnings)
    assert any("un jour ouvré est compté 9 heures" in w.fr for w in report.warnings)


def test_no_default_day_warning_when_the_window_is_known(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Support: Monday to Friday, 8:00 to 17:00.",
        "Priority 3: resolution within 2 business days.",
    )
    assert answer(report, "support.p3_restoration").value == 2 * 540
    assert not any("business day is counted" in w.en for w in report.warnings)


# --- 4. Clocks and delays in other words ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "criterion", "value", "clock"),
    [
        ("P1: restoration within 4 clock hours.", "p1_restoration", 240, "calendar"),
        ("Anomalie bloquante : correction sous 2 HO.", "p1_restoration", 120, "business"),
        ("Incident bloquant : GTR 4h HO.", "p1_restoration", 240, "business"),
        ("Anomalie majeure : correction sous 1 JO.", "p2_restoration", 540, "business"),
        ("P2 : intervention sous une demi-journée ouvrée.", "p2_response", 270, "business"),
        ("P2: response within half an hour.", "p2_response", 30, "calendar"),
        ("P2 : intervention sous 1/2 h.", "p2_response", 30, "calendar"),
        ("P3 : intervention le jour ouvrable suivant.", "p3_response", 540, "business"),
        ("Criticité 3 : rétablissement sous 1 journée.", "p3_restoration", 1440, "calendar"),
        ("Gravité 2 : prise en charge sous 4h.", "p2_response", 240, "calendar"),
    ],
)
def test_delays_in_other_words(
    catalogue: Catalogue, sentence: str, criterion: str, value: float, clock: str
) -> None:
    found = answer(analyse(catalogue, sentence), f"support.{criterion}")
    assert (found.value, found.clock) == (value, clock)


def test_a_column_heading_in_business_hours_gives_its_cells_that_clock(
    catalogue: Catalogue,
) -> None:
    report = analyse(
        catalogue,
        "Niveau : P2 | Délai d'intervention (heures ouvrées) : 4 h | Rétablissement : 8 h",
    )
    assert answer(report, "support.p2_response").clock == "business"
    assert answer(report, "support.p2_restoration").clock == "calendar"


def test_one_low_level_alone_is_not_promoted_to_the_top_of_a_scale(
    catalogue: Catalogue,
) -> None:
    report = analyse(catalogue, "Low priority tickets: response within 2 working days.")
    assert values(report, "support.p1_response") == []
    assert values(report, "support.p4_response") == [2 * DEFAULT_BUSINESS_DAY_MINUTES]


@pytest.mark.parametrize(
    ("sentence", "window"),
    [
        ("Le support est joignable 7j/7 de 8h à 20h.", "Mon-Sun 08:00-20:00"),
        ("Support 365 days a year, from 6:00 to 22:00.", "Mon-Sun 06:00-22:00"),
        ("Support is available 7am-7pm, 5 days a week.", "Mon-Fri 07:00-19:00"),
        ("Le support est joignable en semaine, de 8h à 18h.", "Mon-Fri 08:00-18:00"),
        ("L'assistance fonctionne cinq jours sur sept, de 9h à 17h.", "Mon-Fri 09:00-17:00"),
        (
            "Hours of cover: 08:30-17:30 Monday-Friday excluding bank holidays.",
            "Mon-Fri 08:30-17:30",
        ),
    ],
)
def test_days_written_as_a_count_of_days(catalogue: Catalogue, sentence: str, window: str) -> None:
    report = analyse(catalogue, sentence)
    assert values(report, "support.hours_defined", "support_window") == [window]
    assert answer(report, "support.hours_defined").value == "business_defined"


def test_every_day_round_the_clock_is_still_24_7(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Le centre de support est joignable 7 jours sur 7 et 24 heures sur 24."
    )
    assert answer(report, "support.hours_defined").value == "extended_p1_247"


@pytest.mark.parametrize(
    "declaration",
    [
        "All times below are in business hours unless stated otherwise.",
        "Response and resolution times refer to Business Hours.",
        "Tous les délais sont en heures ouvrées.",
        "Délais exprimés en heures ouvrées :",
        "Les délais s'entendent en heures et jours ouvrés.",
    ],
)
def test_a_document_may_declare_its_delays_in_business_hours(
    catalogue: Catalogue, declaration: str
) -> None:
    report = analyse(catalogue, declaration, "P2 : intervention sous 2 heures.")
    assert answer(report, "support.p2_response").clock == "business"


@pytest.mark.parametrize(
    ("declaration", "p1", "p2"),
    [
        (
            "Response and resolution times are measured in business hours.",
            "P1: response within 1 hour, 24x7.",
            "P2: response within 4 hours.",
        ),
        (
            "Les délais s'entendent en heures ouvrées.",
            "P1 : intervention sous 1 heure, 24h/24 et 7j/7.",
            "P2 : intervention sous 4 heures.",
        ),
    ],
)
def test_a_delay_said_24_7_runs_round_the_clock_despite_the_declaration(
    catalogue: Catalogue, declaration: str, p1: str, p2: str
) -> None:
    report = analyse(catalogue, declaration, p1, p2)
    assert answer(report, "support.p1_response").clock == "calendar"
    assert answer(report, "support.p2_response").clock == "business"


def test_severity_level_numbers(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "Severity Level 2 (High): a major function is impaired. Response Time: 4 hours."
    )
    assert values(report, "support.p2_response") == [240]


# --- 5. Levels named together ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "levels"),
    [
        ("P1 et P2 : intervention sous 2 heures ; P3 et P4 : sous 8 heures.", {1: 120, 2: 120}),
        ("Priorities 1 and 2: response within 1 hour.", {1: 60, 2: 60}),
        ("Niveau : P1/P2 | Temps de réponse : 1 h", {1: 60, 2: 60}),
        ("Tickets of Severity 2 to 4: response within 4 hours.", {2: 240, 3: 240, 4: 240}),
        ("Priorités 2 à 3 : prise en charge sous 4 heures.", {2: 240, 3: 240}),
    ],
)
def test_levels_named_together_share_their_delay(
    catalogue: Catalogue, sentence: str, levels: dict[int, int]
) -> None:
    report = analyse(catalogue, sentence)
    for level, minutes in levels.items():
        assert answer(report, f"support.p{level}_response").value == minutes


def test_a_delay_after_a_level_is_no_range_of_levels(catalogue: Catalogue) -> None:
    report = analyse(catalogue, "P1 - 4 h de rétablissement.")
    assert answer(report, "support.p1_restoration").value == 240
    assert values(report, "support.p4_restoration") == []


def test_delays_given_respectively_go_to_the_levels_in_order(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue, "P1 and P2 incidents are answered within 30 minutes and 2 hours respectively."
    )
    assert answer(report, "support.p1_response").value == 30
    assert answer(report, "support.p2_response").value == 120


def test_a_scale_from_p0_maps_its_top_level_to_p1(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "P0 (outage): response within 15 minutes.",
        "P1 (major): response within 1 hour.",
        "P3 (minor): response within 3 business days.",
    )
    assert answer(report, "support.p1_response").value == 15
    assert answer(report, "support.p2_response").value == 60
    assert answer(report, "support.p4_response").value == 3 * DEFAULT_BUSINESS_DAY_MINUTES


def test_a_p0_in_a_price_formula_shifts_nothing(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Les prix sont révisés selon la formule P1 = P0 x (S1 / S0).",
        "P1 : intervention sous 1 heure.",
    )
    assert answer(report, "support.p1_response").value == 60


def test_a_table_with_the_levels_as_column_headings(catalogue: Catalogue) -> None:
    report = analyse(
        catalogue,
        "Measure : Response | Critical : 15 min | High : 1 hour | Medium : 4 hours",
        "Measure : Resolution | Critical : 4 hours | High : 8 hours | Medium : 2 days",
    )
    assert answer(report, "support.p1_response").value == 15
    assert answer(report, "support.p2_restoration").value == 480
    assert answer(report, "support.p3_restoration").value == 2880
